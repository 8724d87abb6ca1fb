#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace overleg {

// The commissies and dossiers the user follows (in the notes database: a user's choice is never
// rebuilt away with the library). A sync downloads the files of their documents.
class FollowStore {
public:
    struct Follow {
        QString kind; // "commissie" or "dossier"
        QString key;  // GUID, dossier number or commissie afkorting
        bool operator==(const Follow &) const = default;
    };

    explicit FollowStore(Database &notes);

    // Parses "commissie:KEY" or "dossier:KEY"; empty kind when malformed.
    static Follow parse(const QString &text);

    QList<Follow> follows() const;
    bool isFollowed(const QString &kind, const QString &key) const;
    Status follow(const QString &kind, const QString &key);
    Status unfollow(const QString &kind, const QString &key);

private:
    Database &m_db;
};

} // namespace overleg
