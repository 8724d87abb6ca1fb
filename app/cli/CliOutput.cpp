#include "CliOutput.h"

#include <cstdio>

namespace overleg::cli {

namespace {
bool g_verbose = false;
} // namespace

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

bool printBytes(const QByteArray &bytes) {
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return written == size_t(bytes.size()) && std::fflush(stdout) == 0;
}

int fail(const QString &message) {
    printError(QStringLiteral("overleg-cli: ") + message);
    return kExitUserError;
}

void setVerbose(bool verbose) {
    g_verbose = verbose;
}

bool isVerbose() {
    return g_verbose;
}

void printVerbose(const QString &message) {
    if (g_verbose)
        printError(message);
}

} // namespace overleg::cli
