#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// The text of any supported document, chosen by what its bytes are. Unsupported or broken
// files give a message a user can act on.
Result<DocumentText> extractText(const QByteArray &bytes);
Result<DocumentText> extractTextFromFile(const QString &path);

// Files larger than this are refused rather than read into memory.
constexpr qint64 kMaxDocumentSize = 512LL * 1024 * 1024;

} // namespace overleg
