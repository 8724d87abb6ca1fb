#pragma once

// Entity records as the sync stores them, written by hand for fixture libraries: a record of a
// type with its fields and references, and a GUID made from a number (readable in failures).

#include "entities/EntityRecord.h"

#include <QList>
#include <QString>

#include <utility>

namespace overleg::test {

inline QString guid(int n) {
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline EntityRecord record(const QString &type, const QString &id, EntityFields fields,
                           QList<std::pair<QString, QString>> refs = {},
                           const QString &bijgewerkt = QStringLiteral("2026-11-01T09:00:00Z")) {
    EntityRecord r;
    r.type = type;
    r.id = id;
    r.bijgewerkt = bijgewerkt;
    r.fields = std::move(fields);
    r.refs = std::move(refs);
    return r;
}

} // namespace overleg::test
