#include "HtmlConverter.h"

#include "TextExtractor.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace overleg {

namespace {

const char kStyle[] =
    "body{font-family:'DejaVu Serif',Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "line-height:1.45;color:#1d1d1d;background:#fff}h1,h2,h3{font-family:'DejaVu Sans',sans-serif}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.2em .4em;"
    "vertical-align:top}.vraag{margin-top:1em}.nr{font-weight:bold}aside{font-size:.85em;"
    "color:#444;border-top:1px solid #ccc;margin-top:2em}pre{white-space:pre-wrap}";

QString page(const QString &body) {
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>%1</style>"
                          "</head><body>%2</body></html>")
        .arg(QString::fromLatin1(kStyle), body);
}

QString esc(QStringView text) {
    return text.toString().toHtmlEscaped();
}

Result<QString> viaPandoc(const QByteArray &bytes, const char *from) {
    QProcess pandoc;
    // --self-contained puts images in data: URLs (pandoc 2.17 of Debian 12).
    pandoc.start(QStringLiteral("pandoc"),
                 {QStringLiteral("-f"), QString::fromLatin1(from), QStringLiteral("-t"),
                  QStringLiteral("html5"), QStringLiteral("--self-contained"),
                  QStringLiteral("--metadata"), QStringLiteral("title= ")});
    if (!pandoc.waitForStarted(5000))
        return Result<QString>::failure(QStringLiteral("pandoc did not start"));
    pandoc.write(bytes);
    pandoc.closeWriteChannel();
    if (!pandoc.waitForFinished(60000) || pandoc.exitCode() != 0) {
        pandoc.kill();
        return Result<QString>::failure(QString::fromUtf8(pandoc.readAllStandardError()));
    }
    return QString::fromUtf8(pandoc.readAllStandardOutput());
}

