// Team workspace passwords live in the desktop keyring, never in a file: the keyring vault on a
// real Secret Service (a GNOME keyring in a D-Bus session of this test's own, started by
// support/with-session-keyring.sh), and overleg-cli workspace storing the password there and
// reading it back; where no keyring can be reached, a clear message, the password asked for
// again, and nothing of it on disk. On a real PostgreSQL server started for this test.

#include "PgServer.h"

#include "workspace/PasswordVault.h"
#include "workspace/ServerSchema.h"
#include "workspace/Workspaces.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace overleg;
using overleg::test::PgServer;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

// Every file under `dir` that holds `secret`.
QStringList filesHolding(const QString &dir, const QByteArray &secret) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
            found << f.fileName();
    }
    return found;
}

} // namespace

class TestPasswordVault : public QObject {
    Q_OBJECT

    PgServer m_server;
    bool m_keyring = false;

    // overleg-cli workspace ... as alice; `env` added to (or, empty values, removed from) the
    // environment; `input` on stdin.
    Run cli(const QString &dataDir, const QStringList &args, const QByteArray &input = {},
            const QHash<QString, QString> &env = {}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("OVERLEG_WORKSPACE_PASSWORD"));
        e.remove(QStringLiteral("PGPASSWORD"));
        e.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(OVERLEG_CLI_PATH),
                QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("-v"),
                            QStringLiteral("workspace")} +
                    args +
                    QStringList{QStringLiteral("--host"), PgServer::host(),
                                QStringLiteral("--port"), QString::number(m_server.port()),
                                QStringLiteral("--database"), QStringLiteral("postgres"),
                                QStringLiteral("--user"), QStringLiteral("alice"),
                                QStringLiteral("--sslmode"), QStringLiteral("disable")});
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(),
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() {
        m_keyring = qEnvironmentVariable("OVERLEG_TEST_KEYRING") == QLatin1String("1");
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_server.start(), QString());
        const auto [code, out] = m_server.psql(
            PgServer::adminUser(), PgServer::adminPassword(), QStringLiteral("postgres"),
            QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'alice-geheim-7731'"));
        QVERIFY2(code == 0, qPrintable(out));
        ServerAddress admin;
        admin.host = PgServer::host();
        admin.port = m_server.port();
        admin.database = QStringLiteral("postgres");
        admin.user = PgServer::adminUser();
        admin.password = PgServer::adminPassword();
        admin.sslMode = QStringLiteral("disable");
        auto connection = PgConnection::open(admin);
        QVERIFY(connection);
        QVERIFY(ServerSchema::migrate(*connection.value()));
        ServerAddress alice = admin;
        alice.user = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-geheim-7731");
        auto aliceConnection = PgConnection::open(alice);
        QVERIFY(aliceConnection);
        QVERIFY(Workspaces::create(*aliceConnection.value(), QStringLiteral("Sleutelbos")));
    }

    void keyIsUserHostPortDatabase() {
        ServerAddress a;
        a.user = QStringLiteral("alice");
        a.host = QStringLiteral("db.fractie.example");
        a.port = 5433;
        a.database = QStringLiteral("overleg");
        QCOMPARE(PasswordVault::keyFor(a), QStringLiteral("alice@db.fractie.example:5433/overleg"));
    }

    void keyringStoresReadsAndForgets() {
        if (!m_keyring)
            QSKIP("No session keyring (dbus-run-session and gnome-keyring-daemon, run by "
                  "support/with-session-keyring.sh) for this test.");
        auto vault = desktopKeyring();
        const QString key = QStringLiteral("vault-test@localhost:5432/overleg");
        const Status stored = vault->store(key, QStringLiteral("s3cret"));
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const auto read = vault->read(key);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), std::optional<QString>(QStringLiteral("s3cret")));
        QVERIFY(vault->forget(key).ok());
        const auto gone = vault->read(key);
        QVERIFY(gone.ok());
        QVERIFY(!gone.value());
        QVERIFY(vault->forget(key).ok()); // nothing stored: not an error
    }

    void cliRemembersThePasswordInTheKeyring() {
        if (!m_keyring)
            QSKIP("No session keyring (dbus-run-session and gnome-keyring-daemon, run by "
                  "support/with-session-keyring.sh) for this test.");
        QTemporaryDir data;
        Run r = cli(data.path(),
                    {QStringLiteral("connect"), QStringLiteral("Sleutelbos"),
                     QStringLiteral("--password-stdin"), QStringLiteral("--remember-password")},
                    "alice-geheim-7731\n");
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("in the keyring")),
                 qPrintable(r.out));
        // A later command: no password given, the keyring's is used.
        r = cli(data.path(), {QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("workspace 'Sleutelbos'")),
                 qPrintable(r.out));
        QVERIFY(filesHolding(data.path(), "alice-geheim-7731").isEmpty());
        // Leaving forgets it.
        r = cli(data.path(), {QStringLiteral("leave")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        auto vault = desktopKeyring();
        ServerAddress alice;
        alice.host = PgServer::host();
        alice.port = m_server.port();
        alice.database = QStringLiteral("postgres");
        alice.user = QStringLiteral("alice");
        const auto left = vault->read(PasswordVault::keyFor(alice));
        QVERIFY(left.ok() && !left.value());
        // Member again for the next test.
        auto admin = m_server.psql(PgServer::adminUser(), PgServer::adminPassword(),
                                   QStringLiteral("postgres"),
                                   QStringLiteral("INSERT INTO overleg.member (workspace_id, "
                                                  "user_name, role) SELECT id, 'alice', 'owner' "
                                                  "FROM overleg.workspace WHERE name = "
                                                  "'Sleutelbos'"));
        QVERIFY2(admin.first == 0, qPrintable(admin.second));
    }

    // A headless machine without a keyring service: said in words; the password is used for
    // this command and written nowhere; the next command asks for it again.
    void withoutAKeyringNothingIsStored() {
        QTemporaryDir data;
        const QHash<QString, QString> noKeyring = {
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
             QStringLiteral("unix:path=/nonexistent/overleg-test-bus")}};
        Run r = cli(data.path(),
                    {QStringLiteral("connect"), QStringLiteral("Sleutelbos"),
                     QStringLiteral("--password-stdin"), QStringLiteral("--remember-password")},
                    "alice-geheim-7731\n", noKeyring);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("No keyring is reachable")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("not stored")), qPrintable(r.out));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("workspace.ini"))));
        QVERIFY2(filesHolding(data.path(), "alice-geheim-7731").isEmpty(),
                 qPrintable(filesHolding(data.path(), "alice-geheim-7731").join(u' ')));
        r = cli(data.path(), {QStringLiteral("status")}, {}, noKeyring);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Cannot connect")) &&
                     r.out.contains(QLatin1String("No keyring is reachable")),
                 qPrintable(r.out));
        r = cli(data.path(), {QStringLiteral("status"), QStringLiteral("--password-stdin")},
                "alice-geheim-7731\n", noKeyring);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestPasswordVault)
#include "test_passwordvault.moc"
