#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QSizeF>

#include <atomic>
#include <chrono>
#include <memory>

namespace overleg {

class PdfContentGuard;

// How one page's drawing is bounded: a deadline counted from the moment the drawing starts (a
// render waiting for another on the same document has not started), and a flag another thread
// sets to stop it (the page scrolled away, the tab closed). Poppler looks at both between drawing
// operators; started is set when the drawing begins, so a watchdog can tell a long wait from a
// long render.
struct RenderControl {
    int deadlineMs = 0; // 0: none
    std::atomic<bool> cancel{false};
    std::atomic<qint64> startedMs{-1}; // steadyMs() when the drawing began

    static qint64 steadyMs() {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

struct PageRendering {
    enum class Status {
        Rendered,
        Failed,    // Poppler drew nothing (a damaged page)
        TooLarge,  // its instructions unpack past kMaxPageContentBytes (a flate bomb)
        TimedOut,  // not drawn within the deadline
        Cancelled, // stopped by RenderControl::cancel
    };
    Status status = Status::Failed;
    QImage image; // only when Rendered

    // What a user is told on the page or on stderr; empty for Rendered and Cancelled.
    static QString messageFor(Status status, int deadlineMs);
};

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
    // The same, bounded by control: the page's instructions are measured first (a flate bomb is
    // refused before Poppler spends minutes on it), then drawn until the deadline or a cancel.
    PageRendering render(int page, double dpi, RenderControl &control) const;

private:
    PdfDocument() = default;
    struct Private;
    std::unique_ptr<Private> d;
    QList<QSizeF> m_pageSizes;
    QString m_title;
    mutable QMutex m_mutex;
    mutable std::unique_ptr<PdfContentGuard> m_contentGuard; // opened on the first render
    mutable QList<bool> m_contentChecked;                    // per page: measured and within
};

} // namespace overleg
