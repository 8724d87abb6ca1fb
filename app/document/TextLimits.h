#pragma once

#include "DocumentLimits.h"

#include <QString>

namespace overleg {

// What a reader says when a document's text grows past kMaxDocumentTextChars.
QString tooMuchTextMessage();

} // namespace overleg
