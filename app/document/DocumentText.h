#pragma once

#include "FileType.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace overleg {

// A word on a PDF page: its characters in the page text and its box in page points (1/72 inch,
// origin top left), so a span of text can be highlighted and scrolled to.
struct TextWord {
    int start = 0; // offset in the page's text
    int length = 0;
    QRectF box;
};

// The text of a document, page by page (formats without pages have one). Later layers
// (questions, highlighting) address spans in it by page and character offset.
struct DocumentText {
    FileType type = FileType::Unknown;
    QStringList pages;
    QList<QList<TextWord>> words; // per page, PDF only
    QString title;                // from the file's own metadata, when it has any
    QStringList metadata;         // other metadata values (HTML/XML <meta content>): identifiers
    QString warning;              // e.g. "no text layer": the file opens, but a user should know

    // All pages joined with form feeds, as pdftotext does.
    QString plainText() const { return pages.join(u'\f'); }
    bool isEmpty() const {
        for (const QString &p : pages) {
            if (!p.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace overleg
