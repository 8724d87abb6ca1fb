#pragma once

#include <QString>

namespace overleg::cli {

// Prints the text model of the file at path (as plain text, or as JSON with the pages), or the
// reason it cannot be read; `label` names the file in messages and in the JSON.
int printDocumentText(const QString &label, const QString &path, bool json);

} // namespace overleg::cli
