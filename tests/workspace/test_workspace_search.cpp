// The search index follows the workspace in use: in a team workspace it holds the team's notes,
// tags and statuses (read from the team's offline copy), not the personal ones, and back in the
// personal workspace the personal ones again. A colleague's edit or deletion reaches another
// client's index through LISTEN/NOTIFY (no stale hit); `overleg-cli search` searches the
// workspace the data directory is connected to, with the server running and stopped. Two
// clients (alice, bob) with libraries of their own, on a real PostgreSQL server started here.

#include "TeamServer.h"
#include "TestSupport.h"

#include "library/QuestionLedger.h"
#include "library/SearchIndexer.h"
#include "models/SearchModel.h"
#include "store/FullTextIndex.h"
#include "store/OpenQuestionQueries.h"
#include "workspace/ChangeFeed.h"
#include "workspace/OfflineNotes.h"
#include "workspace/TeamNotesCopy.h"
#include "workspace/WorkspaceSettings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");

// The notes the window's indexer reads for the workspace in use (as SearchDock does).
SearchNotes notesOf(Library &library) {
    if (const auto *team = dynamic_cast<const OfflineNotes *>(library.teamNotes()))
        return {team->mirrorPath(), TeamNotesCopy::opener(team->mirrorPath())};
    return {};
}

// Runs the window's background indexer to the end; the documents whose texts it read.
int indexInBackground(Library &library) {
    QFuture<int> done =
        refreshSearchIndexInBackground(library.dataDirectory().root(), notesOf(library));
    done.waitForFinished();
    return done.result();
}

// "part question" of every hit, as the search view lists them.
QStringList hits(Library &library, const QString &text) {
    auto index = FullTextIndex::open(FullTextIndex::pathIn(library.dataDirectory().root()));
    if (!index)
        return {QStringLiteral("no index: ") + index.error()};
    const auto query = SearchQuery::parse(text);
    if (!query)
        return {QStringLiteral("no query: ") + query.error()};
    const auto found = index.value()->search(query.value(), 0, 100);
    if (!found)
        return {QStringLiteral("no search: ") + found.error()};
    QStringList list;
    for (const SearchHit &hit : found.value())
        list << partName(hit.part) + u' ' + hit.questionId;
    list.sort();
    return list;
}

// The same through the search view's model: the questions and notes of its rows.
QStringList modelHits(Library &library, const QString &text) {
    SearchModel model(FullTextIndex::pathIn(library.dataDirectory().root()));
    QSignalSpy finished(&model, &SearchModel::searchFinished);
    model.setQuery(text);
    if (!finished.wait(10000) && finished.isEmpty())
        return {QStringLiteral("no answer from the model")};
    QStringList list;
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex document = model.index(d, 0);
        for (int h = 0; h < model.rowCount(document); ++h) {
            const QModelIndex hit = model.index(h, 0, document);
            const auto part = SearchEntry::Part(hit.data(SearchModel::PartRole).toInt());
            if (part == SearchEntry::Part::Question || part == SearchEntry::Part::Note)
                list << partName(part) + u' ' + hit.data(SearchModel::QuestionIdRole).toString();
        }
    }
    list.sort();
    return list;
}

} // namespace

class TestWorkspaceSearch : public QObject {
    Q_OBJECT

    test::TeamServer m_team;
    PgServer &m_server = m_team.server();
    qint64 m_workspace = 0;
    std::unique_ptr<TempLibrary> m_alice, m_bob;
    QList<OpenQuestion> m_questions; // of the Mededeling

