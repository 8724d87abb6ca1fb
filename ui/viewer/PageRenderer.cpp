#include "PageRenderer.h"

#include "document/PopplerBackend.h"

namespace overleg::ui {

PageRenderer::PageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_cache(kCacheKiB)
    , m_currentKey(std::make_shared<std::atomic<int>>(0)) {
    // Poppler serialises calls on one document; a second thread would only wait.
    m_pool.setMaxThreadCount(1);
}

PageRenderer::~PageRenderer() {
    m_currentKey->store(-1);
    m_pool.clear();
    m_pool.waitForDone();
}

QImage PageRenderer::cached(int page, int key) const {
    const QImage *image = m_cache.object(cacheKey(page, key));
    return image ? *image : QImage();
}

QImage PageRenderer::anyCached(int page) const {
    const auto it = m_latestKeyOfPage.constFind(page);
    if (it == m_latestKeyOfPage.constEnd())
        return {};
    const QImage *image = m_cache.object(*it);
    return image ? *image : QImage();
}

void PageRenderer::setCurrentKey(int key) {
    if (m_currentKey->exchange(key) != key)
        m_pool.clear(); // queued work for the old zoom is not worth doing
    m_pending.clear();
}

void PageRenderer::request(int page, int key, double dpi) {
    const quint64 id = cacheKey(page, key);
    if (m_cache.contains(id) || m_pending.contains(id) || page < 0 ||
        page >= m_document->pageCount())
        return;
    m_pending.insert(id);
    std::weak_ptr<PdfDocument> weak = m_document;
    auto current = m_currentKey;
    m_pool.start([this, weak, current, page, key, dpi, id] {
        if (current->load() != key)
            return;
        const auto document = weak.lock();
        if (!document)
            return;
        QImage image = document->render(page, dpi);
        if (image.isNull() || current->load() != key)
            return;
        // Delivered on the GUI thread; the destructor waits for this task, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, page, id, image = std::move(image)]() mutable {
                m_pending.remove(id);
                const qint64 cost = qMax<qint64>(1, image.sizeInBytes() / 1024);
                m_cache.insert(id, new QImage(std::move(image)), cost);
                m_latestKeyOfPage.insert(page, id);
                Q_EMIT pageReady(page);
            },
            Qt::QueuedConnection);
    });
}

} // namespace overleg::ui
