// Finding the answer document of a question document (the same zaak, a link the user made) and
// the deadline for the answer (three weeks, six after a Mededeling uitstel), on the sample
// library and on entities written for the case.

#include "TestSupport.h"

#include "entities/EntityRecord.h"
#include "library/AnswerLocator.h"
#include "library/Library.h"
#include "questions/AnswerSet.h"
#include "questions/KindRoles.h"
#include "store/LibraryStore.h"
#include "store/NotesBackend.h"

#include <QTest>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kVragen = QStringLiteral("ec467449-476b-5553-a381-1f3b1a33bf50");   // Boswijk
const QString kAntwoord = QStringLiteral("e0bcd12e-0c01-5171-878f-030aa01c508c"); // its answer

EntityRecord document(const QString &id, const QString &soort, const QString &datum,
                      const QString &zaak) {
    EntityRecord r;
    r.type = QStringLiteral("document");
    r.id = id;
    r.fields = {{QStringLiteral("soort"), soort},
                {QStringLiteral("datum"), datum},
                {QStringLiteral("titel"), soort}};
    r.refs = {{QStringLiteral("zaak"), zaak}};
    return r;
}

} // namespace

class TestAnswerLocator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The table of kinds is the one source of the soorten the SQL selects: every soort it hands
    // out reads back as a kind with that role, and no kind both asks and answers.
    void oneTableOfKindsAndRoles() {
        QCOMPARE(askingSoorten().size(), 4);
        for (const QString &soort : askingSoorten())
            QVERIFY2(roleOf(kindFromSoort(soort)).asks, qPrintable(soort));
        for (const QString &soort : allAnsweringSoorten())
            QVERIFY2(holdsOwnAnswers(kindFromSoort(soort)), qPrintable(soort));
        QVERIFY(allAnsweringSoorten().contains(
            QStringLiteral("Antwoord schriftelijke vragen (nader)")));
        for (const DocumentKind kind : allDocumentKinds()) {
            const KindRole &role = roleOf(kind);
            QCOMPARE(role.kind, kind);
            QVERIFY(!(role.asks && role.holdsOwnAnswers));
            QCOMPARE(answeringSoorten(kind).isEmpty(), role.answeredBy.isEmpty());
            for (const QString &soort : answeringSoorten(kind))
                QVERIFY2(allAnsweringSoorten().contains(soort), qPrintable(soort));
            // A question awaits its answer until an answering document is read, unless the
            // document holds its own.
            QCOMPARE(answersCanBeHere(kind, 0), role.holdsOwnAnswers);
            QVERIFY(answersCanBeHere(kind, 1));
        }
        for (const QString &soort : postponingSoorten())
            QVERIFY(roleOf(kindFromSoort(soort)).postponesAnswer);
        for (const QString &soort : repeatingSoorten())
            QVERIFY2(!askingSoorten().contains(soort), qPrintable(soort));
        QCOMPARE(sqlSoortList({QStringLiteral("a'b"), QStringLiteral("c")}),
                 QStringLiteral("'a''b', 'c'"));
        QVERIFY(kPostponedAnswerDays > kAnswerDays);
    }

    void findsTheAnswerUnderTheSameZaak() {
        TempLibrary lib;
        AnswerLocator locator(lib->libraryDatabase(), lib->notes());
        const auto sources = locator.answersFor(kVragen, DocumentKind::SchriftelijkeVragen);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().documentId, kAntwoord);
        QCOMPARE(sources.first().soort, QStringLiteral("Antwoord schriftelijke vragen"));
        QVERIFY(!sources.first().manual);
        // A document of another kind is not answered by an Antwoord.
        QVERIFY(locator.answersFor(kVragen, DocumentKind::Other).isEmpty());
    }

    void theUserLinksAndUnlinks() {
        TempLibrary lib;
        AnswerLocator locator(lib->libraryDatabase(), lib->notes());
        const QString other = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");
        QVERIFY(lib->notes().linkAnswer(kVragen, other));
        QVERIFY(lib->notes().linkAnswer(kVragen, other)); // twice is once
        auto sources = locator.answersFor(kVragen, DocumentKind::SchriftelijkeVragen);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.first().documentId, other); // the user's link comes first
        QVERIFY(sources.first().manual);
        QVERIFY(lib->notes().unlinkAnswer(kVragen, other));
        sources = locator.answersFor(kVragen, DocumentKind::SchriftelijkeVragen);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().documentId, kAntwoord);
    }

    void theDeadlineIsThreeWeeksOrSixAfterADelayNotice() {
        TempLibrary lib(false);
        LibraryStore &store = lib->store();
        const QString zaak = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
        const QString vragen = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
        QVERIFY(store.apply(document(vragen, QStringLiteral("Schriftelijke vragen"),
                                     QStringLiteral("2025-03-04T00:00:00"), zaak)));
        AnswerLocator locator(lib->libraryDatabase(), lib->notes());
        QCOMPARE(locator.deadlineFor(vragen), QDate(2025, 3, 25));
        QVERIFY(!locator.hasDelayNotice(vragen));
        QVERIFY(locator.answersFor(vragen, DocumentKind::SchriftelijkeVragen).isEmpty());

        QVERIFY(store.apply(document(QStringLiteral("00000000-0000-4000-8000-0000000000d2"),
                                     QStringLiteral("Mededeling (uitstel antwoord)"),
                                     QStringLiteral("2025-03-20T00:00:00"), zaak)));
        QVERIFY(locator.hasDelayNotice(vragen));
        QCOMPARE(locator.deadlineFor(vragen), QDate(2025, 4, 15));
        // A Mededeling answers nothing: still no answer document.
        QVERIFY(locator.answersFor(vragen, DocumentKind::SchriftelijkeVragen).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnswerLocator)
#include "test_answerlocator.moc"
