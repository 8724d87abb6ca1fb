#include "SyncWiring.h"

#include "SyncDialog.h"
#include "library/Library.h"
#include "sync/SyncOptions.h"

#include <QLocale>
#include <QStatusBar>

namespace overleg::ui {

SyncWiring::SyncWiring(Library &library, AppSettings &settings, QStatusBar *statusBar,
                       QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_settings(settings)
    , m_statusBar(statusBar)
    , m_window(window) {
    connect(&m_library, &Library::syncProgress, this,
            [this](const QString &category, qint64 entities) {
                if (m_dialog && !m_dialog->isVisible())
                    m_statusBar->showMessage(
                        tr("Synchronising: %1, %2")
                            .arg(SyncDialog::categoryLabel(category), QLocale().toString(entities)),
                        4000);
            });
}

void SyncWiring::showDialog() {
    if (!m_dialog) {
        m_dialog = new SyncDialog(m_library, m_settings, m_window);
        connect(m_dialog, &SyncDialog::syncFinished, this, &SyncWiring::finished);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncWiring::cancelRunning() {
    if (m_dialog && m_dialog->isRunning())
        m_dialog->cancelSync();
}

void SyncWiring::languageChanged() {
    if (m_dialog && !m_dialog->isRunning()) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

void SyncWiring::finished(const SyncSummary &summary) {
    // The sync wrote through its own connection.
    m_library.announceDocumentsChanged();
    if (summary.ok())
        m_statusBar->showMessage(tr("Synchronised: %n entities fetched", nullptr,
                                    int(summary.entities + summary.deleted)),
                                 8000);
}

} // namespace overleg::ui
