// Answers in the window: a Schriftelijke vragen document opened from the library shows, per
// question, the answer found in its Antwoord (the same zaak), the proposed status to accept, the
// counts per fractie, and opens the answer where it stands; a Verslag of a schriftelijk overleg
// is answered within itself.

#include "TestSupport.h"

#include "AppSettings.h"
#include "DocumentPage.h"
#include "MainWindow.h"
#include "QuestionDock.h"
#include "Translations.h"
#include "library/Library.h"
#include "models/QuestionModel.h"
#include "store/NotesStore.h"

#include <QLabel>
#include <QTabWidget>
#include <QTreeView>

using namespace overleg;
using namespace overleg::ui;

namespace {
const QString kVragen = QStringLiteral("ec467449-476b-5553-a381-1f3b1a33bf50");
const QString kAntwoord = QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c");
const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");

QModelIndex firstQuestion(QAbstractItemModel *model) {
    const QModelIndex group = model->index(0, 0);
    return model->index(0, 0, group);
}
} // namespace

class TestAnswers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    void questionsShowTheirAnswerFromTheAnswerDocument() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        window.show();
        QVERIFY(window.openDocument(kVragen));
        QuestionDock *dock = window.questionDock();
        QuestionModel *model = dock->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasAnswers(), 20000);
        QVERIFY2(dock->answerInfoText().contains(QLatin1String("Answers from")),
                 qPrintable(dock->answerInfoText()));
        QVERIFY(dock->answerInfoText().contains(QLatin1String("Antwoord op vragen van het lid "
                                                              "Boswijk")));
        QVERIFY(model->questionCount() >= 3);
        int answered = 0;
        for (const QuestionUnit &unit : model->extraction().questions)
            answered += model->answerOf(unit.id).has_value();
        QCOMPARE(answered, model->questionCount()); // every question of this pair is answered
        const QModelIndex group = model->index(0, 0);
        QVERIFY2(
            group.data(QuestionModel::CountsRole).toString().contains(QLatin1String("answered")),
            qPrintable(group.data(QuestionModel::CountsRole).toString()));

        // Select the first question: its answer and the proposal show; accept it.
        QTreeView *list = dock->list();
        list->setCurrentIndex(firstQuestion(list->model()));
        QVERIFY2(dock->answerText().contains(QLatin1String("Answer")),
                 qPrintable(dock->answerText()));
        QVERIFY(dock->answerText().contains(QLatin1String("Proposed: answered")));
        const QString id = list->currentIndex().data(QuestionModel::QuestionIdRole).toString();
        auto *answerLabel = dock->findChild<QLabel *>(QStringLiteral("questionAnswer"));
        Q_EMIT answerLabel->linkActivated(QStringLiteral("accept"));
        QCOMPARE(lib->notes().annotation(id)->status, QStringLiteral("answered"));
        QVERIFY(!dock->answerText().contains(QLatin1String("Proposed")));

        // Open: the answer document comes up in a tab of its own.
        Q_EMIT answerLabel->linkActivated(QStringLiteral("open"));
        auto *tabs = window.documentTabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(qobject_cast<DocumentPage *>(tabs->currentWidget())->documentId(), kAntwoord);
    }

    void aVerslagIsAnsweredWithinItself() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        QVERIFY(window.openDocument(kVerslag));
        QuestionModel *model = window.questionDock()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasAnswers(), 20000);
        int answered = 0;
        for (const QuestionUnit &unit : model->extraction().questions) {
            const auto found = model->answerOf(unit.id);
            if (found) {
                ++answered;
                QCOMPARE(found->documentId, kVerslag);
                QVERIFY(found->match.answerPage > 1);
            }
        }
        QVERIFY(answered > model->questionCount() / 2);
        QVERIFY(window.questionDock()->answerInfoText().isEmpty());
    }
};

QTEST_MAIN(TestAnswers)
#include "test_answers.moc"
