// What reads "the notes" reads the workspace in use: with a team workspace active, the question
// ledger (removed units, corrections), the Open vragen counts (statuses and tags) and the notes
// bundle show the team's notes, not the personal ones; back in the personal workspace, the
// personal ones again. The sample library, and a real PostgreSQL server started for this test.

#include "TeamServer.h"
#include "TestSupport.h"

#include "export/NotesBundle.h"
#include "library/QuestionLedger.h"
#include "store/OpenQuestionQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28"); // kst-29338-289
const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");

int ledgerQuestions(Library &library, const QString &documentId) {
    QSqlQuery q = library.libraryDatabase().run(
        QStringLiteral("SELECT questions FROM ledger_document WHERE document_id = ?"),
        {documentId});
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList openIds(const OpenQuestionQueries &open, const OpenQuestionFilter &filter = {}) {
    OpenQuestionCursor cursor;
    QStringList ids;
    for (const OpenDocument &d : open.documents(filter, cursor, 1000))
        ids << d.summary.id;
    return ids;
}

// The annotations of one document in a notes bundle, by question id.
QHash<QString, QJsonObject> bundled(const QJsonDocument &bundle, const QString &documentId) {
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &doc : bundle.object().value(QStringLiteral("documents")).toArray())
        if (doc.toObject().value(QStringLiteral("id")).toString() == documentId)
            for (const QJsonValue &a :
                 doc.toObject().value(QStringLiteral("annotations")).toArray())
                result.insert(a.toObject().value(QStringLiteral("question_id")).toString(),
                              a.toObject());
    return result;
}

QStringList bundledRemovals(const QJsonDocument &bundle, const QString &documentId) {
    QStringList ids;
    for (const QJsonValue &doc : bundle.object().value(QStringLiteral("documents")).toArray())
        if (doc.toObject().value(QStringLiteral("id")).toString() == documentId)
            for (const QJsonValue &c :
                 doc.toObject().value(QStringLiteral("corrections")).toArray())
                if (c.toObject().value(QStringLiteral("kind")).toString() ==
                    QLatin1String("remove"))
                    ids << c.toObject().value(QStringLiteral("payload")).toString();
    return ids;
}

} // namespace

