#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace overleg {
class ChangeFeed;
class Library;
class PgConnection;
} // namespace overleg

namespace overleg::ui {

// "Werkruimte": connect to a team workspace on a PostgreSQL server, create one, go back to the
// personal workspace, and see who is in it. The password is asked for, used, and forgotten:
// never written to a settings file. While connected, a colleague's change is announced at once.
class WorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    WorkspaceDialog(Library &library, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    // Connects to (or first creates) the workspace named in the form; false with the reason shown.
    bool connectToWorkspace(bool create);
    void usePersonalWorkspace();

Q_SIGNALS:
    // The notes the window shows now come from another workspace (empty: the personal one).
    void workspaceChanged(const QString &name);
    // A colleague changed something in the workspace.
    void remoteChange(const QString &by, const QString &documentId);

private:
    void showMembers(qint64 workspace);

    Library &m_library;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_workspace;
    QLabel *m_state;
    QListWidget *m_members;
    std::unique_ptr<PgConnection> m_listening;
    std::unique_ptr<ChangeFeed> m_feed;
};

} // namespace overleg::ui
