#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace overleg::cli {

// The translation context of every overleg-cli message: Cli::tr("...") in the commands,
// QT_TRANSLATE_NOOP("Cli", "...") where a text is declared before a translator is installed.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// stdout for results, stderr for messages: scripts read one, people the other.
void printLine(const QString &text);
void printJson(const QJsonDocument &json);
void printError(const QString &message);
// Writes bytes as they are to stdout (a file's content for an output of "-").
bool printBytes(const QByteArray &bytes);
// Prints "overleg-cli: <message>" on stderr and returns the user-error exit code.
int fail(const QString &message);

// Progress and confirmations: printed on stderr with --verbose only (quiet by default).
void setVerbose(bool verbose);
bool isVerbose();
void printVerbose(const QString &message);

constexpr int kExitOk = 0;
constexpr int kExitUserError = 1; // the command ran and could not do what was asked
constexpr int kExitUsage = 2;     // the command line itself is wrong: nothing was done

} // namespace overleg::cli
