#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "models/NavigationModel.h"
#include "store/FilterIndex.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QThreadPool>

#include <functional>

using namespace overleg;
using Category = NavigationModel::Category;
using NodeType = NavigationModel::NodeType;

namespace {

QModelIndex childNamed(NavigationModel &model, const QModelIndex &parent, const QString &label) {
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString().contains(label))
            return index;
    }
    return {};
}

// A category as a user sees it after opening it.
QModelIndex opened(NavigationModel &model, Category category) {
    const QModelIndex index = model.categoryIndex(category);
    model.fetchMore(index);
    return index;
}

void fetchAll(NavigationModel &model, const QModelIndex &parent) {
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

// The whole tree as text: every node's label and count, indented, in order.
QStringList treeOf(NavigationModel &model) {
    QStringList lines;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        while (model.canFetchMore(parent))
            model.fetchMore(parent);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            lines << QString(depth * 2, u' ') + index.data().toString() + QStringLiteral(" (") +
                         index.data(NavigationModel::SubtitleRole).toString() + u')';
            walk(index, depth + 1);
        }
    };
    walk({}, 0);
    return lines;
}

QStringList treeUnder(const LibraryQueries &queries, const QString &filter) {
    NavigationModel model(queries);
    model.setFilter(filter);
    return treeOf(model);
}

// Filters of every kind the fast filter answers, and one it sends to the trigram index.
QStringList comparedFilters() {
    return {QStringLiteral("encryptie"),     QStringLiteral("Onderwijs"),
            QStringLiteral("29338"),         QStringLiteral("Nispen"),
            QStringLiteral("motie Gaza"),    QStringLiteral("EU"),
            QStringLiteral("motie EU"),      QStringLiteral("Financiën"),
            QStringLiteral("FINANCI"),       QStringLiteral("vragen"),
            QStringLiteral("ander"),         QStringLiteral("wetenschaps"),
            QStringLiteral("NWO-programma"), QStringLiteral("xyzzy")};
}

// Adds a document with this title under the first commissie and rebuilds the tree in full (an
// incremental update would bring the kept filter index along: test_navigationupdate).
void addDocumentTitled(Library &lib, const QString &title) {
    QSqlQuery commissie =
        lib.libraryDatabase().run(QStringLiteral("SELECT id FROM commissie LIMIT 1"));
    QVERIFY(commissie.next());
    const QString commissieId = commissie.value(0).toString();
    commissie.finish(); // an open statement would keep rebuildDerived from its checkpoint
    {
        Transaction tx(lib.libraryDatabase().connection());
        EntityRecord d;
        d.type = QStringLiteral("document");
        d.id = QStringLiteral("20000000-0000-0000-0000-000000000001");
        d.fields.insert(QStringLiteral("titel"), title);
        d.fields.insert(QStringLiteral("datum"), QStringLiteral("2025-01-01"));
        QVERIFY(lib.store().apply(d));
        EntityRecord a;
        a.type = QStringLiteral("documentActor");
        a.id = QStringLiteral("30000000-0000-0000-0000-000000000001");
        a.refs = {{QStringLiteral("document"), d.id}, {QStringLiteral("commissie"), commissieId}};
        QVERIFY(lib.store().apply(a));
        QVERIFY(tx.commit());
    }
    QVERIFY(lib.store().rebuildDerived(LibraryStore::DerivedMode::Full).ok());
}

} // namespace

class TestNavigationModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The tester runs its checks (and fetchMore) on construction. A reset is not observed by a
    // live tester because Qt 6.4's tester fetches more rows from inside its modelReset slot and
    // then flags its own insert; each filter state gets a fresh tester instead.
    void passesModelTesterWhileExpandingAndFiltering_data() {
        QTest::addColumn<QString>("filter");
        QTest::newRow("unfiltered") << QString();
        QTest::newRow("word") << QStringLiteral("regeldruk");
        QTest::newRow("member") << QStringLiteral("Nispen");
        QTest::newRow("no match") << QStringLiteral("xyzzy");
    }
    void passesModelTesterWhileExpandingAndFiltering() {
        QFETCH(QString, filter);
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        model.setFilter(filter);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model, {});
    }

    void categoriesAndCommissies() {
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex commissies = opened(model, Category::Commissies);
        QCOMPARE(commissies.data(NavigationModel::NodeTypeRole).value<NodeType>(),
                 NodeType::Category);
        QCOMPARE(model.rowCount(commissies), 8);
        // Real committee names, alphabetical.
        QCOMPARE(model.index(0, 0, commissies).data().toString(),
                 QStringLiteral("vaste commissie voor Binnenlandse Zaken"));

        const QModelIndex ezk = childNamed(model, commissies, QStringLiteral("Economische Zaken"));
        QVERIFY(ezk.isValid());
        QVERIFY(model.hasChildren(ezk));
        QCOMPARE(model.rowCount(ezk), 0); // lazy: nothing read before expanding
        QVERIFY(model.canFetchMore(ezk));
        model.fetchMore(ezk);
        QCOMPARE(model.rowCount(ezk), 3);
        const QModelIndex first = model.index(0, 0, ezk);
        QCOMPARE(first.data(NavigationModel::NodeTypeRole).value<NodeType>(), NodeType::Document);
        QVERIFY(!first.data(NavigationModel::DocumentIdRole).toString().isEmpty());
        // All three carry the same date; the higher volgnummer is the later document.
        QCOMPARE(first.data(NavigationModel::SoortRole).toString(),
                 QStringLiteral("Advies Afdeling advisering Raad van State en nader rapport"));
        // The date as the locale writes it (test_desktop checks the formats).
        QCOMPARE(first.data(NavigationModel::SubtitleRole).toString(),
                 QStringLiteral("Advies Afdeling advisering Raad van State en nader rapport · 36 "
                                "450, nr. 4 · ") +
                     QLocale().toString(QDate(2023, 10, 10), QLocale::ShortFormat));
    }

    // Open questions: question documents no answer has come for, with their deadline.
    void openQuestionsShowTheirDeadline() {
        test::TempLibrary lib;
        NavigationModel before(lib->queries());
        // In the sample every question document has its answer.
        QCOMPARE(before.rowCount(opened(before, Category::OpenQuestions)), 0);

        const QString zaak = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
        const QString vragen = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
        const QDate sent = QDate::currentDate().addDays(-30);
        auto doc = [&](const QString &id, const QString &soort, const QDate &date) {
            EntityRecord r;
            r.type = QStringLiteral("document");
            r.id = id;
            r.fields = {{QStringLiteral("soort"), soort},
                        {QStringLiteral("titel"), QStringLiteral("Vragen over de stikstofaanpak")},
                        {QStringLiteral("datum"),
                         date.toString(Qt::ISODate) + QStringLiteral("T00:00:00")}};
            r.refs = {{QStringLiteral("zaak"), zaak}};
            return r;
        };
        QVERIFY(lib->store().apply(doc(vragen, QStringLiteral("Schriftelijke vragen"), sent)));
        QVERIFY(lib->store().rebuildDerived());
        NavigationModel model(lib->queries());
        const QModelIndex open = opened(model, Category::OpenQuestions);
        QCOMPARE(open.data().toString(), QStringLiteral("Open questions"));
        QCOMPARE(open.data(NavigationModel::DocumentCountRole).toInt(), 1);
        QCOMPARE(model.rowCount(open), 1);
        QModelIndex item = model.index(0, 0, open);
        QCOMPARE(item.data(NavigationModel::DocumentIdRole).toString(), vragen);
        QCOMPARE(item.data(NavigationModel::DeadlineRole).toDate(), sent.addDays(21));
        QCOMPARE(item.data(NavigationModel::OverdueRole).toInt(), 9);
        QVERIFY2(item.data(NavigationModel::SubtitleRole)
                     .toString()
                     .contains(QLatin1String("9 day(s) overdue")),
                 qPrintable(item.data(NavigationModel::SubtitleRole).toString()));

        // A delay notice: six weeks, so 12 days left.
        QVERIFY(lib->store().apply(doc(QStringLiteral("00000000-0000-4000-8000-0000000000d2"),
                                       QStringLiteral("Mededeling (uitstel antwoord)"),
                                       sent.addDays(20))));
        QVERIFY(lib->store().rebuildDerived());
        model.reload();
        item = model.index(0, 0, opened(model, Category::OpenQuestions));
        QCOMPARE(item.data(NavigationModel::OverdueRole).toInt(), -12);
        QVERIFY(item.data(NavigationModel::SubtitleRole)
                    .toString()
                    .contains(QLatin1String("12 day(s) left")));
        // Linked to an answer by hand: no longer open.
        model.setLinkedByHand({vragen});
        QCOMPARE(model.rowCount(opened(model, Category::OpenQuestions)), 0);
        model.setLinkedByHand({});
        // The answer arrives under the same zaak: no longer open.
        QVERIFY(lib->store().apply(doc(QStringLiteral("00000000-0000-4000-8000-0000000000d3"),
                                       QStringLiteral("Antwoord schriftelijke vragen"),
                                       sent.addDays(35))));
        QVERIFY(lib->store().rebuildDerived());
        model.reload();
        QCOMPARE(model.rowCount(opened(model, Category::OpenQuestions)), 0);
    }

    void commissieDocumentsNewestFirst() {
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        const QModelIndex vws = childNamed(model, model.categoryIndex(Category::Commissies),
                                           QStringLiteral("Volksgezondheid"));
        model.fetchMore(vws);
        QCOMPARE(model.rowCount(vws), 2);
        QVERIFY(model.index(0, 0, vws).data(NavigationModel::DatumRole).toString() >=
                model.index(1, 0, vws).data(NavigationModel::DatumRole).toString());
    }

    void dossierDocumentsByVolgnummer() {
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        const QModelIndex dossier =
            childNamed(model, model.categoryIndex(Category::Dossiers), QStringLiteral("36 450"));
        QVERIFY(dossier.isValid());
        model.fetchMore(dossier);
        QStringList numbers;
        for (int row = 0; row < model.rowCount(dossier); ++row)
            numbers << model.index(row, 0, dossier).data(NavigationModel::NummerRole).toString();
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("36 450, nr. 2"), QStringLiteral("36 450, nr. 3"),
                              QStringLiteral("36 450, nr. 4")}));
    }

    void kamerledenGroupedByFractie() {
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        const QModelIndex leden = opened(model, Category::Kamerleden);
        const QModelIndex d66 = childNamed(model, leden, QStringLiteral("D66"));
        QVERIFY(d66.isValid());
        QCOMPARE(d66.data(NavigationModel::NodeTypeRole).value<NodeType>(), NodeType::Fractie);
        QStringList members;
        for (int row = 0; row < model.rowCount(d66); ++row)
            members << model.index(row, 0, d66).data().toString();
        QCOMPARE(members, (QStringList{QStringLiteral("Romke de Jong"), QStringLiteral("H. Kat"),
                                       QStringLiteral("Sneller"),
                                       QStringLiteral("S.P.R.A. van Weyenberg")}));
        const QModelIndex sneller = childNamed(model, d66, QStringLiteral("Sneller"));
        model.fetchMore(sneller);
        QCOMPARE(model.rowCount(sneller), 2);
    }

    void filterNarrowsEveryLevel_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("commissies");
        QTest::addColumn<int>("dossiers");
        QTest::addColumn<int>("fracties");
        QTest::newRow("word in a title") << "encryptie" << 0 << 0 << 1;
        QTest::newRow("committee name") << "Onderwijs" << 1 << 0 << 0;
        QTest::newRow("dossier number without space") << "29338" << 0 << 1 << 0;
        // Van Nispen's own node, and every document naming him: the motie with Chakor (BiZa,
        // dossier 35 851, GL-PvdA) and the Mededeling with Sneller (D66).
        QTest::newRow("member name") << "Nispen" << 1 << 1 << 3;
        QTest::newRow("two words") << "motie Gaza" << 1 << 1 << 1;
        // Under three letters only names match (a document scan per key is too slow on 100,000
        // documents): the dossier "... Richtlijn (EU) ..." and the kamerlid Teunissen (PvdD).
        QTest::newRow("short word") << "EU" << 0 << 1 << 1;
        // Moties mentioning EU: Ceder's (BuZa, CU) and the one on dossier 35 851, whose title
        // cites "Richtlijn (EU) 2019/1937" (BiZa, Chakor and Van Nispen).
        QTest::newRow("short word narrows a long one") << "motie EU" << 2 << 2 << 3;
        QTest::newRow("nothing") << "xyzzy-geen-treffer" << 0 << 0 << 0;
        // Names are compared as Qt compares text, whatever SQLite's LIKE could fold: an
        // accented filter, and an upper-case one against an accented name.
        QTest::newRow("accented filter") << "Financiën" << 1 << 0 << 0;
        QTest::newRow("upper case, accented name") << "FINANCI" << 1 << 1 << 2;
    }
    void filterNarrowsEveryLevel() {
        QFETCH(QString, filter);
        QFETCH(int, commissies);
        QFETCH(int, dossiers);
        QFETCH(int, fracties);
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(opened(model, Category::Commissies)), commissies);
        QCOMPARE(model.rowCount(opened(model, Category::Dossiers)), dossiers);
        QCOMPARE(model.rowCount(opened(model, Category::Kamerleden)), fracties);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(opened(model, Category::Commissies)), 8);
    }

    // The filter answered from memory (FilterIndex) gives the tree the trigram index gives:
    // the same nodes, counts and documents in the same order.
    void filterFromMemoryEqualsTrigramFilter() {
        test::TempLibrary lib;
        LibraryQueries trigram(lib->libraryDatabase());
        LibraryQueries memory(lib->libraryDatabase());
        QVERIFY(memory.waitForFilterIndex());
        QVERIFY(memory.filterIndexBytes() > 0);
        for (const QString &filter : comparedFilters()) {
            const QStringList expected = treeUnder(trigram, filter);
            QVERIFY2(expected.size() > 5 || filter == QLatin1String("xyzzy"), qPrintable(filter));
            QCOMPARE(treeUnder(memory, filter), expected);
        }
        QVERIFY(memory.filterIndexReady()); // no word above sent it back to the trigram index
    }

    // The index is kept next to the library after a build; a second opening reads that file
    // instead of building, and it answers exactly as the trigram index does.
    void keptFilterIndexEqualsTrigramFilter() {
        test::TempLibrary lib;
        const QString file = FilterIndex::fileFor(lib->libraryDatabase().path());
        QVERIFY(!file.isEmpty());
        QFile::remove(file);
        {
            LibraryQueries first(lib->libraryDatabase());
            QVERIFY(first.waitForFilterIndex());
            QVERIFY(!first.filterIndexFromFile());
        }
        QVERIFY(QFileInfo(file).size() > 0);
        LibraryQueries trigram(lib->libraryDatabase());
        LibraryQueries kept(lib->libraryDatabase());
        QVERIFY(kept.waitForFilterIndex());
        QVERIFY(kept.filterIndexFromFile());
        for (const QString &filter : comparedFilters())
            QCOMPARE(treeUnder(kept, filter), treeUnder(trigram, filter));
        QVERIFY(kept.filterIndexFromFile()); // no word above sent it back to the trigram index
    }

    // A kept file written before the library changed, or damaged, is not used: the index is
    // built again (and finds the new document).
    void staleOrDamagedKeptFilterIndexIsNotUsed() {
        test::TempLibrary lib;
        const QString file = FilterIndex::fileFor(lib->libraryDatabase().path());
        {
            LibraryQueries first(lib->libraryDatabase());
            QVERIFY(first.waitForFilterIndex());
        }
        QVERIFY(QFileInfo::exists(file));
        const QString word = QStringLiteral("kwantumsleutelverdeling");
        addDocumentTitled(*lib.library, QStringLiteral("Brief over ") + word);
        {
            LibraryQueries stale(lib->libraryDatabase());
            QVERIFY(stale.waitForFilterIndex());
            QVERIFY(!stale.filterIndexFromFile());
            const QStringList tree = treeUnder(stale, word);
            QVERIFY2(tree.join(u'\n').contains(QStringLiteral("Brief over ") + word),
                     qPrintable(tree.join(u'\n')));
        }
        // The rebuilt index was kept: now current, so used; cut short, it is not.
        {
            LibraryQueries current(lib->libraryDatabase());
            QVERIFY(current.waitForFilterIndex());
            QVERIFY(current.filterIndexFromFile());
        }
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.resize(damaged.size() / 2));
        damaged.close();
        LibraryQueries again(lib->libraryDatabase());
        QVERIFY(again.waitForFilterIndex());
        QVERIFY(!again.filterIndexFromFile());
        QCOMPARE(treeUnder(again, word), treeUnder(LibraryQueries(lib->libraryDatabase()), word));
    }

    // Without the index in memory the window's tree matches a filter off the GUI thread: the
    // typing does not wait, the tree shows the newest filter when it arrives (the one the
    // trigram index gives on this thread), and a superseded filter is never shown.
    void backgroundFilterNewestWins() {
        test::TempLibrary lib;
        LibraryQueries queries(lib->libraryDatabase()); // no index read: the trigram index
        NavigationModel model(queries);
        model.setFilterInBackground(true);
        QStringList shown;
        connect(&model, &NavigationModel::filterApplied, &model, [&] { shown << model.filter(); });
        model.setFilter(QStringLiteral("encryptie"));
        QCOMPARE(model.pendingFilter(), QStringLiteral("encryptie"));
        QVERIFY(model.filter().isEmpty());
        model.setFilter(QStringLiteral("motie Gaza"));
        QTRY_VERIFY(model.pendingFilter().isNull());
        QThreadPool::globalInstance()->waitForDone(); // the superseded match has ended too
        QCoreApplication::processEvents();
        QCOMPARE(shown, QStringList{QStringLiteral("motie Gaza")});
        QCOMPARE(model.filter(), QStringLiteral("motie Gaza"));
        const QStringList expected =
            treeUnder(LibraryQueries(lib->libraryDatabase()), QStringLiteral("motie Gaza"));
        QVERIFY(expected.size() > 5);
        QCOMPARE(treeOf(model), expected);
        // Clearing the filter is answered at once.
        model.setFilter(QString());
        QVERIFY(model.filter().isEmpty());
        QVERIFY(model.pendingFilter().isNull());
    }

    // A document added after the index was read is found once the library says it changed
    // (the index is read again in the background; meanwhile the trigram index answers).
    void filterFromMemoryFollowsTheLibrary() {
        test::TempLibrary lib;
        LibraryQueries &queries = lib->queries();
        QVERIFY(queries.waitForFilterIndex());
        const QString word = QStringLiteral("kwantumsleutelverdeling");
        QVERIFY(treeUnder(queries, word).isEmpty() ||
                !treeUnder(queries, word).join(u'\n').contains(word));
        QSqlQuery commissie =
            lib->libraryDatabase().run(QStringLiteral("SELECT id FROM commissie LIMIT 1"));
        QVERIFY(commissie.next());
        const QString commissieId = commissie.value(0).toString();
        commissie.finish(); // an open statement would keep rebuildDerived from its checkpoint
        {
            Transaction tx(lib->libraryDatabase().connection());
            EntityRecord d;
            d.type = QStringLiteral("document");
            d.id = QStringLiteral("20000000-0000-0000-0000-000000000001");
            d.fields.insert(QStringLiteral("titel"), QStringLiteral("Brief over ") + word);
            d.fields.insert(QStringLiteral("datum"), QStringLiteral("2025-01-01"));
            QVERIFY(lib->store().apply(d));
            EntityRecord a;
            a.type = QStringLiteral("documentActor");
            a.id = QStringLiteral("30000000-0000-0000-0000-000000000001");
            a.refs = {{QStringLiteral("document"), d.id},
                      {QStringLiteral("commissie"), commissieId}};
            QVERIFY(lib->store().apply(a));
            QVERIFY(tx.commit());
        }
        QVERIFY(lib->store().rebuildDerived().ok());
        NavigationModel model(queries);
        model.reload(); // what the window does when the library announces the change
        QVERIFY(queries.waitForFilterIndex());
        const QStringList tree = treeUnder(queries, word);
        QVERIFY2(tree.join(u'\n').contains(QStringLiteral("Brief over ") + word),
                 qPrintable(tree.join(u'\n')));
        QCOMPARE(tree, treeUnder(LibraryQueries(lib->libraryDatabase()), word));
    }

    void filteredChildrenAreTheMatches() {
        test::TempLibrary lib;
        NavigationModel model(lib->queries());
        model.setFilter(QStringLiteral("quantumproof"));
        const QModelIndex d66 =
            childNamed(model, model.categoryIndex(Category::Kamerleden), QStringLiteral("D66"));
        QCOMPARE(model.rowCount(d66), 1);
        const QModelIndex sneller = model.index(0, 0, d66);
        model.fetchMore(sneller);
        QCOMPARE(model.rowCount(sneller), 1); // of his two documents, the one that matches
        QVERIFY(
            model.index(0, 0, sneller).data().toString().contains(QStringLiteral("quantumproof")));
    }

    void documentsArePaged() {
        test::TempLibrary lib(false);
        LibraryStore &store = lib->store();
        {
            Transaction tx(lib->libraryDatabase().connection());
            EntityRecord c;
            c.type = QStringLiteral("commissie");
            c.id = QStringLiteral("10000000-0000-0000-0000-000000000000");
            c.fields.insert(QStringLiteral("naamNl"),
                            QStringLiteral("vaste commissie voor Digitale Zaken"));
            QVERIFY(store.apply(c));
            for (int i = 0; i < 600; ++i) {
                EntityRecord d;
                d.type = QStringLiteral("document");
                d.id =
                    QStringLiteral("20000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
                d.fields.insert(QStringLiteral("titel"), QStringLiteral("Document %1").arg(i));
                d.fields.insert(QStringLiteral("datum"),
                                QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
                QVERIFY(store.apply(d));
                EntityRecord a;
                a.type = QStringLiteral("documentActor");
                a.id =
                    QStringLiteral("30000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
                a.refs = {{QStringLiteral("document"), d.id}, {QStringLiteral("commissie"), c.id}};
                QVERIFY(store.apply(a));
            }
            QVERIFY(tx.commit());
        }
        QVERIFY(store.rebuildDerived().ok());
        NavigationModel model(lib->queries());
        const QModelIndex diza = model.index(0, 0, opened(model, Category::Commissies));
        QCOMPARE(diza.data(NavigationModel::DocumentCountRole).toInt(), 600);
        model.fetchMore(diza);
        QCOMPARE(model.rowCount(diza), NavigationModel::kPageSize);
        QCOMPARE(model.index(0, 0, diza).data().toString(),
                 QStringLiteral("Document 599")); // newest first
        QVERIFY(model.canFetchMore(diza));
        model.fetchMore(diza);
        model.fetchMore(diza);
        QCOMPARE(model.rowCount(diza), 600);
        QVERIFY(!model.canFetchMore(diza));
        // Every page in the node's order, the last ones chosen deep in its index too.
        for (int row = 0; row < 600; ++row)
            QCOMPARE(model.index(row, 0, diza).data().toString(),
                     QStringLiteral("Document %1").arg(599 - row));
        const QList<DocumentSummary> last = lib->queries().documentsOf(
            NodeKind::Commissie, QStringLiteral("10000000-0000-0000-0000-000000000000"), {}, 590,
            50);
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.first().titel, QStringLiteral("Document 9"));
        QCOMPARE(last.last().titel, QStringLiteral("Document 0"));
    }
};

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "test_navigationmodel.moc"
