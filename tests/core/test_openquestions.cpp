// The question ledger and the Open vragen queries on the bundled sample library: which
// questions are still open, measured against the gold statuses of the corpus; the user's
// statuses overriding what was found; the commissie, fractie and tag filters; and a document
// read again only when what its questions came from changed.

#include "TestSupport.h"

#include "library/QuestionLedger.h"
#include "questions/Corrections.h"
#include "questions/TextSimilarity.h"
#include "store/NotesStore.h"
#include "store/OpenQuestionQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28"); // kst-29338-289
const QString kMededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");
const QString kVragen = QStringLiteral("ec467449-476b-5553-a381-1f3b1a33bf50");

struct LedgerQuestion {
    QString id;
    int n = 0;
    QString text;
    bool answered = false;
};

QList<LedgerQuestion> ledgerOf(Library &library, const QString &documentId) {
    QList<LedgerQuestion> list;
    QSqlQuery q = library.libraryDatabase().run(
        QStringLiteral("SELECT question_id, n, text, answered FROM ledger_question WHERE "
                       "document_id = ? ORDER BY start"),
        {documentId});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                     q.value(3).toBool()});
    return list;
}

QList<OpenDocument> allOpen(const OpenQuestionQueries &open,
                            const OpenQuestionFilter &filter = {}) {
    OpenQuestionCursor cursor;
    return open.documents(filter, cursor, 1000);
}

QStringList ids(const QList<OpenDocument> &documents) {
    QStringList list;
    for (const OpenDocument &d : documents)
        list << d.summary.id;
    return list;
}

} // namespace

