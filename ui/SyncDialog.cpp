#include "SyncDialog.h"

#include <QHash>

#include "AppSettings.h"
#include "library/Library.h"
#include "store/LibraryStore.h"
#include "sync/BackgroundSync.h"
#include "sync/FeedEndpoint.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

SyncDialog::SyncDialog(Library &library, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_settings(settings)
    , m_sync(new BackgroundSync(this))
    , m_feed(new QLineEdit(this))
    , m_since(new QDateEdit(this))
    , m_sinceHint(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_categories(new QTreeWidget(this))
    , m_files(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Synchronise with the Tweede Kamer"));
    resize(560, 520);

    m_feed->setObjectName(QStringLiteral("syncFeedUrl"));
    m_feed->setText(settings.feedUrl());
    m_since->setObjectName(QStringLiteral("syncSince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setDate(QDate::currentDate().addYears(-1));
    m_sinceHint->setWordWrap(true);
    m_categories->setObjectName(QStringLiteral("syncCategories"));
    m_categories->setRootIsDecorated(false);
    m_categories->setAccessibleName(tr("What is synchronised"));
    m_categories->setAccessibleDescription(
        tr("Each category of the open data with the number of entities fetched and its state"));
    m_categories->setHeaderLabels({tr("Category"), tr("Entities"), tr("State")});
    m_categories->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->setObjectName(QStringLiteral("syncFiles"));
    m_files->setFormat(tr("Files: %v of %m"));
    m_files->setValue(0);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_start = m_buttons->addButton(tr("Synchronise"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("syncStart"));
    m_cancel = m_buttons->addButton(tr("Cancel sync"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, &SyncDialog::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::cancelSync);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *form = new QFormLayout;
    form->addRow(tr("Feed address:"), m_feed);
    form->addRow(tr("Start date:"), m_since);
    form->addRow(QString(), m_sinceHint);
    form->addRow(tr("Last sync:"), m_lastSync);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_files);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_sync, &BackgroundSync::categoryProgress, this,
            [this](const QString &category, qint64 entities, qint64) {
                categoryProgress(category, entities);
                m_library.announceSyncProgress(category, entities);
            });
    connect(m_sync, &BackgroundSync::categoryFinished, this, &SyncDialog::categoryFinished);
    connect(m_sync, &BackgroundSync::phaseChanged, this, [this](SyncPhase phase) {
        switch (phase) {
        case SyncPhase::Metadata:
            break; // each category's row says how far it is
        case SyncPhase::Navigation:
            m_status->setText(tr("Updating the navigation…"));
            break;
        case SyncPhase::Files:
            m_status->setText(tr("Downloading the documents of what you follow…"));
            break;
        }
    });
    connect(m_sync, &BackgroundSync::fileProgress, this,
            [this](int done, int total, const QString &, const QString &error) {
                fileProgress(done, total, error);
            });
    connect(m_sync, &BackgroundSync::finished, this, &SyncDialog::finished);
    updateLastSync();
    setRunning(false);
}

SyncDialog::~SyncDialog() = default;

bool SyncDialog::isRunning() const {
    return m_sync->isRunning();
}

void SyncDialog::updateLastSync() {
    const QDateTime last = m_library.store().lastSync();
    m_lastSync->setText(last.isValid()
                            ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
                            : tr("never"));
    // A start date only means something for a library that never synced: after that, every
    // sync continues where the previous one stopped.
    const bool fresh = !last.isValid();
    m_since->setEnabled(fresh && !isRunning());
    m_sinceHint->setText(fresh ? tr("Documents, zaken and activities from this date on; "
                                    "commissies, kamerleden, fracties and dossiers in full.")
                               : tr("Each sync continues where the previous one stopped."));
}

void SyncDialog::setRunning(bool running) {
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_feed->setEnabled(!running);
    m_since->setEnabled(!running && !m_library.store().lastSync().isValid());
}

// The feed's categories are the Kamer's entity names (FractieZetelPersoon); a user reads words.
QString SyncDialog::categoryLabel(const QString &category) {
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("Commissie"), QT_TR_NOOP("Committees")},
        {QStringLiteral("Persoon"), QT_TR_NOOP("Persons")},
        {QStringLiteral("Fractie"), QT_TR_NOOP("Parliamentary groups")},
        {QStringLiteral("FractieZetel"), QT_TR_NOOP("Seats of the groups")},
        {QStringLiteral("FractieZetelPersoon"), QT_TR_NOOP("Members of the groups")},
        {QStringLiteral("CommissieZetel"), QT_TR_NOOP("Committee seats")},
        {QStringLiteral("CommissieZetelVastPersoon"), QT_TR_NOOP("Committee members")},
        {QStringLiteral("CommissieZetelVervangerPersoon"),
         QT_TR_NOOP("Substitute committee members")},
        {QStringLiteral("Kamerstukdossier"), QT_TR_NOOP("Parliamentary dossiers")},
        {QStringLiteral("Zaak"), QT_TR_NOOP("Cases")},
        {QStringLiteral("ZaakActor"), QT_TR_NOOP("Parties to cases")},
        {QStringLiteral("Document"), QT_TR_NOOP("Documents")},
        {QStringLiteral("DocumentActor"), QT_TR_NOOP("Authors of documents")},
        {QStringLiteral("DocumentVersie"), QT_TR_NOOP("Document versions")},
        {QStringLiteral("Activiteit"), QT_TR_NOOP("Activities")},
        {QStringLiteral("ActiviteitActor"), QT_TR_NOOP("Participants in activities")},
        {QStringLiteral("Agendapunt"), QT_TR_NOOP("Agenda items")},
    };
    const char *label = labels.value(category);
    return label ? tr(label) : category;
}

QTreeWidgetItem *SyncDialog::rowFor(const QString &category) {
    for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_categories->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == category)
            return row;
    }
    auto *item = new QTreeWidgetItem(m_categories,
                                     {categoryLabel(category), QStringLiteral("0"), QString()});
    item->setData(0, Qt::UserRole, category);
    item->setToolTip(0, category);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void SyncDialog::startSync() {
    if (isRunning())
        return;
    const FeedEndpoint endpoint(m_feed->text());
    if (!endpoint.isValid()) {
        m_status->setText(tr("'%1' is not a web address (http or https).").arg(m_feed->text()));
        return;
    }
    m_settings.setFeedUrl(m_feed->text().trimmed());
    SyncOptions options;
    options.feedUrl = m_feed->text().trimmed();
    if (!m_library.store().lastSync().isValid())
        options.since = m_since->date();
    m_categories->clear();
    for (const QString &category : syncCategories())
        rowFor(category)->setText(2, tr("waiting"));
    m_files->setRange(0, 1);
    m_files->setValue(0);
    m_fileFailures = 0;
    m_status->setText(tr("Fetching from %1…").arg(endpoint.base().host()));
    setRunning(true);
    m_sync->start(m_library.dataDirectory().root(), options);
}

void SyncDialog::cancelSync() {
    m_status->setText(tr("Cancelling…"));
    m_sync->cancel();
}

void SyncDialog::categoryProgress(const QString &category, qint64 entities) {
    QTreeWidgetItem *row = rowFor(category);
    row->setText(1, QLocale().toString(entities));
    row->setText(2, tr("fetching"));
}

void SyncDialog::categoryFinished(const QString &category, const QString &error) {
    QTreeWidgetItem *row = rowFor(category);
    // Why it failed stands in the row itself, not only in a tooltip.
    row->setText(2, error.isEmpty() ? tr("up to date") : tr("failed: %1").arg(error));
    row->setToolTip(2, error);
}

void SyncDialog::fileProgress(int done, int total, const QString &error) {
    m_files->setRange(0, total);
    m_files->setValue(done);
    if (!error.isEmpty())
        ++m_fileFailures;
}

void SyncDialog::finished(const SyncSummary &summary) {
    setRunning(false);
    updateLastSync();
    QString text;
    if (summary.cancelled) {
        text = tr("Cancelled. What was fetched is kept; the next sync continues from there.");
    } else if (!summary.errors.isEmpty() && summary.entities == 0 && summary.deleted == 0) {
        text = tr("No connection with the Tweede Kamer (%1). Your library stays available "
                  "offline; try again later.")
                   .arg(summary.errors.first());
    } else {
        text = tr("%n entities fetched", nullptr, int(summary.entities + summary.deleted)) +
               QStringLiteral(", ") + tr("%n files downloaded", nullptr, summary.files) +
               QStringLiteral(".");
        if (summary.fileFailures > 0)
            text += u' ' + tr("%n files could not be fetched; they are tried again next time.",
                              nullptr, summary.fileFailures);
        if (!summary.errors.isEmpty())
            text += u' ' + tr("Not everything came through: %1")
                               .arg(summary.errors.join(QStringLiteral("; ")));
    }
    m_status->setText(text);
    Q_EMIT syncFinished(summary);
}

} // namespace overleg::ui