class TestWorkspaceActive : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    qint64 m_workspace = 0;

    ServerAddress addressOf(const QString &user) const { return m_team.addressOf(user); }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("alice"), QStringLiteral("owner")},
                               {QStringLiteral("bob"), QStringLiteral("editor")}},
                              QStringLiteral("Fractie")),
                 QString());
        m_workspace = m_team.workspace();
    }

    void ledgerOpenQuestionsAndBundleFollowTheWorkspace() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        QVERIFY(ledger.refresh() > 0);
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        QCOMPARE(openIds(open), (QStringList{kMededeling, kVerslag}));
        const OpenQuestion verslagQuestion = open.questionsOf(kVerslag).constFirst();
        const QList<OpenQuestion> mededeling = open.questionsOf(kMededeling);
        QCOMPARE(mededeling.size(), 3);

        // Personal notes: the Verslag's open question answered, a private note.
        NotesBackend &notes = lib->notes();
        QVERIFY(notes.setStatus(kVerslag, verslagQuestion.id, verslagQuestion.text,
                                QStringLiteral("answered")));
        QVERIFY(notes.setNote(kMededeling, mededeling.at(0).id, mededeling.at(0).text,
                              QStringLiteral("persoonlijke notitie")));
        QCOMPARE(openIds(open), QStringList{kMededeling});

        // The team workspace: none of that.
        auto opened = OfflineNotes::open(addressOf(QStringLiteral("alice")), m_workspace,
                                         lib.dir.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(opened);
        const QString mirror = opened.value()->mirrorPath();
        lib->setTeamNotes(std::move(opened).value(), mirror);
        QCOMPARE(openIds(open), (QStringList{kMededeling, kVerslag}));
        // The team's statuses and tags decide: one Mededeling question not applicable, one
        // tagged.
        QVERIFY(notes.setStatus(kMededeling, mededeling.at(0).id, mededeling.at(0).text,
                                QStringLiteral("not_applicable")));
        QVERIFY(notes.addTag(kMededeling, mededeling.at(1).id, mededeling.at(1).text,
                             QStringLiteral("fractieoverleg")));
        QCOMPARE(open.questionsOf(kMededeling).size(), 2);
        OpenQuestionFilter tagged;
        tagged.tag = QStringLiteral("fractieoverleg");
        QCOMPARE(open.questionsOf(kMededeling, tagged).size(), 1);
        // A colleague's status counts once this client has read the document again.
        {
            auto bob = OfflineNotes::open(addressOf(QStringLiteral("bob")), m_workspace,
                                          lib.dir.filePath(QStringLiteral("bob.sqlite")));
            QVERIFY(bob);
            QVERIFY(bob.value()->setStatus(kMededeling, mededeling.at(2).id, mededeling.at(2).text,
                                           QStringLiteral("answered")));
        }
        QCOMPARE(notes.annotationsOf(kMededeling).size(), 3);
        QCOMPARE(open.questionsOf(kMededeling).size(), 1);

        // The team removes the Verslag's open question as no question: the ledger reads the
        // document again, in the background as the window does, with the team's removals.
        QVERIFY(notes.setUnitRemoved(kVerslag, verslagQuestion.id, true));
        QCOMPARE(ledger.staleDocuments(), QStringList{kVerslag});
        const NotesInWorker team = [server = addressOf(QStringLiteral("alice")),
                                    workspace = m_workspace]() -> std::unique_ptr<NotesBackend> {
            auto c = PgConnection::open(server);
            return c ? std::make_unique<TeamNotes>(std::move(c).value(), workspace) : nullptr;
        };
        QFuture<int> refreshed = refreshQuestionLedgerInBackground(lib.dir.path(), team);
        refreshed.waitForFinished();
        QCOMPARE(refreshed.result(), 1);
        QCOMPARE(ledgerQuestions(*lib.library, kVerslag), 44);
        QVERIFY(ledger.staleDocuments().isEmpty());
        QCOMPARE(openIds(open), QStringList{kMededeling});

        // The bundle of the team workspace: the team's notes, not the personal note.
        const QJsonDocument bundle = NotesBundle::build(*lib.library);
        const auto annotations = bundled(bundle, kMededeling);
        QCOMPARE(annotations.size(), 3);
        QCOMPARE(annotations.value(mededeling.at(0).id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("not_applicable"));
        QCOMPARE(annotations.value(mededeling.at(0).id).value(QStringLiteral("note")).toString(),
                 QString());
        QCOMPARE(annotations.value(mededeling.at(1).id).value(QStringLiteral("tags")).toArray(),
                 QJsonArray{QStringLiteral("fractieoverleg")});
        QCOMPARE(annotations.value(mededeling.at(2).id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("answered"));
        QCOMPARE(bundledRemovals(bundle, kVerslag), QStringList{verslagQuestion.id});
        QVERIFY(bundled(bundle, kVerslag).isEmpty()); // the personal status stays personal
        QVERIFY(!bundle.toJson().contains("persoonlijke notitie"));
        QVERIFY(bundle.toJson().contains("fractieoverleg"));

        // Back to the personal workspace: the personal notes, and the ledger follows again.
        lib->setTeamNotes(nullptr);
        QCOMPARE(openIds(open), QStringList{kMededeling});
        QCOMPARE(open.questionsOf(kMededeling).size(), 3);
        QCOMPARE(ledger.staleDocuments(), QStringList{kVerslag});
        QCOMPARE(ledger.refresh(), 1);
        QCOMPARE(ledgerQuestions(*lib.library, kVerslag), 45);
        const QJsonDocument personal = NotesBundle::build(*lib.library);
        QVERIFY(personal.toJson().contains("persoonlijke notitie"));
        QVERIFY(!personal.toJson().contains("fractieoverleg"));

        // The personal bundle imported into the team workspace: what the team lacks is added
        // on its server, what it has stands.
        auto again = OfflineNotes::open(addressOf(QStringLiteral("alice")), m_workspace,
                                        lib.dir.filePath(QStringLiteral("workspace.sqlite")));
        QVERIFY(again);
        const QString againMirror = again.value()->mirrorPath();
        lib->setTeamNotes(std::move(again).value(), againMirror);
        const auto imported = NotesBundle::import(*lib.library, personal.toJson());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->annotations, 1); // the Verslag's status
        QCOMPARE(imported->kept, 1);        // the Mededeling question the team annotated
        auto server = PgConnection::open(addressOf(QStringLiteral("bob")));
        TeamNotes bobsView(std::move(server).value(), m_workspace);
        QCOMPARE(bobsView.annotation(verslagQuestion.id)->status, QStringLiteral("answered"));
        QCOMPARE(bobsView.annotation(mededeling.at(0).id)->note, QString());
        QCOMPARE(bobsView.annotation(mededeling.at(0).id)->status,
                 QStringLiteral("not_applicable"));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestWorkspaceActive)
#include "test_workspace_active.moc"
