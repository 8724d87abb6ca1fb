#include "MarkupText.h"

#include "TextLimits.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

namespace overleg {

namespace {

// Collapses runs of spaces inside lines and of blank lines, as a browser would display them.
QString tidyLines(const QString &raw) {
    QStringList lines;
    bool lastBlank = true;
    for (QString line : raw.split(u'\n')) {
        line = line.simplified();
        if (line.isEmpty()) {
            if (!lastBlank)
                lines << QString();
            lastBlank = true;
            continue;
        }
        lines << line;
        lastBlank = false;
    }
    return lines.join(u'\n').trimmed() + u'\n';
}

} // namespace

Result<DocumentText> extractXmlText(const QByteArray &xml) {
    // Inline elements of KOOP's schema (and XHTML) that must not break a line.
    static const QSet<QString> inlineElements = {
        QStringLiteral("nadruk"),     QStringLiteral("i"),       QStringLiteral("b"),
        QStringLiteral("u"),          QStringLiteral("sup"),     QStringLiteral("sub"),
        QStringLiteral("extref"),     QStringLiteral("intref"),  QStringLiteral("span"),
        QStringLiteral("a"),          QStringLiteral("em"),      QStringLiteral("strong"),
        QStringLiteral("noot"),       QStringLiteral("nootref"), QStringLiteral("nootnr"),
        QStringLiteral("afkorting"),  QStringLiteral("naam"),    QStringLiteral("voornaam"),
        QStringLiteral("achternaam"), QStringLiteral("functie")};
    QXmlStreamReader reader(xml);
    QString out;
    QStringList metadata;
    int metaDepth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == QLatin1String("meta") ||
                reader.name() == QLatin1String("metadata"))
                ++metaDepth;
            if (reader.name() == QLatin1String("meta") && metadata.size() < 200)
                metadata << reader.attributes().value(QLatin1String("content")).toString();
            break;
        case QXmlStreamReader::Characters:
            // Line breaks inside an element are the source's wrapping, not the text's.
            if (metaDepth == 0 && !reader.isWhitespace())
                out += reader.text().toString().replace(u'\n', u' ');
            if (out.size() > kMaxDocumentTextChars)
                return Result<DocumentText>::failure(tooMuchTextMessage());
            break;
        case QXmlStreamReader::EndElement:
            if (reader.name() == QLatin1String("meta") ||
                reader.name() == QLatin1String("metadata"))
                --metaDepth;
            else if (!inlineElements.contains(reader.name().toString()))
                out += u'\n';
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return Result<DocumentText>::failure(
            QCoreApplication::translate("MarkupText", "The XML file is malformed at line %1: %2")
                .arg(reader.lineNumber())
                .arg(reader.errorString()));
    DocumentText text;
    text.type = FileType::Xml;
    text.metadata = metadata;
    text.pages << tidyLines(out);
    return text;
}

} // namespace overleg