    QString bobCopy() const {
        return m_bob->dir.filePath(QStringLiteral("workspace-%1.sqlite").arg(m_workspace));
    }
    // Bob works in the team workspace (his OfflineNotes, as the workspace dialog opens it).
    bool bobJoinsTeam() {
        auto opened = m_team.client(QStringLiteral("bob"), bobCopy());
        if (!opened)
            return false;
        (*m_bob)->setTeamNotes(std::move(opened), bobCopy());
        return true;
    }
    std::pair<int, QString> cli(const QStringList &args) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OVERLEG_WORKSPACE_PASSWORD"), QStringLiteral("bob-pw"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OVERLEG_CLI_PATH),
                QStringList{QStringLiteral("--data-dir"), m_bob->dir.path()} + args);
        p.waitForFinished(30000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        return {p.exitCode(),
                p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : err};
    }
    // The questions `overleg-cli search --json` found.
    QStringList cliQuestions(const QString &query) const {
        const auto [code, out] = cli({QStringLiteral("search"), QStringLiteral("--json"), query});
        if (code != 0)
            return {QStringLiteral("exit %1: %2").arg(code).arg(out)};
        QStringList list;
        for (const QJsonValue &r : QJsonDocument::fromJson(out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray())
            list << r.toObject().value(QStringLiteral("part")).toString() + u' ' +
                        r.toObject().value(QStringLiteral("question")).toString();
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = PgServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No PostgreSQL for the workspace tests: ") + why));
        QCOMPARE(m_team.start({{QStringLiteral("alice"), QStringLiteral("owner")},
                               {QStringLiteral("bob"), QStringLiteral("editor")}},
                              QStringLiteral("Zoekteam")),
                 QString());
        m_workspace = m_team.workspace();

        m_alice = std::make_unique<TempLibrary>();
        m_bob = std::make_unique<TempLibrary>();
        QuestionLedger ledger(*m_alice->library);
        QVERIFY(ledger.refresh() > 0);
        m_questions = (*m_alice)->queries().openQuestions().questionsOf(kMededeling);
        QCOMPARE(m_questions.size(), 3);
        auto aliceTeam = m_team.client(
            QStringLiteral("alice"),
            m_alice->dir.filePath(QStringLiteral("workspace-%1.sqlite").arg(m_workspace)));
        QVERIFY(aliceTeam);
        const QString mirror = aliceTeam->mirrorPath();
        (*m_alice)->setTeamNotes(std::move(aliceTeam), mirror);
    }

    void bobFindsWhatAliceTaggedAndNotHisPersonalNotes() {
        // Bob's personal notes, indexed while he works in his personal workspace.
        const OpenQuestion &mine = m_questions.at(1);
        NotesBackend &bobNotes = (*m_bob)->notes();
        QVERIFY(bobNotes.setNote(kMededeling, mine.id, mine.text,
                                 QStringLiteral("een zeldzaamheid van mij")));
        QVERIFY(bobNotes.addTag(kMededeling, mine.id, mine.text, QStringLiteral("eigenlabel")));
        QVERIFY(indexInBackground(*m_bob->library) > 0);
        QCOMPARE(hits(*m_bob->library, QStringLiteral("zeldzaamheid")),
                 QStringList{QStringLiteral("note ") + mine.id});
        QVERIFY(hits(*m_bob->library, QStringLiteral("tag:eigenlabel"))
                    .contains(QStringLiteral("question ") + mine.id));

        // Alice, in the team workspace, tags a question and writes a note.
        const OpenQuestion &shared = m_questions.at(0);
        NotesBackend &alice = (*m_alice)->notes();
        QVERIFY(alice.addTag(kMededeling, shared.id, shared.text, QStringLiteral("navragen")));
        QVERIFY(alice.setNote(kMededeling, shared.id, shared.text,
                              QStringLiteral("Vraag de minister naar kwantumsleutels")));

        // Bob switches to the team workspace: the team's notes are searched, his are not.
        // Only the document annotated in either workspace is read again.
        QVERIFY(bobJoinsTeam());
        QElapsedTimer switching;
        switching.start();
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        qInfo("notes part re-indexed after a switch of workspace in %lld ms (1 document)",
              switching.elapsed());
        const QString question = QStringLiteral("question ") + shared.id;
        QVERIFY(hits(*m_bob->library, QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(hits(*m_bob->library, QStringLiteral("kwantumsleutels")),
                 QStringList{QStringLiteral("note ") + shared.id});
        QVERIFY(hits(*m_bob->library, QStringLiteral("tag:navragen kwantumsleutels"))
                    .contains(QStringLiteral("note ") + shared.id));
        QCOMPARE(hits(*m_bob->library, QStringLiteral("zeldzaamheid")), QStringList());
        QCOMPARE(hits(*m_bob->library, QStringLiteral("tag:eigenlabel")), QStringList());
        // The search view's model says the same.
        QVERIFY(modelHits(*m_bob->library, QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(modelHits(*m_bob->library, QStringLiteral("kwantumsleutels")),
                 QStringList{QStringLiteral("note ") + shared.id});
        QCOMPARE(modelHits(*m_bob->library, QStringLiteral("zeldzaamheid")), QStringList());

        // Back in the personal workspace: his notes again, none of the team's.
        (*m_bob)->setTeamNotes(nullptr);
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QCOMPARE(hits(*m_bob->library, QStringLiteral("zeldzaamheid")),
                 QStringList{QStringLiteral("note ") + mine.id});
        QCOMPARE(hits(*m_bob->library, QStringLiteral("kwantumsleutels")), QStringList());
        QCOMPARE(hits(*m_bob->library, QStringLiteral("tag:navragen")), QStringList());

        // And to the team once more; nothing changed since, so nothing of the copy is stale.
        QVERIFY(bobJoinsTeam());
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QVERIFY(hits(*m_bob->library, QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(indexInBackground(*m_bob->library), 0);
        // Opening the workspace again reads the server's notes into the copy anew: rows that
        // did not change keep their versions, so nothing is read again.
        QVERIFY(bobJoinsTeam());
        QCOMPARE(indexInBackground(*m_bob->library), 0);
    }

    void aliceEditsAndDeletionsReachBobsIndex() {
        auto listening = m_team.connect(QStringLiteral("bob"));
        QVERIFY(listening);
        ChangeFeed feed(*listening, m_workspace);
        QVERIFY(feed.isListening());
        int followed = 0;
        // As the workspace dialog does: the copy follows a colleague's change.
        connect(&feed, &ChangeFeed::changed, this, [&](const WorkspaceChange &change) {
            if (auto *team = dynamic_cast<OfflineNotes *>((*m_bob)->teamNotes()))
                if (team->followChange(change))
                    ++followed;
        });
        auto bobCopyNote = [this](const QString &questionId) {
            auto copy = TeamNotesCopy::open(bobCopy());
            return copy ? copy.value()->annotationsOf(kMededeling).value(questionId) : Annotation{};
        };

        const OpenQuestion &shared = m_questions.at(0);
        NotesBackend &alice = (*m_alice)->notes();
        QVERIFY(alice.setNote(kMededeling, shared.id, shared.text,
                              QStringLiteral("Vraag de minister naar quantumbeleid")));
        QVERIFY(alice.removeTag(shared.id, QStringLiteral("navragen")));
        QTRY_VERIFY(bobCopyNote(shared.id).tags.isEmpty() &&
                    bobCopyNote(shared.id).note.contains(QLatin1String("quantumbeleid")));
        QVERIFY(followed > 0);
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QCOMPARE(hits(*m_bob->library, QStringLiteral("kwantumsleutels")), QStringList());
        QCOMPARE(hits(*m_bob->library, QStringLiteral("tag:navragen")), QStringList());
        QCOMPARE(hits(*m_bob->library, QStringLiteral("quantumbeleid")),
                 QStringList{QStringLiteral("note ") + shared.id});

        // Alice deletes her note and sets a status: no stale hit, the status searchable.
        QVERIFY(alice.setNote(kMededeling, shared.id, shared.text, QString()));
        QVERIFY(alice.setStatus(kMededeling, shared.id, shared.text, QStringLiteral("answered")));
        QTRY_VERIFY(bobCopyNote(shared.id).note.isEmpty() &&
                    bobCopyNote(shared.id).status == QLatin1String("answered"));
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QCOMPARE(hits(*m_bob->library, QStringLiteral("quantumbeleid")), QStringList());
        QVERIFY(hits(*m_bob->library, QStringLiteral("status:answered"))
                    .contains(QStringLiteral("question ") + shared.id));

        // Alice removes a unit as no question (a correction of the team): gone from bob's index
        // as a question, and back when she takes the removal back.
        const OpenQuestion &third = m_questions.at(2);
        const QString phrase =
            u'"' +
            third.text
                .split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts)
                .mid(0, 5)
                .join(u' ') +
            u'"';
        const QString thirdQuestion = QStringLiteral("question ") + third.id;
        QVERIFY2(hits(*m_bob->library, phrase).contains(thirdQuestion), qPrintable(phrase));
        auto bobCopyRemoved = [this] {
            auto copy = TeamNotesCopy::open(bobCopy());
            return copy ? copy.value()->removedUnits(kMededeling) : QStringList();
        };
        QVERIFY(alice.setUnitRemoved(kMededeling, third.id, true));
        QTRY_COMPARE(bobCopyRemoved(), QStringList{third.id});
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QVERIFY(!hits(*m_bob->library, phrase).contains(thirdQuestion));
        QVERIFY(alice.setUnitRemoved(kMededeling, third.id, false));
        QTRY_COMPARE(bobCopyRemoved(), QStringList());
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QVERIFY(hits(*m_bob->library, phrase).contains(thirdQuestion));

        // Alice tags again, for the CLI below.
        QVERIFY(alice.addTag(kMededeling, shared.id, shared.text, QStringLiteral("navragen")));
        QTRY_VERIFY(bobCopyNote(shared.id).tags == QStringList{QStringLiteral("navragen")});
    }

    void cliSearchesTheConnectedWorkspaceOnlineAndOffline() {
        const OpenQuestion &shared = m_questions.at(0);
        const QString question = QStringLiteral("question ") + shared.id;
        // Not connected: the personal notes.
        QVERIFY(cliQuestions(QStringLiteral("zeldzaamheid"))
                    .contains(QStringLiteral("note ") + m_questions.at(1).id));
        QCOMPARE(cliQuestions(QStringLiteral("tag:navragen")), QStringList());

        // Connected (as `overleg-cli workspace connect` leaves it): the team's.
        WorkspaceSettings settings{m_team.addressOf(QStringLiteral("bob")),
                                   QStringLiteral("Zoekteam"), m_workspace};
        settings.server.password.clear();
        QVERIFY(settings.save(m_bob->dir.path()));
        // Alice changes a status the in-process client has not followed: the CLI reads the
        // server's notes itself.
        const OpenQuestion &third = m_questions.at(2);
        QVERIFY((*m_alice)->notes().setNote(kMededeling, third.id, third.text,
                                            QStringLiteral("alleen via de server gezien")));
        QVERIFY(cliQuestions(QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(cliQuestions(QStringLiteral("zeldzaamheid")), QStringList());
        QCOMPARE(cliQuestions(QStringLiteral("\"via de server gezien\"")),
                 QStringList{QStringLiteral("note ") + third.id});

        // The server stopped: the offline copy still answers, in the CLI and in the window.
        QCOMPARE(m_server.stop(), QString());
        QVERIFY(cliQuestions(QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(cliQuestions(QStringLiteral("\"via de server gezien\"")),
                 QStringList{QStringLiteral("note ") + third.id});
        // The window: back to the personal notes and to the team again, all offline.
        (*m_bob)->setTeamNotes(nullptr);
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QCOMPARE(hits(*m_bob->library, QStringLiteral("tag:navragen")), QStringList());
        QVERIFY(bobJoinsTeam());
        QVERIFY(!dynamic_cast<OfflineNotes *>((*m_bob)->teamNotes())->isOnline());
        QCOMPARE(indexInBackground(*m_bob->library), 1);
        QVERIFY(hits(*m_bob->library, QStringLiteral("tag:navragen")).contains(question));
        QCOMPARE(hits(*m_bob->library, QStringLiteral("\"via de server gezien\"")),
                 QStringList{QStringLiteral("note ") + third.id});
        QCOMPARE(hits(*m_bob->library, QStringLiteral("zeldzaamheid")), QStringList());
        QCOMPARE(m_server.restart(), QString());
    }

    void cleanupTestCase() {
        if (m_bob)
            (*m_bob)->setTeamNotes(nullptr);
        if (m_alice)
            (*m_alice)->setTeamNotes(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSearch)
#include "test_workspace_search.moc"
