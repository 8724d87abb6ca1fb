#pragma once

#include "LibraryQueries.h"

#include <QHash>
#include <QList>
#include <QString>

namespace overleg {

class Database;

// The tree's commissies, dossiers and kamerleden (nav_node), held in memory with their names
// case-folded, so filtering by typing judges a few thousand names in C++ at every keystroke
// instead of scanning them with LIKE and converting each from UTF-8 again. Read again when the
// table was rebuilt: nav_node numbers its rows with AUTOINCREMENT, so every rebuild raises the
// sequence, and the row count tells an emptied table.
class NavigationNodes {
public:
    explicit NavigationNodes(const Database &db)
        : m_db(db) {}

    struct Entry {
        qint64 number = 0; // nav_node.node, the key of nav_membership
        NodeSummary summary;
        QString foldedLabel;
        QString foldedDetail;
        QString foldedCompactLabel; // without spaces: "29338" finds "29 338"
    };

    // The nodes of one kind (commissie, dossier, persoon) in the tree's order.
    const QList<Entry> &of(const QString &kind) const;

    // Whether the node's own name contains the filter (case-folded, as `folded` must be).
    static bool nameMatches(const Entry &entry, const QString &folded, const QString &compact);

private:
    void refreshIfRebuilt() const;

    const Database &m_db;
    mutable QHash<QString, QList<Entry>> m_byKind;
    mutable QString m_generation; // sequence and row count of nav_node when read
};

} // namespace overleg
