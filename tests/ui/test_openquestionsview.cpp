// Open questions in the window: after the ledger is read in the background the tree lists the
// documents with questions still open, each with its open questions as rows; the commissie,
// fractie and tag lists narrow it; activating a question opens its document with the question
// selected; a status set in the question panel takes it off the list (and undo puts it back).

#include "TestSupport.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "MainWindow.h"
#include "NavigationDock.h"
#include "OpenQuestionFilterBar.h"
#include "OpenQuestionsController.h"
#include "QuestionDock.h"
#include "Translations.h"
#include "library/Library.h"
#include "models/NavigationModel.h"
#include "store/NotesStore.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace overleg;
using namespace overleg::ui;

namespace {
const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");
const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");

QStringList rowsUnder(QAbstractItemModel *model, const QModelIndex &parent, int role) {
    QStringList values;
    for (int row = 0; row < model->rowCount(parent); ++row)
        values << model->index(row, 0, parent).data(role).toString();
    return values;
}

void pick(QComboBox *box, const QString &value) {
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    box->setCurrentIndex(index);
}
} // namespace

class TestOpenQuestionsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    void theTreeListsOpenQuestionsAndOpensThem() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        NavigationModel *model = window.navigationModel();
        NavigationDock *dock = window.navigationDock();
        QSignalSpy refreshed(window.openQuestions(), &OpenQuestionsController::refreshed);
        QVERIFY(refreshed.wait(30000)); // the first read of the sample's question documents
        QVERIFY(refreshed.constFirst().constFirst().toInt() >= 16);

        const QModelIndex open = model->categoryIndex(NavigationModel::Category::OpenQuestions);
        QVERIFY(!dock->openQuestionFilter()->isVisible()); // until Open questions is open
        model->fetchMore(open);
        dock->tree()->expand(open);
        QVERIFY(dock->openQuestionFilter()->isVisible());
        QCOMPARE(rowsUnder(model, open, NavigationModel::DocumentIdRole),
                 (QStringList{kMededeling, kVerslag}));
        QCOMPARE(open.data(NavigationModel::SubtitleRole).toString(),
                 QStringLiteral("2 documents"));
        const QModelIndex mededeling = model->index(0, 0, open);
        QVERIFY(mededeling.data(NavigationModel::SubtitleRole)
                    .toString()
                    .contains(QLatin1String("3 open questions")));
        // No Antwoord yet: awaiting (#15), apart from the Verslag, whose answer came.
        QVERIFY(mededeling.data(NavigationModel::SubtitleRole)
                    .toString()
                    .contains(QLatin1String("awaiting the answer")));
        QVERIFY(model->hasChildren(mededeling));
        model->fetchMore(mededeling);
        QCOMPARE(model->rowCount(mededeling), 3);
        const QModelIndex second = model->index(1, 0, mededeling);
        QCOMPARE(second.data(NavigationModel::NodeTypeRole).value<NavigationModel::NodeType>(),
                 NavigationModel::NodeType::Question);
        QVERIFY(second.data(NavigationModel::SubtitleRole)
                    .toString()
                    .startsWith(QStringLiteral("Question 2 · D66, GL-PvdA, SP")));
        QVERIFY(second.data(NavigationModel::SubtitleRole)
                    .toString()
                    .endsWith(QStringLiteral("awaiting the answer")));
        const QString questionId = second.data(NavigationModel::QuestionIdRole).toString();

        // Activating the question opens the Mededeling with that question selected.
        Q_EMIT dock->tree()->activated(second);
        QCOMPARE(window.currentPage()->documentId(), kMededeling);
        // However it was opened, it is among the recent documents.
        QVERIFY(settings.recentDocuments().contains(kMededeling));
        QTRY_COMPARE_WITH_TIMEOUT(window.questionDock()->currentQuestionId(), questionId, 20000);

        // Answered after all, in the panel: the Mededeling has two left; undo brings it back.
        window.questionDock()->setStatus(QStringLiteral("answered"));
        QVERIFY(refreshed.wait(30000));
        const QModelIndex again = model->index(0, 0, open);
        QCOMPARE(again.data(NavigationModel::DocumentIdRole).toString(), kMededeling);
        QCOMPARE(again.data(NavigationModel::OpenQuestionsRole).toInt(), 2);
        window.findChild<QUndoStack *>()->undo();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(model->index(0, 0, open).data(NavigationModel::OpenQuestionsRole).toInt(), 3);

        // The Verslag's (last) open question, further down its list, is scrolled into view.
        QModelIndex verslag;
        for (int row = 0; row < model->rowCount(open); ++row)
            if (model->index(row, 0, open).data(NavigationModel::DocumentIdRole) == kVerslag)
                verslag = model->index(row, 0, open);
        QVERIFY(verslag.isValid());
        QVERIFY(verslag.data(NavigationModel::SubtitleRole)
                    .toString()
                    .contains(QLatin1String("answer received")));
        model->fetchMore(verslag);
        QVERIFY(model->rowCount(verslag) >= 1);
        const QModelIndex last = model->index(model->rowCount(verslag) - 1, 0, verslag);
        // The Verslag SO answered in itself and skipped it: not answered, not awaiting.
        QVERIFY2(last.data(NavigationModel::SubtitleRole)
                     .toString()
                     .endsWith(QStringLiteral("not answered")),
                 qPrintable(last.data(NavigationModel::SubtitleRole).toString()));
        const QString lastId = last.data(NavigationModel::QuestionIdRole).toString();
        Q_EMIT dock->tree()->activated(last);
        QTRY_COMPARE_WITH_TIMEOUT(window.questionDock()->currentQuestionId(), lastId, 20000);
        QTreeView *list = window.questionDock()->list();
        QTRY_VERIFY2(
            list->viewport()->rect().contains(list->visualRect(list->currentIndex()).center()),
            "the question chosen in Open questions is not in view");
    }

    void theListsNarrowTheView() {
        test::TempLibrary lib;
        QVERIFY(lib->notes().createTag(QStringLiteral("stikstof")));
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        NavigationModel *model = window.navigationModel();
        OpenQuestionFilterBar *bar = window.navigationDock()->openQuestionFilter();
        QSignalSpy refreshed(window.openQuestions(), &OpenQuestionsController::refreshed);
        QVERIFY(refreshed.wait(30000));
        const QModelIndex open = model->categoryIndex(NavigationModel::Category::OpenQuestions);

        QVERIFY(bar->fractieBox()->findData(QStringLiteral("GL-PvdA")) > 0);
        pick(bar->fractieBox(), QStringLiteral("SP"));
        QCOMPARE(rowsUnder(model, open, NavigationModel::DocumentIdRole), QStringList{kMededeling});
        QVERIFY(open.data(NavigationModel::SubtitleRole)
                    .toString()
                    .contains(QLatin1String("narrowed")));
        bar->clear();
        QCOMPARE(model->rowCount(open), 2);

        QString ocw;
        for (int i = 0; i < bar->commissieBox()->count(); ++i)
            if (bar->commissieBox()->itemText(i).contains(QLatin1String("(OCW)")))
                ocw = bar->commissieBox()->itemData(i).toString();
        pick(bar->commissieBox(), ocw);
        QCOMPARE(rowsUnder(model, open, NavigationModel::DocumentIdRole), QStringList{kVerslag});
        bar->clear();

        // A tag: only the tagged question, under its document.
        pick(bar->tagBox(), QStringLiteral("stikstof"));
        QCOMPARE(model->rowCount(open), 0);
        bar->clear();
        const QModelIndex verslag = model->index(1, 0, open);
        QCOMPARE(verslag.data(NavigationModel::DocumentIdRole).toString(), kVerslag);
        model->fetchMore(verslag);
        const QString tagged =
            model->index(0, 0, verslag).data(NavigationModel::QuestionIdRole).toString();
        QVERIFY(lib->notes().addTag(kVerslag, tagged, QString(), QStringLiteral("stikstof")));
        pick(bar->tagBox(), QStringLiteral("stikstof"));
        QCOMPARE(rowsUnder(model, open, NavigationModel::DocumentIdRole), QStringList{kVerslag});
        const QModelIndex only = model->index(0, 0, open);
        model->fetchMore(only);
        QCOMPARE(rowsUnder(model, only, NavigationModel::QuestionIdRole), QStringList{tagged});
    }
};

QTEST_MAIN(TestOpenQuestionsView)
#include "test_openquestionsview.moc"
