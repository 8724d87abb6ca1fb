#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace overleg {
class ChangeFeed;
class Library;
class PasswordVault;
class PgConnection;
} // namespace overleg

namespace overleg::ui {

// "Werkruimte": connect to a team workspace on a PostgreSQL server, create one, go back to the
// personal workspace, and see who is in it. The password is asked for, or read from the desktop
// keyring when "Remember password" stored it there; never written to a settings file. While
// connected, a colleague's change is announced at once.
class WorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    WorkspaceDialog(Library &library, QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    // Connects to (or first creates) the workspace named in the form; false with the reason shown.
    bool connectToWorkspace(bool create);
    void usePersonalWorkspace();
    // Where remembered passwords go (the desktop keyring unless a test gives another).
    void setPasswordVault(std::unique_ptr<PasswordVault> vault);

Q_SIGNALS:
    // The notes the window shows now come from another workspace (empty: the personal one).
    void workspaceChanged(const QString &name);
    // A colleague changed something in the workspace.
    void remoteChange(const QString &by, const QString &documentId);
    // Edits made offline were refused by the server when sent; they are kept (OfflineNotes).
    void editsRefused(const QString &reason);

private:
    void showMembers(qint64 workspace);

    Library &m_library;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLineEdit *m_workspace;
    QLabel *m_state;
    QListWidget *m_members;
    std::unique_ptr<PgConnection> m_listening;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<PasswordVault> m_vault;
};

} // namespace overleg::ui
