// The search view offscreen: the index is built in the background from imported files, typing
// in the field shows ranked results grouped by document with highlighted snippets and facets, a
// facet narrows the search, a result asks to open its document at the match. The model is
// checked by QAbstractItemModelTester while results stream in.

#include "TestSupport.h"

#include "SearchDock.h"
#include "library/Importer.h"
#include "library/Library.h"
#include "models/SearchModel.h"
#include "store/FullTextIndex.h"
#include "store/SearchQuery.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using namespace overleg;
using namespace overleg::test;
using namespace overleg::ui;

class TestSearchView : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    QString m_vragen;

private Q_SLOTS:
    void init() {
        m_lib = std::make_unique<TempLibrary>(false);
        Importer importer(m_lib->library->libraryDatabase(), m_lib->dir.path());
        const auto vragen = importer.importFile(dataPath(QStringLiteral("kv-tk-2024Z18792.txt")));
        QVERIFY2(vragen.ok(), qPrintable(vragen.error()));
        m_vragen = vragen->documentId;
        QVERIFY(importer.importFile(dataPath(QStringLiteral("kst-29338-289.pdf"))).ok());
    }
    void cleanup() { m_lib.reset(); }

    void viewSearchesNarrowsAndOpens() {
        SearchDock dock(*m_lib->library);
        dock.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isIndexing(), 20000);

        auto *field = dock.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dock.findChild<QTreeView *>(QStringLiteral("searchResults"));
        auto *facets = dock.findChild<QTreeWidget *>(QStringLiteral("searchFacets"));
        auto *status = dock.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY(field && results && facets && status);
        QAbstractItemModelTester tester(results->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTest::keyClicks(field, QStringLiteral("financiele"));
        QTRY_VERIFY(results->model()->rowCount() == 2 && !dock.model()->isSearching());
        // Both documents say "Financiële"; the matched word is highlighted in the snippets.
        const QModelIndex first = results->model()->index(0, 0);
        const QModelIndex hit = results->model()->index(0, 0, first);
        QVERIFY(hit.data(SearchModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral(">Financiële</b>")));
        QTRY_VERIFY(facets->topLevelItemCount() > 0);

        // A facet narrows the search to the Kamervragen's fractie.
        QTreeWidgetItem *cda = nullptr;
        for (int i = 0; i < facets->topLevelItemCount(); ++i) {
            for (int j = 0; j < facets->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *item = facets->topLevelItem(i)->child(j);
                if (item->data(0, Qt::UserRole).toString() == QLatin1String("fractie:\"cda\""))
                    cda = item;
            }
        }
        QVERIFY(cda);
        Q_EMIT facets->itemClicked(cda, 0);
        QCOMPARE(field->text(), QStringLiteral("financiele fractie:\"cda\""));
        QTRY_VERIFY(!dock.model()->isSearching() && results->model()->rowCount() == 1);
        QCOMPARE(results->model()->index(0, 0).data(SearchModel::DocumentIdRole).toString(),
                 m_vragen);

        // A question hit opens the document with the question selected.
        QSignalSpy open(&dock, &SearchDock::openRequested);
        const QModelIndex doc = results->model()->index(0, 0);
        QModelIndex question;
        for (int row = 0; row < results->model()->rowCount(doc); ++row) {
            const QModelIndex h = results->model()->index(row, 0, doc);
            if (h.data(SearchModel::PartRole).toInt() == int(SearchEntry::Part::Question))
                question = h;
        }
        QVERIFY(question.isValid());
        Q_EMIT results->activated(question);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), m_vragen);
        QVERIFY(!open.first().at(1).toString().isEmpty());

        // A page hit opens at the match: the offset points at the matched word in the text.
        field->setText(QStringLiteral("meestijgen"));
        Q_EMIT field->returnPressed();
        QTRY_VERIFY(!dock.model()->isSearching() && results->model()->rowCount() == 1);
        const QModelIndex top = results->model()->index(0, 0);
        QModelIndex page;
        for (int row = 0; row < results->model()->rowCount(top); ++row) {
            const QModelIndex h = results->model()->index(row, 0, top);
            if (h.data(SearchModel::PartRole).toInt() == int(SearchEntry::Part::Page))
                page = h;
        }
        QVERIFY(page.isValid());
        Q_EMIT results->activated(page);
        QCOMPARE(open.size(), 2);
        const int start = open.last().at(2).toInt();
        const QString text = QString::fromUtf8(readFixture(QStringLiteral("kv-tk-2024Z18792.txt")));
        QCOMPARE(text.mid(start, 10), QStringLiteral("meestijgen"));

        // A syntax error is said in words, and empties the results.
        field->setText(QStringLiteral("\"open"));
        Q_EMIT field->returnPressed();
        QCOMPARE(results->model()->rowCount(), 0);
        QVERIFY(status->text().contains(QStringLiteral("not closed")));
    }

    // A broad query shows the first matches the index hands over at once, unranked; the
    // ranked first page takes their place, and the final order is the index's ranked order.
    void firstHitsShowBeforeTheRankedOnes() {
        {
            SearchDock dock(*m_lib->library);
            QTRY_VERIFY_WITH_TIMEOUT(!dock.isIndexing(), 20000);
        }
        const QString text = QStringLiteral("de");
        const SearchQuery query = SearchQuery::parse(text).value();
        auto index = FullTextIndex::open(FullTextIndex::pathIn(m_lib->dir.path()));
        QVERIFY(index.ok());
        QSet<qint64> matches;
        QStringList rankedDocuments;
        const auto ranked = index.value()->search(query, 0, 500);
        QVERIFY(ranked.ok());
        for (const SearchHit &hit : ranked.value()) {
            matches.insert(hit.entry);
            if (!rankedDocuments.contains(hit.documentId))
                rankedDocuments << hit.documentId;
        }
        QVERIFY(rankedDocuments.size() >= 2);

        SearchModel model(FullTextIndex::pathIn(m_lib->dir.path()));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int provisionalHits = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &parent, int first, int last) {
                    if (!model.isProvisional())
                        return;
                    for (int row = first; row <= last; ++row) {
                        const QModelIndex document = model.index(row, 0, parent);
                        const QModelIndex hit =
                            parent.isValid() ? document : model.index(0, 0, document);
                        // Each provisional hit is a real match of the query.
                        QVERIFY(matches.contains(hit.data(SearchModel::EntryRole).toLongLong()));
                        ++provisionalHits;
                    }
                });
        model.setQuery(text);
        QTRY_VERIFY(!model.isSearching());
        QVERIFY(provisionalHits > 0);
        QVERIFY(!model.isProvisional());
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data(SearchModel::DocumentIdRole).toString();
        QCOMPARE(shown, rankedDocuments);
    }

    // overleg-cli imports a file while the view is open (nothing in the window announces that):
    // the next search notices the library changed, indexes it and shows the new document.
    void importOfAnotherProcessIsFoundOnTheNextSearch() {
        SearchDock dock(*m_lib->library);
        dock.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isIndexing(), 20000);
        auto *field = dock.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dock.findChild<QTreeView *>(QStringLiteral("searchResults"));
        QVERIFY(field && results);
        QTest::keyClicks(field, QStringLiteral("spreidingswet"));
        QTRY_VERIFY(!dock.model()->isSearching() && !dock.isIndexing());
        QCOMPARE(results->model()->rowCount(), 0);

        QProcess cli;
        cli.start(QStringLiteral(OVERLEG_CLI_PATH),
                  {QStringLiteral("--data-dir"), m_lib->dir.path(), QStringLiteral("import"),
                   dataPath(QStringLiteral(
                       "ministerie-brief_contourennota-intrekking-spreidingswet_1848_ic.pdf"))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() == 1 &&
                                     !dock.model()->isSearching() && !dock.isIndexing(),
                                 20000);
    }

    void modelDropsStaleQueries() {
        {
            // Build the index once, as the window would.
            SearchDock dock(*m_lib->library);
            QTRY_VERIFY_WITH_TIMEOUT(!dock.isIndexing(), 20000);
        }
        SearchModel model(FullTextIndex::pathIn(m_lib->dir.path()));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Typed quickly: only the last query's results arrive.
        for (const QString &text :
             {QStringLiteral("fin"), QStringLiteral("financ*"), QStringLiteral("wetenschap*")})
            model.setQuery(text);
        QTRY_VERIFY(!model.isSearching());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(SearchModel::DocumentIdRole).toString() != m_vragen);
    }
};

QTEST_MAIN(TestSearchView)
#include "test_searchview.moc"
