// Bestand → Werkruimte against a real PostgreSQL server (tests/support/PgServer): create and
// connect from the dialog, the window's notes switch to the team workspace and back, members are
// listed, and a colleague's change is announced with who made it.

#include "PgServer.h"
#include "TestSupport.h"

#include "WorkspaceDialog.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/Workspaces.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace overleg;
using overleg::test::PgServer;

class TestWorkspaceDialog : public QObject {
    Q_OBJECT

    PgServer m_server;

    ServerAddress addressOf(const QString &user) const {
        ServerAddress a;
        a.host = PgServer::host();
        a.port = m_server.port();
        a.database = QStringLiteral("postgres");
        a.user = user;
        a.password = user == PgServer::adminUser() ? PgServer::adminPassword()
                                                   : user + QStringLiteral("-pw");
        a.sslMode = QStringLiteral("disable");
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_server.start(), QString());
        QCOMPARE(m_server.createLoginRoles({QStringLiteral("anna"), QStringLiteral("bram")}),
                 QString());
        auto admin = PgConnection::open(addressOf(PgServer::adminUser()));
        QVERIFY(admin);
        QVERIFY(ServerSchema::migrate(*admin.value()));
    }

    void createConnectSeeColleaguesAndGoBack() {
        QTemporaryDir data;
        auto library = Library::open(data.path());
        QVERIFY(library);
        NotesBackend &notes = library.value()->notes();
        QVERIFY(
            notes.setNote(QStringLiteral("d"), QStringLiteral("q1"), {}, QStringLiteral("eigen"))
                .ok());

        ui::WorkspaceDialog dialog(*library.value());
        auto field = [&](const char *name) {
            return dialog.findChild<QLineEdit *>(QLatin1String(name));
        };
        field("host")->setText(PgServer::host());
        dialog.findChild<QSpinBox *>()->setValue(m_server.port());
        field("database")->setText(QStringLiteral("postgres"));
        field("user")->setText(QStringLiteral("anna"));
        field("password")->setText(QStringLiteral("anna-pw"));
        field("workspace")->setText(QStringLiteral("Commissie Financiën"));
        QSignalSpy switched(&dialog, &ui::WorkspaceDialog::workspaceChanged);
        dialog.findChild<QPushButton *>(QStringLiteral("createWorkspace"))->click();
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toString(), QStringLiteral("Commissie Financiën"));
        QVERIFY(field("password")->text().isEmpty()); // the password is not kept in the form either
        QFile ini(data.filePath(QStringLiteral("workspace.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("anna-pw"));

        // The window's notes are the workspace's now.
        QVERIFY(!notes.annotation(QStringLiteral("q1")));
        QVERIFY(
            notes.setNote(QStringLiteral("d"), QStringLiteral("q2"), {}, QStringLiteral("gedeeld"))
                .ok());
        auto anna = PgConnection::open(addressOf(QStringLiteral("anna")));
        const auto ws = Workspaces::find(*anna.value(), QStringLiteral("Commissie Financiën"));
        QVERIFY(ws);
        QVERIFY(Workspaces::addMember(*anna.value(), ws->id, QStringLiteral("bram"),
                                      QStringLiteral("editor"))
                    .ok());
        auto *members = dialog.findChild<QListWidget *>();
        QCOMPARE(members->count(), 1);
        QVERIFY(members->item(0)->text().startsWith(QLatin1String("anna")));

        // Bram changes a note: the dialog says so within a second, with his name.
        QSignalSpy remote(&dialog, &ui::WorkspaceDialog::remoteChange);
        TeamNotes bram(std::move(PgConnection::open(addressOf(QStringLiteral("bram")))).value(),
                       ws->id);
        QCOMPARE(bram.annotation(QStringLiteral("q2"))->note, QStringLiteral("gedeeld"));
        QVERIFY(
            bram.setNote(QStringLiteral("d"), QStringLiteral("q2"), {}, QStringLiteral("van bram"))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!remote.isEmpty(), 1000);
        QCOMPARE(remote.first().first().toString(), QStringLiteral("bram"));
        QCOMPARE(notes.annotation(QStringLiteral("q2"))->note, QStringLiteral("van bram"));

        dialog.findChild<QPushButton *>(QStringLiteral("personalWorkspace"))->click();
        QCOMPARE(switched.size(), 2);
        QCOMPARE(notes.annotation(QStringLiteral("q1"))->note, QStringLiteral("eigen"));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("workspace.ini"))));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestWorkspaceDialog)
#include "test_workspacedialog.moc"
