#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace overleg {

class PgConnection;

// One change a member made in a workspace, as the server announced it.
struct WorkspaceChange {
    qint64 workspace = 0;
    QString table;     // annotation, tag, correction
    QString operation; // insert, update, delete
    QString documentId;
    QString questionId;
    QString by; // the member's login
};

// The server's announcements of changes in one workspace (LISTEN overleg_changes), delivered on
// the connection's thread as they arrive, so a colleague's change shows within a second. The
// connection must stay open while this listens.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    ChangeFeed(PgConnection &connection, qint64 workspace, QObject *parent = nullptr);
    ~ChangeFeed() override;
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void changed(const overleg::WorkspaceChange &change);

private:
    void onNotification(const QString &name, const QVariant &payload);
    PgConnection &m_connection;
    qint64 m_workspace;
    bool m_listening = false;
};

} // namespace overleg

Q_DECLARE_METATYPE(overleg::WorkspaceChange)
