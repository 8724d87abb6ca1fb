// Open vragen answered from memory (OpenQuestionMemory, the filter's matches and a commissie's
// documents as RowidSets) gives what SQL gives (temp.filter_match joined with open_question,
// the memberships probed): the count and every page in order, for several filters on the
// sample library, with and without a text, narrowed by a commissie or not, after an answer is
// marked and after a question document is added; and a filter matched in the
// background is opened from memory too, while a superseded one is never shown.

#include "OpenQuestionCompare.h"
#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/QuestionLedger.h"
#include "models/NavigationModel.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/NotesStore.h"
#include "store/OpenQuestionQueries.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QThreadPool>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28"); // kst-29338-289
const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");

QList<OpenQuestionFilter> filters() {
    QList<OpenQuestionFilter> list;
    for (const QString &text :
         {QStringLiteral("van"), QStringLiteral("Rathenau"), QStringLiteral("vragen"),
          QStringLiteral("motie Gaza"), QStringLiteral("29338"), QStringLiteral("Onderwijs"),
          QStringLiteral("EU"), QStringLiteral("xyzzy")}) {
        OpenQuestionFilter filter;
        filter.text = text;
        list << filter;
        filter.fractie = QStringLiteral("sp");
        list << filter;
        filter.fractie = QStringLiteral("D66");
        list << filter;
        filter.fractie.clear();
        filter.tag = QStringLiteral("begroting");
        list << filter;
    }
    return list;
}

// Every sample document becomes a question document without its questions read (as a
// library whose files are not here): due on its date, some with no date, asked by one or
// more fracties. open_question is a derived table: the rows are set before the memory is read.
void fillOpenQuestions(Library &library) {
    library.libraryDatabase().run(QStringLiteral(
        "INSERT OR IGNORE INTO open_question (doc, document_id, deadline, delayed, fractie) "
        "SELECT rowid, id, CASE WHEN rowid % 7 = 0 THEN NULL ELSE substr(datum, 1, 10) END, "
        "rowid % 3 = 0, CASE rowid % 4 WHEN 0 THEN NULL WHEN 1 THEN 'SP,D66' WHEN 2 THEN 'd66' "
        "ELSE 'VVD' END FROM document"));
}

// Text filters, no text, and each narrowed by the largest commissies and an unknown one.
QList<OpenQuestionFilter> withCommissies(const Database &library) {
    QList<OpenQuestionFilter> list;
    const QStringList commissies = commissiesToNarrowBy(library, 3);
    for (const QString &text :
         {QString(), QStringLiteral("van"), QStringLiteral("vragen"), QStringLiteral("29338"),
          QStringLiteral("motie Gaza"), QStringLiteral("xyzzy")}) {
        OpenQuestionFilter filter;
        filter.text = text;
        list << filter;
        for (const QString &commissie : commissies) {
            filter.commissieId = commissie;
            filter.fractie.clear();
            list << filter;
            filter.fractie = QStringLiteral("sp");
            list << filter;
        }
        filter.fractie.clear();
        filter.tag = QStringLiteral("begroting");
        list << filter;
    }
    return list;
}

// Compares the memory's answer with SQL's (a LibraryQueries without the index and memory), for
// text filters and for commissie narrowings with and without a text.
void compareWithSql(Library &library, const LibraryQueries &memory) {
    const int texts = compareOpenQuestionsWithSql(library.libraryDatabase(), memory, filters());
    QVERIFY(texts >= filters().size() / 2); // the memory was asked, not SQL again
    const QList<OpenQuestionFilter> narrowed = withCommissies(library.libraryDatabase());
    const int commissies = compareOpenQuestionsWithSql(library.libraryDatabase(), memory, narrowed);
    QVERIFY(commissies >= narrowed.size() / 2);
}

void addQuestionDocument(Library &library, const QString &title) {
    Transaction tx(library.libraryDatabase().connection());
    EntityRecord d;
    d.type = QStringLiteral("document");
    d.id = QStringLiteral("20000000-0000-0000-0000-000000000002");
    d.fields.insert(QStringLiteral("titel"), title);
    d.fields.insert(QStringLiteral("soort"), QStringLiteral("Schriftelijke vragen"));
    d.fields.insert(QStringLiteral("datum"), QStringLiteral("2025-02-03"));
    QVERIFY(library.store().apply(d));
    QVERIFY(tx.commit());
}

} // namespace

