// Full-text search at scale: a library of N documents with real-sized texts (the texts of
// tests/data/corpus, each copy made distinct), indexed by SearchIndexer with and without the
// trigram index; prints indexing cost per document, index size on disk, and the time to a first
// page of ranked results and to the facet counts for typical queries.
//
//   bench_search [--texts N] [--data-dir DIR] [--reuse-index] [--follow-writes] [--log-cost]
//   (N = 20000 by default; DIR is reused if it holds a library, so the corpus is built once;
//   --follow-writes writes notes into the index, in this process and in another one: give it a
//   copy; --log-cost indexes the library twice more, with and without the change log)

#include "document/TextExtractor.h"
#include "entities/EntityRecord.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "library/SearchIndexer.h"
#include "store/FullTextIndex.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/SearchChangeLog.h"
#include "store/SearchFacetIndex.h"
#include "store/SearchQuery.h"
#include "store/SearchTermPostings.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace overleg;

namespace {

QStringList corpusTexts() {
    QStringList texts;
    QDirIterator it(QStringLiteral(OVERLEG_SOURCE_DIR "/tests/data/corpus"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".md")))
            continue;
        if (const auto text = extractTextFromFile(path); text && !text->isEmpty())
            texts << text->plainText();
    }
    return texts;
}

void build(Library &library, int count) {
    const QStringList texts = corpusTexts();
    const QStringList soorten = {QStringLiteral("Schriftelijke vragen"),
                                 QStringLiteral("Verslag van een schriftelijk overleg"),
                                 QStringLiteral("Brief regering"), QStringLiteral("Motie")};
    std::printf("building %d documents from %lld corpus texts\n", count,
                static_cast<long long>(texts.size()));
    LibraryStore &store = library.store();
    Transaction tx(library.libraryDatabase().connection());
    for (int i = 0; i < count; ++i) {
        const QString id =
            QStringLiteral("00000000-0000-0000-0001-%1").arg(i, 12, 10, QLatin1Char('0'));
        const QString &text = texts.at(i % texts.size());
        EntityRecord r;
        r.type = QStringLiteral("document");
        r.id = id;
        r.bijgewerkt = QStringLiteral("2026-01-01T00:00:00Z");
        r.fields = {{QStringLiteral("soort"), soorten.at(i % soorten.size())},
                    {QStringLiteral("titel"), text.left(120).simplified()},
                    {QStringLiteral("datum"), QStringLiteral("%1-%2-01")
                                                  .arg(2008 + i % 17)
                                                  .arg(1 + i % 12, 2, 10, QLatin1Char('0'))}};
        store.apply(r);
        // Distinct bytes per copy (the file store keeps one blob per content).
        library.files().store(id, (text + QStringLiteral("\nkopie%1\n").arg(i)).toUtf8());
    }
    tx.commit();
    store.rebuildDerived();
}

// This thread's CPU time: what the work costs on an idle machine (the wall clock also counts
// the waits of a machine shared with other work).
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double worst(const QList<double> &values) {
    return *std::max_element(values.cbegin(), values.cend());
}

double indexOnce(Library &library, const QString &path, bool trigram) {
    QFile::remove(path);
    auto index = FullTextIndex::open(path, FullTextIndex::Options{trigram});
    const DataDirectory &dir = library.dataDirectory();
    index.value()->attach(dir.libraryDatabasePath(), dir.notesDatabasePath());
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    SearchIndexer indexer(library, *index.value());
    const int read = indexer.refresh().value();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const double cpuSpent = cpuMs() - cpu;
    const int documents = std::max(1, index.value()->countDocuments());
    std::printf("index %-18s %7d documents (%d texts read), %8d entries: %8.0f ms wall, %8.0f "
                "ms cpu (%.3f ms cpu per document), %7.1f MB on disk (%.2f KB per document)\n",
                trigram ? "words + trigrams" : "words only", documents, read,
                index.value()->countEntries(), ms, cpuSpent, cpuSpent / documents,
                double(index.value()->sizeOnDisk()) / 1e6,
                double(index.value()->sizeOnDisk()) / 1e3 / documents);
    return cpuSpent;
}

