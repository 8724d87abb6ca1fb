// One edit of the question panel (status, note and tags) is one transaction on the server too,
// online and from the offline outbox; an edit the server refuses when the outbox drains is kept
// with the server's reason, reported, retried or discarded, never dropped silently. On a real
// PostgreSQL server started for this test.

#include "TeamServer.h"

#include "workspace/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace overleg;
using overleg::test::PgServer;

namespace {
const QString kDoc = QStringLiteral("4f1c2b3a-0000-4000-8000-00000000e1d1");
} // namespace

class TestWorkspaceEdits : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    QTemporaryDir m_dir;
    qint64 m_workspace = 0;

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }
    std::unique_ptr<TeamNotes> team(const QString &user) { return m_team.team(user); }
    std::unique_ptr<OfflineNotes> client(const QString &user, const QString &outbox) {
        return m_team.client(user, m_dir.filePath(outbox));
    }
    // The server transactions that changed a question's notes: the history rows the trigger
    // writes carry the transaction's id (xmin), one per transaction however many rows.
    int transactionsOf(const QString &questionId) {
        auto c = PgConnection::open(addressOf(QStringLiteral("alice")));
        QSqlQuery q = c.value()->run(
            QStringLiteral("SELECT count(DISTINCT xmin::text) FROM overleg.history WHERE "
                           "table_name = 'annotation' AND question_id = ?"),
            {questionId});
        return q.next() ? q.value(0).toInt() : -1;
    }
    std::optional<Annotation> onServer(const QString &questionId) {
        return team(QStringLiteral("alice"))->annotation(questionId);
    }
    void setRole(const QString &user, const QString &role) {
        QVERIFY(m_team.setRole(user, role).ok());
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("alice"), QStringLiteral("owner")},
                               {QStringLiteral("bob"), QStringLiteral("editor")}},
                              QStringLiteral("Transacties")),
                 QString());
        m_workspace = m_team.workspace();
        // A rule of this server that refuses one note, so that the second field of an edit can
        // be refused by the server after the first was written.
        const auto [code, out] = m_server.psql(
            PgServer::adminUser(), PgServer::adminPassword(), QStringLiteral("postgres"),
            QStringLiteral("ALTER TABLE overleg.annotation ADD CONSTRAINT test_refused_note "
                           "CHECK (note <> 'verboden')"));
        QVERIFY2(code == 0, qPrintable(out));
    }

    void onePanelEditIsOneServerTransaction() {
        auto notes = team(QStringLiteral("alice"));
        // Field by field, as before: a transaction per field.
        const QString separate = QStringLiteral("q-separate");
        QVERIFY(notes->setStatus(kDoc, separate, {}, QStringLiteral("answered")).ok());
        QVERIFY(notes->setNote(kDoc, separate, {}, QStringLiteral("los")).ok());
        QVERIFY(notes->addTag(kDoc, separate, {}, QStringLiteral("klimaat")).ok());
        QCOMPARE(transactionsOf(separate), 3);
        // The panel's edit: one, with a nested call joining it.
        const QString together = QStringLiteral("q-together");
        const Status ok = notes->inOneTransaction([&]() -> Status {
            if (Status s = notes->setStatus(kDoc, together, {}, QStringLiteral("partial")); !s)
                return s;
            if (Status s = notes->setNote(kDoc, together, {}, QStringLiteral("samen")); !s)
                return s;
            return notes->inOneTransaction(
                [&] { return notes->addTag(kDoc, together, {}, QStringLiteral("klimaat")); });
        });
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(transactionsOf(together), 1);
        const auto saved = onServer(together);
        QVERIFY(saved);
        QCOMPARE(saved->status, QStringLiteral("partial"));
        QCOMPARE(saved->note, QStringLiteral("samen"));
        QCOMPARE(saved->tags, QStringList{QStringLiteral("klimaat")});
    }

    void anEditWhoseSecondFieldIsRefusedLeavesNothing() {
        auto notes = team(QStringLiteral("alice"));
        const QString q = QStringLiteral("q-refused");
        const Status refused = notes->inOneTransaction([&]() -> Status {
            if (Status s = notes->setStatus(kDoc, q, {}, QStringLiteral("answered")); !s)
                return s;
            return notes->setNote(kDoc, q, {}, QStringLiteral("verboden"));
        });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("test_refused_note")),
                 qPrintable(refused.error()));
        QVERIFY(!onServer(q)); // not even the status
        QCOMPARE(transactionsOf(q), 0);
        // A failure the edit ignores still rolls all of it back.
        const Status ignored = notes->inOneTransaction([&]() -> Status {
            (void)notes->setNote(kDoc, q, {}, QStringLiteral("verboden"));
            return success();
        });
        QVERIFY(!ignored.ok());
        QVERIFY(!onServer(q));
        // The connection is usable afterwards.
        QVERIFY(notes->setStatus(kDoc, q, {}, QStringLiteral("answered")).ok());
        QCOMPARE(onServer(q)->status, QStringLiteral("answered"));

        // The same through the offline-capable client, online: refused whole, nothing kept.
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-refused.sqlite"));
        const QString q2 = QStringLiteral("q-refused-2");
        const Status viaOutbox =
            bob->annotate(kDoc, q2, {}, QStringLiteral("answered"), {QStringLiteral("trein")},
                          QStringLiteral("verboden"));
        QVERIFY(!viaOutbox.ok());
        QVERIFY(!onServer(q2));
        QCOMPARE(bob->pendingEdits(), 0);
        QCOMPARE(bob->annotation(q2).value_or(Annotation()).status, QStringLiteral("open"));
    }

    void anOfflineEditIsSentAsOneTransaction() {
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-group.sqlite"));
        QVERIFY(bob && bob->isOnline());
        const QString q = QStringLiteral("q-offline-group");
        QCOMPARE(m_server.stop(), QString());
        const Status kept = bob->inOneTransaction([&]() -> Status {
            if (Status s = bob->setStatus(kDoc, q, {}, QStringLiteral("unanswered")); !s)
                return s;
            if (Status s = bob->setNote(kDoc, q, {}, QStringLiteral("in de trein")); !s)
                return s;
            return bob->addTag(kDoc, q, {}, QStringLiteral("trein"));
        });
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(bob->pendingEdits(), 3);
        QCOMPARE(bob->annotation(q)->note, QStringLiteral("in de trein"));
        QCOMPARE(m_server.restart(), QString());
        QVERIFY(bob->sync());
        QCOMPARE(bob->pendingEdits(), 0);
        QCOMPARE(transactionsOf(q), 1);
        QCOMPARE(onServer(q)->status, QStringLiteral("unanswered"));
        QCOMPARE(onServer(q)->note, QStringLiteral("in de trein"));
    }

    void refusedOfflineEditIsKeptReportedAndRetried() {
        QTemporaryDir bobData;
        const QString outbox =
            bobData.filePath(QStringLiteral("workspace-%1.sqlite").arg(m_workspace));
        auto opened = OfflineNotes::open(addressOf(QStringLiteral("bob")), m_workspace, outbox);
        QVERIFY(opened);
        auto bob = std::move(opened).value();
        QStringList told;
        bob->setRefusalHandler([&](const QString &reason) { told << reason; });
        const QString q = QStringLiteral("q-made-reader");
        QVERIFY(bob->setNote(kDoc, q, {}, QStringLiteral("eerste")).ok());

        // On the train: bob edits; meanwhile alice makes him a reader.
        QCOMPARE(m_server.stop(), QString());
        QVERIFY(bob->annotate(kDoc, q, {}, QStringLiteral("answered"), {},
                              QStringLiteral("offline geschreven"))
                    .ok());
        QCOMPARE(bob->pendingEdits(), 2);
        QCOMPARE(m_server.restart(), QString());
        setRole(QStringLiteral("bob"), QStringLiteral("reader"));

        QVERIFY(bob->sync());
        QCOMPARE(bob->pendingEdits(), 0);
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().contains(QLatin1String("row-level security")),
                 qPrintable(told.first()));
        const QList<RefusedEdit> refused = bob->refusedEdits();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).group, refused.at(1).group);
        QCOMPARE(refused.at(0).field, QStringLiteral("status"));
        QCOMPARE(refused.at(0).value, QStringLiteral("answered"));
        QCOMPARE(refused.at(1).value, QStringLiteral("offline geschreven"));
        QVERIFY(refused.at(1).reason.contains(QLatin1String("row-level security")));
        QCOMPARE(onServer(q)->note, QStringLiteral("eerste")); // the server has none of it
        QCOMPARE(onServer(q)->status, QStringLiteral("open"));
        // Reads show the server's again; the refused edit is still there to retrieve.
        QCOMPARE(bob->annotationsOf(kDoc).value(q).note, QStringLiteral("eerste"));

        // overleg-cli workspace status lists it.
        WorkspaceSettings settings{addressOf(QStringLiteral("bob")), QStringLiteral("Transacties")};
        settings.server.password.clear();
        QVERIFY(settings.save(bobData.path()).ok());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OVERLEG_WORKSPACE_PASSWORD"), QStringLiteral("bob-pw"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(OVERLEG_CLI_PATH),
                  {QStringLiteral("--data-dir"), bobData.path(), QStringLiteral("workspace"),
                   QStringLiteral("status")});
        QVERIFY(cli.waitForFinished(30000));
        const QString out =
            QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("2 edits were refused")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("refused\t%1\t%2\t%3\tnote\toffline geschreven")
                                  .arg(refused.first().group)
                                  .arg(kDoc, q)),
                 qPrintable(out));

        // Still a reader: a retry is refused again and the edit stays.
        const Status again = bob->retryRefused(refused.first().group);
        QVERIFY(!again.ok());
        QCOMPARE(bob->refusedEdits().size(), 2);
        // An editor again: the retry sends it, in one transaction.
        setRole(QStringLiteral("bob"), QStringLiteral("editor"));
        const int before = transactionsOf(q);
        const Status retried = bob->retryRefused(refused.first().group);
        QVERIFY2(retried.ok(), qPrintable(retried.error()));
        QVERIFY(bob->refusedEdits().isEmpty());
        QCOMPARE(transactionsOf(q), before + 1);
        QCOMPARE(onServer(q)->note, QStringLiteral("offline geschreven"));
        QCOMPARE(onServer(q)->status, QStringLiteral("answered"));
    }

    void refusedEditCanBeDiscarded() {
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-discard.sqlite"));
        const QString q = QStringLiteral("q-discard");
        QVERIFY(bob->setNote(kDoc, q, {}, QStringLiteral("basis")).ok());
        QCOMPARE(m_server.stop(), QString());
        QVERIFY(bob->addTag(kDoc, q, {}, QStringLiteral("weg")).ok());
        QCOMPARE(m_server.restart(), QString());
        setRole(QStringLiteral("bob"), QStringLiteral("reader"));
        QVERIFY(bob->sync());
        QCOMPARE(bob->refusedEdits().size(), 1);
        QVERIFY(bob->discardRefused(bob->refusedEdits().first().group).ok());
        QVERIFY(bob->refusedEdits().isEmpty());
        QVERIFY(bob->annotation(q)->tags.isEmpty());
        QVERIFY(onServer(q)->tags.isEmpty());
        setRole(QStringLiteral("bob"), QStringLiteral("editor"));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestWorkspaceEdits)
#include "test_workspace_edits.moc"
