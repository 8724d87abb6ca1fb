#pragma once

#include "Result.h"

#include <QString>

namespace overleg {

// The one directory that holds everything of a user: both databases, the document files and
// the backups. Chosen by --data-dir, else OVERLEG_DATA_DIR, else the platform's app data place.
class DataDirectory {
public:
    static Result<DataDirectory> open(const QString &explicitPath = {});

    QString root() const { return m_root; }
    QString libraryDatabasePath() const;
    QString notesDatabasePath() const;
    QString filesDirectory() const;
    QString backupsDirectory() const;
    QString cacheDirectory() const;
    // True when neither database exists yet: the first start, which loads the sample library.
    bool isFresh() const { return m_fresh; }

private:
    QString m_root;
    bool m_fresh = false;
};

} // namespace overleg
