#pragma once

#include <QString>
#include <QStringList>

namespace overleg {

// Splits an SQL script into single statements for QSqlQuery, which runs one at a time.
// Knows quotes, comments and CREATE TRIGGER ... BEGIN ... END bodies.
QStringList splitSqlScript(const QString &script);

} // namespace overleg
