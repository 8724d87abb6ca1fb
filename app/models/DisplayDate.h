#pragma once

#include <QString>

namespace overleg {

// A document's date (ISO 8601, as the Kamer's data and the library keep it) in the format of
// the default locale (the user's, in the interface language): 01-05-2024 in Dutch, 01/05/2024
// in British and 5/1/24 in American English. Text that is no date is returned as it is.
QString displayDate(const QString &isoDate);

} // namespace overleg
