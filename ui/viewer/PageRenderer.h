#pragma once

#include "document/DocumentLimits.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace overleg {
class PdfDocument;
struct PageRendering;
struct RenderControl;
} // namespace overleg

namespace overleg::ui {

// Renders PDF pages off the GUI thread, one at a time per document, and keeps them in a bounded
// cache. The window never waits for a render: a request that is no longer wanted (the user zoomed
// again, scrolled on, closed the tab) is dropped or stopped; a page not drawn within the deadline
// is abandoned and named as such (failure()), whether Poppler stops in time or not; destroying
// the renderer cancels what runs and returns at once.
class PageRenderer : public QObject {
    Q_OBJECT
public:
    explicit PageRenderer(std::shared_ptr<PdfDocument> document, QObject *parent = nullptr);
    ~PageRenderer() override;

    // The page at exactly this resolution key, or a null image.
    QImage cached(int page, int key) const;
    // The page at any resolution we still hold (to show scaled while the sharp one renders).
    QImage anyCached(int page) const;
    // Why the page cannot be shown at this key (not drawn in time, a compression bomb, damaged),
    // in the user's language; empty while it renders or once it is drawn.
    QString failure(int page, int key) const;
    // Starts rendering unless the image is cached, on its way, or failed at this key.
    void request(int page, int key, double dpi);
    // Drops queued requests for other keys and stops a running one.
    void setCurrentKey(int key);
    // The pages worth drawing now (in view, and their neighbours): queued requests for other
    // pages are dropped, and a running one for another page is stopped.
    void setWantedPages(int first, int last);

    void setDeadline(int ms) { m_deadlineMs = ms; } // kPageRenderDeadlineMs unless a test says
    int deadline() const { return m_deadlineMs; }
    bool busy() const { return m_running.has_value() || !m_queue.isEmpty(); }
    // Renders running in worker threads, over every renderer (those abandoned included).
    static int runningRenders();

    static constexpr qint64 kCacheKiB = 160 * 1024; // bounds memory on a 300-page document

Q_SIGNALS:
    void pageReady(int page); // drawn, or failed: either way worth a repaint

private:
    struct Job {
        int page = 0;
        int key = 0;
        double dpi = 0;
        quint64 id = 0;
    };
    struct Running {
        Job job;
        std::shared_ptr<RenderControl> control;
    };
    struct Link; // what a worker reaches this renderer through, cut by the destructor

    static quint64 cacheKey(int page, int key) {
        return (quint64(quint32(key)) << 32) | quint32(page);
    }
    void startNext();
    void finished(const std::shared_ptr<RenderControl> &control, const Job &job,
                  const PageRendering &rendering);
    void checkDeadline();
    void fail(const Job &job, const QString &message);

    std::shared_ptr<PdfDocument> m_document;
    std::shared_ptr<Link> m_link;
    QCache<quint64, QImage> m_cache;
    QHash<int, quint64> m_latestKeyOfPage;
    QHash<quint64, QString> m_failures;
    QList<Job> m_queue;
    std::optional<Running> m_running;
    QTimer m_watchdog;
    int m_currentKey = 0;
    int m_firstWanted = 0;
    int m_lastWanted = -1; // first > last: every page is wanted
    int m_deadlineMs = kPageRenderDeadlineMs;
};

} // namespace overleg::ui
