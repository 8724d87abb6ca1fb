// The full-text search: the query language (parser and its messages) and the index against a
// fixture library whose answers are known, including how the index follows edits, deletions,
// new versions and notes.

#include "EntityRecords.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/FileStore.h"
#include "library/SearchIndexer.h"
#include "store/FullTextIndex.h"
#include "store/LibraryStore.h"
#include "store/NotesStore.h"
#include "store/SearchFacetIndex.h"
#include "store/SearchQuery.h"
#include "store/SearchTermPostings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kCommissie = guid(1);
const QString kDossier = guid(2);
const QString kNota = guid(10);   // Nota n.a.v. het verslag, dossier 36450, DiZa, with a file
const QString kMotie = guid(11);  // Motie by the VVD, title about stikstofuitstoot
const QString kBrief = guid(12);  // a long letter that mentions stikstof once
const QString kTitel = guid(13);  // "Stikstof en natuur": title only, no file
const QString kVragen = guid(14); // Kamervragen (CDA) from tests/data, with questions
const QString kPersoon = guid(20);

QByteArray notaText() {
    return "Nota naar aanleiding van het verslag\n\n"
           "De leden van de fractie van GroenLinks-PvdA vragen naar quantumveilige encryptie in "
           "de Cyberbeveiligingswet. De regering antwoordt dat de financiële gevolgen beperkt "
           "zijn.\n\fTweede pagina. De meldplicht voor incidenten blijft zoals zij was.\n";
}

QByteArray briefText() {
    QByteArray text = "Brief van de minister over zorgkosten.\n\n";
    for (int i = 0; i < 40; ++i)
        text += "De zorg in de regio vraagt om aandacht voor personeel en wachtlijsten. ";
    text += "Terloops: ook de stikstof komt ter sprake. ";
    for (int i = 0; i < 40; ++i)
        text += "Wij blijven de zorgverzekeraars en gemeenten ondersteunen. ";
    return text;
}

