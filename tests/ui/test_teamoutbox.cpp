// A team workspace's outbox handled from the window, on a real PostgreSQL server
// (tests/support/PgServer): an edit made in the panel while the server is away reaches the
// server once it is back, with no further edit (OutboxSender, which backs off while it waits and
// says how many edits wait); edits the server refused are listed from the team strip with the
// server's reason, and retried or discarded there.

#include "TeamServer.h"
#include "TestSupport.h"

#include "OutboxSender.h"
#include "QuestionDock.h"
#include "document/TextExtractor.h"
#include "library/FileStore.h"
#include "models/QuestionModel.h"
#include "store/LibraryQueries.h"
#include "team/TeamBar.h"
#include "workspace/OfflineNotes.h"
#include "workspace/ServerSchema.h"
#include "workspace/Workspaces.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace overleg;
using namespace overleg::ui;
using overleg::test::PgServer;

namespace {
const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28"); // 29 338-289
} // namespace

class TestTeamOutbox : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    std::unique_ptr<test::TempLibrary> m_lib;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<QuestionDock> m_dock;
    std::unique_ptr<OutboxSender> m_sender;
    qint64 m_workspace = 0;

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }
    void setRole(const QString &user, const QString &role) {
        QVERIFY(m_team.setRole(user, role).ok());
    }
    // A field of a question's row on the server, read on a connection of its own.
    QString onServer(const QString &questionId, const QString &column) const {
        auto c = PgConnection::open(addressOf(QStringLiteral("anna")));
        if (!c)
            return QStringLiteral("(no server)");
        QSqlQuery q = c.value()->run(QStringLiteral("SELECT %1 FROM overleg.annotation WHERE "
                                                    "workspace_id = ? AND question_id = ?")
                                         .arg(column),
                                     {m_workspace, questionId});
        return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }
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
    void select(int shownRow) {
        QAbstractItemModel *model = m_dock->list()->model();
        int n = 0;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r)
                if (n++ == shownRow)
                    m_dock->list()->setCurrentIndex(model->index(r, 0, group));
        }
    }
    OfflineNotes *outbox() const {
        return dynamic_cast<OfflineNotes *>(m_lib->library->teamNotes());
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the team outbox tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("anna"), QStringLiteral("owner")},
                               {QStringLiteral("bram"), QStringLiteral("editor")}},
                              QStringLiteral("Team Financiën")),
                 QString());
        m_workspace = m_team.workspace();

        // Bram's window: the sample library in the team workspace, the panel on a Verslag.
        m_lib = std::make_unique<test::TempLibrary>(true);
        Library &library = *m_lib->library;
        auto opened = OfflineNotes::open(addressOf(QStringLiteral("bram")), m_workspace,
                                         m_lib->dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(opened);
        const QString mirror = opened.value()->mirrorPath();
        library.setTeamNotes(std::move(opened).value(), mirror);
        m_undo = std::make_unique<QUndoStack>();
        m_dock = std::make_unique<QuestionDock>(library.notes(), m_undo.get());
        const auto details = library.queries().details(kVerslag, library.dataDirectory().root());
        QVERIFY(details);
        const auto text = extractTextFromFile(library.files().pathFor(kVerslag));
        QVERIFY(text);
        m_dock->setDocument(kVerslag, details->summary.titel, text.value(), details->summary.soort);
        m_dock->show();
        QVERIFY(m_dock->model()->questionCount() > 4);
        // As WorkspaceWiring does: what was sent, the panel reads again.
        m_sender = std::make_unique<OutboxSender>(library);
        m_sender->setBackoff(100, 1600);
        connect(m_sender.get(), &OutboxSender::sent, m_dock.get(), &QuestionDock::refresh);
    }

    void anOfflineEditIsSentWithoutAnotherEdit() {
        const QString id = shownQuestions().at(0);
        QCOMPARE(m_server.stop(), QString());
        select(0);
        m_dock->setStatus(QStringLiteral("answered"));
        QCOMPARE(outbox()->pendingEdits(), 1);
        QLabel *waiting = m_sender->label();
        QTRY_VERIFY(!waiting->isHidden());
        QVERIFY2(waiting->text().contains(u'1'), qPrintable(waiting->text()));
        // While the server stays away, the tries back off.
        QTRY_VERIFY(m_sender->currentDelay() >= 800);

        QCOMPARE(m_server.restart(), QString());
        // No edit, no click: the sender finds the server and sends.
        QTRY_COMPARE_WITH_TIMEOUT(onServer(id, QStringLiteral("status")),
                                  QStringLiteral("answered"), 10000);
        QTRY_VERIFY(waiting->isHidden());
        QCOMPARE(outbox()->pendingEdits(), 0);
        QCOMPARE(m_sender->currentDelay(), 100);
    }

    void refusedEditsAreRetriedOrDiscardedFromTheStrip() {
        const QString statusId = shownQuestions().at(1);
        const QString noteId = shownQuestions().at(2);
        NotesBackend &notes = m_lib->library->notes();
        QVERIFY(notes.setNote(kVerslag, noteId, {}, QStringLiteral("op de server")).ok());
        // Made a reader, then on the train: two edits wait, and the server refuses them.
        setRole(QStringLiteral("bram"), QStringLiteral("reader"));
        QCOMPARE(m_server.stop(), QString());
        select(1);
        m_dock->setStatus(QStringLiteral("partial"));
        QVERIFY(notes.setNote(kVerslag, noteId, {}, QStringLiteral("in de trein")).ok());
        QCOMPARE(outbox()->pendingEdits(), 2);
        QCOMPARE(m_server.restart(), QString());

        TeamBar *bar = m_dock->teamBar();
        auto *button = bar->findChild<QPushButton *>(QStringLiteral("teamRefusedButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(!button->isHidden(), 10000);
        QVERIFY2(button->text().contains(u'2'), qPrintable(button->text()));
        button->click();
        auto *dialog = bar->findChild<QDialog *>(QStringLiteral("teamRefused"));
        QVERIFY(dialog && dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("refusedList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *first = list->topLevelItem(0);
        QCOMPARE(first->text(2), QStringLiteral("partial"));
        QVERIFY2(first->text(3).contains(QLatin1String("row-level security")),
                 qPrintable(first->text(3)));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("in de trein"));

        auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("refusedRetry"));
        auto *discard = dialog->findChild<QPushButton *>(QStringLiteral("refusedDiscard"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("refusedMessage"));
        QVERIFY(retry && discard && message);
        // Still a reader: refused again, and kept.
        list->setCurrentItem(list->topLevelItem(0));
        retry->click();
        QVERIFY2(message->text().contains(QLatin1String("row-level security")),
                 qPrintable(message->text()));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(onServer(statusId, QStringLiteral("status")), QStringLiteral("(no row)"));

        // An editor again: the status goes; the note is discarded and the server's stays.
        setRole(QStringLiteral("bram"), QStringLiteral("editor"));
        list->setCurrentItem(list->topLevelItem(0));
        retry->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(onServer(statusId, QStringLiteral("status")), QStringLiteral("partial"));
        list->setCurrentItem(list->topLevelItem(0));
        discard->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(onServer(noteId, QStringLiteral("note")), QStringLiteral("op de server"));
        QCOMPARE(notes.annotation(noteId)->note, QStringLiteral("op de server"));
        QTRY_VERIFY(button->isHidden());
        dialog->close();
    }

    void cleanupTestCase() {
        m_sender.reset();
        m_dock.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestTeamOutbox)
#include "test_teamoutbox.moc"