// WordprocessingML to HTML: paragraphs (with their heading level or list membership), runs
// with bold and italics, tables, and footnote references with the footnotes at the end.
QString wordToHtml(const QByteArray &xml, QHash<QString, QString> *footnotes,
                   bool collectFootnotes) {
    QXmlStreamReader r(xml);
    QString out, paragraph, tag = QStringLiteral("p"), footnoteId;
    bool inList = false, bold = false, italic = false, inText = false, inRunProps = false;
    int tableDepth = 0;
    auto closeList = [&] {
        if (inList)
            out += QStringLiteral("</ul>");
        inList = false;
    };
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const auto name = r.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("footnote") && collectFootnotes) {
                footnoteId =
                    r.attributes()
                        .value(QStringLiteral(
                                   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                               QStringLiteral("id"))
                        .toString();
                out.clear();
            } else if (name == QLatin1String("p")) {
                paragraph.clear();
                tag = QStringLiteral("p");
            } else if (name == QLatin1String("pStyle")) {
                const QString style =
                    r.attributes()
                        .value(QStringLiteral(
                                   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                               QStringLiteral("val"))
                        .toString()
                        .toLower();
                if (style.startsWith(QLatin1String("heading")) ||
                    style.startsWith(QLatin1String("kop")))
                    tag =
                        QStringLiteral("h") + QString::number(qBound(1, style.right(1).toInt(), 4));
                else if (style == QLatin1String("title") || style == QLatin1String("titel"))
                    tag = QStringLiteral("h1");
            } else if (name == QLatin1String("numPr")) {
                tag = QStringLiteral("li");
            } else if (name == QLatin1String("rPr")) {
                inRunProps = true;
            } else if (inRunProps && name == QLatin1String("b")) {
                bold = r.attributes().value(
                           QStringLiteral(
                               "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                           QStringLiteral("val")) != QLatin1String("0");
            } else if (inRunProps && name == QLatin1String("i")) {
                italic = r.attributes().value(
                             QStringLiteral(
                                 "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                             QStringLiteral("val")) != QLatin1String("0");
            } else if (name == QLatin1String("t")) {
                inText = true;
            } else if (name == QLatin1String("tab")) {
                paragraph += QStringLiteral("&emsp;");
            } else if (name == QLatin1String("br")) {
                paragraph += QStringLiteral("<br>");
            } else if (name == QLatin1String("footnoteReference")) {
                const QString id =
                    r.attributes()
                        .value(QStringLiteral(
                                   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
                               QStringLiteral("id"))
                        .toString();
                paragraph += QStringLiteral("<sup>%1</sup>").arg(esc(id));
            } else if (name == QLatin1String("tbl")) {
                closeList();
                ++tableDepth;
                out += QStringLiteral("<table>");
            } else if (name == QLatin1String("tr")) {
                out += QStringLiteral("<tr>");
            } else if (name == QLatin1String("tc")) {
                out += QStringLiteral("<td>");
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            QString text = esc(r.text());
            if (bold)
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            if (italic)
                text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
            paragraph += text;
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("rPr")) {
                inRunProps = false;
            } else if (name == QLatin1String("r")) {
                bold = italic = false;
            } else if (name == QLatin1String("p")) {
                if (tag == QLatin1String("li") && tableDepth == 0) {
                    if (!inList)
                        out += QStringLiteral("<ul>");
                    inList = true;
                } else {
                    closeList();
                }
                if (!paragraph.isEmpty() || tableDepth == 0)
                    out += QStringLiteral("<%1>%2</%1>").arg(tag, paragraph);
            } else if (name == QLatin1String("tc")) {
                out += QStringLiteral("</td>");
            } else if (name == QLatin1String("tr")) {
                out += QStringLiteral("</tr>");
            } else if (name == QLatin1String("tbl")) {
                --tableDepth;
                out += QStringLiteral("</table>");
            } else if (name == QLatin1String("footnote") && collectFootnotes) {
                closeList();
                if (footnoteId.toInt() > 0)
                    footnotes->insert(footnoteId, out);
                out.clear();
            }
        }
    }
    closeList();
    return out;
}

} // namespace

bool HtmlConverter::pandocAvailable() {
    return !QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty();
}

Result<QString> HtmlConverter::docxToHtml(const QByteArray &docx) {
    const ZipArchive zip(docx);
    const QByteArray body = zip.read(QStringLiteral("word/document.xml"));
    if (!zip.isValid() || body.isNull())
        return Result<QString>::failure(QCoreApplication::translate(
            "OfficeText", "The Word document is damaged: its main text part cannot be read."));
    QHash<QString, QString> footnotes;
    const QByteArray notes = zip.read(QStringLiteral("word/footnotes.xml"));
    if (!notes.isNull())
        wordToHtml(notes, &footnotes, true);
    QString html = wordToHtml(body, nullptr, false);
    if (!footnotes.isEmpty()) {
        QList<int> ids;
        for (const QString &id : footnotes.keys())
            ids << id.toInt();
        std::sort(ids.begin(), ids.end());
        html += QStringLiteral("<aside>");
        for (int id : ids)
            html += QStringLiteral("<div><sup>%1</sup> %2</div>")
                        .arg(id)
                        .arg(footnotes.value(QString::number(id)));
        html += QStringLiteral("</aside>");
    }
    return page(html);
}

Result<QString> HtmlConverter::odtToHtml(const QByteArray &odt) {
    const auto text = extractText(odt);
    if (!text)
        return Result<QString>::failure(text.error());
    QString body;
    for (const QString &line : text->plainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(esc(line));
    }
    return page(body);
}

Result<QString> HtmlConverter::koopXmlToHtml(const QByteArray &xml) {
    // KOOP elements and their HTML; unknown elements become blocks when they hold text.
    static const QHash<QString, QString> mapping = {
        {QStringLiteral("titel"), QStringLiteral("h1")},
        {QStringLiteral("kop"), QStringLiteral("h2")},
        {QStringLiteral("tussenkop"), QStringLiteral("h3")},
        {QStringLiteral("al"), QStringLiteral("p")},
        {QStringLiteral("vraag"), QStringLiteral("div class=\"vraag\"")},
        {QStringLiteral("antwoord"), QStringLiteral("div class=\"antwoord\"")},
        {QStringLiteral("nr"), QStringLiteral("div class=\"nr\"")},
        {QStringLiteral("lijst"), QStringLiteral("ul")},
        {QStringLiteral("li"), QStringLiteral("li")},
        {QStringLiteral("tgroup"), QStringLiteral("table")},
        {QStringLiteral("row"), QStringLiteral("tr")},
        {QStringLiteral("entry"), QStringLiteral("td")},
        {QStringLiteral("nadruk"), QStringLiteral("em")},
        {QStringLiteral("noot"), QStringLiteral("aside")},
        {QStringLiteral("sup"), QStringLiteral("sup")},
        {QStringLiteral("sub"), QStringLiteral("sub")},
    };
    static const QSet<QString> skipped = {QStringLiteral("meta"), QStringLiteral("metadata"),
                                          QStringLiteral("colspec")};
    QXmlStreamReader r(xml);
    QString body;
    QStringList open;
    int skipDepth = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = r.name().toString();
            if (skipDepth > 0 || skipped.contains(name)) {
                ++skipDepth;
                continue;
            }
            const QString tag = mapping.value(name);
            open << tag;
            if (!tag.isEmpty())
                body += u'<' + tag + u'>';
        } else if (token == QXmlStreamReader::EndElement) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            const QString tag = open.isEmpty() ? QString() : open.takeLast();
            if (!tag.isEmpty())
                body += QStringLiteral("</") + tag.section(u' ', 0, 0) + u'>';
            else
                body += u' ';
        } else if (token == QXmlStreamReader::Characters && skipDepth == 0 && !r.isWhitespace()) {
            body += esc(r.text());
        }
    }
    if (r.hasError())
        return Result<QString>::failure(
            QCoreApplication::translate("MarkupText", "The XML file is malformed at line %1: %2")
                .arg(r.lineNumber())
                .arg(r.errorString()));
    return page(body);
}

Result<QString> HtmlConverter::toHtml(const QByteArray &bytes, Engine engine) {
    const FileType type = sniffFileType(bytes);
    const bool usePandoc = engine == Engine::Automatic && pandocAvailable();
    switch (type) {
    case FileType::Html: {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString html = utf8.decode(bytes);
        return utf8.hasError() ? QString::fromLatin1(bytes) : html;
    }
    case FileType::Xml:
        return koopXmlToHtml(bytes);
    case FileType::Docx:
        if (usePandoc) {
            if (auto html = viaPandoc(bytes, "docx"))
                return html;
        }
        return docxToHtml(bytes);
    case FileType::Odt:
        if (usePandoc) {
            if (auto html = viaPandoc(bytes, "odt"))
                return html;
        }
        return odtToHtml(bytes);
    case FileType::Text: {
        const auto text = extractText(bytes);
        return page(QStringLiteral("<pre>%1</pre>").arg(esc(text->plainText())));
    }
    default:
        break;
    }
    const auto text = extractText(bytes); // gives the precise message for what it is
    return Result<QString>::failure(text ? QStringLiteral("not an HTML-able document")
                                         : text.error());
}

} // namespace overleg
