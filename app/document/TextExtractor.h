#pragma once

#include "DocumentLimits.h"
#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// The text of any supported document, chosen by what its bytes are. Unsupported or broken
// files give a message a user can act on.
Result<DocumentText> extractText(const QByteArray &bytes);
Result<DocumentText> extractTextFromFile(const QString &path);

} // namespace overleg
