#include "BackgroundSync.h"

#include "SyncEngine.h"
#include "library/Library.h"

#include <QNetworkAccessManager>

namespace overleg {

namespace {

// Owns what the sync needs on its thread; created and destroyed there. Its members are read
// and written only on that thread.
class SyncWorker : public QObject {
public:
    explicit SyncWorker(QString dataDirectory)
        : m_dataDirectory(std::move(dataDirectory)) {}

    // Opens the library and builds the engine; returns null with *error set on failure.
    SyncEngine *prepare(const SyncOptions &options, QString *error) {
        auto opened = Library::open(m_dataDirectory);
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        m_library = std::move(opened).value();
        m_network = new QNetworkAccessManager(this);
        m_engine = new SyncEngine(*m_library, m_network, options, this);
        return m_engine;
    }

    // A cancel queued behind prepare(): the engine is running (cancel stops it) or could not
    // be built (nothing to stop).
    void cancel() {
        if (m_engine)
            m_engine->cancel();
    }

    ~SyncWorker() override {
        // The engine (a child) must go before the library it writes to.
        const auto children = findChildren<SyncEngine *>();
        qDeleteAll(children);
    }

private:
    QString m_dataDirectory;
    std::unique_ptr<Library> m_library;
    QNetworkAccessManager *m_network = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace

BackgroundSync::BackgroundSync(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<overleg::SyncSummary>();
    qRegisterMetaType<overleg::SyncPhase>();
}

BackgroundSync::~BackgroundSync() {
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void BackgroundSync::start(const QString &dataDirectory, const SyncOptions &options) {
    if (m_running)
        return;
    m_running = true;
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    auto *worker = new SyncWorker(dataDirectory);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();

    QMetaObject::invokeMethod(worker, [this, worker, options]() {
        QString error;
        SyncEngine *engine = worker->prepare(options, &error);
        if (!engine) {
            SyncSummary failed;
            failed.errors << error;
            QMetaObject::invokeMethod(this, [this, failed]() {
                m_running = false;
                Q_EMIT finished(failed);
            });
            return;
        }
        connect(engine, &SyncEngine::categoryProgress, this, &BackgroundSync::categoryProgress);
        connect(engine, &SyncEngine::categoryFinished, this, &BackgroundSync::categoryFinished);
        connect(engine, &SyncEngine::phaseChanged, this, &BackgroundSync::phaseChanged);
        connect(engine, &SyncEngine::fileProgress, this, &BackgroundSync::fileProgress);
        connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
            m_running = false;
            Q_EMIT finished(summary);
        });
        engine->start();
    });
}

void BackgroundSync::cancel() {
    // Posted to the worker's thread, where it runs after the request that builds and starts the
    // engine (queued earlier by start()), whenever it comes.
    if (auto *worker = static_cast<SyncWorker *>(m_worker); worker && m_running)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
}

} // namespace overleg
