#include "LegacyMove.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace overleg {

namespace {

Status failed(const QString &from, const QString &to, const QString &why) {
    return Status::failure(
        QCoreApplication::translate("DataDirectory", "Cannot move the data directory %1 to %2: %3")
            .arg(from, to, why));
}

// Copies the tree under from into to; false (with *error) on the first file that fails, or
// when the test's stop is reached.
bool copyTree(const QString &from, const QString &to, int stopAfterFiles, QString *error) {
    if (!QDir().mkpath(to)) {
        *error = QCoreApplication::translate("DataDirectory", "cannot create %1").arg(to);
        return false;
    }
    int copied = 0;
    const QDir source(from);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString target = to + u'/' + source.relativeFilePath(path);
        if (info.isDir() && !info.isSymLink()) {
            if (!QDir().mkpath(target)) {
                *error =
                    QCoreApplication::translate("DataDirectory", "cannot create %1").arg(target);
                return false;
            }
            continue;
        }
        if (stopAfterFiles >= 0 && copied == stopAfterFiles) {
            *error = QStringLiteral("stopped after %1 files").arg(copied);
            return false;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target)) {
            *error = QCoreApplication::translate("DataDirectory", "cannot copy %1").arg(path);
            return false;
        }
        ++copied;
    }
    return true;
}

} // namespace

Status LegacyMove::run(const QString &from, const QString &to, Mode mode, int stopAfterFiles) {
    const QString partial = to + QStringLiteral(".moving");
    const QString markerPath = to + u'/' + markerName();
    if (QFileInfo(to).isDir()) {
        // A copy that was finished and renamed: the source may still be there.
        QFile marker(markerPath);
        if (marker.open(QIODevice::ReadOnly)) {
            const QString source = QString::fromUtf8(marker.readAll());
            marker.close();
            if (!source.isEmpty() && QFileInfo(source).isDir() && !QDir(source).removeRecursively())
                return failed(
                    from, to,
                    QCoreApplication::translate("DataDirectory", "cannot remove %1").arg(source));
            marker.remove();
        }
        QDir(partial).removeRecursively();
        return success();
    }
    if (!QFileInfo(from).isDir()) {
        QDir(partial).removeRecursively();
        return success();
    }
    // A half copy of an interrupted move is discarded: the source is still whole.
    QDir(partial).removeRecursively();
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (mode == Mode::RenameOrCopy && QDir().rename(from, to))
        return success();

    // Another file system: a copy beside the target, complete before it takes the target's name.
    QString error;
    if (!copyTree(from, partial, stopAfterFiles, &error))
        return failed(from, to, error);
    QSaveFile marker(partial + u'/' + markerName());
    if (!marker.open(QIODevice::WriteOnly) || marker.write(from.toUtf8()) < 0 || !marker.commit())
        return failed(from, to, marker.errorString());
    if (!QDir().rename(partial, to))
        return failed(
            from, to,
            QCoreApplication::translate("DataDirectory", "cannot rename %1").arg(partial));
    // The copy is in place: from here an interruption is finished by the next start.
    return run(from, to, mode, stopAfterFiles);
}

} // namespace overleg
