// Team workspaces on a real PostgreSQL 15 server started for this test (tests/support/PgServer):
// schema migrations, roles enforced by row-level security, history, live change announcements,
// TLS, and many clients writing at once, including one killed mid-send.

#include "PgServer.h"

#include "library/Library.h"
#include "workspace/ChangeFeed.h"
#include "workspace/PgConnection.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/Workspaces.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

using namespace overleg;
using overleg::test::PgServer;

namespace {

const QString kDoc = QStringLiteral("0b6f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

ServerAddress addressOf(int port, const QString &user, const QString &password,
                        const QString &database = QStringLiteral("overleg")) {
    ServerAddress a;
    a.host = PgServer::host();
    a.port = port;
    a.database = database;
    a.user = user;
    a.password = password;
    a.sslMode = QStringLiteral("disable");
    return a;
}

// The child side of the concurrency and kill tests: `threads` writers, each on its own
// connection, make `edits` edits each: a note on a question of its own and its tag on one of
// 50 questions all writers share. Prints "committed W I" after each committed edit.
int runWriters(const QStringList &args) {
    const int port = args.value(0).toInt();
    const QString user = args.value(1);
    const QString password = args.value(2);
    const qint64 workspace = args.value(3).toLongLong();
    const int firstWriter = args.value(4).toInt();
    const int threads = args.value(5).toInt();
    const int edits = args.value(6).toInt();
    std::vector<std::thread> pool;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, writer = firstWriter + t] {
            auto connection = PgConnection::open(addressOf(port, user, password));
            if (!connection) {
                std::fprintf(stderr, "%s\n", qPrintable(connection.error()));
                ++failures;
                return;
            }
            TeamNotes notes(std::move(connection).value(), workspace);
            const QString tag = QStringLiteral("w%1").arg(writer);
            for (int i = 0; i < edits; ++i) {
                const Status ok =
                    i % 2 == 0
                        ? notes.setNote(kDoc, QStringLiteral("own-%1-%2").arg(writer).arg(i % 10),
                                        QStringLiteral("anchor"),
                                        QStringLiteral("note %1 by %2").arg(i).arg(writer))
                        : notes.addTag(kDoc, QStringLiteral("shared-%1").arg((i / 2) % 50),
                                       QStringLiteral("anchor"), tag);
                if (!ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(ok.error()));
                    ++failures;
                    return;
                }
                std::printf("committed %d %d\n", writer, i);
                std::fflush(stdout);
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    return failures == 0 ? 0 : 3;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

    PgServer m_server;
    std::unique_ptr<PgConnection> m_admin;
    qint64 m_workspace = 0;

    std::unique_ptr<PgConnection> connect(const QString &user) {
        auto c = PgConnection::open(addressOf(m_server.port(), user, user + QStringLiteral("-pw")));
        if (!c)
            qWarning("%s", qPrintable(c.error()));
        return c ? std::move(c).value() : nullptr;
    }
    std::unique_ptr<TeamNotes> notesOf(const QString &user) {
        auto c = connect(user);
        return c ? std::make_unique<TeamNotes>(std::move(c), m_workspace) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto [code, out] =
            m_server.psql(PgServer::adminUser(), PgServer::adminPassword(),
                          QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE overleg"));
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(m_server.createLoginRoles({QStringLiteral("alice"), QStringLiteral("bob"),
                                            QStringLiteral("carol"), QStringLiteral("dave")}),
                 QString());
        auto admin = PgConnection::open(
            addressOf(m_server.port(), PgServer::adminUser(), PgServer::adminPassword()));
        QVERIFY2(admin, qPrintable(admin.error()));
        m_admin = std::move(admin).value();
        const auto migrated = ServerSchema::migrate(*m_admin);
        QVERIFY2(migrated, qPrintable(migrated.error()));
        QCOMPARE(migrated.value(), ServerSchema::kVersion);

        auto alice = connect(QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(ServerSchema::checkUsable(*alice).ok());
        const auto ws = Workspaces::create(*alice, QStringLiteral("Inbreng Jeugdzorg"));
        QVERIFY2(ws, qPrintable(ws.error()));
        m_workspace = ws.value();
        QVERIFY(Workspaces::addMember(*alice, m_workspace, QStringLiteral("bob"),
                                      QStringLiteral("editor"))
                    .ok());
        QVERIFY(Workspaces::addMember(*alice, m_workspace, QStringLiteral("carol"),
                                      QStringLiteral("reader"))
                    .ok());
    }
    void cleanupTestCase() {
        m_admin.reset();
        m_server.stop();
    }

    void migrationIsIdempotentAndVersioned() {
        const auto again = ServerSchema::migrate(*m_admin);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value(), ServerSchema::kVersion);
        QCOMPARE(ServerSchema::version(*m_admin).value(), ServerSchema::kVersion);
    }

    void migrationFromAnOlderServerSchemaKeepsTheNotes() {
        const auto [code, out] =
            m_server.psql(PgServer::adminUser(), PgServer::adminPassword(),
                          QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE older"));
        QVERIFY2(code == 0, qPrintable(out));
        auto admin =
            PgConnection::open(addressOf(m_server.port(), PgServer::adminUser(),
                                         PgServer::adminPassword(), QStringLiteral("older")));
        QVERIFY(admin);
        // A server as the first release left it: version 1, with notes in it.
        QCOMPARE(ServerSchema::migrate(*admin.value(), 1).value(), 1);
        QVERIFY(!ServerSchema::checkUsable(*admin.value()).ok());
        const auto ws = Workspaces::create(*admin.value(), QStringLiteral("Oud"));
        QVERIFY(ws);
        TeamNotes old(std::move(admin).value(), ws.value());
        QVERIFY(old.annotate(kDoc, QStringLiteral("q-v1"), QStringLiteral("anker"),
                             QStringLiteral("answered"), {QStringLiteral("Oud")},
                             QStringLiteral("van versie 1"))
                    .ok());
        QSqlQuery noHistory =
            old.connection().run(QStringLiteral("SELECT to_regclass('overleg.history') IS NULL"));
        QVERIFY(noHistory.next() && noHistory.value(0).toBool());

        const auto migrated = ServerSchema::migrate(old.connection());
        QVERIFY2(migrated, qPrintable(migrated.error()));
        QCOMPARE(migrated.value(), ServerSchema::kVersion);
        QVERIFY(ServerSchema::checkUsable(old.connection()).ok());
        const auto kept = old.annotation(QStringLiteral("q-v1"));
        QVERIFY(kept);
        QCOMPARE(kept->note, QStringLiteral("van versie 1"));
        QCOMPARE(kept->tags, QStringList{QStringLiteral("Oud")});
        QVERIFY(old.setNote(kDoc, QStringLiteral("q-v1"), {}, QStringLiteral("na migratie")).ok());
        QSqlQuery history = old.connection().run(
            QStringLiteral("SELECT before ->> 'note', after ->> 'note' FROM overleg.history"));
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), QStringLiteral("van versie 1"));
        QCOMPARE(history.value(1).toString(), QStringLiteral("na migratie"));

        // A server a newer Overleg migrated: this one refuses, in words, and changes nothing.
        QVERIFY(old.connection()
                    .run(QStringLiteral("UPDATE overleg.schema_version SET version = ?"),
                         {ServerSchema::kVersion + 7})
                    .numRowsAffected() == 1);
        const Status usable = ServerSchema::checkUsable(old.connection());
        QVERIFY(!usable.ok());
        QVERIFY2(usable.error().contains(QLatin1String("Update Overleg")),
                 qPrintable(usable.error()));
        QVERIFY(usable.error().contains(QString::number(ServerSchema::kVersion + 7)));
        QVERIFY(!ServerSchema::migrate(old.connection()).ok());
        QCOMPARE(ServerSchema::version(old.connection()).value(), ServerSchema::kVersion + 7);
    }

    void tlsWithASelfSignedCa() {
        QTemporaryDir dir;
        auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("openssl"), args);
            p.waitForFinished(30000);
            return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                       ? QString()
                       : QString::fromLocal8Bit(p.readAll()) + QStringLiteral(" (openssl)");
        };
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed (scripts/bootstrap.sh installs it)");
        const QString ec = QStringLiteral("-newkey");
        for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other-ca")})
            QCOMPARE(
                openssl({QStringLiteral("req"), QStringLiteral("-x509"), ec, QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Overleg test ") + ca,
                         QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                         QStringLiteral("-out"), ca + QStringLiteral(".crt")}),
                QString());
        QCOMPARE(
            openssl({QStringLiteral("req"), ec, QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"),
                     QStringLiteral("-out"), QStringLiteral("server.csr")}),
            QString());
        {
            QFile ext(dir.filePath(QStringLiteral("san.ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        }
        QCOMPARE(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext"),
                     QStringLiteral("-out"), QStringLiteral("server.crt")}),
            QString());

        PgServer tls;
        QCOMPARE(tls.start(), QString());
        const QString cert = tls.installFile(dir.filePath(QStringLiteral("server.crt")));
        const QString key = tls.installFile(dir.filePath(QStringLiteral("server.key")));
        QVERIFY(!cert.isEmpty() && !key.isEmpty());
        QCOMPARE(tls.stop(), QString());
        tls.setSettings({QStringLiteral("ssl=on"), QStringLiteral("ssl_cert_file=") + cert,
                         QStringLiteral("ssl_key_file=") + key});
        QCOMPARE(tls.restart(), QString());

        ServerAddress address = addressOf(tls.port(), PgServer::adminUser(),
                                          PgServer::adminPassword(), QStringLiteral("postgres"));
        address.host = QStringLiteral("localhost");
        address.sslMode = QStringLiteral("verify-full");
        address.sslRootCert = dir.filePath(QStringLiteral("ca.crt"));
        auto secured = PgConnection::open(address);
        QVERIFY2(secured, qPrintable(secured.error()));
        QSqlQuery q = secured.value()->run(
            QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toString().startsWith(QLatin1String("TLS")));

        // A certificate from another CA is refused, not trusted silently.
        address.sslRootCert = dir.filePath(QStringLiteral("other-ca.crt"));
        const auto impostor = PgConnection::open(address);
        QVERIFY(!impostor.ok());
        QVERIFY2(impostor.error().contains(QLatin1String("certificate")),
                 qPrintable(impostor.error()));
        // A server elsewhere is reached with verify-full unless told otherwise.
        ServerAddress remote;
        remote.host = QStringLiteral("db.example.org");
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("verify-full"));
        QCOMPARE(ServerAddress{}.effectiveSslMode(), QStringLiteral("prefer"));
    }

    void twentyWritersInTwoProcessesLoseNothing() {
        // Two client processes with ten writers each, 500 edits per writer, on one consultation.
        const int edits = 500;
        QList<QProcess *> clients;
        for (int p = 0; p < 2; ++p) {
            auto *client = new QProcess(this);
            client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            client->start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--writers"), QString::number(m_server.port()),
                           QStringLiteral("bob"), QStringLiteral("bob-pw"),
                           QString::number(m_workspace), QString::number(p * 10),
                           QStringLiteral("10"), QString::number(edits)});
            clients << client;
        }
        for (QProcess *client : clients) {
            QVERIFY(client->waitForFinished(120000));
            QCOMPARE(client->exitCode(), 0);
            QCOMPARE(client->readAllStandardOutput().count("committed"), 10 * edits);
        }
        // Two clients read the consultation: the same state, and every edit in it.
        auto first = notesOf(QStringLiteral("alice"));
        auto second = notesOf(QStringLiteral("carol"));
        const auto a = first->annotationsOf(kDoc);
        const auto b = second->annotationsOf(kDoc);
        QCOMPARE(a.size(), b.size());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QCOMPARE(b.value(it.key()).note, it->note);
            QCOMPARE(b.value(it.key()).tags, it->tags);
        }
        QStringList everyWriter;
        for (int w = 0; w < 20; ++w)
            everyWriter << QStringLiteral("w%1").arg(w);
        everyWriter.sort(Qt::CaseInsensitive);
        for (int s = 0; s < 50; ++s)
            QCOMPARE(a.value(QStringLiteral("shared-%1").arg(s)).tags, everyWriter);
        for (int w = 0; w < 20; ++w)
            for (int q = 0; q < 10;
                 q += 2) // the last note each writer left on each of its questions
                QCOMPARE(a.value(QStringLiteral("own-%1-%2").arg(w).arg(q)).note,
                         QStringLiteral("note %1 by %2").arg(edits - 10 + q).arg(w));
        // The server's history holds every one of the 20 x 500 edits, none lost, none doubled.
        QSqlQuery count = first->connection().run(
            QStringLiteral("SELECT count(*) FROM overleg.history WHERE workspace_id = ? AND "
                           "table_name = 'annotation' AND (question_id LIKE 'own-%' OR "
                           "question_id LIKE 'shared-%')"),
            {m_workspace});
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 20 * edits);
    }

    void clientKilledMidSendLeavesWholeEditsOnly() {
        QSqlQuery last =
            m_admin->run(QStringLiteral("SELECT coalesce(max(id), 0) FROM overleg.history"));
        QVERIFY(last.next());
        const qint64 before = last.value(0).toLongLong();
        QProcess client;
        client.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--writers"), QString::number(m_server.port()),
                      QStringLiteral("bob"), QStringLiteral("bob-pw"), QString::number(m_workspace),
                      QStringLiteral("100"), QStringLiteral("1"), QStringLiteral("100000")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += client.readAllStandardOutput()).count("committed") >= 200,
                                 20000);
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(client.waitForFinished(10000));
        out += client.readAllStandardOutput();
        const int reported = int(out.count("committed"));
        // Every edit the client saw committed is on the server (one history row each), at most
        // the one in flight more, and none twice.
        QSqlQuery q =
            notesOf(QStringLiteral("alice"))
                ->connection()
                .run(QStringLiteral(
                         "SELECT count(*) FROM overleg.history WHERE workspace_id = ? AND id > ? "
                         "AND table_name = 'annotation'"),
                     {m_workspace, before});
        QVERIFY(q.next());
        const int onServer = q.value(0).toInt();
        QVERIFY2(onServer >= reported && onServer <= reported + 1,
                 qPrintable(
                     QStringLiteral("%1 reported, %2 on the server").arg(reported).arg(onServer)));
        // The server is unharmed: the next client works.
        QVERIFY(notesOf(QStringLiteral("bob"))
                    ->setNote(kDoc, QStringLiteral("q-after-kill"), {}, QStringLiteral("ok"))
                    .ok());
    }

    void cliDrivesAWorkspace() {
        QTemporaryDir aliceData;
        QTemporaryDir bobData;
        auto cli = [&](const QTemporaryDir &data, const QString &user, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OVERLEG_WORKSPACE_PASSWORD"), user + QStringLiteral("-pw"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(OVERLEG_CLI_PATH),
                    QStringList{QStringLiteral("--data-dir"), data.path(),
                                QStringLiteral("workspace")} +
                        args +
                        QStringList{QStringLiteral("--host"), PgServer::host(),
                                    QStringLiteral("--port"), QString::number(m_server.port()),
                                    QStringLiteral("--database"), QStringLiteral("overleg"),
                                    QStringLiteral("--user"), user, QStringLiteral("--sslmode"),
                                    QStringLiteral("disable")});
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        auto [code, out] =
            cli(aliceData, QStringLiteral("alice"),
                {QStringLiteral("create"), QStringLiteral("Schriftelijk overleg Klimaat")});
        QVERIFY2(code == 0, qPrintable(out));
        std::tie(code, out) =
            cli(aliceData, QStringLiteral("alice"),
                {QStringLiteral("connect"), QStringLiteral("schriftelijk overleg klimaat")});
        QVERIFY2(code == 0 && out.contains(QLatin1String("owner")), qPrintable(out));
        // The password is nowhere in the data directory.
        QFile ini(aliceData.filePath(QStringLiteral("workspace.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray saved = ini.readAll();
        QVERIFY(saved.contains("alice"));
        QVERIFY(!saved.contains("alice-pw"));
        std::tie(code, out) =
            cli(aliceData, QStringLiteral("alice"),
                {QStringLiteral("add-member"), QStringLiteral("bob"), QStringLiteral("reader")});
        QVERIFY2(code == 0, qPrintable(out));
        std::tie(code, out) = cli(aliceData, QStringLiteral("alice"),
                                  {QStringLiteral("add-member"), QStringLiteral("nobody-here"),
                                   QStringLiteral("reader")});
        QVERIFY2(code != 0 && out.contains(QLatin1String("no login")), qPrintable(out));
        std::tie(code, out) = cli(aliceData, QStringLiteral("alice"), {QStringLiteral("members")});
        QCOMPARE(out.trimmed(), QStringLiteral("alice\towner\nbob\treader"));
        std::tie(code, out) =
            cli(bobData, QStringLiteral("bob"),
                {QStringLiteral("connect"), QStringLiteral("Schriftelijk overleg Klimaat")});
        QVERIFY2(code == 0 && out.contains(QLatin1String("reader")), qPrintable(out));
        std::tie(code, out) = cli(bobData, QStringLiteral("bob"), {QStringLiteral("status")});
        QVERIFY2(code == 0 && out.contains(QLatin1String("2 members")), qPrintable(out));
        // A reader cannot add members: the server says no.
        std::tie(code, out) =
            cli(bobData, QStringLiteral("bob"),
                {QStringLiteral("add-member"), QStringLiteral("carol"), QStringLiteral("owner")});
        QVERIFY2(code != 0 && out.contains(QLatin1String("row-level security")), qPrintable(out));
        std::tie(code, out) = cli(bobData, QStringLiteral("bob"), {QStringLiteral("leave")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(!QFile::exists(bobData.filePath(QStringLiteral("workspace.ini"))));
        std::tie(code, out) = cli(aliceData, QStringLiteral("alice"), {QStringLiteral("members")});
        QCOMPARE(out.trimmed(), QStringLiteral("alice\towner"));
        // Assignment from the engine, progress and "Mijn vragen" from the CLI.
        {
            auto alice = PgConnection::open(
                addressOf(m_server.port(), QStringLiteral("alice"), QStringLiteral("alice-pw")));
            const auto ws =
                Workspaces::find(*alice.value(), QStringLiteral("Schriftelijk overleg Klimaat"));
            TeamNotes notes(std::move(alice).value(), ws->id);
            QVERIFY(notes
                        .assign(QStringLiteral("doc-k"), QStringLiteral("k1"), {},
                                QStringLiteral("alice"))
                        .ok());
            QVERIFY(notes
                        .assign(QStringLiteral("doc-k"), QStringLiteral("k2"), {},
                                QStringLiteral("alice"))
                        .ok());
            QVERIFY(notes
                        .setStatus(QStringLiteral("doc-k"), QStringLiteral("k2"), {},
                                   QStringLiteral("answered"))
                        .ok());
        }
        std::tie(code, out) = cli(aliceData, QStringLiteral("alice"),
                                  {QStringLiteral("progress"), QStringLiteral("doc-k")});
        QCOMPARE(out.trimmed(), QStringLiteral("alice\tanswered\t1\nalice\topen\t1"));
        std::tie(code, out) = cli(aliceData, QStringLiteral("alice"), {QStringLiteral("mine")});
        QCOMPARE(out.trimmed(), QStringLiteral("doc-k\tk1\topen\ndoc-k\tk2\tanswered"));
        // A wrong password is refused by the server, in words.
        std::tie(code, out) = cli(aliceData, QStringLiteral("mallory"), {QStringLiteral("status")});
        QVERIFY2(code != 0 && out.contains(QLatin1String("Cannot connect")), qPrintable(out));
    }

    void libraryNotesFollowTheWorkspaceSwitch() {
        // What the panels hold (Library::notes()) goes to the team workspace once switched, and
        // back to the personal notes after, without being handed a new reference.
        QTemporaryDir data;
        auto library = Library::open(data.path());
        QVERIFY2(library, qPrintable(library.error()));
        NotesBackend &notes = library.value()->notes();
        QVERIFY(notes.setNote(kDoc, QStringLiteral("q-switch"), {}, QStringLiteral("persoonlijk"))
                    .ok());
        library.value()->setTeamNotes(notesOf(QStringLiteral("bob")));
        QVERIFY(!notes.annotation(QStringLiteral("q-switch")));
        QVERIFY(notes.setNote(kDoc, QStringLiteral("q-switch"), {}, QStringLiteral("van het team"))
                    .ok());
        QCOMPARE(notesOf(QStringLiteral("carol"))->annotation(QStringLiteral("q-switch"))->note,
                 QStringLiteral("van het team"));
        library.value()->setTeamNotes(nullptr);
        QCOMPARE(notes.annotation(QStringLiteral("q-switch"))->note, QStringLiteral("persoonlijk"));
    }

    void assignmentMyQuestionsAndProgress() {
        auto alice = notesOf(QStringLiteral("alice"));
        const QString doc = QStringLiteral("doc-assign");
        for (int i = 0; i < 6; ++i)
            QVERIFY(alice
                        ->assign(doc, QStringLiteral("a-%1").arg(i), {},
                                 i < 4 ? QStringLiteral("bob") : QStringLiteral("alice"))
                        .ok());
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->setStatus(doc, QStringLiteral("a-0"), {}, QStringLiteral("answered")).ok());
        QVERIFY(bob->setStatus(doc, QStringLiteral("a-1"), {}, QStringLiteral("answered")).ok());
        QVERIFY(alice->assign(doc, QStringLiteral("a-3"), {}, {}).ok()); // un-assigned
        QStringList mine;
        for (const Annotation &a : bob->assignedTo(QStringLiteral("bob")))
            mine << a.questionId + QLatin1Char(':') + a.status;
        QCOMPARE(mine, (QStringList{QStringLiteral("a-0:answered"), QStringLiteral("a-1:answered"),
                                    QStringLiteral("a-2:open")}));
        QStringList progress;
        for (const TeamNotes::Progress &p : bob->progress(doc))
            progress << QStringLiteral("%1/%2=%3").arg(p.member, p.status).arg(p.questions);
        QCOMPARE(progress,
                 (QStringList{QStringLiteral("/open=1"), QStringLiteral("alice/open=2"),
                              QStringLiteral("bob/answered=2"), QStringLiteral("bob/open=1")}));
        // A reader cannot assign.
        QVERIFY(!notesOf(QStringLiteral("carol"))
                     ->assign(doc, QStringLiteral("a-5"), {}, QStringLiteral("carol"))
                     .ok());
    }

    void membersAndRoles() {
        auto alice = connect(QStringLiteral("alice"));
        const auto members = Workspaces::members(*alice, m_workspace);
        QVERIFY(members);
        QStringList seen;
        for (const WorkspaceMember &m : members.value())
            seen << m.user + QLatin1Char(':') + m.role;
        QCOMPARE(seen, (QStringList{QStringLiteral("alice:owner"), QStringLiteral("bob:editor"),
                                    QStringLiteral("carol:reader")}));
        // dave is no member: he sees no workspace and no member list.
        auto dave = connect(QStringLiteral("dave"));
        QVERIFY(Workspaces::list(*dave)->isEmpty());
        QVERIFY(Workspaces::members(*dave, m_workspace)->isEmpty());
        // An editor cannot add members; the server refuses, not the client.
        auto bob = connect(QStringLiteral("bob"));
        const Status refused = Workspaces::addMember(*bob, m_workspace, QStringLiteral("dave"),
                                                     QStringLiteral("owner"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("row-level security")),
                 qPrintable(refused.error()));
        QCOMPARE(Workspaces::find(*bob, QStringLiteral("inbreng jeugdzorg"))->role,
                 QStringLiteral("editor"));
    }

    void editorWritesReaderReads() {
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->annotate(kDoc, QStringLiteral("q-edit"), QStringLiteral("Waarom?"),
                              QStringLiteral("answered"), {QStringLiteral("Financiën")},
                              QStringLiteral("Zie de nota"))
                    .ok());
        auto carol = notesOf(QStringLiteral("carol"));
        const auto a = carol->annotation(QStringLiteral("q-edit"));
        QVERIFY(a);
        QCOMPARE(a->status, QStringLiteral("answered"));
        QCOMPARE(a->note, QStringLiteral("Zie de nota"));
        QCOMPARE(a->tags, QStringList{QStringLiteral("Financiën")});
        bool tagShared = false;
        for (const Tag &tag : carol->tags())
            tagShared = tagShared || tag.name == QStringLiteral("Financiën");
        QVERIFY(tagShared);
        // Through the interface the reader's write fails with the server's refusal.
        const Status refused =
            carol->setNote(kDoc, QStringLiteral("q-edit"), {}, QStringLiteral("mine"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("row-level security")),
                 qPrintable(refused.error()));
    }

    void readersRawUpdateIsRefusedByRowLevelSecurity() {
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->setNote(kDoc, QStringLiteral("q-raw"), {}, QStringLiteral("original")).ok());
        // psql as the reader, past any client: the UPDATE reaches no row, the INSERT is refused.
        const auto [updateCode, updateOut] = m_server.psql(
            QStringLiteral("carol"), QStringLiteral("carol-pw"), QStringLiteral("overleg"),
            QStringLiteral("UPDATE overleg.annotation SET note = 'hacked'"));
        QCOMPARE(updateCode, 0);
        QVERIFY2(updateOut.contains(QLatin1String("UPDATE 0")), qPrintable(updateOut));
        const auto [insertCode, insertOut] = m_server.psql(
            QStringLiteral("carol"), QStringLiteral("carol-pw"), QStringLiteral("overleg"),
            QStringLiteral(
                "INSERT INTO overleg.annotation (workspace_id, question_id, document_id) "
                "VALUES (%1, 'x', 'y')")
                .arg(m_workspace));
        QVERIFY(insertCode != 0);
        QVERIFY2(insertOut.contains(QLatin1String("row-level security")), qPrintable(insertOut));
        // Nor may anyone write the history.
        const auto [historyCode, historyOut] =
            m_server.psql(QStringLiteral("bob"), QStringLiteral("bob-pw"),
                          QStringLiteral("overleg"), QStringLiteral("DELETE FROM overleg.history"));
        QVERIFY(historyCode != 0);
        QVERIFY2(historyOut.contains(QLatin1String("permission denied")), qPrintable(historyOut));
        QCOMPARE(notesOf(QStringLiteral("alice"))->annotation(QStringLiteral("q-raw"))->note,
                 QStringLiteral("original"));
    }

    void historyKeepsWhoWhenBeforeAfter() {
        auto bob = notesOf(QStringLiteral("bob"));
        auto alice = notesOf(QStringLiteral("alice"));
        QVERIFY(bob->setNote(kDoc, QStringLiteral("q-hist"), {}, QStringLiteral("eerste")).ok());
        QVERIFY(alice->setNote(kDoc, QStringLiteral("q-hist"), {}, QStringLiteral("tweede")).ok());
        QSqlQuery q = alice->connection().run(
            QStringLiteral("SELECT operation, changed_by, before ->> 'note', after ->> 'note', "
                           "changed_at IS NOT NULL FROM overleg.history WHERE workspace_id = ? AND "
                           "question_id = 'q-hist' ORDER BY id"),
            {m_workspace});
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(QLatin1Char('|'));
        QCOMPARE(rows, (QStringList{QStringLiteral("insert|bob||eerste|true"),
                                    QStringLiteral("update|alice|eerste|tweede|true")}));
    }

    void colleaguesChangeArrivesWithinASecond() {
        auto aliceConnection = connect(QStringLiteral("alice"));
        ChangeFeed feed(*aliceConnection, m_workspace);
        QVERIFY(feed.isListening());
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->setStatus(kDoc, QStringLiteral("q-live"), {}, QStringLiteral("partial")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 1000);
        const auto change = spy.first().first().value<WorkspaceChange>();
        QCOMPARE(change.by, QStringLiteral("bob"));
        QCOMPARE(change.questionId, QStringLiteral("q-live"));
        QCOMPARE(change.documentId, kDoc);
        QCOMPARE(change.operation, QStringLiteral("insert"));
    }

    void removedMemberLosesAccessAtOnce() {
        auto alice = connect(QStringLiteral("alice"));
        QVERIFY(Workspaces::addMember(*alice, m_workspace, QStringLiteral("dave"),
                                      QStringLiteral("editor"))
                    .ok());
        auto dave = notesOf(QStringLiteral("dave"));
        QVERIFY(dave->setNote(kDoc, QStringLiteral("q-dave"), {}, QStringLiteral("van dave")).ok());
        QVERIFY(dave->annotation(QStringLiteral("q-dave")));
        QVERIFY(Workspaces::removeMember(*alice, m_workspace, QStringLiteral("dave")).ok());
        // The same open connection: the next statement already sees nothing and may write nothing.
        QVERIFY(!dave->annotation(QStringLiteral("q-dave")));
        QVERIFY(
            !dave->setNote(kDoc, QStringLiteral("q-dave"), {}, QStringLiteral("nog eens")).ok());
        QCOMPARE(notesOf(QStringLiteral("alice"))->annotation(QStringLiteral("q-dave"))->note,
                 QStringLiteral("van dave"));
    }

    void tagsRenameMergeDelete() {
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->addTag(kDoc, QStringLiteral("q-t1"), {}, QStringLiteral("Zorg")).ok());
        QVERIFY(bob->addTag(kDoc, QStringLiteral("q-t2"), {}, QStringLiteral("Geld")).ok());
        QVERIFY(bob->addTag(kDoc, QStringLiteral("q-t2"), {}, QStringLiteral("Zorg")).ok());
        QVERIFY(bob->renameTag(QStringLiteral("Zorg"), QStringLiteral("Jeugdzorg")).ok());
        QVERIFY(!bob->renameTag(QStringLiteral("Geld"), QStringLiteral("jeugdzorg")).ok());
        QVERIFY(bob->mergeTags(QStringLiteral("Geld"), QStringLiteral("Jeugdzorg")).ok());
        QCOMPARE(bob->annotation(QStringLiteral("q-t2"))->tags,
                 QStringList{QStringLiteral("Jeugdzorg")});
        QVERIFY(bob->deleteTag(QStringLiteral("Jeugdzorg")).ok());
        QVERIFY(bob->annotation(QStringLiteral("q-t1"))->tags.isEmpty());
        QVERIFY(bob->removeTag(QStringLiteral("q-edit"), QStringLiteral("Financiën")).ok());
        QVERIFY(bob->annotation(QStringLiteral("q-edit"))->tags.isEmpty());
    }

    void correctionsAndRemovedUnits() {
        auto bob = notesOf(QStringLiteral("bob"));
        const auto id = bob->addCorrection(
            kDoc,
            Correction{Correction::Kind::Add,
                       QJsonObject{{QStringLiteral("text"), QStringLiteral("Wat kost het?")}}});
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(bob->setUnitRemoved(kDoc, QStringLiteral("q-false"), true).ok());
        QVERIFY(bob->setUnitRemoved(kDoc, QStringLiteral("q-false"), true).ok());
        auto carol = notesOf(QStringLiteral("carol"));
        QCOMPARE(carol->corrections(kDoc).size(), 1);
        QCOMPARE(carol->removedUnits(kDoc), QStringList{QStringLiteral("q-false")});
        QVERIFY(bob->deleteCorrection(id.value()).ok());
        QVERIFY(bob->setUnitRemoved(kDoc, QStringLiteral("q-false"), false).ok());
        QVERIFY(carol->corrections(kDoc).isEmpty());
        QVERIFY(carol->removedUnits(kDoc).isEmpty());
    }

    void moveAnnotationKeepsEverything() {
        auto bob = notesOf(QStringLiteral("bob"));
        QVERIFY(bob->annotate(kDoc, QStringLiteral("q-old"), QStringLiteral("oud"),
                              QStringLiteral("partial"), {QStringLiteral("Verplaatst")},
                              QStringLiteral("mee"))
                    .ok());
        QVERIFY(bob->moveAnnotation(QStringLiteral("q-old"), QStringLiteral("q-new"),
                                    QStringLiteral("nieuw"))
                    .ok());
        QVERIFY(!bob->annotation(QStringLiteral("q-old")));
        const auto moved = bob->annotation(QStringLiteral("q-new"));
        QVERIFY(moved);
        QCOMPARE(moved->note, QStringLiteral("mee"));
        QCOMPARE(moved->anchorText, QStringLiteral("nieuw"));
        QCOMPARE(moved->tags, QStringList{QStringLiteral("Verplaatst")});
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    qRegisterMetaType<overleg::WorkspaceChange>();
    if (argc > 1 && qstrcmp(argv[1], "--writers") == 0)
        return runWriters(app.arguments().mid(2));
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_workspace.moc"
