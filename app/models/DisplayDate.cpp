#include "DisplayDate.h"

#include <QDate>
#include <QLocale>

namespace overleg {

QString displayDate(const QString &isoDate) {
    // A date with a time ("2024-05-01T10:00:00") is shown by its day.
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : isoDate;
}

} // namespace overleg
