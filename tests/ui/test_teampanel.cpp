// The question panel in a team workspace on a real PostgreSQL server (tests/support/PgServer):
// assigning through the context menu (questions and a fractie's block) writes the server's row,
// "My questions" shows exactly the user's, a colleague's change reaches the progress strip by
// LISTEN/NOTIFY, the history lists before and after of each edit, a conflict between an offline
// edit and a colleague's is shown both ways and resolved as chosen, and the report of a team
// workspace carries the progress per member.

#include "TeamServer.h"
#include "TestSupport.h"

#include "QuestionDock.h"
#include "SearchDock.h"
#include "WorkspaceDialog.h"
#include "document/TextExtractor.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/ReportHtml.h"
#include "library/FileStore.h"
#include "models/QuestionFilterModel.h"
#include "models/QuestionModel.h"
#include "models/SearchModel.h"
#include "store/LibraryQueries.h"
#include "store/TeamFeatures.h"
#include "team/TeamBar.h"
#include "workspace/OfflineNotes.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/Workspaces.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace overleg;
using namespace overleg::ui;
using overleg::test::PgServer;

namespace {
const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28"); // 29 338-289
} // namespace

class TestTeamPanel : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    std::unique_ptr<test::TempLibrary> m_lib;
    std::unique_ptr<WorkspaceDialog> m_dialog;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<QuestionDock> m_dock;
    std::unique_ptr<TeamNotes> m_bram; // the colleague, on a connection of his own
    qint64 m_workspace = 0;
    int m_bramsCount = 0; // questions assigned to bram (a fractie's block)

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }
    TeamBar *bar() const { return m_dock->teamBar(); }
    // The assignee the server holds for a question, read on a connection of its own.
    QString serverAssignee(const QString &questionId) const {
        auto c = PgConnection::open(addressOf(QStringLiteral("bram")));
        QSqlQuery q = c.value()->run(
            QStringLiteral("SELECT coalesce(assignee, '') FROM overleg.annotation WHERE "
                           "workspace_id = ? AND question_id = ?"),
            {m_workspace, questionId});
        return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }
    QString serverNote(const QString &questionId) const {
        return m_bram->annotation(questionId) ? m_bram->annotation(questionId)->note : QString();
    }
    // The question ids the panel's list shows (after its filters), in order.
    QStringList shownQuestions() const {
        QStringList ids;
        QAbstractItemModel *model = m_dock->list()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                ids << model->index(r, 0, group).data(QuestionModel::QuestionIdRole).toString();
        }
        return ids;
    }
    QModelIndex shownIndex(const QString &questionId) const {
        QAbstractItemModel *model = m_dock->list()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                if (model->index(r, 0, group).data(QuestionModel::QuestionIdRole) == questionId)
                    return model->index(r, 0, group);
        }
        return {};
    }
    // The open dialog of this name (closed ones are deleted later).
    QDialog *openDialog(const QString &name) const {
        for (auto *d : bar()->findChildren<QDialog *>(name))
            if (d->isVisible())
                return d;
        return nullptr;
    }
    // Right-clicks `index` in the list and triggers the menu's action named `action`, the way a
    // user picks it from the context menu (and its submenu).
    bool chooseFromContextMenu(const QModelIndex &index, const QString &action) {
        QTreeView *list = m_dock->list();
        list->scrollTo(index);
        const QPoint pos = list->visualRect(index).center();
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (QAction *a = menu->findChild<QAction *>(action)) {
                found = true;
                a->trigger();
            }
            menu->close();
        });
        Q_EMIT list->customContextMenuRequested(pos);
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the team panel tests: ") + why));
        // The logins only: the dialog creates the workspace.
        QCOMPARE(m_team.start({{QStringLiteral("anna"), {}}, {QStringLiteral("bram"), {}}}),
                 QString());

        // Anna's window: the sample library, connected to a new team workspace from the dialog.
        m_lib = std::make_unique<test::TempLibrary>(true);
        m_dialog = std::make_unique<WorkspaceDialog>(*m_lib->library);
        auto field = [&](const char *name) {
            return m_dialog->findChild<QLineEdit *>(QLatin1String(name));
        };
        field("host")->setText(PgServer::host());
        m_dialog->findChild<QSpinBox *>()->setValue(m_server.port());
        field("database")->setText(QStringLiteral("postgres"));
        field("user")->setText(QStringLiteral("anna"));
        field("password")->setText(QStringLiteral("anna-pw"));
        field("workspace")->setText(QStringLiteral("Team Financiën"));
        QVERIFY(m_dialog->connectToWorkspace(true));
        auto anna = PgConnection::open(addressOf(QStringLiteral("anna")));
        const auto ws = Workspaces::find(*anna.value(), QStringLiteral("Team Financiën"));
        QVERIFY(ws);
        m_workspace = ws->id;
        QVERIFY(Workspaces::addMember(*anna.value(), m_workspace, QStringLiteral("bram"),
                                      QStringLiteral("editor"))
                    .ok());
        m_bram = std::make_unique<TeamNotes>(
            std::move(PgConnection::open(addressOf(QStringLiteral("bram")))).value(), m_workspace);

        Library &library = *m_lib->library;
        m_undo = std::make_unique<QUndoStack>();
        m_dock = std::make_unique<QuestionDock>(library.notes(), m_undo.get());
        // As the main window does: a colleague's change makes the panel read the notes again.
        connect(m_dialog.get(), &WorkspaceDialog::remoteChange, m_dock.get(),
                &QuestionDock::refresh);
        const auto details = library.queries().details(kVerslag, library.dataDirectory().root());
        QVERIFY(details);
        const auto text = extractTextFromFile(library.files().pathFor(kVerslag));
        QVERIFY(text);
        m_dock->setDocument(kVerslag, details->summary.titel, text.value(), details->summary.soort);
        m_dock->show();
        QVERIFY(m_dock->model()->questionCount() > 6);
        QVERIFY(!bar()->isHidden());
    }

    void assignThroughTheContextMenu() {
        const QStringList all = shownQuestions();
        const QString first = all.at(0);
        const QString second = all.at(1);
        // Two questions selected, "Assign to ▸ anna (me)".
        QItemSelectionModel *selection = m_dock->list()->selectionModel();
        selection->select(shownIndex(first), QItemSelectionModel::ClearAndSelect);
        selection->select(shownIndex(second), QItemSelectionModel::Select);
        QVERIFY(chooseFromContextMenu(shownIndex(second), QStringLiteral("teamAssignTo_anna")));
        QCOMPARE(serverAssignee(first), QStringLiteral("anna"));
        QCOMPARE(serverAssignee(second), QStringLiteral("anna"));
        QCOMPARE(m_dock->model()->assigneeOf(first), QStringLiteral("anna"));
        QCOMPARE(shownIndex(first).data(QuestionModel::AssigneeRole).toString(),
                 QStringLiteral("anna"));

        // A fractie's row: all its questions to bram.
        QAbstractItemModel *model = m_dock->list()->model();
        const QModelIndex lastGroup = model->index(model->rowCount() - 1, 0);
        const int inGroup = model->rowCount(lastGroup);
        QVERIFY(inGroup > 0);
        QVERIFY(chooseFromContextMenu(lastGroup, QStringLiteral("teamAssignTo_bram")));
        QStringList bramsIds;
        for (const Annotation &a : m_bram->assignedTo(QStringLiteral("bram")))
            bramsIds << a.questionId;
        QCOMPARE(bramsIds.size(), inGroup);
        m_bramsCount = inGroup;
        for (int r = 0; r < inGroup; ++r)
            QVERIFY(bramsIds.contains(
                model->index(r, 0, lastGroup).data(QuestionModel::QuestionIdRole).toString()));

        // The history action is offered for one question.
        selection->select(shownIndex(first), QItemSelectionModel::ClearAndSelect);
        QVERIFY(chooseFromContextMenu(shownIndex(first), QStringLiteral("teamHistoryAction")));
        auto *history = bar()->findChild<QDialog *>(QStringLiteral("teamHistory"));
        QVERIFY(history);
        history->close();
    }

    void myQuestionsShowsExactlyMine() {
        const int before = int(shownQuestions().size());
        auto *mine = bar()->findChild<QToolButton *>(QStringLiteral("teamMineFilter"));
        QVERIFY(mine);
        mine->click();
        QStringList expected;
        for (const Annotation &a : m_bram->assignedTo(QStringLiteral("anna")))
            expected << a.questionId;
        QCOMPARE(expected.size(), 2);
        QStringList shown = shownQuestions();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        mine->click();
        QCOMPARE(int(shownQuestions().size()), before);
    }

    void colleaguesChangeReachesTheProgressLive() {
        auto *progress = bar()->findChild<QLabel *>(QStringLiteral("teamProgress"));
        QVERIFY(progress);
        QVERIFY2(progress->text().contains(QStringLiteral("anna: 0/2 answered")),
                 qPrintable(progress->text()));
        // Every question counted once: anna's two, bram's block, the rest nobody's.
        const int nobody = m_dock->model()->questionCount() - 2 - m_bramsCount;
        QVERIFY2(progress->text().contains(
                     QStringLiteral("bram: 0/%1 answered, %1 open").arg(m_bramsCount)),
                 qPrintable(progress->text()));
        QVERIFY2(progress->text().contains(QStringLiteral("Not assigned: %1, %1 open").arg(nobody)),
                 qPrintable(progress->text()));
        const QStringList annas = [this] {
            QStringList ids;
            for (const Annotation &a : m_bram->assignedTo(QStringLiteral("anna")))
                ids << a.questionId;
            return ids;
        }();
        // Bram, on his own connection, answers one of anna's questions: LISTEN/NOTIFY brings it.
        QElapsedTimer latency;
        latency.start();
        QVERIFY(m_bram->setStatus(kVerslag, annas.first(), {}, QStringLiteral("answered")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QStringLiteral("anna: 1/2 answered")),
                                 2000);
        // A figure, not a limit: from bram's edit to anna's strip showing it.
        qInfo("colleague's change in the progress strip after %lld ms", latency.elapsed());
        QVERIFY2(progress->text().contains(QuestionModel::statusLabel(QStringLiteral("answered")) +
                                           QStringLiteral(" 1")),
                 qPrintable(progress->text()));
    }

    // Bram's note reaches anna's search: the dialog's copy follows his change, and the search
    // dock indexes the team's notes (as the window does once it hears the notes changed).
    void colleaguesNoteIsFoundBySearch() {
        SearchDock search(*m_lib->library);
        connect(m_lib->library.get(), &Library::notesChanged, &search, &SearchDock::libraryChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!search.isIndexing(), 20000);
        const QString id = shownQuestions().constLast();
        QVERIFY(
            m_bram->setNote(kVerslag, id, {}, QStringLiteral("Navragen: hyperloopbeleid")).ok());
        QSignalSpy indexed(&search, &SearchDock::indexingFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!indexed.isEmpty() && !search.isIndexing(), 20000);
        // Typed as a user does: an indexing that finishes later (the copy may hear of the note
        // after a first indexing started) searches the field's text again.
        auto *field = search.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("hyperloopbeleid"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!search.model()->isSearching() && search.model()->rowCount() == 1,
                                 20000);
        const QModelIndex document = search.model()->index(0, 0);
        QCOMPARE(document.data(SearchModel::DocumentIdRole).toString(), kVerslag);
        QCOMPARE(search.model()->index(0, 0, document).data(SearchModel::QuestionIdRole).toString(),
                 id);
    }

    void historyListsBeforeAndAfterOfTwoEdits() {
        const QString id = shownQuestions().at(2);
        NotesBackend &notes = m_lib->library->notes();
        QVERIFY(notes.setNote(kVerslag, id, {}, QStringLiteral("eerste versie")).ok());
        QVERIFY(notes.setNote(kVerslag, id, {}, QStringLiteral("tweede versie")).ok());
        bar()->showHistory(id);
        QDialog *dialog = nullptr;
        for (auto *d : bar()->findChildren<QDialog *>(QStringLiteral("teamHistory")))
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("teamHistoryList"));
        QVERIFY(list);
        QList<QStringList> noteRows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            QCOMPARE(item->text(1), QStringLiteral("anna"));
            if (item->text(2) == QLatin1String("Note"))
                noteRows << QStringList{item->text(3), item->text(4)};
        }
        QCOMPARE(noteRows.size(), 2);
        QCOMPARE(noteRows.at(0),
                 (QStringList{QStringLiteral("(none)"), QStringLiteral("eerste versie")}));
        QCOMPARE(noteRows.at(1),
                 (QStringList{QStringLiteral("eerste versie"), QStringLiteral("tweede versie")}));
        dialog->close();
    }

    void conflictShownBothWaysAndResolvedAsChosen() {
        auto *offline = dynamic_cast<OfflineNotes *>(m_lib->library->teamNotes());
        QVERIFY(offline);
        NotesBackend &notes = m_lib->library->notes();
        const QString id = shownQuestions().at(3);
        QVERIFY(notes.setNote(kVerslag, id, {}, QStringLiteral("basis")).ok());

        // Anna on the train: her edit waits in the outbox.
        QCOMPARE(m_server.stop(), QString());
        QVERIFY(notes.setNote(kVerslag, id, {}, QStringLiteral("versie van anna")).ok());
        QCOMPARE(offline->pendingEdits(), 1);
        QCOMPARE(m_server.restart(), QString());
        // Meanwhile bram changed the same note on the server.
        QVERIFY(m_bram->connection().reopen());
        QVERIFY(m_bram->setNote(kVerslag, id, {}, QStringLiteral("versie van bram")).ok());
        QVERIFY(offline->sync());
        QCOMPARE(serverNote(id), QStringLiteral("versie van bram")); // not overwritten

        bar()->reload();
        auto *button = bar()->findChild<QPushButton *>(QStringLiteral("teamConflictsButton"));
        QVERIFY(button && !button->isHidden());
        button->click();
        auto *dialog = bar()->findChild<QDialog *>(QStringLiteral("teamConflicts"));
        QVERIFY(dialog);
        auto text = [dialog](const char *name) {
            return dialog->findChild<QPlainTextEdit *>(QLatin1String(name));
        };
        QCOMPARE(text("conflictMine")->toPlainText(), QStringLiteral("versie van anna"));
        QCOMPARE(text("conflictTheirs")->toPlainText(), QStringLiteral("versie van bram"));

        // Anna writes a version of both; that is what the server holds afterwards.
        text("conflictEdited")->setPlainText(QStringLiteral("anna en bram samen"));
        dialog->findChild<QPushButton *>(QStringLiteral("conflictSaveEdited"))->click();
        QCOMPARE(serverNote(id), QStringLiteral("anna en bram samen"));
        QVERIFY(offline->conflicts().isEmpty());
        QVERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("conflictSaveEdited"))->isEnabled());
        QCOMPARE(m_dock->model()->annotationOf(id).note, QStringLiteral("anna en bram samen"));
        dialog->close();
    }

    void statusConflictKeptAsTheirs() {
        // An edit from a value a colleague has changed since: a conflict too, without the train.
        NotesBackend &notes = m_lib->library->notes();
        const QString id = shownQuestions().at(4);
        QVERIFY(notes.setStatus(kVerslag, id, {}, QStringLiteral("partial")).ok());
        QVERIFY(m_bram->setStatus(kVerslag, id, {}, QStringLiteral("answered")).ok());
        // Anna sets the status in the panel before bram's change has reached her window (the
        // race the feed cannot close): refused with bram's name, kept as a conflict, and the
        // panel offers it at once.
        const QSignalBlocker feedNotYetHere(m_dialog.get());
        m_dock->list()->setCurrentIndex(shownIndex(id));
        QString warning;
        QTimer::singleShot(0, this, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        m_dock->setStatus(QStringLiteral("unanswered"));
        QVERIFY2(warning.contains(QLatin1String("bram")), qPrintable(warning));
        QCOMPARE(m_bram->annotation(id)->status, QStringLiteral("answered"));
        auto *button = bar()->findChild<QPushButton *>(QStringLiteral("teamConflictsButton"));
        QTRY_VERIFY(!button->isHidden()); // the panel's edit makes the strip read again
        button->click();
        QDialog *dialog = openDialog(QStringLiteral("teamConflicts"));
        QVERIFY(dialog);
        auto text = [dialog](const char *name) {
            return dialog->findChild<QPlainTextEdit *>(QLatin1String(name))->toPlainText();
        };
        QCOMPARE(text("conflictMine"), QuestionModel::statusLabel(QStringLiteral("unanswered")));
        QCOMPARE(text("conflictTheirs"), QuestionModel::statusLabel(QStringLiteral("answered")));
        dialog->findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs"))->click();
        QCOMPARE(m_bram->annotation(id)->status, QStringLiteral("answered"));
        QCOMPARE(notes.annotation(id)->status, QStringLiteral("answered"));
        QCOMPARE(m_dock->model()->annotationOf(id).status, QStringLiteral("answered"));
        dialog->close();
        QTRY_VERIFY(
            bar()->findChild<QPushButton *>(QStringLiteral("teamConflictsButton"))->isHidden());
    }

    void teamReportCarriesTheProgress() {
        ReportScope scope;
        scope.documentIds = {kVerslag};
        const auto report = ReportBuilder::build(*m_lib->library, scope);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QVERIFY(report->team);
        const ReportLabels en = ReportLabels::forLanguage(QStringLiteral("en"));
        const QString summary = ReportHtml::summary(report.value(), en);
        QVERIFY(summary.contains(QStringLiteral("Progress by team member and status")));
        // anna: 2 questions, 1 answered; bram's row; the rest not assigned.
        QVERIFY2(summary.contains(QStringLiteral("<tr><td>anna</td>")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("<tr><td>bram</td>")));
        QVERIFY(summary.contains(QStringLiteral("<tr><td>(not assigned)</td>")));
        int annas = 0;
        for (const ReportDocument &doc : report->documents)
            for (const ReportQuestion &q : doc.questions) {
                annas += q.assignee == QLatin1String("anna");
                if (q.assignee == QLatin1String("anna"))
                    QVERIFY(ReportHtml::question(q, report.value(), en)
                                .contains(QStringLiteral("Assigned to: anna")));
            }
        QCOMPARE(annas, 2);
        const QString annaRow = summary.mid(summary.indexOf(QStringLiteral("<tr><td>anna</td>")));
        // Open, answered, ... then the total: anna has 1 open, 1 answered, 2 in all.
        QVERIFY2(annaRow.startsWith(QStringLiteral(
                     "<tr><td>anna</td><td align=\"right\">1</td><td align=\"right\">1</td>")),
                 qPrintable(annaRow.left(200)));

        // The PDF says it too (its text read back; letters only, as PDF text breaks lines).
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("team.pdf"));
        QVERIFY(PdfReport::write(report.value(), en, pdf).ok());
        const auto pdfText = extractTextFromFile(pdf);
        QVERIFY(pdfText);
        QString letters;
        for (const QChar c : pdfText->plainText())
            if (c.isLetterOrNumber())
                letters += c.toLower();
        QVERIFY(letters.contains(QStringLiteral("progressbyteammemberandstatus")));
        QVERIFY(letters.contains(QStringLiteral("assignedtoanna")));

        // The personal workspace's report has no progress table and no assignees.
        m_dialog->usePersonalWorkspace();
        m_dock->refresh(); // as the main window does on workspaceChanged
        const auto personal = ReportBuilder::build(*m_lib->library, scope);
        QVERIFY(personal);
        QVERIFY(!personal->team);
        QVERIFY(!ReportHtml::summary(personal.value(), en)
                     .contains(QStringLiteral("Progress by team member")));
        QTRY_VERIFY(bar()->isHidden());
    }

    void cleanupTestCase() {
        m_dock.reset();
        m_dialog.reset();
        m_bram.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestTeamPanel)
#include "test_teampanel.moc"
