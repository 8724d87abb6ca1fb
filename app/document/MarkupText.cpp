#include "MarkupText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace overleg {

namespace {

QString decodeEntities(QStringView in) {
    static const QHash<QString, QChar> named = {
        {QStringLiteral("amp"), u'&'},
        {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},
        {QStringLiteral("nbsp"), QChar(0xA0)},
        {QStringLiteral("laquo"), QChar(0xAB)},
        {QStringLiteral("raquo"), QChar(0xBB)},
        {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("euml"), QChar(0xEB)},
        {QStringLiteral("eacute"), QChar(0xE9)},
        {QStringLiteral("iuml"), QChar(0xEF)},
        {QStringLiteral("ouml"), QChar(0xF6)},
        {QStringLiteral("uuml"), QChar(0xFC)},
        {QStringLiteral("euro"), QChar(0x20AC)},
        {QStringLiteral("hellip"), QChar(0x2026)},
        {QStringLiteral("shy"), QChar(0xAD)},
    };
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != u'&') {
            out += in[i];
            continue;
        }
        const qsizetype semi = in.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += in[i];
            continue;
        }
        const QStringView entity = in.mid(i + 1, semi - i - 1);
        if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.startsWith(u"#x") || entity.startsWith(u"#X")
                                  ? entity.mid(2).toUInt(&ok, 16)
                                  : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = semi;
                continue;
            }
        } else if (const auto it = named.constFind(entity.toString()); it != named.constEnd()) {
            out += *it;
            i = semi;
            continue;
        }
        out += in[i];
    }
    return out;
}

QString decodeBytes(const QByteArray &bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes); // older pages in windows-1252 / latin-1
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

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

const QSet<QString> &blockHtmlTags() {
    static const QSet<QString> tags = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("br"),
        QStringLiteral("li"),         QStringLiteral("tr"),      QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("table"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("dt"),
        QStringLiteral("dd"),         QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),     QStringLiteral("footer"),  QStringLiteral("title"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("hr")};
    return tags;
}

} // namespace

Result<DocumentText> extractHtmlText(const QByteArray &html) {
    const QString source = decodeBytes(html);
    QString out;
    out.reserve(source.size());
    static const QRegularExpression tagName(QStringLiteral("^</?\\s*([a-zA-Z0-9]+)"));
    qsizetype i = 0;
    while (i < source.size()) {
        if (source.at(i) != u'<') {
            const qsizetype next = source.indexOf(u'<', i);
            const qsizetype end = next < 0 ? source.size() : next;
            out += decodeEntities(QStringView(source).mid(i, end - i));
            i = end;
            continue;
        }
        if (source.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = source.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? source.size() : end + 3;
            continue;
        }
        const qsizetype close = source.indexOf(u'>', i);
        if (close < 0)
            break;
        const QString tag = source.mid(i, close - i + 1);
        const auto match = tagName.match(tag);
        const QString name = match.hasMatch() ? match.captured(1).toLower() : QString();
        i = close + 1;
        if ((name == QLatin1String("script") || name == QLatin1String("style")) &&
            !tag.startsWith(QLatin1String("</"))) {
            const qsizetype end =
                source.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            i = end < 0 ? source.size() : source.indexOf(u'>', end) + 1;
            continue;
        }
        if (name == QLatin1String("td") || name == QLatin1String("th"))
            out += u'\t';
        else if (blockHtmlTags().contains(name))
            out += u'\n';
        else
            out += u' ';
    }
    // Inline tags were replaced by a space; that must not split words at <b>x</b>y seams, but
    // simplified() later only collapses, which matches what a browser shows for most markup.
    DocumentText text;
    text.type = FileType::Html;
    text.pages << tidyLines(out);
    return text;
}

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
    int metaDepth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == QLatin1String("meta") ||
                reader.name() == QLatin1String("metadata"))
                ++metaDepth;
            break;
        case QXmlStreamReader::Characters:
            if (metaDepth == 0 && !reader.isWhitespace())
                out += reader.text();
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
    text.pages << tidyLines(out);
    return text;
}

} // namespace overleg
