#pragma once

#include <QJsonDocument>
#include <QString>

namespace overleg::cli {

// stdout for results, stderr for messages: scripts read one, people the other.
void printLine(const QString &text);
void printJson(const QJsonDocument &json);
void printError(const QString &message);
// Prints "overleg-cli: <message>" on stderr and returns the user-error exit code.
int fail(const QString &message);

constexpr int kExitOk = 0;
constexpr int kExitUserError = 1;

} // namespace overleg::cli
