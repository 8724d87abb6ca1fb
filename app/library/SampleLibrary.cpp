#include "SampleLibrary.h"

#include "FileStore.h"
#include "core/Logging.h"
#include "entities/EntitySchema.h"
#include "entities/SyncFeedReader.h"
#include "store/LibraryStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace overleg {

Result<SampleLibrary::Summary> SampleLibrary::load(LibraryStore &store, const FileStore &files,
                                                   const QString &location) {
    const QDir root(location);
    const QDir feedDir(root.filePath(QStringLiteral("feed")));
    if (!feedDir.exists())
        return Result<Summary>::failure(QCoreApplication::translate(
            "SampleLibrary", "The sample library is missing from this build."));

    Summary summary;
    QString failure;
    // Resources/<guid>: the only part of the link we use, and only after checking its shape.
    static const QRegularExpression resourceId(QStringLiteral(
        "/Resources/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"));

    Transaction tx(store.database().connection());
    for (const EntityType &type : entityTypes()) {
        QFile page(feedDir.filePath(type.category + QStringLiteral(".xml")));
        if (!page.exists())
            continue;
        if (!page.open(QIODevice::ReadOnly))
            return Result<Summary>::failure(
                QCoreApplication::translate("SampleLibrary", "Cannot read %1.")
                    .arg(page.fileName()));
        const auto result = SyncFeedReader::read(&page, [&](const FeedEntry &entry) {
            if (!failure.isEmpty())
                return;
            if (!store.apply(entry.entity)) {
                failure = QCoreApplication::translate("SampleLibrary", "Cannot store entity %1.")
                              .arg(entry.entity.id);
                return;
            }
            ++summary.entities;
            const auto match = resourceId.match(entry.enclosureHref);
            if (!match.hasMatch())
                return;
            QFile blob(root.filePath(QStringLiteral("files/") + match.captured(1)));
            if (!blob.open(QIODevice::ReadOnly)) {
                failure = QCoreApplication::translate("SampleLibrary",
                                                      "The sample file for %1 is missing.")
                              .arg(entry.entity.id);
                return;
            }
            if (const auto stored = files.store(entry.entity.id, blob.readAll()); !stored)
                failure = stored.error();
            else
                ++summary.files;
        });
        if (!result.ok())
            return Result<Summary>::failure(page.fileName() + QStringLiteral(": ") + result.error);
        if (!failure.isEmpty())
            return Result<Summary>::failure(failure);
    }
    if (!tx.commit())
        return Result<Summary>::failure(
            QCoreApplication::translate("SampleLibrary", "Cannot save the sample library."));
    if (const Status derived = store.rebuildDerived(); !derived)
        return Result<Summary>::failure(derived.error());
    qCInfo(lcLibrary) << "Loaded sample library:" << summary.entities << "entities,"
                      << summary.files << "files";
    return summary;
}

} // namespace overleg
