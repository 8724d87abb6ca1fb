// The frequent words' lists in memory (SearchTermPostings) and the compound parts told from the
// word index's words (SearchTermSubstrings.cpp): the same hits, order and facets as the trigram
// index's, the lists added after the facet index in the window's way, and both following writes.
// (test_search compares them with SQL for the queries of every form.)

#include "EntityRecords.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/FileStore.h"
#include "library/SearchIndexer.h"
#include "store/FullTextIndex.h"
#include "store/LibraryStore.h"
#include "store/SearchFacetIndex.h"
#include "store/SearchQuery.h"
#include "store/SearchTermPostings.h"

#include <QTest>

using namespace overleg;
using namespace overleg::test;

namespace {} // namespace

class TestSearchWords : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    std::unique_ptr<FullTextIndex> m_index;

    QString path() const { return FullTextIndex::pathIn(m_lib->dir.path()); }

    void refresh() {
        SearchIndexer indexer(*m_lib->library, *m_index);
        const auto read = indexer.refresh();
        QVERIFY2(read.ok(), qPrintable(read.error()));
    }

    void applyDocument(int n, const QString &titel) {
        EntityRecord r;
        r.type = QStringLiteral("document");
        r.id = guid(n);
        r.bijgewerkt = QStringLiteral("2026-11-01T09:00:00Z");
        r.fields = {{QStringLiteral("soort"),
                     n % 2 ? QStringLiteral("Motie") : QStringLiteral("Brief regering")},
                    {QStringLiteral("titel"), titel},
                    {QStringLiteral("datum"), QStringLiteral("2024-02-%1").arg(1 + n % 28)}};
        QVERIFY(m_lib->library->store().apply(r));
    }

    std::shared_ptr<const SearchFacetIndex> current() {
        return SearchFacetCache::get(path(), SearchFacetIndex::generationOf(m_index->connection()),
                                     false);
    }

    // The compound pass of `text` ranked from memory (or not: `fromWords`) is the trigram
    // index's ORDER BY rank, and its facets are the SQL's.
    void compareCompound(const QString &text, bool fromWords) {
        const SearchQuery query = SearchQuery::parse(text).value();
        auto entries = [&](FullTextIndex::Order order) {
            QList<qint64> ids;
            const auto found = m_index->search(query, 0, 1000, true, order);
            if (!found)
                qFatal("search %s: %s", qPrintable(text), qPrintable(found.error()));
            for (const SearchHit &hit : found.value())
                ids << hit.entry;
            return ids;
        };
        const SearchQuery none = SearchQuery::parse(QStringLiteral("xyzzy")).value();
        m_index->search(none, 0, 1); // no order kept from before
        const int before = SearchTermPostings::served(true);
        const QList<qint64> fast = entries(FullTextIndex::Order::Ranked);
        const int served = SearchTermPostings::served(true) - before;
        QCOMPARE(fast, entries(FullTextIndex::Order::RankedInSql));
        m_index->search(none, 0, 1);
        const auto memory = m_index->facets(query, {}, FullTextIndex::FacetCount::Memory);
        const auto sql = m_index->facets(query, {}, FullTextIndex::FacetCount::Sql);
        QVERIFY2(memory.ok() && sql.ok(), qPrintable(text));
        QCOMPARE(memory.value(), sql.value());
        QVERIFY2(served == (fromWords ? 1 : 0), qPrintable(text));
    }

