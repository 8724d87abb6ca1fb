#include "TextLimits.h"

#include <QCoreApplication>

namespace overleg {

QString tooMuchTextMessage() {
    return QCoreApplication::translate(
               "OfficeText",
               "The document expands to more than %1 MB of text; Overleg does not read documents "
               "that large. Save it as PDF or split it.")
        .arg(kMaxDocumentTextChars / kMiB);
}

} // namespace overleg
