#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>

namespace overleg {

// Everything that touches Poppler lives behind this class; no other file includes it.
class PopplerBackend {
public:
    static Result<DocumentText> extractText(const QByteArray &pdf);
};

} // namespace overleg