// One document's note, as the window's indexer writes it (version: what it says).
Status writeNote(FullTextIndex &index, const QString &documentId, int version) {
    SearchDocumentText text;
    text.documentId = documentId;
    text.signature = QStringLiteral("bench %1").arg(version);
    SearchEntry note;
    note.part = SearchEntry::Part::Note;
    note.questionId = QStringLiteral("bench");
    note.status = version % 2 ? QStringLiteral("partial") : QStringLiteral("open");
    note.tags = {QStringLiteral("navragen%1").arg(version % 3)};
    note.body = QStringLiteral("Notitie %1 over stikstof en vragen").arg(version);
    text.entries = {note};
    return index.replaceText(text);
}

// --write-note PATH DOCUMENT VERSION: the other process of followWritesOfAnotherProcess.
int writeNoteAndExit(const QStringList &args) {
    const qsizetype at = args.indexOf(QStringLiteral("--write-note"));
    auto index = FullTextIndex::open(args.value(at + 1));
    if (!index || !writeNote(*index.value(), args.value(at + 2), args.value(at + 3).toInt()))
        return 1;
    return 0;
}

// The broad searches' ranked page and facets right after a write (which they wait for instead
// of counting in SQL), a write before each of 3 runs.
void searchesRightAfter(FullTextIndex &index, const char *what,
                        const std::function<void()> &write) {
    for (const QString &text : {QStringLiteral("stikstof"), QStringLiteral("vragen -motie")}) {
        const SearchQuery query = SearchQuery::parse(text).value();
        QList<double> ranked, facets;
        for (int run = 0; run < 3; ++run) {
            write();
            QElapsedTimer t;
            t.start();
            index.search(query, 0, 20);
            ranked << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            index.facets(query);
            facets << double(t.nsecsElapsed()) / 1e6;
            index.search(SearchQuery::parse(QStringLiteral("xyzzy")).value(), 0, 1);
        }
        std::printf("right after %s, %-14s ranked first 20 %.1f ms, facets %.1f ms wall "
                    "(median of 3)\n",
                    what, qPrintable(text), median(ranked), median(facets));
    }
}

// The same notes written by another process (this program, --write-note): how long until the
// facet index is current again (a reader's get, which starts the refresh from the change log
// and waits for it), against a full build in the same run (the log emptied first).
void followWritesOfAnotherProcess(FullTextIndex &index, const QString &path,
                                  const QString &documentId) {
    const QSqlDatabase db = index.connection();
    auto writeElsewhere = [&](int version) {
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--write-note"), path, documentId, QString::number(version)});
        return other.waitForFinished(60000) && other.exitCode() == 0;
    };
    auto untilCurrent = [&] {
        QElapsedTimer t;
        t.start();
        while (!SearchFacetCache::get(path, SearchFacetIndex::generationOf(db)))
            QThread::msleep(1);
        return double(t.nsecsElapsed()) / 1e6;
    };
    SearchFacetCache::ensure(path);
    const SearchFacetCache::Counts before = SearchFacetCache::counts(path);
    QList<double> followed;
    for (int run = 0; run < 7; ++run) {
        if (!writeElsewhere(1000 + run)) {
            std::printf("the other process failed\n");
            return;
        }
        followed << untilCurrent();
    }
    const SearchFacetCache::Counts after = SearchFacetCache::counts(path);
    // A write the log cannot chain (emptied, as if trimmed past the index): built in full.
    writeElsewhere(2000);
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM change_log"));
    const double built = untilCurrent();
    const SearchFacetCache::Counts end = SearchFacetCache::counts(path);
    std::printf("\nnote written by another process: the facet index is current again %.1f ms "
                "wall after it (median of 7, worst %.1f; %d full builds, %d updates), against a "
                "full build %.0f ms wall in this run (%d build)\n",
                median(followed), *std::max_element(followed.cbegin(), followed.cend()),
                after.builds - before.builds, after.updates - before.updates, built,
                end.builds - after.builds);
    int version = 3000; // a new note each time, so each is a write
    searchesRightAfter(index, "another process's write", [&] { writeElsewhere(version++); });
    std::printf("full builds during the searches: %d\n",
                SearchFacetCache::counts(path).builds - end.builds);
    // What the log costs a write: the same notes with and without it, alternately.
    QList<double> with, without;
    for (int run = 0; run < 40; ++run) {
        const bool logged = run % 2 == 0;
        SearchChangeLog::setEnabled(logged);
        QElapsedTimer t;
        t.start();
        writeNote(index, documentId, 4000 + run);
        (logged ? with : without) << double(t.nsecsElapsed()) / 1e6;
    }
    SearchChangeLog::setEnabled(true);
    std::printf("a note's write with the change log %.2f ms, without %.2f ms wall (median of "
                "20 each, alternating): ratio %.3f\n",
                median(with), median(without), median(with) / median(without));
}

