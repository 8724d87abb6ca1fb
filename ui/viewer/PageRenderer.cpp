#include "PageRenderer.h"

#include "document/PopplerBackend.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace overleg::ui {

namespace {

std::atomic<int> g_running{0};

// One pool for every document: it outlives the renderers, so closing a tab never waits for a
// render, and two tabs can render at once. Each renderer runs one job at a time.
QThreadPool &renderPool() {
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        return p;
    }(); // never deleted: a render abandoned at exit must not hold up the process's end
    return *pool;
}

// Time Poppler gets past the deadline to stop by itself before the window abandons the render.
constexpr int kGraceMs = 250;

} // namespace

struct PageRenderer::Link {
    QMutex mutex;
    QPointer<PageRenderer> renderer;
};

PageRenderer::PageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_link(std::make_shared<Link>())
    , m_cache(kCacheKiB) {
    m_link->renderer = this;
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &PageRenderer::checkDeadline);
}

PageRenderer::~PageRenderer() {
    {
        const QMutexLocker lock(&m_link->mutex);
        m_link->renderer = nullptr;
    }
    m_queue.clear();
    if (m_running)
        m_running->control->cancel.store(true);
}

int PageRenderer::runningRenders() {
    return g_running.load();
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

QString PageRenderer::failure(int page, int key) const {
    return m_failures.value(cacheKey(page, key));
}

void PageRenderer::setCurrentKey(int key) {
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    m_queue.clear(); // queued work for the old zoom is not worth doing
    if (m_running && m_running->job.key != key)
        m_running->control->cancel.store(true);
}

void PageRenderer::setWantedPages(int first, int last) {
    m_firstWanted = first;
    m_lastWanted = last;
    auto unwanted = [first, last](const Job &job) { return job.page < first || job.page > last; };
    m_queue.removeIf(unwanted);
    if (m_running && unwanted(m_running->job))
        m_running->control->cancel.store(true);
}

void PageRenderer::request(int page, int key, double dpi) {
    const quint64 id = cacheKey(page, key);
    if (page < 0 || page >= m_document->pageCount() || m_cache.contains(id) ||
        m_failures.contains(id) || (m_running && m_running->job.id == id) ||
        std::any_of(m_queue.cbegin(), m_queue.cend(), [id](const Job &j) { return j.id == id; }))
        return;
    if (m_firstWanted <= m_lastWanted && (page < m_firstWanted || page > m_lastWanted))
        return;
    m_queue.append(Job{page, key, dpi, id});
    startNext();
}

void PageRenderer::startNext() {
    if (m_running || m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    auto control = std::make_shared<RenderControl>();
    control->deadlineMs = m_deadlineMs;
    m_running = Running{job, control};
    m_watchdog.start();
    renderPool().start([document = m_document, link = m_link, control, job] {
        ++g_running;
        const PageRendering rendering = document->render(job.page, job.dpi, *control);
        {
            // Delivered on the GUI thread, unless the renderer is gone by then.
            const QMutexLocker lock(&link->mutex);
            if (PageRenderer *renderer = link->renderer) {
                QMetaObject::invokeMethod(
                    renderer,
                    [renderer, control, job, rendering] {
                        renderer->finished(control, job, rendering);
                    },
                    Qt::QueuedConnection);
            }
        }
        --g_running;
    });
}

void PageRenderer::finished(const std::shared_ptr<RenderControl> &control, const Job &job,
                            const PageRendering &rendering) {
    if (!m_running || m_running->control != control)
        return; // abandoned by the watchdog: its failure is already shown
    m_running.reset();
    m_watchdog.stop();
    using S = PageRendering::Status;
    switch (rendering.status) {
    case S::Rendered: {
        const qint64 cost = qMax<qint64>(1, rendering.image.sizeInBytes() / 1024);
        m_cache.insert(job.id, new QImage(rendering.image), cost);
        m_latestKeyOfPage.insert(job.page, job.id);
        Q_EMIT pageReady(job.page);
        break;
    }
    case S::Cancelled:
        break; // asked for again if it comes back into view
    case S::Failed:
    case S::TooLarge:
    case S::TimedOut:
        fail(job, PageRendering::messageFor(rendering.status, control->deadlineMs));
        break;
    }
    startNext();
}

void PageRenderer::checkDeadline() {
    if (!m_running) {
        m_watchdog.stop();
        return;
    }
    const qint64 started = m_running->control->startedMs.load();
    if (started < 0 ||
        RenderControl::steadyMs() - started <= m_running->control->deadlineMs + kGraceMs)
        return; // waiting for the document, or still within its time
    // Poppler has not stopped (one operator that takes long): leave it to end in its thread.
    const Running abandoned = *m_running;
    abandoned.control->cancel.store(true);
    m_running.reset();
    m_watchdog.stop();
    fail(abandoned.job,
         PageRendering::messageFor(PageRendering::Status::TimedOut, abandoned.control->deadlineMs));
    startNext();
}

void PageRenderer::fail(const Job &job, const QString &message) {
    m_failures.insert(job.id, message);
    Q_EMIT pageReady(job.page);
}

} // namespace overleg::ui
