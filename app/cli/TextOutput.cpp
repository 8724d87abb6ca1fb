#include "TextOutput.h"

#include "CliOutput.h"

#include "document/FileType.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace overleg::cli {

int printDocumentText(const QString &label, const DocumentText &document, bool json) {
    const DocumentText *text = &document;
    if (!text->warning.isEmpty())
        printError(QStringLiteral("overleg-cli: ") + text->warning);
    if (json) {
        QJsonArray pages;
        for (const QString &page : text->pages)
            pages.append(page);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), label},
                                            {QStringLiteral("type"), displayNameOf(text->type)},
                                            {QStringLiteral("pages"), pages}}));
        return kExitOk;
    }
    const QByteArray bytes = text->plainText().toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return kExitOk;
}

} // namespace overleg::cli
