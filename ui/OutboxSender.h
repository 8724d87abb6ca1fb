#pragma once

#include <QLabel>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace overleg {
class Library;
class OfflineNotes;
} // namespace overleg

namespace overleg::ui {

// Sends a team workspace's outbox from the window, without waiting for the user's next edit:
// while edits wait (OfflineNotes::pendingEdits), it tries again and again, 2 s apart at first,
// doubling up to a minute while the server stays away, and shows "n edits waiting for the
// server" in its label (for the status bar). OfflineNotes talks to the server through Qt SQL
// connections that belong to the GUI thread, and a connection to a host that drops packets
// blocks up to PgConnection's connect_timeout; so each try first knocks on the server's port
// with an asynchronous QTcpSocket and calls sync() only once the port answered: an unreachable
// server never freezes the window.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(Library &library, QObject *parent = nullptr);
    ~OutboxSender() override;

    // The label that shows what waits (hidden when nothing does); the caller places it.
    QLabel *label() const { return m_label; }
    // The first and the longest wait between tries (tests use short ones).
    void setBackoff(int firstMs, int longestMs);
    int currentDelay() const { return m_delay; }
    // Looks again now (an edit was made, the workspace switched, the server announced a
    // change): shows what waits and tries to send it at once.
    void poke();

Q_SIGNALS:
    // The outbox was sent (some or all of it): the panels read the notes again.
    void sent();

private:
    OfflineNotes *outbox() const;
    void tick();
    void portAnswered();
    void portFailed();
    void schedule(int ms);
    void showWaiting(int pending);

    Library &m_library;
    QPointer<QLabel> m_label; // the status bar's once placed, which may go first
    QTimer *m_timer;
    QTimer *m_knockTimeout;
    QPointer<QTcpSocket> m_knock;
    int m_first = 2000;
    int m_longest = 60000;
    int m_delay = 2000;
};

} // namespace overleg::ui