class TestOpenQuestions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // For every gold document in the sample: the ledger says answered exactly where the gold
    // status does, for at least 95% of its questions (the answer-status bar).
    void theLedgerAgreesWithTheGoldStatuses() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        QVERIFY(ledger.refresh() > 0);
        const QDir goldDir(dataPath(QStringLiteral("gold")));
        int documents = 0;
        for (const QString &name : goldDir.entryList({QStringLiteral("*.json")})) {
            QFile file(goldDir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject gold = QJsonDocument::fromJson(file.readAll()).object();
            const QString reference = gold.value(QStringLiteral("document")).toString();
            QString id = lib->queries().resolveDocument(reference);
            if (id.isEmpty()) // the DOCX answer letters are named after their zaak
                id = lib->queries().resolveDocument(reference.left(10));
            if (id.isEmpty())
                continue;
            const QList<LedgerQuestion> ledgered = ledgerOf(*lib.library, id);
            if (ledgered.isEmpty())
                continue; // carried by the question document of its zaak
            ++documents;
            const QJsonArray questions = gold.value(QStringLiteral("questions")).toArray();
            int agree = 0;
            for (const QJsonValue &value : questions) {
                const QJsonObject q = value.toObject();
                const bool numbered =
                    q.value(QStringLiteral("kind")).toString() == QLatin1String("numbered");
                const QString text = q.value(QStringLiteral("text")).toString();
                const LedgerQuestion *best = nullptr;
                double bestScore = -1;
                for (const LedgerQuestion &l : ledgered) {
                    const double score = numbered && l.n == q.value(QStringLiteral("n")).toInt()
                                             ? 2.0
                                             : textSimilarity(text, l.text);
                    if (score > bestScore) {
                        bestScore = score;
                        best = &l;
                    }
                }
                const bool goldAnswered =
                    q.value(QStringLiteral("status")).toString() == QLatin1String("answered");
                agree += best && best->answered == goldAnswered ? 1 : 0;
            }
            const double accuracy = double(agree) / double(questions.size());
            qInfo("%s: %d of %lld questions agree (%.3f)", qPrintable(reference), agree,
                  questions.size(), accuracy);
            QVERIFY2(accuracy >= 0.95, qPrintable(reference));
        }
        QVERIFY(documents >= 14);
    }

    void openDocumentsComeWithTheirOpenQuestions() {
        TempLibrary lib;
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        // Before the ledger is read nothing is known to be open: every sample question document
        // has its answering document.
        QCOMPARE(open.countDocuments(), 0);
        QuestionLedger ledger(*lib.library);
        const int read = ledger.refresh();
        QVERIFY(read >= 16);
        QCOMPARE(ledger.refresh(), 0); // nothing changed: nothing read again
        QVERIFY(ledger.staleDocuments().isEmpty());

        const QList<OpenDocument> documents = allOpen(open);
        QCOMPARE(open.countDocuments(), documents.size());
        QCOMPARE(ids(documents), (QStringList{kMededeling, kVerslag})); // by deadline
        const OpenDocument &mededeling = documents.at(0);
        QVERIFY(mededeling.delayed);
        QCOMPARE(mededeling.deadline, QDate(2024, 6, 7).addDays(42)); // six weeks, not three
        QCOMPARE(mededeling.openQuestions, 3);
        const QList<OpenQuestion> questions = open.questionsOf(kMededeling);
        QCOMPARE(questions.size(), 3);
        QCOMPARE(questions.at(0).n, 1);
        QVERIFY(questions.at(0).text.startsWith(QStringLiteral("Klopt het bericht")));
        QVERIFY(questions.at(2).fractie.contains(QStringLiteral("SP")));
        QCOMPARE(documents.at(1).openQuestions, 1);
        QCOMPARE(documents.at(1).questions, 45);
        // The Schriftelijke vragen carry their questions; their Antwoord is not read for them.
        QCOMPARE(ledgerOf(*lib.library, kVragen).size(), 5);
        QVERIFY(ledgerOf(*lib.library, QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c"))
                    .isEmpty());
    }

    void theUsersStatusDecides() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        ledger.refresh();
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        NotesBackend &notes = lib->notes();
        const OpenQuestion only = open.questionsOf(kVerslag).constFirst();
        // Answered after all: the Verslag has nothing open any more.
        QVERIFY(notes.setStatus(kVerslag, only.id, only.text, QStringLiteral("answered")));
        QCOMPARE(ids(allOpen(open)), QStringList{kMededeling});
        // An answer found, but the user finds it wanting: open again, and marked as such.
        const LedgerQuestion found = ledgerOf(*lib.library, kVragen).at(1);
        QVERIFY(found.answered);
        QVERIFY(notes.setStatus(kVragen, found.id, found.text, QStringLiteral("partial")));
        QVERIFY(ids(allOpen(open)).contains(kVragen));
        const QList<OpenQuestion> reopened = open.questionsOf(kVragen);
        QCOMPARE(reopened.size(), 1);
        QCOMPARE(reopened.first().id, found.id);
        QCOMPARE(reopened.first().status, QStringLiteral("partial"));
        // Not applicable closes it; back to open leaves it to the answer found.
        const OpenQuestion first = open.questionsOf(kMededeling).constFirst();
        QVERIFY(
            notes.setStatus(kMededeling, first.id, first.text, QStringLiteral("not_applicable")));
        QCOMPARE(open.questionsOf(kMededeling).size(), 2);
        QVERIFY(notes.setStatus(kMededeling, first.id, first.text, QStringLiteral("open")));
        QCOMPARE(open.questionsOf(kMededeling).size(), 3);
        QCOMPARE(ids(allOpen(open)), (QStringList{kMededeling, kVragen}));
        QCOMPARE(open.countDocuments(), 2);
    }

    // #15: Open vragen tells a question awaiting its answer (no answering document yet: the
    // Mededeling, whose Antwoord is not here) from one an answer came and skipped (the Verslag
    // SO answers in itself). Linking an answering document makes the awaited ones not answered
    // (it answers none of them); the library says the link changed.
    void awaitingIsToldFromNotAnswered() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        ledger.refresh();
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        const QList<OpenDocument> documents = allOpen(open);
        QCOMPARE(ids(documents), (QStringList{kMededeling, kVerslag}));
        QVERIFY(documents.at(0).awaitingAnswer);
        QVERIFY(!documents.at(1).awaitingAnswer);
        const QList<OpenQuestion> awaited = open.questionsOf(kMededeling);
        QCOMPARE(awaited.size(), 3);
        for (const OpenQuestion &q : awaited)
            QVERIFY(q.awaiting);
        const QList<OpenQuestion> skipped = open.questionsOf(kVerslag);
        QCOMPARE(skipped.size(), 1);
        QVERIFY(!skipped.first().awaiting);
        // The user's word is the user's: marked unanswered, it is no longer "awaiting".
        QVERIFY(lib->notes().setStatus(kMededeling, awaited.first().id, awaited.first().text,
                                       QStringLiteral("unanswered")));
        QVERIFY(!open.questionsOf(kMededeling).first().awaiting);

        QSignalSpy linked(lib.library.get(), &Library::answerLinksChanged);
        QVERIFY(lib->linkAnswerDocument(kMededeling,
                                        QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c")));
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().first().toString(), kMededeling);
        QCOMPARE(ledger.refresh(), 1);
        QVERIFY(!allOpen(open).at(0).awaitingAnswer);
        for (const OpenQuestion &q : open.questionsOf(kMededeling))
            QVERIFY(!q.awaiting);
        QVERIFY(lib->unlinkAnswerDocumentsByHand(kMededeling));
        QCOMPARE(linked.size(), 2);
        QCOMPARE(ledger.refresh(), 1);
        QVERIFY(allOpen(open).at(0).awaitingAnswer);
    }

    void filtersNarrowByCommissieFractieAndTag() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        ledger.refresh();
        const OpenQuestionQueries &open = lib->queries().openQuestions();

        OpenQuestionFilter fractie;
        fractie.fractie = QStringLiteral("sp"); // any case; one of several askers
        QCOMPARE(ids(allOpen(open, fractie)), QStringList{kMededeling});
        QCOMPARE(open.questionsOf(kMededeling, fractie).size(), 3);
        fractie.fractie = QStringLiteral("D66");
        QCOMPARE(ids(allOpen(open, fractie)), (QStringList{kMededeling, kVerslag}));
        fractie.fractie = QStringLiteral("PVV");
        QVERIFY(allOpen(open, fractie).isEmpty());
        QCOMPARE(open.countDocuments(fractie), 0);
        QVERIFY(open.fracties().contains(QStringLiteral("GL-PvdA")));

        // The Verslag hangs under the commissie for OCW only.
        QString ocw;
        for (const NodeSummary &c : lib->queries().commissies())
            if (c.detail == QLatin1String("OCW"))
                ocw = c.id;
        QVERIFY(!ocw.isEmpty());
        OpenQuestionFilter commissie;
        commissie.commissieId = ocw;
        QCOMPARE(ids(allOpen(open, commissie)), QStringList{kVerslag});

        OpenQuestionFilter tag;
        tag.tag = QStringLiteral("Begroting");
        QVERIFY(allOpen(open, tag).isEmpty());
        const OpenQuestion second = open.questionsOf(kMededeling).at(1);
        QVERIFY(
            lib->notes().addTag(kMededeling, second.id, second.text, QStringLiteral("begroting")));
        QCOMPARE(ids(allOpen(open, tag)), QStringList{kMededeling});
        const QList<OpenQuestion> tagged = open.questionsOf(kMededeling, tag);
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().id, second.id);
        // Filters combine: the tag and a fractie that did not ask it.
        tag.fractie = QStringLiteral("VVD");
        QVERIFY(allOpen(open, tag).isEmpty());
        // And the tree's text filter applies too.
        OpenQuestionFilter text;
        text.text = QStringLiteral("Rathenau");
        QCOMPARE(ids(allOpen(open, text)), QStringList{kVerslag});
    }

    // Under a filter that matches most documents a page is read along the deadline index with
    // the matches probed (OpenQuestionQueries::unreadRows), under a narrow one from the
    // matches: page by page, either gives the list read at once.
    void pagesUnderABroadFilterAreTheWholeList() {
        TempLibrary lib;
        // Every sample document with unread open questions, due on its date: a list long
        // enough for both ways (the sample's own questions all have their answers).
        lib->libraryDatabase().run(
            QStringLiteral("INSERT INTO open_question (doc, document_id, deadline, delayed, "
                           "fractie) SELECT rowid, id, datum, 0, '' FROM document"));
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        for (const QString &text : {QStringLiteral("van"), QStringLiteral("Rathenau")}) {
            OpenQuestionFilter filter;
            filter.text = text;
            const QStringList whole = ids(allOpen(open, filter));
            QVERIFY(!whole.isEmpty());
            QStringList paged;
            OpenQuestionCursor cursor;
            for (QList<OpenDocument> page; !(page = open.documents(filter, cursor, 1)).isEmpty();)
                paged << ids(page);
            QCOMPARE(paged, whole);
        }
    }

    void aCorrectionOrANewAnswerReadsTheDocumentAgain() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        ledger.refresh();
        const OpenQuestionQueries &open = lib->queries().openQuestions();
        const OpenQuestion only = open.questionsOf(kVerslag).constFirst();
        // The user removes the unit as a false question: the Verslag is stale, then closed.
        QVERIFY(lib->notes().setUnitRemoved(kVerslag, only.id, true));
        QCOMPARE(ledger.staleDocuments(), QStringList{kVerslag});
        QCOMPARE(ledger.refresh(), 1);
        QCOMPARE(ledgerOf(*lib.library, kVerslag).size(), 44);
        QCOMPARE(ids(allOpen(open)), QStringList{kMededeling});

        // The user links the Mededeling's questions to the Antwoord that answered them (here a
        // wrong one: it answers nothing of these, so they stay open, but are read against it).
        QVERIFY(lib->notes().linkAnswer(kMededeling,
                                        QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c")));
        QCOMPARE(ledger.staleDocuments(), QStringList{kMededeling});
        QCOMPARE(ledger.refresh(), 1);
        QSqlQuery q = lib->libraryDatabase().run(
            QStringLiteral("SELECT answer_documents FROM ledger_document WHERE document_id = ?"),
            {kMededeling});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aDocumentWithoutItsFileIsOpenWithoutQuestions() {
        TempLibrary lib;
        QuestionLedger ledger(*lib.library);
        ledger.refresh();
        // The file goes (a damaged data directory): its rows go with the next refresh, and a
        // Mededeling is no question document of its own, so nothing of it stays open.
        lib->libraryDatabase().run(QStringLiteral("DELETE FROM document_file WHERE document_id "
                                                  "= ?"),
                                   {kMededeling});
        ledger.refresh();
        QVERIFY(ledgerOf(*lib.library, kMededeling).isEmpty());
        QCOMPARE(ids(allOpen(lib->queries().openQuestions())), QStringList{kVerslag});
    }
};

QTEST_GUILESS_MAIN(TestOpenQuestions)
#include "test_openquestions.moc"
