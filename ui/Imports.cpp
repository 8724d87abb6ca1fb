#include "Imports.h"

#include "export/NotesBundle.h"
#include "library/BackgroundImport.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace overleg::ui {

Imports::Imports(Library &library, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_statusBar(statusBar)
    , m_window(window) {}

void Imports::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import files"), QString(),
        tr("Documents (*.pdf *.docx *.odt *.html *.htm *.xml *.txt);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void Imports::importFiles(const QStringList &paths) {
    auto *progress =
        new QProgressDialog(tr("Importing files…"), tr("Cancel"), 0, int(paths.size()), m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        const ImportOutcome outcome =
            watcher->future().resultCount() > 0 ? watcher->result() : ImportOutcome{};
        m_library.announceDocumentsChanged();
        const int imported = int(outcome.importedIds.size());
        const int duplicates = int(outcome.duplicateIds.size());
        m_statusBar->showMessage(
            tr("%n file(s) imported", nullptr, imported) +
                (duplicates ? tr(", %n already in the library", nullptr, duplicates) : QString()),
            8000);
        if (!outcome.messages.isEmpty())
            QMessageBox::warning(m_window, tr("Import"),
                                 outcome.messages.join(QStringLiteral("\n\n")));
        if (imported + duplicates == 1)
            Q_EMIT openRequested(imported ? outcome.importedIds.constFirst()
                                          : outcome.duplicateIds.constFirst());
        Q_EMIT finished(imported, duplicates, int(outcome.messages.size()));
    });
    watcher->setFuture(importInBackground(m_library.dataDirectory().root(),
                                          m_library.dataDirectory().libraryDatabasePath(), paths));
}

void Imports::importNotes() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import notes"), QString(),
                                                      tr("Overleg notes (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import notes"), file.errorString());
        return;
    }
    const auto imported = NotesBundle::import(m_library, file.readAll());
    if (!imported) {
        QMessageBox::warning(m_window, tr("Import notes"), imported.error());
        return;
    }
    m_library.announceNotesChanged({});
    QMessageBox::information(
        m_window, tr("Import notes"),
        tr("%n question note(s) imported.", nullptr, imported->annotations) + u' ' +
            tr("%n newer note(s) already here were kept.", nullptr, imported->kept) + u' ' +
            tr("A copy of your notes from before the import is in %1.")
                .arg(QDir::toNativeSeparators(imported->backup)));
}

} // namespace overleg::ui
