#pragma once

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace overleg {
class BackgroundSync;
class Library;
struct SyncSummary;
} // namespace overleg

namespace overleg::ui {

class AppSettings;

// "Synchroniseren": where from (the feed address, a start date for a library that never
// synced), progress per category and per file, cancel, and what happened, in plain words.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(Library &library, AppSettings &settings, QWidget *parent = nullptr);
    ~SyncDialog() override;

    bool isRunning() const;
    void startSync();
    void cancelSync();
    // A category (a SyncFeed entity) in words: "Leden van de fracties", not FractieZetelPersoon.
    static QString categoryLabel(const QString &category);

Q_SIGNALS:
    void syncFinished(const overleg::SyncSummary &summary);

private:
    void categoryProgress(const QString &category, qint64 entities);
    void categoryFinished(const QString &category, const QString &error);
    void fileProgress(int done, int total, const QString &error);
    void finished(const SyncSummary &summary);
    QTreeWidgetItem *rowFor(const QString &category);
    void updateLastSync();
    void setRunning(bool running);

    Library &m_library;
    AppSettings &m_settings;
    BackgroundSync *m_sync;
    QLineEdit *m_feed;
    QDateEdit *m_since;
    QLabel *m_sinceHint;
    QLabel *m_lastSync;
    QTreeWidget *m_categories;
    QProgressBar *m_files;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    int m_fileFailures = 0;
};

} // namespace overleg::ui
