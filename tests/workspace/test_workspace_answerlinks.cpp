// The answer documents linked by hand are the workspace's: in a team workspace a link one member
// makes is found by a colleague's AnswerLocator, a reader cannot make one (the server's
// row-level security, also for a raw INSERT), and the personal workspace keeps its own links.
// The sample library, and a real PostgreSQL server started for this test.

#include "TeamServer.h"
#include "TestSupport.h"

#include "library/AnswerLocator.h"

#include <QSignalSpy>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");
const QString kAnswer = QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c");
const QString kOther = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");

// The documents linked by hand to `questionDocumentId`, as the answer panel finds them.
QStringList manualAnswers(Library &library, const QString &questionDocumentId) {
    QStringList ids;
    const AnswerLocator locator(library.libraryDatabase(), library.notes());
    for (const AnswerLocator::Source &s :
         locator.answersFor(questionDocumentId, DocumentKind::Other))
        if (s.manual)
            ids << s.documentId;
    return ids;
}

} // namespace

class TestWorkspaceAnswerLinks : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    qint64 m_workspace = 0;

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }

    void joinTeam(TempLibrary &lib, const QString &user) {
        auto opened = OfflineNotes::open(addressOf(user), m_workspace,
                                         lib.dir.filePath(user + QStringLiteral("-ws.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        const QString mirror = opened.value()->mirrorPath();
        lib->setTeamNotes(std::move(opened).value(), mirror);
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("alice"), QStringLiteral("owner")},
                               {QStringLiteral("bob"), QStringLiteral("editor")},
                               {QStringLiteral("carol"), QStringLiteral("reader")}},
                              QStringLiteral("Fractie")),
                 QString());
        m_workspace = m_team.workspace();
    }

    void aLinkIsTheTeamsAndTheReaderCannotMakeOne() {
        TempLibrary aliceLib;
        TempLibrary bobLib;
        TempLibrary carolLib;
        // Alice's personal link stays personal.
        QVERIFY(aliceLib->linkAnswerDocument(kMededeling, kOther));
        QCOMPARE(manualAnswers(*aliceLib.library, kMededeling), QStringList{kOther});

        joinTeam(aliceLib, QStringLiteral("alice"));
        joinTeam(bobLib, QStringLiteral("bob"));
        joinTeam(carolLib, QStringLiteral("carol"));
        QCOMPARE(manualAnswers(*aliceLib.library, kMededeling), QStringList());
        QVERIFY(aliceLib->documentsLinkedByHand().isEmpty());

        QSignalSpy changed(aliceLib.library.get(), &Library::answerLinksChanged);
        QVERIFY(aliceLib->linkAnswerDocument(kMededeling, kAnswer));
        QCOMPARE(changed.size(), 1);
        // A second link of the same pair is the same link.
        QVERIFY(aliceLib->linkAnswerDocument(kMededeling, kAnswer));
        QCOMPARE(manualAnswers(*bobLib.library, kMededeling), QStringList{kAnswer});
        QCOMPARE(manualAnswers(*carolLib.library, kMededeling), QStringList{kAnswer});
        QCOMPARE(bobLib->documentsLinkedByHand(), QSet<QString>{kMededeling});

        // The reader reads, but the server refuses her link, through Overleg or with psql.
        const Status refused = carolLib->linkAnswerDocument(kMededeling, kOther);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("row-level security")),
                 qPrintable(refused.error()));
        // Her unlink deletes nothing: the policy hides the rows from a reader's DELETE.
        carolLib->unlinkAnswerDocumentsByHand(kMededeling);
        QCOMPARE(manualAnswers(*aliceLib.library, kMededeling), QStringList{kAnswer});
        const auto [code, out] = m_server.psql(
            QStringLiteral("carol"), QStringLiteral("carol-pw"), QStringLiteral("postgres"),
            QStringLiteral("INSERT INTO overleg.answer_link (workspace_id, question_document_id, "
                           "answer_document_id) VALUES (%1, '%2', '%3')")
                .arg(m_workspace)
                .arg(kMededeling, kOther));
        QVERIFY2(code != 0 && out.contains(QStringLiteral("row-level security")), qPrintable(out));

        // Offline, the links last seen stay in view; a new link needs the server.
        QCOMPARE(m_server.stop(), QString());
        QCOMPARE(manualAnswers(*bobLib.library, kMededeling), QStringList{kAnswer});
        QVERIFY(!bobLib->linkAnswerDocument(kMededeling, kOther));
        QCOMPARE(m_server.restart(), QString());

        // Bob, an editor, unlinks; Alice sees it gone (once her client reconnects: a read
        // after a lost connection shows the links last seen until a sync reconnects).
        QVERIFY(bobLib->unlinkAnswerDocumentsByHand(kMededeling));
        QVERIFY(dynamic_cast<OfflineNotes *>(aliceLib->teamNotes())->sync());
        QCOMPARE(manualAnswers(*aliceLib.library, kMededeling), QStringList());

        // Back in the personal workspace, Alice's own link again.
        aliceLib->setTeamNotes(nullptr, {});
        QCOMPARE(manualAnswers(*aliceLib.library, kMededeling), QStringList{kOther});
        QCOMPARE(aliceLib->documentsLinkedByHand(), QSet<QString>{kMededeling});
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAnswerLinks)
#include "test_workspace_answerlinks.moc"
