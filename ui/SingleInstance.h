#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace overleg::ui {

// One running Overleg per user and data directory: a second start ("Open with" in the file
// manager) hands its files to the first over a local socket and exits, instead of starting a
// second WebEngine on the same databases.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataRoot, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: the user and a hash of the data directory (another --data-dir is
    // another instance).
    static QString serverName(const QString &dataRoot);
    QString serverName() const { return m_name; }

    // Sends the files (absolute paths; none just raises the window) to the running instance.
    // True when one took them: the caller exits.
    bool forward(const QStringList &files, int timeoutMs = 3000) const;
    // Becomes the running instance. A socket left by a crashed one is replaced.
    bool listen();

Q_SIGNALS:
    // Another start asked to open these files (possibly none: show the window).
    void filesReceived(const QStringList &files);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace overleg::ui
