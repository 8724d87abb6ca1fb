#pragma once

#include "FileType.h"

#include <QString>
#include <QStringList>

namespace overleg {

// The text of a document, page by page (formats without pages have one). Later layers
// (questions, highlighting) address spans in it by page and character offset.
struct DocumentText {
    FileType type = FileType::Unknown;
    QStringList pages;
    QString title;   // from the file's own metadata, when it has any
    QString warning; // e.g. "no text layer": the file opens, but a user should know

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
