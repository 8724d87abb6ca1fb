#pragma once

#include "Result.h"

#include <QString>

namespace overleg {

// Where Overleg keeps a user's things, and the one place that knows it.
//
// Chosen by --data-dir, else OVERLEG_DATA_DIR: one directory holding everything of a profile
// (databases, files, backups, settings.ini, cache/), so that a test or a second profile never
// touches the user's. Else the XDG places: the data in $XDG_DATA_HOME/overleg, the settings in
// $XDG_CONFIG_HOME/overleg, the cache in $XDG_CACHE_HOME/overleg; a data directory of an older
// Overleg ($XDG_DATA_HOME/Overleg/Overleg) is moved there once (LegacyMove.h).
class DataDirectory {
public:
    static Result<DataDirectory> open(const QString &explicitPath = {});

    // The XDG data directory Overleg uses when none is given, and the one it used to use.
    static QString defaultRoot();
    static QString legacyRoot();

    QString root() const { return m_root; }
    QString libraryDatabasePath() const;
    QString notesDatabasePath() const;
    QString filesDirectory() const;
    QString backupsDirectory() const;
    QString settingsDirectory() const { return m_settings; } // holds settings.ini
    QString cacheDirectory() const { return m_cache; }       // created when first written

    // True on the first start, which loads the sample library: when neither database exists
    // yet, or when the only program that opened them was one that loads no sample (overleg-cli),
    // which left samplePending() behind.
    bool isFresh() const { return m_fresh; }
    // Marks (or clears) the sample as still to be offered at the application's first start.
    void setSamplePending(bool pending) const;

private:
    QString m_root;
    QString m_settings;
    QString m_cache;
    bool m_fresh = false;
};

} // namespace overleg
