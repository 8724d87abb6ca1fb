#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace overleg {
class PdfDocument;
}

namespace overleg::ui {

// Renders PDF pages off the GUI thread and keeps them in a bounded cache. A request for a
// resolution that is no longer wanted (the user zoomed again) is dropped before it starts.
class PageRenderer : public QObject {
    Q_OBJECT
public:
    explicit PageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent = nullptr);
    ~PageRenderer() override;

    // The page at exactly this resolution key, or a null image.
    QImage cached(int page, int key) const;
    // The page at any resolution we still hold (to show scaled while the sharp one renders).
    QImage anyCached(int page) const;
    // Starts rendering unless the image is cached or on its way.
    void request(int page, int key, double dpi);
    // Drops queued requests for other keys; running ones finish but are not kept.
    void setCurrentKey(int key);

    static constexpr qint64 kCacheKiB = 160 * 1024; // bounds memory on a 300-page document

Q_SIGNALS:
    void pageReady(int page);

private:
    static quint64 cacheKey(int page, int key) {
        return (quint64(quint32(key)) << 32) | quint32(page);
    }

    std::shared_ptr<PdfDocument> m_document;
    QThreadPool m_pool;
    QCache<quint64, QImage> m_cache;
    QHash<int, quint64> m_latestKeyOfPage;
    QSet<quint64> m_pending;
    std::shared_ptr<std::atomic<int>> m_currentKey;
};

} // namespace overleg::ui
