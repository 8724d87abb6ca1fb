#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// The headings and phrases that structure question and answer documents, shared by the
// question extractor and the answer matcher.
namespace overleg::headings {

QRegularExpression re(const char *pattern); // case-insensitive, Unicode

const QRegularExpression &question();       // "Vraag 3", "Vraag 3, 4 en 5": numbers in group 1
const QRegularExpression &answer();         // "Antwoord 2", "Antwoord op vragen 2 en 3"
const QRegularExpression &bareAnswer();     // "Antwoord:" alone, answering the item above it
const QRegularExpression &partOne();        // "I Vragen en opmerkingen uit de fracties"
const QRegularExpression &partTwo();        // "II Reactie van de minister ..."
const QRegularExpression &fractieSection(); // "Inbreng van de leden van de X-fractie": X in group 1
const QRegularExpression &referral();       // "Zie het antwoord op vraag 7": numbers in group 1

// "2, 3 en 5" -> 2, 3, 5; "1 t/m 4" -> 1, 2, 3, 4
QList<int> numbersIn(const QString &list);

} // namespace overleg::headings
