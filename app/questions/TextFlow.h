#pragma once

#include "document/DocumentText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// The running text of a document as a reader follows it: page headers, footers, footnotes
// and other small print left out, lines of a paragraph joined (a line-break hyphen inside a
// word removed), paragraphs one per line. Every character keeps its offset in the document's
// plain text (pages joined by form feeds), so what is found here can be shown there.
class TextFlow {
public:
    // In numbered question documents (Kamervragen, lists) a question mark at the end of a
    // line followed by a capital ends the item, where only layout could tell otherwise; in an
    // inbreng it may end a sentence in the middle of a paragraph.
    enum class QuestionMarks { InParagraph, EndItems };
    explicit TextFlow(const DocumentText &text,
                      QuestionMarks questionMarks = QuestionMarks::InParagraph);

    const QString &text() const { return m_text; }
    // Offset in DocumentText::plainText() of the flow character at index i.
    int sourceOffset(int i) const { return m_source.value(qBound(0, i, int(m_source.size()) - 1)); }
    // The page (0-based) the flow character at index i is on.
    int pageAt(int i) const;

    struct Paragraph {
        int start = 0; // in text()
        int end = 0;
        QString text() const;
        const TextFlow *flow = nullptr;
    };
    QList<Paragraph> paragraphs() const;
    // The head: the title block and the opening lines, before the body proper (the first 25
    // paragraphs, or fewer once they pass 3000 characters).
    QStringList headParagraphs() const;

private:
    void splitRunTogetherParagraphs();

    QString m_text;
    QList<int> m_source;
    QList<int> m_pageStarts; // plain-text offset where each page starts
};

} // namespace overleg
