// Bestand → Werkruimte against a real PostgreSQL server (tests/support/PgServer): create and
// connect from the dialog, the window's notes switch to the team workspace and back, members are
// listed, and a colleague's change is announced with who made it.

#include "TeamServer.h"
#include "TestSupport.h"

#include "WorkspaceDialog.h"
#include "workspace/PasswordVault.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/TeamNotesCopy.h"
#include "workspace/Workspaces.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace overleg;
using overleg::test::PgServer;

namespace {

// A keyring for the dialog: in memory, or away (as on a machine without one).
class MemoryVault final : public PasswordVault {
public:
    MemoryVault(QHash<QString, QString> *entries, bool reachable)
        : m_entries(entries)
        , m_reachable(reachable) {}
    Result<std::optional<QString>> read(const QString &key) override {
        if (!m_reachable)
            return Result<std::optional<QString>>::failure(QStringLiteral("No keyring is here."));
        return m_entries->contains(key) ? std::optional<QString>(m_entries->value(key))
                                        : std::optional<QString>();
    }
    Status store(const QString &key, const QString &password) override {
        if (!m_reachable)
            return Status::failure(QStringLiteral("No keyring is here."));
        m_entries->insert(key, password);
        return success();
    }
    Status forget(const QString &key) override {
        m_entries->remove(key);
        return success();
    }

private:
    QHash<QString, QString> *m_entries;
    bool m_reachable;
};

} // namespace

class TestWorkspaceDialog : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        // The logins only: the dialog creates the workspace.
        QCOMPARE(m_team.start({{QStringLiteral("anna"), {}}, {QStringLiteral("bram"), {}}}),
                 QString());
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
        QSignalSpy notesChanged(library.value().get(), &Library::notesChanged);
        TeamNotes bram(std::move(PgConnection::open(addressOf(QStringLiteral("bram")))).value(),
                       ws->id);
        QCOMPARE(bram.annotation(QStringLiteral("q2"))->note, QStringLiteral("gedeeld"));
        QVERIFY(
            bram.setNote(QStringLiteral("d"), QStringLiteral("q2"), {}, QStringLiteral("van bram"))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!remote.isEmpty(), 1000);
        QCOMPARE(remote.first().first().toString(), QStringLiteral("bram"));
        // The offline copy the search index reads followed it, and the window was told.
        auto copy =
            TeamNotesCopy::open(data.filePath(QStringLiteral("workspace-%1.sqlite").arg(ws->id)));
        QVERIFY(copy);
        QCOMPARE(copy.value()->annotation(QStringLiteral("q2"))->note, QStringLiteral("van bram"));
        QVERIFY(notesChanged.contains(QVariantList{QStringLiteral("d")}));
        QCOMPARE(notes.annotation(QStringLiteral("q2"))->note, QStringLiteral("van bram"));

        dialog.findChild<QPushButton *>(QStringLiteral("personalWorkspace"))->click();
        QCOMPARE(switched.size(), 2);
        QCOMPARE(notes.annotation(QStringLiteral("q1"))->note, QStringLiteral("eigen"));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("workspace.ini"))));
    }

    // "Wachtwoord onthouden": the password goes to the keyring, and the next connect without
    // one typed uses it; without a keyring, said so, and the password is asked for again.
    void rememberedPasswordComesFromTheKeyring() {
        QTemporaryDir data;
        auto library = Library::open(data.path());
        QVERIFY(library);
        QHash<QString, QString> keyring;
        for (const bool reachable : {true, false}) {
            ui::WorkspaceDialog dialog(*library.value());
            dialog.setPasswordVault(std::make_unique<MemoryVault>(&keyring, reachable));
            auto field = [&](const char *name) {
                return dialog.findChild<QLineEdit *>(QLatin1String(name));
            };
            auto says = [&](const QString &text) {
                for (const QLabel *label : dialog.findChildren<QLabel *>())
                    if (label->text().contains(text))
                        return true;
                return false;
            };
            field("host")->setText(PgServer::host());
            dialog.findChild<QSpinBox *>()->setValue(m_server.port());
            field("database")->setText(QStringLiteral("postgres"));
            field("user")->setText(QStringLiteral("anna"));
            field("workspace")->setText(QStringLiteral("Commissie Financiën"));
            field("password")->setText(QStringLiteral("anna-pw"));
            dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            QVERIFY(dialog.connectToWorkspace(false));
            if (reachable) {
                QCOMPARE(keyring.value(PasswordVault::keyFor(addressOf(QStringLiteral("anna")))),
                         QStringLiteral("anna-pw"));
            } else {
                QVERIFY(keyring.isEmpty());
                QVERIFY(says(QStringLiteral("No keyring is here."))); // connected, not stored
            }
            QFile ini(data.filePath(QStringLiteral("workspace.ini")));
            QVERIFY(ini.open(QIODevice::ReadOnly));
            QVERIFY(!ini.readAll().contains("anna-pw"));
            dialog.usePersonalWorkspace();
            // Again, nothing typed: from the keyring, or refused without one.
            field("password")->clear();
            const bool connected = dialog.connectToWorkspace(false);
            QCOMPARE(connected, reachable);
            if (!reachable)
                QVERIFY(says(QStringLiteral("No keyring is here.")));
            dialog.usePersonalWorkspace();
            keyring.clear();
        }
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestWorkspaceDialog)
#include "test_workspacedialog.moc"
