#pragma once

#include "questions/DocumentKinds.h"

#include <QString>

#include <optional>

class QWidget;

namespace overleg::ui {

// Asks which kind of document this is, where the head was read wrong: one of the Kamer's soorts
// Overleg reads, or "as the document says" (an empty soort). Nothing when the user cancels.
std::optional<QString> chooseSoort(QWidget *parent, DocumentKind current, bool chosenByUser);

} // namespace overleg::ui
