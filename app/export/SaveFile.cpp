#include "SaveFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace overleg {

Status saveAtomically(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("SaveFile", "Cannot write %1: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Status::failure(
            QCoreApplication::translate("SaveFile", "Cannot write %1: %2 (nothing was written)")
                .arg(QFileInfo(path).fileName(), error));
    }
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("SaveFile", "Cannot save %1: %2 (nothing was written)")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return success();
}

} // namespace overleg
