#include "OutboxSender.h"

#include "library/Library.h"
#include "workspace/OfflineNotes.h"

#include <QLabel>
#include <QTcpSocket>
#include <QTimer>

namespace overleg::ui {

namespace {
// How long the port may take to answer before this try counts as failed.
constexpr int kKnockTimeoutMs = 3000;
} // namespace

OutboxSender::OutboxSender(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_label(new QLabel)
    , m_timer(new QTimer(this))
    , m_knockTimeout(new QTimer(this)) {
    m_label->setObjectName(QStringLiteral("outboxStatus"));
    m_label->hide();
    m_timer->setSingleShot(true);
    m_knockTimeout->setSingleShot(true);
    m_knockTimeout->setInterval(kKnockTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &OutboxSender::tick);
    connect(m_knockTimeout, &QTimer::timeout, this, &OutboxSender::portFailed);
    // Edits are made in the panels: look soon after each.
    connect(&m_library, &Library::notesChanged, this, [this] { schedule(0); });
    schedule(m_first);
}

OutboxSender::~OutboxSender() {
    // The label belongs to whoever placed it (the status bar); unplaced, it is ours.
    if (m_label && !m_label->parent())
        delete m_label;
}

void OutboxSender::setBackoff(int firstMs, int longestMs) {
    m_first = firstMs;
    m_longest = longestMs;
    m_delay = firstMs;
    schedule(0);
}

void OutboxSender::poke() {
    m_delay = m_first;
    schedule(0);
}

OfflineNotes *OutboxSender::outbox() const {
    return dynamic_cast<OfflineNotes *>(m_library.teamNotes());
}

void OutboxSender::schedule(int ms) {
    if (m_knock)
        return; // a try is under way; it schedules the next
    m_timer->start(ms);
}

void OutboxSender::showWaiting(int pending) {
    if (!m_label)
        return;
    m_label->setText(tr("%n edit(s) waiting for the server", nullptr, pending));
    m_label->setVisible(pending > 0);
}

void OutboxSender::tick() {
    OfflineNotes *notes = outbox();
    const int pending = notes ? notes->pendingEdits() : 0;
    showWaiting(pending);
    if (pending == 0) {
        // Nothing waits: look again soon (counting the outbox is one local query).
        m_delay = m_first;
        m_timer->start(m_first);
        return;
    }
    const QString host = notes->server().host;
    if (host.isEmpty() || host.startsWith(u'/')) {
        // A Unix socket: connecting to it fails at once or succeeds, it never hangs.
        portAnswered();
        return;
    }
    m_knock = new QTcpSocket(this);
    connect(m_knock, &QTcpSocket::connected, this, &OutboxSender::portAnswered);
    connect(m_knock, &QTcpSocket::errorOccurred, this, &OutboxSender::portFailed);
    m_knockTimeout->start();
    m_knock->connectToHost(host, quint16(notes->server().port));
}

void OutboxSender::portAnswered() {
    m_knockTimeout->stop();
    if (m_knock) {
        m_knock->disconnect(this);
        m_knock->abort();
        m_knock->deleteLater();
        m_knock = nullptr;
    }
    OfflineNotes *notes = outbox();
    const int before = notes ? notes->pendingEdits() : 0;
    const bool empty = !notes || notes->sync();
    const int after = notes ? notes->pendingEdits() : 0;
    showWaiting(after);
    if (after < before)
        Q_EMIT sent();
    if (empty) {
        m_delay = m_first;
        m_timer->start(m_first);
    } else {
        schedule(m_delay);
        m_delay = std::min(m_delay * 2, m_longest);
    }
}

void OutboxSender::portFailed() {
    if (!m_knock)
        return;
    m_knockTimeout->stop();
    m_knock->disconnect(this);
    m_knock->abort();
    m_knock->deleteLater();
    m_knock = nullptr;
    schedule(m_delay);
    m_delay = std::min(m_delay * 2, m_longest);
}

} // namespace overleg::ui