private Q_SLOTS:
    void init() {
        SearchTermPostings::setFrequentRows(1); // every word held, and every part from the words
        SearchTermPostings::setUsed(true);
        m_lib = std::make_unique<TempLibrary>(false);
        const QStringList titles = {QStringLiteral("Kamervragen over vragen en vragenlijsten"),
                                    QStringLiteral("Financiële gevolgen van stikstofuitstoot"),
                                    QStringLiteral("Financiele steun en uitstoot"),
                                    QStringLiteral("Uitstootvragen 2024"),
                                    QStringLiteral("Motie over zorgkosten en jeugdzorg"),
                                    QStringLiteral("Breda en Tilburg")};
        for (int i = 0; i < 20; ++i)
            applyDocument(100 + i, titles.at(i % titles.size()));
        QVERIFY(m_lib->library->store().rebuildDerived().ok());
        // Question units with "Financiën" and "Financiële" (diacritics in the text).
        QVERIFY(m_lib->library->files()
                    .store(guid(101), readFixture(QStringLiteral("kv-tk-2024Z18792.txt")))
                    .ok());
        auto index = FullTextIndex::open(path());
        QVERIFY2(index.ok(), qPrintable(index.error()));
        m_index = std::move(index).value();
        const DataDirectory &dir = m_lib->library->dataDirectory();
        QVERIFY(m_index->attach(dir.libraryDatabasePath(), dir.notesDatabasePath()).ok());
        refresh();
        // A note with a combining acute accent inside a word (the word index drops it; "j" has
        // no precomposed form with it), written as the indexer writes a document's entries.
        SearchDocumentText note;
        note.documentId = guid(102);
        note.signature = QStringLiteral("test");
        SearchEntry entry;
        entry.part = SearchEntry::Part::Note;
        entry.questionId = QStringLiteral("q");
        entry.body = QString::fromUtf8("Overleg in Brej\xcc\x81"
                                       "da over de begroting");
        note.entries = {entry};
        QVERIFY(m_index->replaceText(note).ok());
    }

    void cleanup() {
        SearchFacetCache::clear();
        m_index.reset();
        m_lib.reset();
    }

    // A part is told from the words; where some text writes it with a diacritic ("financiële"
    // for "financiele", whose words say more than the trigrams) the rows holding that spelling
    // are asked of the trigram index. A part that is not ASCII letters and digits, or holds two
    // letters with a combining mark between them somewhere, is left to the trigram index.
    void compoundPartsFromWordsAreTheTrigramMatches() {
        QVERIFY(SearchFacetCache::ensure(path()));
        compareCompound(QStringLiteral("uitstoot"), true);
        compareCompound(QStringLiteral("vragen"), true);
        compareCompound(QStringLiteral("zorg -motie"), true);
        compareCompound(QStringLiteral("vragen uitstoot"), true);
        compareCompound(QStringLiteral("vragen -kosten"), true);
        compareCompound(QStringLiteral("stof"), true);
        compareCompound(QStringLiteral("uitstoot -nancie"), true);
        compareCompound(QStringLiteral("financiele"), true);
        compareCompound(QStringLiteral("financiële"), false);
        compareCompound(QStringLiteral("nancie"), true);
        compareCompound(QStringLiteral("\"stikstof-uitstoot\""), false);
        compareCompound(QStringLiteral("ejda"), false); // a mark between "j" and "d"
        compareCompound(QStringLiteral("brej"), true);
        // Why: the words say "financiele" where the text says "Financiële".
        const auto words =
            m_index->search(SearchQuery::parse(QStringLiteral("financiele")).value(), 0, 1000);
        const auto trigrams =
            m_index->search(SearchQuery::parse(QStringLiteral("nancie")).value(), 0, 1000, true);
        QVERIFY(words.ok() && trigrams.ok());
        QVERIFY(words.value().size() > trigrams.value().size());
    }

    // After a write the lists and the vocabulary follow it: a new word is found by its parts,
    // and a part the new text writes with a diacritic is checked against it from then on.
    void compoundPartsFollowWrites() {
        QVERIFY(SearchFacetCache::ensure(path()));
        compareCompound(QStringLiteral("coordinatie"), true); // no match yet
        compareCompound(QStringLiteral("kwantum"), true);
        applyDocument(200, QStringLiteral("Coördinatie van postkwantumcryptografie en vragen"));
        refresh();
        QTRY_VERIFY(current() != nullptr);
        QVERIFY(current()->postings());
        compareCompound(QStringLiteral("kwantum"), true);
        compareCompound(QStringLiteral("coordinatie"), true);
        compareCompound(QStringLiteral("ordinatie"), true); // "oör" is not "oor"
        compareCompound(QStringLiteral("vragen"), true);
        QCOMPARE(SearchFacetCache::counts(path()).builds, 1); // followed, not built again
    }

    // The window's way: the facet index is built on its thread and published, the frequent
    // words' lists are added beside it afterwards.
    void frequentWordsAreAddedAfterTheFacetIndex() {
        SearchFacetCache::prepare(path());
        QTRY_VERIFY(current() && current()->postings());
        QVERIFY(current()->postings()->words() > 10);
        const int before = SearchTermPostings::served();
        const auto found =
            m_index->search(SearchQuery::parse(QStringLiteral("vragen")).value(), 0, 20);
        QVERIFY(found.ok() && !found.value().isEmpty());
        QCOMPARE(SearchTermPostings::served(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchWords)
#include "test_searchwords.moc"
