// A team workspace without its server: edits go to the local outbox and are sent on reconnect,
// nothing lost or doubled; a field two people changed meanwhile is a conflict kept both ways.
// On a real PostgreSQL server started for this test and stopped in the middle of it.

#include "TeamServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace overleg;
using overleg::test::PgServer;

namespace {
const QString kDoc = QStringLiteral("4f1c2b3a-0000-4000-8000-00000000a1b2");
} // namespace

class TestWorkspaceOffline : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    QTemporaryDir m_dir;

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }
    std::unique_ptr<OfflineNotes> client(const QString &user, const QString &outbox) {
        return m_team.client(user, m_dir.filePath(outbox));
    }
    int historyRows(const QString &like) {
        auto c = PgConnection::open(addressOf(QStringLiteral("alice")));
        QSqlQuery q = c.value()->run(
            QStringLiteral("SELECT count(*) FROM overleg.history WHERE table_name = 'annotation' "
                           "AND question_id LIKE ?"),
            {like});
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("alice"), QStringLiteral("owner")},
                               {QStringLiteral("bob"), QStringLiteral("editor")}},
                              QStringLiteral("Trein")),
                 QString());
    }

    void serverStoppedMidEditAndRestartedNothingLostOrDoubled() {
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-train.sqlite"));
        QVERIFY(bob && bob->isOnline());
        for (int i = 0; i < 60; ++i) {
            if (i == 30)
                QCOMPARE(m_server.stop(), QString()); // the train enters the tunnel
            const QString q = QStringLiteral("train-%1").arg(i);
            const Status noted =
                bob->setNote(kDoc, q, QStringLiteral("anker"), QStringLiteral("note %1").arg(i));
            QVERIFY2(noted.ok(), qPrintable(noted.error()));
            QVERIFY(bob->addTag(kDoc, q, QStringLiteral("anker"), QStringLiteral("trein")).ok());
        }
        QVERIFY(!bob->isOnline());
        QCOMPARE(bob->pendingEdits(), 60);
        // Offline, bob still reads his own edits.
        QCOMPARE(bob->annotation(QStringLiteral("train-45"))->note, QStringLiteral("note 45"));
        QVERIFY(!bob->sync());
        // A copy of the outbox as it is now: as if bob's machine died after sending, before
        // crossing the edits off.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            if (QFile::exists(m_dir.filePath(QStringLiteral("bob-train.sqlite") + suffix)))
                QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("bob-train.sqlite") + suffix),
                                    m_dir.filePath(QStringLiteral("bob-crashed.sqlite") + suffix)));

        QCOMPARE(m_server.restart(), QString());
        QVERIFY(bob->sync());
        QCOMPARE(bob->pendingEdits(), 0);
        QVERIFY(bob->conflicts().isEmpty());
        QCOMPARE(historyRows(QStringLiteral("train-%")), 120);

        auto again = client(QStringLiteral("bob"), QStringLiteral("bob-crashed.sqlite"));
        QVERIFY(again);
        QVERIFY(again->sync());
        QCOMPARE(again->pendingEdits(), 0);
        QCOMPARE(historyRows(QStringLiteral("train-%")), 120); // the resend changed nothing

        auto alice = client(QStringLiteral("alice"), QStringLiteral("alice-office.sqlite"));
        const auto all = alice->annotationsOf(kDoc);
        for (int i = 0; i < 60; ++i) {
            const Annotation a = all.value(QStringLiteral("train-%1").arg(i));
            QCOMPARE(a.note, QStringLiteral("note %1").arg(i));
            QCOMPARE(a.tags, QStringList{QStringLiteral("trein")});
        }
    }

    void sameNoteChangedByTwoIsKeptBothWays() {
        auto alice = client(QStringLiteral("alice"), QStringLiteral("alice-c.sqlite"));
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-c.sqlite"));
        const QString q = QStringLiteral("q-conflict");
        QVERIFY(alice->setNote(kDoc, q, QStringLiteral("anker"), QStringLiteral("basis")).ok());
        QCOMPARE(bob->annotation(q)->note, QStringLiteral("basis")); // bob has seen it

        QCOMPARE(m_server.stop(), QString());
        QVERIFY(alice->setNote(kDoc, q, QStringLiteral("anker"), QStringLiteral("versie van alice"))
                    .ok());
        QVERIFY(
            bob->setNote(kDoc, q, QStringLiteral("anker"), QStringLiteral("versie van bob")).ok());
        QVERIFY(bob->setStatus(kDoc, q, QStringLiteral("anker"), QStringLiteral("answered")).ok());
        QCOMPARE(m_server.restart(), QString());

        QVERIFY(alice->sync());
        QVERIFY(bob->sync());
        // The server keeps alice's note (hers came first) and bob's status (nobody else's).
        auto reader = client(QStringLiteral("alice"), QStringLiteral("alice-r.sqlite"));
        QCOMPARE(reader->annotation(q)->note, QStringLiteral("versie van alice"));
        QCOMPARE(reader->annotation(q)->status, QStringLiteral("answered"));
        // Bob's note is not lost: it is a conflict with both versions.
        const QList<NoteConflict> conflicts = bob->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, QStringLiteral("note"));
        QCOMPARE(conflicts.first().base, QStringLiteral("basis"));
        QCOMPARE(conflicts.first().mine, QStringLiteral("versie van bob"));
        QCOMPARE(conflicts.first().theirs, QStringLiteral("versie van alice"));
        QCOMPARE(conflicts.first().theirsBy, QStringLiteral("alice"));
        QVERIFY(alice->conflicts().isEmpty());

        // Bob keeps his: it goes on top of alice's, and the history has all three.
        QVERIFY(bob->resolveConflict(conflicts.first().id, true).ok());
        QVERIFY(bob->conflicts().isEmpty());
        auto check = client(QStringLiteral("alice"), QStringLiteral("alice-r2.sqlite"));
        QCOMPARE(check->annotation(q)->note, QStringLiteral("versie van bob"));
        QCOMPARE(historyRows(q), 4); // basis, alice, bob's status, bob's note
    }

    void onlineEditOverAnUnseenChangeIsAConflictToo() {
        auto alice = client(QStringLiteral("alice"), QStringLiteral("alice-o.sqlite"));
        auto bob = client(QStringLiteral("bob"), QStringLiteral("bob-o.sqlite"));
        const QString q = QStringLiteral("q-online");
        QVERIFY(alice->setNote(kDoc, q, {}, QStringLiteral("een")).ok());
        QCOMPARE(bob->annotation(q)->note, QStringLiteral("een"));
        QVERIFY(alice->setNote(kDoc, q, {}, QStringLiteral("twee")).ok());
        // Bob edits from "een", which is no longer there: refused with who changed it, kept.
        const Status refused = bob->setNote(kDoc, q, {}, QStringLiteral("drie"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("alice")), qPrintable(refused.error()));
        QCOMPARE(bob->conflicts().size(), 1);
        QCOMPARE(bob->conflicts().first().mine, QStringLiteral("drie"));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestWorkspaceOffline)
#include "test_workspace_offline.moc"
