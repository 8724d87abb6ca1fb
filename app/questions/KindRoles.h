#pragma once

#include "DocumentKinds.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// What each kind of document does in a written consultation, and the deadlines for an answer:
// the one table. C++ asks it (the answer matcher, the ledger, the answer locator), and the SQL
// that selects documents by soort (questions/open-questions scan in store/OpenQuestionScan, the
// ledger's candidates, the answer locator) is generated from it, so a rule is written once.
struct KindRole {
    DocumentKind kind;
    bool asks = false;            // puts questions that stay open until answered
    bool holdsOwnAnswers = false; // carries its answers (an Antwoord repeats the questions)
    bool postponesAnswer = false; // announces a later answer (the deadline moves)
    QList<DocumentKind> answeredBy;
};

// Days after its date by which a question document is to be answered, and after a postponement.
inline constexpr int kAnswerDays = 21;
inline constexpr int kPostponedAnswerDays = 42;

const KindRole &roleOf(DocumentKind kind);

// The soorten (Document.Soort) of kinds, with the variants the Kamer files under the same kind
// ("Antwoord schriftelijke vragen (nader)").
QStringList soortenOf(const QList<DocumentKind> &kinds);
// The soorten that ask; that answer this kind; that answer anything; that postpone; and that
// repeat the questions they answer or postpone (read when the question document is not here).
QStringList askingSoorten();
QStringList answeringSoorten(DocumentKind asked);
QStringList allAnsweringSoorten();
QStringList postponingSoorten();
QStringList repeatingSoorten();

// A list of soorten as SQL string literals, 'a', 'b' (our own constants, quotes doubled).
QString sqlSoortList(const QStringList &soorten);

} // namespace overleg
