#include "NavigationNodes.h"

#include "Database.h"

#include <QSqlQuery>

namespace overleg {

void NavigationNodes::refreshIfRebuilt() const {
    QSqlQuery version = m_db.run(QStringLiteral(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'nav_node'), (SELECT count(*) FROM "
        "nav_node)"));
    const QString generation =
        version.next() ? version.value(0).toString() + u'/' + version.value(1).toString()
                       : QString();
    if (generation == m_generation && !generation.isEmpty())
        return;
    m_generation = generation;
    m_byKind.clear();
    QSqlQuery q = m_db.run(QStringLiteral("SELECT node, node_kind, node_id, label, detail, "
                                          "documents FROM nav_node ORDER BY node_kind, sort_key"));
    while (q.next()) {
        Entry entry;
        entry.number = q.value(0).toLongLong();
        entry.summary = NodeSummary{q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toInt()};
        entry.foldedLabel = entry.summary.label.toCaseFolded();
        entry.foldedDetail = entry.summary.detail.toCaseFolded();
        entry.foldedCompactLabel = QString(entry.foldedLabel).remove(u' ');
        m_byKind[q.value(1).toString()] << std::move(entry);
    }
}

const QList<NavigationNodes::Entry> &NavigationNodes::of(const QString &kind) const {
    refreshIfRebuilt();
    static const QList<Entry> none;
    const auto it = m_byKind.constFind(kind);
    return it == m_byKind.constEnd() ? none : *it;
}

bool NavigationNodes::nameMatches(const Entry &entry, const QString &folded,
                                  const QString &compact) {
    return entry.foldedLabel.contains(folded) || entry.foldedDetail.contains(folded) ||
           entry.foldedCompactLabel.contains(compact);
}

} // namespace overleg
