#pragma once

#include <QString>

namespace overleg {

// The party abbreviation as the Kamer writes it for a name as documents spell it:
// "GroenLinks-PvdA" -> "GL-PvdA", "Nieuw Sociaal Contract" -> "NSC", "D66" -> "D66".
QString normaliseFractie(const QString &name);

} // namespace overleg
