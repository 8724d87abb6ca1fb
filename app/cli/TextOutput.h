#pragma once

#include "document/DocumentText.h"

#include <QString>

namespace overleg::cli {

// Prints a text model (as plain text, or as JSON with the pages); `label` names the file in
// messages and in the JSON.
int printDocumentText(const QString &label, const DocumentText &text, bool json);

} // namespace overleg::cli
