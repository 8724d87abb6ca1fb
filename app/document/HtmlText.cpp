#include "HtmlText.h"

#include "TextDecoding.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

namespace overleg {

namespace {

const QSet<QByteArray> &blockElements() {
    static const QSet<QByteArray> names = {
        "address", "article", "aside",  "blockquote", "body",  "br",       "caption",
        "center",  "dd",      "div",    "dl",         "dt",    "fieldset", "figcaption",
        "figure",  "footer",  "form",   "h1",         "h2",    "h3",       "h4",
        "h5",      "h6",      "header", "hr",         "html",  "legend",   "li",
        "main",    "nav",     "ol",     "p",          "pre",   "section",  "table",
        "tbody",   "td",      "tfoot",  "th",         "thead", "tr",       "ul"};
    return names;
}

const QSet<QByteArray> &skippedElements() {
    static const QSet<QByteArray> names = {"head",     "script", "style",  "noscript",
                                           "template", "object", "iframe", "svg"};
    return names;
}

// Collects the blocks' text: one line each, white space collapsed as a browser does.
class BlockWriter {
public:
    void text(const QString &chars, bool preformatted) {
        for (const QChar c : chars) {
            if (preformatted && c == u'\n') {
                endBlock();
                continue;
            }
            // NBSP is not collapsed by browsers; TextFlow reads it as a space later.
            if (c.isSpace() && c != QChar(0xA0) && !preformatted) {
                if (!m_block.isEmpty() && !m_block.endsWith(u' '))
                    m_block += u' ';
                continue;
            }
            m_block += c;
        }
    }
    // Past kMaxDocumentTextChars the page is refused rather than held in memory.
    bool tooLarge() const { return m_out.size() + m_block.size() > kMaxDocumentTextChars; }
    void endBlock() {
        const QString block = m_block.trimmed();
        if (!block.isEmpty()) {
            m_out += block;
            m_out += u'\n';
        }
        m_block.clear();
    }
    QString result() {
        endBlock();
        return m_out;
    }

private:
    QString m_out;
    QString m_block;
};

QString contentOf(xmlNode *node) {
    xmlChar *content = xmlNodeGetContent(node);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return text;
}

} // namespace

Result<DocumentText> extractHtmlText(const QByteArray &html) {
    // Decoded here (UTF-8, UTF-16, Windows-1252) and handed to libxml2 as UTF-8, so a missing
    // or wrong charset declaration cannot garble the text.
    QString source = decodeText(html).text;
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    const QByteArray utf8 = source.toUtf8();
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT),
        &xmlFreeDoc);
    if (!doc)
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "MarkupText", "The HTML file could not be read: it is empty or badly damaged."));

    DocumentText text;
    text.type = FileType::Html;
    BlockWriter writer;
    // An explicit stack instead of recursion: a page nested thousands of levels deep costs
    // memory in proportion, never the call stack.
    struct Step {
        xmlNode *node;
        bool leaving;
        int preDepth;
    };
    std::vector<Step> stack;
    for (xmlNode *child = xmlDocGetRootElement(doc.get()); child; child = child->next)
        stack.push_back({child, false, 0});
    std::reverse(stack.begin(), stack.end());
    while (!stack.empty()) {
        if (writer.tooLarge())
            return Result<DocumentText>::failure(tooMuchTextMessage());
        const Step step = stack.back();
        stack.pop_back();
        xmlNode *node = step.node;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            writer.text(QString::fromUtf8(reinterpret_cast<const char *>(node->content)),
                        step.preDepth > 0);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
        const bool block = blockElements().contains(name);
        if (step.leaving) {
            if (block)
                writer.endBlock();
            continue;
        }
        if (name == "title" && text.title.isEmpty()) {
            text.title = contentOf(node);
            continue;
        }
        if (skippedElements().contains(name)) {
            // The head holds the title; nothing else of it is text.
            if (name == "head") {
                for (xmlNode *child = node->children; child; child = child->next) {
                    if (child->type != XML_ELEMENT_NODE)
                        continue;
                    if (xmlStrcasecmp(child->name, BAD_CAST "title") == 0 && text.title.isEmpty())
                        text.title = contentOf(child);
                    if (xmlStrcasecmp(child->name, BAD_CAST "meta") == 0) {
                        xmlChar *content = xmlGetProp(child, BAD_CAST "content");
                        if (content && text.metadata.size() < 200)
                            text.metadata
                                << QString::fromUtf8(reinterpret_cast<const char *>(content));
                        xmlFree(content);
                    }
                }
            }
            continue;
        }
        if (block)
            writer.endBlock();
        const int preDepth = step.preDepth + (name == "pre" ? 1 : 0);
        stack.push_back({node, true, preDepth});
        std::vector<Step> children;
        for (xmlNode *child = node->children; child; child = child->next)
            children.push_back({child, false, preDepth});
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    text.pages << writer.result();
    return text;
}

} // namespace overleg