// Queries whose facet counts are compared in memory and in SQL.
QStringList facetQueries() {
    return {
        QStringLiteral("stikstof"), QStringLiteral("zorg"), QStringLiteral("regering -stikstof"),
        QStringLiteral("soort:brief"), QStringLiteral("vragen"), QStringLiteral("minister"),
        QStringLiteral("fractie:cda"), QStringLiteral("datum:2024"),
        QStringLiteral("commissie:diza"), QStringLiteral("uitstoot"), QStringLiteral("tag:later"),
        QStringLiteral("status:deels minister"),
        // Fields decided in memory (soort, datum, commissie), alone and with words.
        QStringLiteral("soort:motie datum:2023"), QStringLiteral("-soort:motie stikstof"),
        QStringLiteral("commissie:digitale"), QStringLiteral("datum:2023..2024-06 stikstof"),
        QStringLiteral("soort:brief soort:motie"), QStringLiteral("datum:2024 -commissie:diza"),
        // Fields decided per entry in memory (fractie, tag, status): alone, with words, excluded,
        // repeated and combined.
        QStringLiteral("fractie:vvd"), QStringLiteral("fractie:cda minister"),
        QStringLiteral("-fractie:cda"), QStringLiteral("-fractie:cda minister"),
        QStringLiteral("fractie:cda fractie:vvd"), QStringLiteral("fractie:CDA vragen -stikstof"),
        QStringLiteral("status:open"), QStringLiteral("-status:open vragen"),
        QStringLiteral("status:deels status:open minister"), QStringLiteral("tag:later minister"),
        QStringLiteral("-tag:later vragen"), QStringLiteral("tag:later tag:bellen"),
        QStringLiteral("fractie:cda status:open"), QStringLiteral("fractie:cda -status:deels"),
        QStringLiteral("fractie:cda tag:later -soort:motie"),
        QStringLiteral("-fractie:vvd datum:2023..2025 minister"),
        // Plain queries (from the frequent words in memory): several words, excluded words
        // held and not held, an excluded prefix, a phrase of one word, case and diacritics.
        QStringLiteral("zorg regering"), QStringLiteral("vragen -motie"),
        QStringLiteral("minister -zorg -postkwantum"), QStringLiteral("de -cyber*"),
        QStringLiteral("\"Minister\" -Regering"), QStringLiteral("fractie:cda vragen -zorg")};
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<FullTextIndex> m_index;

    void refresh() {
        SearchIndexer indexer(*m_lib->library, *m_index);
        const auto read = indexer.refresh();
        QVERIFY2(read.ok(), qPrintable(read.error()));
    }

    QStringList documents(const QString &text) {
        const auto query = SearchQuery::parse(text);
        if (!query)
            qFatal("query %s: %s", qPrintable(text), qPrintable(query.error()));
        QStringList ids;
        for (bool substring : {false, true}) {
            const auto hits = m_index->search(query.value(), 0, 1000, substring);
            if (!hits)
                qFatal("search %s: %s", qPrintable(text), qPrintable(hits.error()));
            for (const SearchHit &hit : hits.value()) {
                if (!ids.contains(hit.documentId))
                    ids << hit.documentId;
            }
        }
        return ids;
    }

    QList<SearchHit> hits(const QString &text) {
        const auto query = SearchQuery::parse(text);
        if (!query)
            qFatal("query %s: %s", qPrintable(text), qPrintable(query.error()));
        const auto found = m_index->search(query.value(), 0, 1000);
        if (!found)
            qFatal("search %s: %s", qPrintable(text), qPrintable(found.error()));
        return found.value();
    }

    QString parseError(const QString &text) {
        const auto query = SearchQuery::parse(text);
        return query ? QString() : query.error();
    }

    void applyDocument(const QString &id, const QString &soort, const QString &titel,
                       const QString &datum, const QString &bijgewerkt = {}) {
        LibraryStore &store = m_lib->library->store();
        QList<std::pair<QString, QString>> refs;
        if (id == kNota)
            refs << std::pair{QStringLiteral("kamerstukdossier"), kDossier};
        QVERIFY(store.apply(record(
            QStringLiteral("document"), id,
            {{QStringLiteral("soort"), soort},
             {QStringLiteral("titel"), titel},
             {QStringLiteral("datum"), datum}},
            refs, bijgewerkt.isEmpty() ? QStringLiteral("2026-11-01T09:00:00Z") : bijgewerkt)));
    }

private Q_SLOTS:
    void init() {
        // Every word in two entries or more is held in memory (SearchTermPostings): the plain
        // queries' word passes come from there, the others' from FTS5, both compared with SQL.
        SearchTermPostings::setFrequentRows(2);
        SearchTermPostings::setUsed(true);
        m_lib = std::make_unique<TempLibrary>(false);
        LibraryStore &store = m_lib->library->store();
        QVERIFY(store.apply(record(
            QStringLiteral("commissie"), kCommissie,
            {{QStringLiteral("naamNl"), QStringLiteral("vaste commissie voor Digitale Zaken")},
             {QStringLiteral("afkorting"), QStringLiteral("DiZa")}})));
        QVERIFY(store.apply(
            record(QStringLiteral("kamerstukdossier"), kDossier,
                   {{QStringLiteral("nummer"), QStringLiteral("36450")},
                    {QStringLiteral("titel"), QStringLiteral("Regels over cyberbeveiliging")}})));
        QVERIFY(store.apply(record(QStringLiteral("persoon"), kPersoon,
                                   {{QStringLiteral("roepnaam"), QStringLiteral("Henri")},
                                    {QStringLiteral("achternaam"), QStringLiteral("Bontenbal")}})));
        applyDocument(kNota, QStringLiteral("Nota naar aanleiding van het verslag"),
                      QStringLiteral("Regels over de cyberbeveiliging van netwerken"),
                      QStringLiteral("2024-03-12"));
        applyDocument(kMotie, QStringLiteral("Motie"),
                      QStringLiteral("Motie over de stikstofuitstoot van de luchtvaart"),
                      QStringLiteral("2023-05-01"));
        applyDocument(kBrief, QStringLiteral("Brief regering"),
                      QStringLiteral("Zorgkosten in de regio"), QStringLiteral("2024-08-01"));
        applyDocument(kTitel, QStringLiteral("Brief regering"),
                      QStringLiteral("Stikstof en natuur"), QStringLiteral("2022-01-10"));
        applyDocument(kVragen, QStringLiteral("Schriftelijke vragen"),
                      QStringLiteral("Vragen over de ontkoppeling van ontwikkelingshulp"),
                      QStringLiteral("2024-11-19"));
        QVERIFY(store.apply(record(
            QStringLiteral("documentActor"), guid(30),
            {{QStringLiteral("actorNaam"), QStringLiteral("vaste commissie voor Digitale Zaken")}},
            {{QStringLiteral("document"), kNota}, {QStringLiteral("commissie"), kCommissie}})));
        QVERIFY(store.apply(
            record(QStringLiteral("documentActor"), guid(31),
                   {{QStringLiteral("actorNaam"), QStringLiteral("H. Bontenbal")},
                    {QStringLiteral("actorFractie"), QStringLiteral("VVD")}},
                   {{QStringLiteral("document"), kMotie}, {QStringLiteral("persoon"), kPersoon}})));
        QVERIFY(store.rebuildDerived().ok());
        FileStore &files = m_lib->library->files();
        QVERIFY(files.store(kNota, notaText()).ok());
        QVERIFY(files.store(kBrief, briefText()).ok());
        QVERIFY(files.store(kVragen, readFixture(QStringLiteral("kv-tk-2024Z18792.txt"))).ok());

        auto index = FullTextIndex::open(FullTextIndex::pathIn(m_lib->dir.path()));
        QVERIFY2(index.ok(), qPrintable(index.error()));
        m_index = std::move(index).value();
        const DataDirectory &dir = m_lib->library->dataDirectory();
        QVERIFY(m_index->attach(dir.libraryDatabasePath(), dir.notesDatabasePath()).ok());
        refresh();
    }

    void cleanup() {
        SearchFacetCache::clear(); // no refresh of the facet index outlives the directory
        m_index.reset();
        m_lib.reset();
    }

    void wordsPhrasesAndPrefixes() {
        QCOMPARE(documents(QStringLiteral("quantumveilige encryptie")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("\"quantumveilige encryptie\"")), QStringList{kNota});
        // The words occur, but not as this phrase.
        QVERIFY(documents(QStringLiteral("\"encryptie quantumveilige\"")).isEmpty());
        QCOMPARE(documents(QStringLiteral("cyberbeveiligings*")), QStringList{kNota});
        // Every word must occur (AND is implied).
        QVERIFY(documents(QStringLiteral("quantumveilige luchtvaart")).isEmpty());
        QCOMPARE(documents(QStringLiteral("quantumveilige OR luchtvaart")).size(), 2);
        QCOMPARE(documents(QStringLiteral("NEAR(meldplicht incidenten, 3)")), QStringList{kNota});
        QVERIFY(documents(QStringLiteral("NEAR(quantumveilige meldplicht, 3)")).isEmpty());
    }

    void notAndMinusExclude() {
        const QStringList both = documents(QStringLiteral("regels"));
        QVERIFY(both.contains(kNota));
        QVERIFY(!documents(QStringLiteral("regels -quantumveilige")).contains(kNota));
        QVERIFY(!documents(QStringLiteral("regels NOT quantumveilige")).contains(kNota));
        QCOMPARE(documents(QStringLiteral("stikstof NOT natuur -zorg")), QStringList{kMotie});
    }

    void diacriticsAndCaseAreFolded() {
        QCOMPARE(documents(QStringLiteral("financiele gevolgen")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("FINANCIËLE GEVOLGEN")), QStringList{kNota});
        // The Kamervragen say "Financiële" too: found as a question unit.
        QVERIFY(documents(QStringLiteral("financiele")).contains(kVragen));
    }

    void compoundPartsThroughTrigrams() {
        // "uitstoot" stands only inside "stikstofuitstoot".
        QVERIFY(hits(QStringLiteral("uitstoot")).isEmpty());
        QCOMPARE(documents(QStringLiteral("uitstoot")), QStringList{kMotie});
        QCOMPARE(documents(QStringLiteral("beveiliging")), QStringList{kNota});
    }

    void fieldsNarrow() {
        QCOMPARE(documents(QStringLiteral("soort:\"Nota naar aanleiding van het verslag\"")),
                 QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("commissie:DiZa")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("commissie:\"digitale zaken\"")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("dossier:36450")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("dossier:\"36 450\" encryptie")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("kamerlid:bontenbal")), QStringList{kMotie});
        QCOMPARE(documents(QStringLiteral("fractie:VVD")), QStringList{kMotie});
        QCOMPARE(documents(QStringLiteral("fractie:cda ontwikkelingshulp")), QStringList{kVragen});
        QCOMPARE(documents(QStringLiteral("stikstof datum:2023")), QStringList{kMotie});
        QCOMPARE(documents(QStringLiteral("datum:2024-01..2024-06")), QStringList{kNota});
        QCOMPARE(documents(QStringLiteral("brief datum:..2023")), QStringList{kTitel});
        QCOMPARE(documents(QStringLiteral("stikstof -soort:motie")).size(), 2);
        QCOMPARE(documents(QStringLiteral("fractie:VVD fractie:CDA")).size(), 2);
        QCOMPARE(documents(QStringLiteral("status:open")), QStringList{kVragen});
    }

    void questionsNotesAndTags() {
        const QList<SearchHit> found = hits(QStringLiteral("meestijgen economische groei"));
        QVERIFY(!found.isEmpty());
        const auto question = std::find_if(found.begin(), found.end(), [](const SearchHit &h) {
            return h.part == SearchEntry::Part::Question;
        });
        QVERIFY(question != found.end());
        QCOMPARE(question->documentId, kVragen);
        QCOMPARE(question->fractie, QStringLiteral("CDA"));
        QCOMPARE(question->status, QStringLiteral("open"));
        QVERIFY(question->n > 0);
        QVERIFY(question->snippet.contains(QChar(2)));

        NotesBackend &notes = m_lib->library->notes();
        QVERIFY(notes
                    .annotate(kVragen, question->questionId, QString(), QStringLiteral("partial"),
                              {QStringLiteral("navragen")},
                              QStringLiteral("Bel de griffie over de indexatie"))
                    .ok());
        refresh();
        QCOMPARE(documents(QStringLiteral("griffie")), QStringList{kVragen});
        QCOMPARE(documents(QStringLiteral("tag:navragen")), QStringList{kVragen});
        QCOMPARE(documents(QStringLiteral("navragen")), QStringList{kVragen});
        QCOMPARE(documents(QStringLiteral("status:deels")), QStringList{kVragen});
        const QList<SearchHit> tagged = hits(QStringLiteral("tag:navragen"));
        QVERIFY(!tagged.isEmpty());
        for (const SearchHit &h : tagged)
            QCOMPARE(h.questionId, question->questionId);

        // A renamed tag and a cleared note leave no stale hit.
        QVERIFY(notes.renameTag(QStringLiteral("navragen"), QStringLiteral("later")).ok());
        QVERIFY(notes.setNote(kVragen, question->questionId, QString(), QString()).ok());
        refresh();
        QVERIFY(documents(QStringLiteral("tag:navragen")).isEmpty());
        QCOMPARE(documents(QStringLiteral("tag:later")), QStringList{kVragen});
        QVERIFY(documents(QStringLiteral("griffie")).isEmpty());
    }

    void titleMatchOutranksPassingMention() {
        const QStringList ranked = documents(QStringLiteral("stikstof"));
        QVERIFY(ranked.contains(kBrief));
        QCOMPARE(ranked.first(), kTitel);
        QVERIFY(ranked.indexOf(kTitel) < ranked.indexOf(kBrief));
    }

    // The first page the search view shows before ranking (FullTextIndex::Order::Unranked)
    // holds only real matches: every hit is one the ranked search finds too, exclusions and
    // fields hold, and a page of all of them is the same set.
    void unrankedPagesHoldOnlyMatches() {
        for (const QString &text :
             {QStringLiteral("stikstof"), QStringLiteral("regels -cyberbeveiliging"),
              QStringLiteral("zorg"), QStringLiteral("soort:brief stikstof"),
              QStringLiteral("regering -stikstof"), QStringLiteral("quantumveilige")}) {
            const SearchQuery query = SearchQuery::parse(text).value();
            QSet<qint64> ranked;
            const auto all = m_index->search(query, 0, 1000);
            QVERIFY2(all.ok(), qPrintable(all.error()));
            for (const SearchHit &hit : all.value())
                ranked.insert(hit.entry);
            const auto unranked =
                m_index->search(query, 0, 1000, false, FullTextIndex::Order::Unranked);
            QVERIFY2(unranked.ok(), qPrintable(unranked.error()));
            QSet<qint64> first;
            for (const SearchHit &hit : unranked.value())
                first.insert(hit.entry);
            QCOMPARE(first, ranked);
            QVERIFY2(!ranked.isEmpty() || text == QLatin1String("regels -cyberbeveiliging"),
                     qPrintable(text));
            // A short page: a part of those.
            const auto page = m_index->search(query, 0, 1, false, FullTextIndex::Order::Unranked);
            QCOMPARE(page.value().size(), std::min<qsizetype>(1, ranked.size()));
            for (const SearchHit &hit : page.value())
                QVERIFY(ranked.contains(hit.entry));
        }
        QCOMPARE(documents(QStringLiteral("regering -stikstof")), QStringList{kNota});
    }

    void indexFollowsEditsDeletionsAndNewVersions() {
        // A new title: the old one is gone from the index.
        applyDocument(kTitel, QStringLiteral("Brief regering"),
                      QStringLiteral("Ammoniak en natuur"), QStringLiteral("2022-01-10"),
                      QStringLiteral("2026-11-02T09:00:00Z"));
        refresh();
        QVERIFY(!documents(QStringLiteral("stikstof")).contains(kTitel));
        QCOMPARE(documents(QStringLiteral("ammoniak")), QStringList{kTitel});

        // A new version of the file: its old words no longer hit.
        QVERIFY(m_lib->library->files()
                    .store(kNota, "Nota, nieuwe versie: postkwantumcryptografie.\n")
                    .ok());
        refresh();
        QVERIFY(documents(QStringLiteral("quantumveilige")).isEmpty());
        QCOMPARE(documents(QStringLiteral("postkwantumcryptografie")), QStringList{kNota});

        // A document deleted from the library leaves the index.
        EntityRecord gone = record(QStringLiteral("document"), kMotie, {});
        gone.deleted = true;
        QVERIFY(m_lib->library->store().apply(gone));
        refresh();
        QVERIFY(documents(QStringLiteral("luchtvaart")).isEmpty());
        QVERIFY(documents(QStringLiteral("uitstoot")).isEmpty());

        // Nothing changed: nothing is read again.
        SearchIndexer indexer(*m_lib->library, *m_index);
        QCOMPARE(indexer.refresh().value(), 0);
    }

    // overleg-cli search answers what the index answers, in the same order, with the snippets.
    void cliGivesTheSameResults() {
        QProcess cli;
        cli.start(QStringLiteral(OVERLEG_CLI_PATH),
                  {QStringLiteral("--data-dir"), m_lib->dir.path(), QStringLiteral("search"),
                   QStringLiteral("stikstof"), QStringLiteral("--json"), QStringLiteral("--limit"),
                   QStringLiteral("50")});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                       .object()
                                       .value(u"results")
                                       .toArray();
        QStringList ids;
        for (const QJsonValue &r : results) {
            const QString id = r.toObject().value(u"document").toString();
            if (!ids.contains(id))
                ids << id;
        }
        QCOMPARE(ids, documents(QStringLiteral("stikstof")));
        QVERIFY(results.first().toObject().value(u"snippet").toString().contains(u'«'));

        QProcess wrong;
        wrong.start(QStringLiteral(OVERLEG_CLI_PATH),
                    {QStringLiteral("--data-dir"), m_lib->dir.path(), QStringLiteral("search"),
                     QStringLiteral("fractie:VVD OR zorg")});
        QVERIFY(wrong.waitForFinished(30000));
        QCOMPARE(wrong.exitCode(), 1);
        QVERIFY(wrong.readAllStandardError().contains("cannot be combined with OR"));
    }

    // The ranked order (FullTextRank: bm25 computed outside FTS5) is FTS5's ORDER BY rank,
    // hit for hit and page for page, ties included, for the word pass and the compound pass:
    // with the entries' sizes read from FTS5 and from the facet index in memory.
    void fastRankingIsBm25Order() {
        const QStringList queries = {
            QStringLiteral("stikstof"), QStringLiteral("zorg"), QStringLiteral("regels"),
            QStringLiteral("regering -stikstof"), QStringLiteral("soort:brief stikstof"),
            QStringLiteral("stikstof OR zorg"), QStringLiteral("vragen"),
            QStringLiteral("minister regering"), QStringLiteral("cyber*"),
            QStringLiteral("\"de regering\""), QStringLiteral("NEAR(zorg regio, 5)"),
            QStringLiteral("fractie:cda minister"), QStringLiteral("de -zorg"),
            QStringLiteral("vragen NOT ontwikkelingshulp"),
            // Fields decided per entry in memory, as in SQL.
            QStringLiteral("fractie:cda vragen"), QStringLiteral("-fractie:cda minister"),
            QStringLiteral("fractie:vvd fractie:cda stikstof"),
            QStringLiteral("status:open minister"), QStringLiteral("-status:open vragen"),
            QStringLiteral("tag:later vragen"), QStringLiteral("-tag:later minister"),
            QStringLiteral("fractie:cda status:deels -tag:bellen de"),
            QStringLiteral("fractie:cda -soort:motie regering"),
            // Plain queries (words in memory), as in facetQueries.
            QStringLiteral("vragen -motie"), QStringLiteral("stikstof motie"),
            QStringLiteral("zorg de -stikstof -regio"), QStringLiteral("de -cyber*"),
            QStringLiteral("\"Minister\" -Regering"), QStringLiteral("STIKSTOF stikstof"),
            QStringLiteral("fractie:cda vragen -zorg"), QStringLiteral("over -postkwantum")};
        // Titles as the generated 1,000,000-document library has them: many equal scores.
        const QStringList titles = {QStringLiteral("Motie over stikstof"),
                                    QStringLiteral("Motie over stikstof en stikstof"),
                                    QStringLiteral("Brief over zorg en stikstof in de regio"),
                                    QStringLiteral("Vragen over de zorg"),
                                    QStringLiteral("Vragen van de minister over regels")};
        for (int i = 0; i < 40; ++i)
            applyDocument(guid(100 + i), i % 2 ? QStringLiteral("Motie") : QStringLiteral("Brief"),
                          titles.at(i % titles.size()),
                          QStringLiteral("2024-01-%1").arg(1 + i % 28));
        refresh();
        // A tag and a status on a question unit, for the queries of tag: and status:.
        const QList<SearchHit> units = hits(QStringLiteral("meestijgen"));
        const auto unit = std::find_if(units.cbegin(), units.cend(), [](const SearchHit &h) {
            return h.part == SearchEntry::Part::Question;
        });
        QVERIFY(unit != units.cend());
        QVERIFY(m_lib->library->notes()
                    .annotate(kVragen, unit->questionId, QString(), QStringLiteral("partial"),
                              {QStringLiteral("later")}, QStringLiteral("Minister vragen"))
                    .ok());
        refresh();
        const QString path = FullTextIndex::pathIn(m_lib->dir.path());
        // Sizes from FTS5, then from the facet index: with the word passes of plain queries
        // enumerated by FTS5, then taken from the frequent words' lists in memory.
        for (const int pass : {0, 1, 2}) {
            const bool inMemory = pass > 0;
            SearchTermPostings::setUsed(pass == 2);
            const int servedBefore = SearchTermPostings::served();
            const int compoundsBefore = SearchTermPostings::served(true);
            if (inMemory)
                QVERIFY(SearchFacetCache::ensure(path));
            else
                SearchFacetCache::clear();
            int compared = 0;
            for (const QString &text : queries) {
                const SearchQuery query = SearchQuery::parse(text).value();
                for (const bool substring : {false, true}) {
                    auto entries = [&](FullTextIndex::Order order, int offset, int limit) {
                        QList<qint64> ids;
                        const auto found = m_index->search(query, offset, limit, substring, order);
                        if (!found)
                            qFatal("search %s: %s", qPrintable(text), qPrintable(found.error()));
                        for (const SearchHit &hit : found.value())
                            ids << hit.entry;
                        return ids;
                    };
                    const QList<qint64> plain = entries(FullTextIndex::Order::RankedInSql, 0, 1000);
                    QCOMPARE(entries(FullTextIndex::Order::Ranked, 0, 1000), plain);
                    QCOMPARE(entries(FullTextIndex::Order::Ranked, 1, 3), plain.mid(1, 3));
                    QCOMPARE(entries(FullTextIndex::Order::Ranked, 0, 1), plain.mid(0, 1));
                    compared += int(plain.size());
                }
            }
            QVERIFY(compared > 150); // the queries hit: the comparison is not of empty lists
            // The lists served the plain queries' word passes (each query asks three pages).
            if (pass == 2) {
                QVERIFY(SearchTermPostings::served() - servedBefore >= 10);
                QVERIFY(SearchTermPostings::served(true) - compoundsBefore >= 10);
            } else {
                QCOMPARE(SearchTermPostings::served(), servedBefore);
                QCOMPARE(SearchTermPostings::served(true), compoundsBefore);
            }
            qInfo("pass %d: %d word passes, %d compound passes from memory", pass,
                  SearchTermPostings::served() - servedBefore,
                  SearchTermPostings::served(true) - compoundsBefore);
        }
        SearchTermPostings::setUsed(true);
        // After an edit the order is of the new index, not the one kept for the next pages.
        QVERIFY(documents(QStringLiteral("stikstof")).contains(kTitel));
        applyDocument(kTitel, QStringLiteral("Brief regering"),
                      QStringLiteral("Ammoniak en natuur"), QStringLiteral("2022-01-10"),
                      QStringLiteral("2026-11-02T09:00:00Z"));
        refresh();
        QVERIFY(!documents(QStringLiteral("stikstof")).contains(kTitel));
    }

    // Facets counted from the facet index in memory are the SQL's, also after the index changed
    // (a new facet index is built for the new content).
    void facetsFromMemoryAreTheSqlCounts() {
        const QStringList queries = facetQueries();
        auto compareAll = [&] {
            const int served = SearchTermPostings::served();
            int counted = 0;
            for (const QString &text : queries) {
                const SearchQuery query = SearchQuery::parse(text).value();
                const auto sql = m_index->facets(query, {}, FullTextIndex::FacetCount::Sql);
                const auto memory = m_index->facets(query, {}, FullTextIndex::FacetCount::Memory);
                QVERIFY2(sql.ok() && memory.ok(), qPrintable(text));
                QCOMPARE(memory.value(), sql.value());
                counted += int(sql.value().size());
            }
            QVERIFY(counted > 40);
            // The plain queries' matches came from the frequent words' lists.
            QVERIFY(SearchTermPostings::served() - served >= 5);
        };
        compareAll();
        NotesBackend &notes = m_lib->library->notes();
        const QList<SearchHit> units = hits(QStringLiteral("meestijgen"));
        const auto unit = std::find_if(units.cbegin(), units.cend(), [](const SearchHit &h) {
            return h.part == SearchEntry::Part::Question;
        });
        QVERIFY(unit != units.cend());
        QVERIFY(notes
                    .annotate(kVragen, unit->questionId, QString(), QStringLiteral("partial"),
                              {QStringLiteral("later")}, QStringLiteral("Bel de griffie"))
                    .ok());
        applyDocument(kMotie, QStringLiteral("Brief regering"),
                      QStringLiteral("Brief over de stikstofuitstoot"),
                      QStringLiteral("2021-05-01"), QStringLiteral("2026-11-02T09:00:00Z"));
        refresh();
        const auto tagged = m_index->facets(SearchQuery::parse(QStringLiteral("tag:later")).value(),
                                            {}, FullTextIndex::FacetCount::Memory);
        QVERIFY(
            std::any_of(tagged.value().cbegin(), tagged.value().cend(), [](const SearchFacet &f) {
                return f.field == QLatin1String("tag") && f.value == QLatin1String("later");
            }));
        compareAll();
    }

    // The facet index in memory follows the writes of the index (a note, a tag, a status, an
    // edit, a deletion, a new document) by reading the touched documents again: its counts are
    // the SQL's and its sizes rank as FTS5 does, and it was never built again in full.
    void facetIndexFollowsWrites() {
        const QString path = FullTextIndex::pathIn(m_lib->dir.path());
        QVERIFY(SearchFacetCache::ensure(path));
        const SearchFacetCache::Counts before = SearchFacetCache::counts(path);
        QCOMPARE(before.builds, 1);
        auto current = [&] {
            return SearchFacetCache::get(
                path, SearchFacetIndex::generationOf(m_index->connection()), false);
        };
        auto compareAll = [&](bool followed = true) {
            // Kept up to date on its thread, as the window has it after a write.
            if (followed)
                QTRY_VERIFY(current() != nullptr);
            for (const QString &text : facetQueries() + QStringList{QStringLiteral("postkwantum"),
                                                                    QStringLiteral("tag:bellen")}) {
                const SearchQuery query = SearchQuery::parse(text).value();
                const auto sql = m_index->facets(query, {}, FullTextIndex::FacetCount::Sql);
                const auto memory = m_index->facets(query, {}, FullTextIndex::FacetCount::Memory);
                QVERIFY2(sql.ok() && memory.ok(), qPrintable(text));
                QCOMPARE(memory.value(), sql.value());
                for (const bool substring : {false, true}) {
                    if (query.match.isEmpty())
                        continue;
                    auto entries = [&](FullTextIndex::Order order) {
                        QList<qint64> ids;
                        const auto found = m_index->search(query, 0, 1000, substring, order);
                        if (!found)
                            qFatal("search %s: %s", qPrintable(text), qPrintable(found.error()));
                        for (const SearchHit &hit : found.value())
                            ids << hit.entry;
                        return ids;
                    };
                    QCOMPARE(entries(FullTextIndex::Order::Ranked),
                             entries(FullTextIndex::Order::RankedInSql));
                }
                // Counted again from the matches the ranked passes just collected: both
                // passes', then the word pass's only (the compound pass enumerated in SQL).
                for (const bool wordPassOnly : {false, true}) {
                    if (wordPassOnly && !m_index->search(query, 0, 20).ok())
                        QFAIL(qPrintable(text));
                    const auto kept = m_index->facets(query, {}, FullTextIndex::FacetCount::Memory);
                    QVERIFY2(kept.ok(), qPrintable(text));
                    QCOMPARE(kept.value(), sql.value());
                }
            }
        };
        NotesBackend &notes = m_lib->library->notes();
        const QList<SearchHit> units = hits(QStringLiteral("meestijgen"));
        const auto unit = std::find_if(units.cbegin(), units.cend(), [](const SearchHit &h) {
            return h.part == SearchEntry::Part::Question;
        });
        QVERIFY(unit != units.cend());
        // A note with a status and a tag; then another tag, a status, a renamed tag.
        QVERIFY(notes
                    .annotate(kVragen, unit->questionId, QString(), QStringLiteral("partial"),
                              {QStringLiteral("later")}, QStringLiteral("Bel de griffie"))
                    .ok());
        refresh();
        compareAll();
        QVERIFY(notes
                    .annotate(kVragen, unit->questionId, QString(), QStringLiteral("answered"),
                              {QStringLiteral("later"), QStringLiteral("bellen")},
                              QStringLiteral("Gebeld"))
                    .ok());
        refresh();
        compareAll();
        QVERIFY(notes.renameTag(QStringLiteral("later"), QStringLiteral("navragen")).ok());
        refresh();
        compareAll();
        // An edit of metadata (new soort, year and title), a new version of a file.
        applyDocument(kMotie, QStringLiteral("Brief regering"),
                      QStringLiteral("Brief over de stikstofuitstoot"),
                      QStringLiteral("2021-05-01"), QStringLiteral("2026-11-02T09:00:00Z"));
        QVERIFY(m_lib->library->files()
                    .store(kNota, "Nota, nieuwe versie: postkwantumcryptografie.\n")
                    .ok());
        refresh();
        compareAll();
        // A deleted document, and a new one with a file and a soort the index had not seen.
        EntityRecord gone = record(QStringLiteral("document"), kTitel, {});
        gone.deleted = true;
        QVERIFY(m_lib->library->store().apply(gone));
        applyDocument(guid(90), QStringLiteral("Amendement"),
                      QStringLiteral("Amendement over stikstof en zorg"),
                      QStringLiteral("2025-02-03"));
        QVERIFY(m_lib->library->files().store(guid(90), briefText()).ok());
        refresh();
        compareAll();
        QCOMPARE(documents(QStringLiteral("soort:amendement")), QStringList{guid(90)});

        const SearchFacetCache::Counts after = SearchFacetCache::counts(path);
        QCOMPARE(after.builds, before.builds); // every write followed, none built in full
        // The frequent words' lists followed too (the queries above compared them with SQL).
        QVERIFY(current()->postings() && current()->postings()->words() > 20);
        QVERIFY(after.updates >= 5);
        // A write the cache was not told of and the change log does not name (a connection of
        // its own that neither reports nor logs) is built in full, not missed.
        {
            auto other = FullTextIndex::open(path);
            QVERIFY(other.ok());
            QSqlQuery q(other.value()->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM entry WHERE id = (SELECT max(id) FROM "
                                          "entry)")));
        }
        compareAll();
        QCOMPARE(SearchFacetCache::counts(path).builds, before.builds + 1);
    }

    void facetsCountDocuments() {
        const auto query = SearchQuery::parse(QStringLiteral("stikstof"));
        const auto facets = m_index->facets(query.value());
        QVERIFY(facets.ok());
        QHash<QString, int> soorten;
        for (const SearchFacet &f : facets.value()) {
            if (f.field == QLatin1String("soort"))
                soorten.insert(f.label, f.documents);
        }
        QCOMPARE(soorten.value(QStringLiteral("Brief regering")), 2);
        QCOMPARE(soorten.value(QStringLiteral("Motie")), 1);
    }

    // Facets come after the results and stop when a newer query makes them stale: a sentence,
    // not an SQLite error, and nothing counted.
    void facetsStopWhenCancelled() {
        const auto query = SearchQuery::parse(QStringLiteral("stikstof"));
        const auto cancelled = m_index->facets(query.value(), [] { return true; });
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.error()));
        int asked = 0;
        const auto counted = m_index->facets(query.value(), [&] {
            ++asked;
            return false;
        });
        QVERIFY(counted.ok());
        QVERIFY(asked > 0);
        QCOMPARE(counted.value().size(), m_index->facets(query.value()).value().size());
    }

    void syntaxErrorsAreExplained_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::newRow("open quote") << "\"stikstof uitstoot"
                                    << "not closed";
        QTest::newRow("open paren") << "(stikstof OR zorg"
                                    << "not closed";
        QTest::newRow("stray paren") << "stikstof)"
                                     << "closes nothing";
        QTest::newRow("unknown field") << "auteur:jansen"
                                       << "Unknown field";
        QTest::newRow("empty field") << "fractie: zorg"
                                     << "needs a value";
        QTest::newRow("dangling OR") << "stikstof OR"
                                     << "OR at position 10";
        QTest::newRow("only NOT") << "NOT stikstof"
                                  << "only excludes";
        QTest::newRow("only minus") << "-stikstof -zorg"
                                    << "only excludes";
        QTest::newRow("field in OR") << "zorg OR fractie:VVD"
                                     << "cannot be combined with OR";
        QTest::newRow("bad date") << "datum:2024-13"
                                  << "datum:";
        QTest::newRow("bad status") << "status:klaar"
                                    << "Unknown status";
        QTest::newRow("bad dossier") << "dossier:abc"
                                     << "dossier:";
        QTest::newRow("near one word") << "NEAR(stikstof)"
                                       << "at least two";
        QTest::newRow("empty") << "   "
                               << "no words";
    }
    void syntaxErrorsAreExplained() {
        QFETCH(QString, query);
        QFETCH(QString, says);
        const QString error = parseError(query);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("fts5")));
    }

    // User text never reaches MATCH as syntax: whatever is typed, the index answers or the
    // parser explains, and SQLite never fails.
    void hostileTextNeverBreaksTheIndex() {
        const QStringList inputs = {QStringLiteral("title:stikstof"),
                                    QStringLiteral("stik\"stof"),
                                    QStringLiteral("a* OR * OR b"),
                                    QStringLiteral("NEAR(a b, 5"),
                                    QStringLiteral("^stikstof"),
                                    QStringLiteral("{titel}: x"),
                                    QStringLiteral("- - -"),
                                    QStringLiteral("zorg AND AND motie"),
                                    QStringLiteral("x' OR 1=1 --"),
                                    QStringLiteral("\"\""),
                                    QStringLiteral("stikstof NEAR zorg"),
                                    QStringLiteral("((zorg))")};
        for (const QString &input : inputs) {
            const auto query = SearchQuery::parse(input);
            if (!query)
                continue;
            for (bool substring : {false, true})
                QVERIFY2(m_index->search(query.value(), 0, 10, substring).ok(), qPrintable(input));
        }
        QCOMPARE(documents(QStringLiteral("((zorg))")).first(), kBrief);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
