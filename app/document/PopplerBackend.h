#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QSizeF>

#include <memory>

namespace overleg {

struct OutlineEntry {
    QString title;
    int page = -1;    // 0-based, -1 when the entry points nowhere in this file
    double top = 0.0; // 0..1 from the top of the page
    QList<OutlineEntry> children;
};

// An open PDF, to be shown: its pages as images, its outline. Everything that touches
// poppler-qt6 lives behind this class; the text model comes from Poppler's core (PdfText.h). Safe
// to use from several threads: calls are serialised, since a Poppler document must not be used
// concurrently.
class PdfDocument {
public:
    static Result<std::shared_ptr<PdfDocument>> open(const QByteArray &pdf);
    ~PdfDocument();

    int pageCount() const { return int(m_pageSizes.size()); }
    QSizeF pageSize(int page) const { return m_pageSizes.value(page); } // points
    QString title() const { return m_title; }
    QList<OutlineEntry> outline() const;

    // The page as an image at the given resolution; null when it cannot be rendered.
    QImage render(int page, double dpi) const;

private:
    PdfDocument() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QList<QSizeF> m_pageSizes;
    QString m_title;
    mutable QMutex m_mutex;
};

} // namespace overleg