// --follow-writes (it writes to the index: use a copy): one document's note changed at a time,
// as the window's indexer writes it; how long the facet index in memory takes to follow it, and
// the searches right after the write (which wait for that instead of counting in SQL).
void followWrites(FullTextIndex &index, const QString &path) {
    QSqlQuery pick(index.connection());
    pick.exec(QStringLiteral("SELECT document_id FROM doc ORDER BY doc LIMIT 1 OFFSET ((SELECT "
                             "count(*) FROM doc) / 2)"));
    if (!pick.next())
        return;
    const QString documentId = pick.value(0).toString();
    pick.finish();
    int version = 0;
    auto write = [&] {
        QElapsedTimer t;
        t.start();
        const Status written = writeNote(index, documentId, ++version);
        return written ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    const SearchFacetCache::Counts before = SearchFacetCache::counts(path);
    QList<double> writes, absorbed;
    for (int run = 0; run < 5; ++run) {
        writes << write();
        QElapsedTimer t;
        t.start();
        SearchFacetCache::ensure(path); // waits for the update the write started
        absorbed << double(t.nsecsElapsed()) / 1e6;
    }
    const SearchFacetCache::Counts after = SearchFacetCache::counts(path);
    std::printf("\none document's note written: %.1f ms wall (median of 5); the facet index "
                "follows it in %.1f ms wall (median, worst %.1f); %d full builds, %d updates\n",
                median(writes), median(absorbed),
                *std::max_element(absorbed.cbegin(), absorbed.cend()), after.builds - before.builds,
                after.updates - before.updates);
    searchesRightAfter(index, "a write", [&] { write(); });
    const SearchFacetCache::Counts end = SearchFacetCache::counts(path);
    std::printf("full builds during the searches: %d\n", end.builds - after.builds);
    followWritesOfAnotherProcess(index, path, documentId);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int count = 20000;
    QString dataDir;
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--write-note")))
        return writeNoteAndExit(args);
    // --reuse-index: measure the queries on the index already there (indexing 1,000,000
    // documents takes minutes).
    const bool reuse = args.contains(QStringLiteral("--reuse-index"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--texts"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--data-dir"))
            dataDir = args.at(i + 1);
    }
    QTemporaryDir temp;
    if (dataDir.isEmpty())
        dataDir = temp.path();
    auto opened = Library::open(dataDir);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Library &library = *opened.value();
    if (library.queries().countDocuments() < count) {
        QElapsedTimer timer;
        timer.start();
        build(library, count);
        std::printf("library built in %.1f s\n", double(timer.elapsed()) / 1000);
    }

    const QString root = library.dataDirectory().root();
    // The cost of the trigram index (compound parts): the same library indexed without it.
    if (count > 0 && !reuse)
        indexOnce(library, root + QStringLiteral("/search-words.sqlite"), false);
    if (!reuse)
        indexOnce(library, FullTextIndex::pathIn(root), true);
    if (args.contains(QStringLiteral("--log-cost"))) {
        // What the change log costs indexing: the same library indexed again without it and
        // with it (into a file of its own).
        // Alternately, twice each; the better of each (cpu: the machine is shared).
        const QString other = root + QStringLiteral("/search-log.sqlite");
        double with = 1e18, without = 1e18;
        for (int run = 0; run < 4; ++run) {
            const bool logged = run % 2 == 1;
            SearchChangeLog::setEnabled(logged);
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(other + suffix);
            const double cpu = indexOnce(library, other, true);
            (logged ? with : without) = std::min(logged ? with : without, cpu);
        }
        SearchChangeLog::setEnabled(true);
        std::printf("indexing with the change log / without: %.0f / %.0f ms cpu = %.3f\n", with,
                    without, with / without);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(other + suffix);
    }

    auto index = FullTextIndex::open(FullTextIndex::pathIn(root));
    {
        // Made by the indexer's first pass on an index file from before (a kept 1M library).
        QElapsedTimer t;
        t.start();
        const Status added = index.value()->addMissingIndexes();
        std::printf("indexes added where missing in %.0f ms%s\n", double(t.elapsed()),
                    added ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(added.error())));
    }
    {
        // The facet index (documents' facets in memory), built as the window does on first use.
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs();
        const auto facetIndex = SearchFacetCache::ensure(FullTextIndex::pathIn(root));
        const double wall = double(t.elapsed());
        const double spent = cpuMs() - cpu;
        t.restart();
        const double cpuAlone = cpuMs();
        SearchFacetIndex::build(index.value()->connection(), {}, false);
        std::printf("facet index alone (as the window publishes it first): %.0f ms wall, %.0f ms "
                    "cpu\n",
                    double(t.elapsed()), cpuMs() - cpuAlone);
        const SearchTermPostings *postings = facetIndex ? facetIndex->postings() : nullptr;
        std::printf("facet index with the frequent words' lists built in %.0f ms wall, %.0f ms "
                    "cpu: %.1f MB, of which the lists and the vocabulary %.1f MB (%d words, %lld "
                    "entries)\n",
                    wall, spent, facetIndex ? double(facetIndex->bytes()) / 1e6 : 0.0,
                    postings ? double(postings->bytes()) / 1e6 : 0.0,
                    postings ? postings->words() : 0,
                    static_cast<long long>(postings ? postings->postings() : 0));
    }
    const QStringList queries = {QStringLiteral("ontwikkelingshulp"),
                                 QStringLiteral("financiele"),
                                 QStringLiteral("\"economische groei\""),
                                 QStringLiteral("ontwikkel*"),
                                 QStringLiteral("vragen -motie"),
                                 QStringLiteral("fractie:cda minister"),
                                 QStringLiteral("-fractie:cda status:open minister"),
                                 QStringLiteral("NEAR(minister antwoord, 5)"),
                                 QStringLiteral("uitstoot"),
                                 QStringLiteral("soort:motie datum:2020"),
                                 QStringLiteral("stikstof"),
                                 QStringLiteral("zorg motie")};
    // What the search view shows first: the first 20 hits the index hands over (unranked),
    // then the ranked first page in their place, then the facet counts.
    std::printf("\n%-26s %14s %16s %16s %13s %16s %16s %6s  (median of 3, wall / cpu ms)\n",
                "query", "first 20 shown", "ranked 20 in SQL", "ranked 20", "compound: SQL/now",
                "facets in SQL", "facets in memory", "hits");
    for (const QString &text : queries) {
        const SearchQuery query = SearchQuery::parse(text).value();
        QList<double> first, firstCpu, ranked, rankedCpu, inSql, inSqlCpu, substring,
            substringInSql, facets, facetsCpu, sqlFacets, sqlFacetsCpu;
        bool same = true, samePage = true;
        qsizetype hits = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            double cpu = cpuMs();
            t.start();
            index.value()->search(query, 0, 20, false, FullTextIndex::Order::Unranked);
            first << double(t.nsecsElapsed()) / 1e6;
            firstCpu << cpuMs() - cpu;
            cpu = cpuMs();
            t.restart();
            const auto page = index.value()->search(query, 0, 20);
            hits = page.value().size();
            ranked << double(t.nsecsElapsed()) / 1e6;
            rankedCpu << cpuMs() - cpu;
            cpu = cpuMs();
            t.restart();
            const auto reference =
                index.value()->search(query, 0, 20, false, FullTextIndex::Order::RankedInSql);
            inSql << double(t.nsecsElapsed()) / 1e6;
            inSqlCpu << cpuMs() - cpu;
            // The fast ranking gives FTS5's ORDER BY rank's page, hit for hit.
            QList<qint64> fast, plain;
            for (const SearchHit &hit : page.value())
                fast << hit.entry;
            for (const SearchHit &hit : reference.value())
                plain << hit.entry;
            samePage = samePage && fast == plain;
            // The next run starts without the order kept for this query's next pages.
            index.value()->search(SearchQuery::parse(QStringLiteral("xyzzy")).value(), 0, 1);
            t.restart();
            const auto compounds = index.value()->search(query, 0, 20, true);
            substring << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const auto compoundsInSql =
                index.value()->search(query, 0, 20, true, FullTextIndex::Order::RankedInSql);
            substringInSql << double(t.nsecsElapsed()) / 1e6;
            QList<qint64> fastCompounds, plainCompounds;
            for (const SearchHit &hit : compounds.value())
                fastCompounds << hit.entry;
            for (const SearchHit &hit : compoundsInSql.value())
                plainCompounds << hit.entry;
            samePage = samePage && fastCompounds == plainCompounds;
            index.value()->search(SearchQuery::parse(QStringLiteral("xyzzy")).value(), 0, 1);
            cpu = cpuMs();
            t.restart();
            const auto countedInSql =
                index.value()->facets(query, {}, FullTextIndex::FacetCount::Sql);
            sqlFacets << double(t.nsecsElapsed()) / 1e6;
            sqlFacetsCpu << cpuMs() - cpu;
            cpu = cpuMs();
            t.restart();
            const auto inMemory =
                index.value()->facets(query, {}, FullTextIndex::FacetCount::Memory);
            facets << double(t.nsecsElapsed()) / 1e6;
            facetsCpu << cpuMs() - cpu;
            // The SQL counts stop at 100,000 hits; memory counts them all.
            same = same && countedInSql.ok() && inMemory.ok() &&
                   countedInSql.value() == inMemory.value();
        }
        std::printf("%-26s %6.1f / %5.1f %7.1f / %6.1f %7.1f / %6.1f %6.0f / %5.1f %7.1f / %6.1f "
                    "%7.1f / %6.1f %6lld%s%s\n",
                    qPrintable(text), median(first), median(firstCpu), median(inSql),
                    median(inSqlCpu), median(ranked), median(rankedCpu), median(substringInSql),
                    median(substring), median(sqlFacets), median(sqlFacetsCpu), median(facets),
                    median(facetsCpu), static_cast<long long>(hits),
                    samePage ? "" : "  (ranked page differs)",
                    same ? "" : "  (facet counts differ)");
    }
    // As the search view runs them, one after the other on one connection: the ranked page,
    // the rest of the 500 hits it shows, the compound pass when the words gave fewer (it leaves
    // out the word pass's matches just collected), the facets (counted from the matches the
    // passes collected).
    std::printf("\nin the view's order: ranked 20 | compound 20 | facets | compound 20 after the "
                "ranked page where "
                "the view does not run it, wall median / worst / "
                "cpu median ms of 7 (compound 0: the words gave the 500 hits shown); the word "
                "passes enumerated by FTS5, then from the frequent words in memory, alternately\n");
    for (const QString &text :
         {QStringLiteral("vragen -motie"), QStringLiteral("stikstof"), QStringLiteral("zorg motie"),
          QStringLiteral("vragen"), QStringLiteral("fractie:cda minister"),
          QStringLiteral("-fractie:cda status:open minister")}) {
        for (const bool fromMemory : {false, true}) {
            SearchTermPostings::setUsed(fromMemory);
            const SearchQuery query = SearchQuery::parse(text).value();
            QList<double> ranked, rankedCpu, compound, compoundCpu, facets, facetsCpu, forced,
                forcedCpu;
            for (int run = 0; run < 7; ++run) {
                index.value()->search(SearchQuery::parse(QStringLiteral("xyzzy")).value(), 0, 1);
                QElapsedTimer t;
                double cpu = cpuMs();
                t.start();
                index.value()->search(query, 0, 20);
                ranked << double(t.nsecsElapsed()) / 1e6;
                rankedCpu << cpuMs() - cpu;
                const qsizetype words = index.value()->search(query, 20, 480).value().size() + 20;
                cpu = cpuMs();
                t.restart();
                if (words < 500)
                    index.value()->search(query, 0, 20, true);
                compound << double(t.nsecsElapsed()) / 1e6;
                compoundCpu << cpuMs() - cpu;
                cpu = cpuMs();
                t.restart();
                index.value()->facets(query);
                facets << double(t.nsecsElapsed()) / 1e6;
                facetsCpu << cpuMs() - cpu;
                // The compound pass after the ranked page, also where the view does not run it.
                index.value()->search(SearchQuery::parse(QStringLiteral("xyzzy")).value(), 0, 1);
                index.value()->search(query, 0, 20);
                cpu = cpuMs();
                t.restart();
                index.value()->search(query, 0, 20, true);
                forced << double(t.nsecsElapsed()) / 1e6;
                forcedCpu << cpuMs() - cpu;
            }
            std::printf(
                "%-34s %-6s %5.1f / %5.1f / %5.1f | %5.1f / %5.1f / %5.1f | %5.1f / %5.1f / "
                "%5.1f | %5.1f / %5.1f / %5.1f\n",
                qPrintable(text), fromMemory ? "memory" : "FTS5", median(ranked), worst(ranked),
                median(rankedCpu), median(compound), worst(compound), median(compoundCpu),
                median(facets), worst(facets), median(facetsCpu), median(forced), worst(forced),
                median(forcedCpu));
        }
    }
    SearchTermPostings::setUsed(true);
    if (args.contains(QStringLiteral("--follow-writes")))
        followWrites(*index.value(), FullTextIndex::pathIn(root));
    return 0;
}