class TestOpenQuestionsMemory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryEqualsSqlForSeveralFilters() {
        TempLibrary lib;
        QuestionLedger(*lib.library).refresh();
        fillOpenQuestions(*lib.library);
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForOpenQuestionMemory());
        QVERIFY(queries.openQuestionMemory());
        // The filter's matches in memory: the sample's documents that say "van" are many.
        OpenQuestionFilter van;
        van.text = QStringLiteral("van");
        QVERIFY(queries.openQuestions().countDocuments(van) > 5);
        // A commissie narrows it, with and without the text, in memory too.
        OpenQuestionFilter commissie;
        commissie.commissieId = commissiesToNarrowBy(lib->libraryDatabase(), 1).constFirst();
        const int all = queries.openQuestions().countDocuments(commissie);
        QVERIFY(all > 0);
        QVERIFY(all < queries.openQuestions().countDocuments({}));
        QVERIFY(queries.matchedRowidsUnder({}, QStringLiteral("commissie"), commissie.commissieId));
        commissie.text = van.text;
        QVERIFY(queries.openQuestions().countDocuments(commissie) <= all);
        QVERIFY(queries.matchedRowidsUnder(van.text, QStringLiteral("commissie"),
                                           commissie.commissieId));
        compareWithSql(*lib.library, queries);
    }

    // An answer marked changes the ledger's documents, which are read from SQL each time; the
    // memory's rows leave those documents out as SQL does.
    void memoryFollowsAnAnswerMarked() {
        TempLibrary lib;
        QuestionLedger(*lib.library).refresh();
        fillOpenQuestions(*lib.library);
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForOpenQuestionMemory());
        OpenQuestionFilter rathenau;
        rathenau.text = QStringLiteral("Rathenau");
        const auto ids = [&] {
            QStringList list;
            OpenQuestionCursor cursor;
            for (const OpenDocument &d : queries.openQuestions().documents(rathenau, cursor, 100))
                list << d.summary.id;
            return list;
        };
        QVERIFY(ids().contains(kVerslag));
        const OpenQuestion only = queries.openQuestions().questionsOf(kVerslag).constFirst();
        QVERIFY(lib->notes().setStatus(kVerslag, only.id, only.text, QStringLiteral("answered")));
        QVERIFY(!ids().contains(kVerslag));
        compareWithSql(*lib.library, queries);
        // Open again: back in the list.
        QVERIFY(lib->notes().setStatus(kVerslag, only.id, only.text, QStringLiteral("open")));
        QVERIFY(ids().contains(kVerslag));
        compareWithSql(*lib.library, queries);
    }

    // A question document added (a sync): the rebuild changes the library's generation, so
    // the rows held are not used; once the change is announced they are read again.
    void memoryFollowsAQuestionAdded() {
        TempLibrary lib;
        QuestionLedger(*lib.library).refresh();
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForOpenQuestionMemory());
        OpenQuestionFilter word;
        word.text = QStringLiteral("kwantumsleutelverdeling");
        QCOMPARE(queries.openQuestions().countDocuments(word), 0);
        addQuestionDocument(*lib.library,
                            QStringLiteral("Vragen over kwantumsleutelverdeling bij het Rijk"));
        QVERIFY(lib->store().rebuildDerived().ok());
        // Not announced yet: a new filter finds the library changed, and is answered in SQL,
        // not from the rows held. (The same filter again keeps its answer until the change is
        // announced, in memory as in temp.filter_match.)
        OpenQuestionFilter part;
        part.text = QStringLiteral("kwantumsleutel");
        QCOMPARE(queries.openQuestions().countDocuments(part), 1);
        queries.invalidateFilter(); // what the window does after a sync (NavigationModel::reload)
        QVERIFY(queries.waitForOpenQuestionMemory());
        QVERIFY(queries.openQuestionMemory());
        QVERIFY(queries.matchedRowids(word.text));
        QCOMPARE(queries.openQuestions().countDocuments(word), 1);
        OpenQuestionCursor cursor;
        const QList<OpenDocument> page = queries.openQuestions().documents(word, cursor, 10);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().summary.id, QStringLiteral("20000000-0000-0000-0000-000000000002"));
        compareWithSql(*lib.library, queries);
    }

    // A word the index cannot answer (punctuation) is matched in the background; its matches
    // stay in memory and open Open questions as SQL would. A filter superseded while matched
    // is never shown, nor are its matches taken over.
    void backgroundFilterOpensFromMemoryAndSupersededIsNeverShown() {
        TempLibrary lib;
        QuestionLedger(*lib.library).refresh();
        fillOpenQuestions(*lib.library);
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForOpenQuestionMemory());
        NavigationModel model(queries);
        model.setFilterInBackground(true);
        QStringList shown;
        connect(&model, &NavigationModel::filterApplied, &model, [&] { shown << model.filter(); });
        const QString superseded = QStringLiteral("kst-29338");
        const QString newest = QStringLiteral("NWO-programma");
        model.setFilter(superseded);
        QCOMPARE(model.pendingFilter(), superseded);
        model.setFilter(newest);
        QCOMPARE(model.pendingFilter(), newest);
        QTRY_VERIFY(model.pendingFilter().isNull());
        QThreadPool::globalInstance()->waitForDone(); // the superseded match has ended too
        QCoreApplication::processEvents();
        QCOMPARE(shown, QStringList{newest});
        QVERIFY(!queries.matchedRowids(superseded));
        QVERIFY(queries.matchedRowids(newest));

        const QModelIndex category = model.categoryIndex(NavigationModel::Category::OpenQuestions);
        while (model.canFetchMore(category))
            model.fetchMore(category);
        OpenQuestionFilter filter;
        filter.text = newest;
        const LibraryQueries sql(lib->libraryDatabase());
        QStringList expected;
        OpenQuestionCursor cursor;
        for (const OpenDocument &d : sql.openQuestions().documents(filter, cursor, 1000))
            expected << d.summary.id;
        QVERIFY(!expected.isEmpty());
        QStringList listed;
        for (int row = 0; row < model.rowCount(category); ++row)
            listed
                << model.index(row, 0, category).data(NavigationModel::DocumentIdRole).toString();
        QCOMPARE(listed, expected);
        QCOMPARE(category.data(NavigationModel::DocumentCountRole).toInt(),
                 sql.openQuestions().countDocuments(filter));

        // Narrowed by a commissie as the filter bar does it: the background's matches among
        // the commissie's documents, in memory, as SQL lists them.
        QList<OpenQuestionFilter> narrowed;
        int found = 0;
        bool fewer = false;
        // The commissies its matches hang under, and the largest (perhaps none of them).
        QStringList commissies = commissiesToNarrowBy(lib->libraryDatabase(), 1);
        for (const NodeSummary &node : queries.commissies(newest))
            commissies << node.id;
        QVERIFY(commissies.size() > 2);
        for (const QString &commissie : commissies) {
            filter.commissieId = commissie;
            narrowed << filter;
            QVERIFY(queries.matchedRowidsUnder(newest, QStringLiteral("commissie"), commissie));
            model.setOpenQuestionFilter(commissie, {}, {});
            while (model.canFetchMore(category))
                model.fetchMore(category);
            QStringList expectedNarrowed;
            OpenQuestionCursor narrowedCursor;
            for (const OpenDocument &d :
                 sql.openQuestions().documents(filter, narrowedCursor, 1000))
                expectedNarrowed << d.summary.id;
            QStringList listedNarrowed;
            for (int row = 0; row < model.rowCount(category); ++row)
                listedNarrowed << model.index(row, 0, category)
                                      .data(NavigationModel::DocumentIdRole)
                                      .toString();
            QCOMPARE(listedNarrowed, expectedNarrowed);
            QCOMPARE(category.data(NavigationModel::DocumentCountRole).toInt(),
                     int(expectedNarrowed.size()));
            found += int(expectedNarrowed.size());
            fewer = fewer || expectedNarrowed.size() < expected.size();
        }
        QVERIFY(found > 0);
        QVERIFY(fewer); // a commissie narrows the list
        QCOMPARE(compareOpenQuestionsWithSql(lib->libraryDatabase(), queries, narrowed),
                 narrowed.size());
        compareWithSql(*lib.library, queries);
    }
};

QTEST_GUILESS_MAIN(TestOpenQuestionsMemory)
#include "test_openquestionsmemory.moc"
