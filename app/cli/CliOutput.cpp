#include "CliOutput.h"

#include <cstdio>

namespace overleg::cli {

void printLine(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonDocument &json) {
    const QByteArray bytes = json.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &message) {
    const QByteArray bytes = message.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

int fail(const QString &message) {
    printError(QStringLiteral("overleg-cli: ") + message);
    return kExitUserError;
}

} // namespace overleg::cli
