#pragma once

#include <QObject>

class QStatusBar;
class QWidget;

namespace overleg {
class Library;
struct SyncSummary;
} // namespace overleg

namespace overleg::ui {

class AppSettings;
class SyncDialog;

// The sync dialog in the window: made when first asked for; a sync running while it is closed
// still says how far it is in the status bar, and its end is announced through the Library
// (the sync wrote through its own connection). Closing the window stops a running sync.
class SyncWiring : public QObject {
    Q_OBJECT
public:
    SyncWiring(Library &library, AppSettings &settings, QStatusBar *statusBar, QWidget *window);

    void showDialog();
    // A running sync stops at a page boundary: what it committed stays, the next one resumes.
    void cancelRunning();
    // The dialog is built in one language; a new one is made in the other when next shown.
    void languageChanged();

private:
    void finished(const SyncSummary &summary);

    Library &m_library;
    AppSettings &m_settings;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    SyncDialog *m_dialog = nullptr;
};

} // namespace overleg::ui
