#include "NavigationPlacement.h"

#include "Database.h"
#include "NavigationSql.h"
#include "SqliteHandles.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace overleg::NavigationPlacement {

namespace {

using sqlite::Statement;

// A column's value as ORDER BY compares it: NULL, then numbers, then text (binary), then blobs.
struct SortValue {
    int kind = 0; // 0 null, 1 number, 2 text, 3 blob
    double number = 0;
    qint64 integer = 0;
    bool isInteger = false;
    QByteArray bytes;

    static SortValue of(sqlite3_stmt *row, int column) {
        SortValue v;
        switch (sqlite3_column_type(row, column)) {
        case SQLITE_INTEGER:
            v.kind = 1;
            v.isInteger = true;
            v.integer = sqlite3_column_int64(row, column);
            v.number = double(v.integer);
            break;
        case SQLITE_FLOAT:
            v.kind = 1;
            v.number = sqlite3_column_double(row, column);
            break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
            v.kind = sqlite3_column_type(row, column) == SQLITE_TEXT ? 2 : 3;
            v.bytes = QByteArray(static_cast<const char *>(sqlite3_column_blob(row, column)),
                                 sqlite3_column_bytes(row, column));
            break;
        default:
            break;
        }
        return v;
    }
    int compare(const SortValue &o) const {
        if (kind != o.kind)
            return kind < o.kind ? -1 : 1;
        if (kind == 1) {
            if (isInteger && o.isInteger)
                return integer < o.integer ? -1 : integer > o.integer ? 1 : 0;
            return number < o.number ? -1 : number > o.number ? 1 : 0;
        }
        if (kind >= 2) {
            const int c = std::memcmp(bytes.constData(), o.bytes.constData(),
                                      size_t(std::min(bytes.size(), o.bytes.size())));
            if (c != 0)
                return c < 0 ? -1 : 1;
            return bytes.size() < o.bytes.size() ? -1 : bytes.size() > o.bytes.size() ? 1 : 0;
        }
        return 0;
    }
};

struct Key {
    SortValue volgnummer, datum;
    qint64 rowid = 0;
};

// Whether a comes before b under a node: a dossier by volgnummer, date, rowid; a commissie or
// kamerlid newest first (date, volgnummer, rowid descending), as NavigationSql numbers them.
bool before(const Key &a, const Key &b, bool dossier) {
    int c = 0;
    if (dossier) {
        c = a.volgnummer.compare(b.volgnummer);
        if (c == 0)
            c = a.datum.compare(b.datum);
        if (c == 0)
            c = a.rowid < b.rowid ? -1 : a.rowid > b.rowid ? 1 : 0;
        return c < 0;
    }
    c = a.datum.compare(b.datum);
    if (c == 0)
        c = a.volgnummer.compare(b.volgnummer);
    if (c == 0)
        c = a.rowid < b.rowid ? -1 : a.rowid > b.rowid ? 1 : 0;
    return c > 0;
}

class Placer {
public:
    explicit Placer(sqlite3 *db)
        : m_db(db)
        , m_key(db, "SELECT volgnummer, datum FROM document WHERE rowid = ?")
        , m_first(db, "SELECT position, doc FROM nav_membership WHERE node = ? ORDER BY "
                      "position LIMIT 1")
        , m_last(db, "SELECT position, doc FROM nav_membership WHERE node = ? ORDER BY "
                     "position DESC LIMIT 1")
        , m_up(db, "SELECT position, doc FROM nav_membership WHERE node = ? AND position >= ? "
                   "AND position < ? ORDER BY position LIMIT 1")
        , m_down(db, "SELECT position, doc FROM nav_membership WHERE node = ? AND position > ? "
                     "AND position < ? ORDER BY position DESC LIMIT 1")
        , m_insert(db, "INSERT OR IGNORE INTO nav_membership (node, doc, position) VALUES (?, ?, "
                       "?)") {}

    bool valid() const {
        return m_key.stmt && m_first.stmt && m_last.stmt && m_up.stmt && m_down.stmt &&
               m_insert.stmt;
    }

    const Key &keyOf(qint64 doc) {
        auto it = m_keys.find(doc);
        if (it != m_keys.end())
            return *it;
        Key key;
        key.rowid = doc;
        sqlite3_bind_int64(m_key.stmt, 1, doc);
        if (sqlite3_step(m_key.stmt) == SQLITE_ROW) {
            key.volgnummer = SortValue::of(m_key.stmt, 0);
            key.datum = SortValue::of(m_key.stmt, 1);
        }
        sqlite3_reset(m_key.stmt);
        return *m_keys.insert(doc, key);
    }

    // The member found by a statement bound to node and bounds: its position and document.
    std::optional<std::pair<qint64, qint64>> member(sqlite3_stmt *stmt, qint64 node,
                                                    std::optional<qint64> from = {},
                                                    std::optional<qint64> to = {}) {
        sqlite3_bind_int64(stmt, 1, node);
        if (from)
            sqlite3_bind_int64(stmt, 2, *from);
        if (to)
            sqlite3_bind_int64(stmt, 3, *to);
        std::optional<std::pair<qint64, qint64>> found;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            found = std::make_pair(sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1));
        sqlite3_reset(stmt);
        return found;
    }

    // Where the document goes among the node's members; nullopt when its neighbours leave no
    // room.
    std::optional<qint64> positionFor(qint64 node, qint64 doc, bool dossier) {
        const Key key = keyOf(doc);
        const auto first = member(m_first.stmt, node);
        if (!first)
            return NavigationSql::kPositionGap;
        if (before(key, keyOf(first->second), dossier))
            return first->first - NavigationSql::kPositionGap;
        const auto last = member(m_last.stmt, node);
        if (!before(key, keyOf(last->second), dossier))
            return last->first + NavigationSql::kPositionGap;
        // Between two members: lo before the document, hi after it; halve until none is left
        // between them.
        qint64 lo = first->first, hi = last->first;
        while (hi - lo > 1) {
            const qint64 middle = lo + (hi - lo) / 2;
            auto probe = member(m_up.stmt, node, middle, hi);
            if (!probe)
                probe = member(m_down.stmt, node, lo, middle);
            if (!probe)
                return middle; // room at the middle of the gap
            if (before(key, keyOf(probe->second), dossier))
                hi = probe->first;
            else
                lo = probe->first;
        }
        return std::nullopt;
    }

    bool insert(qint64 node, qint64 doc, qint64 position) {
        sqlite3_bind_int64(m_insert.stmt, 1, node);
        sqlite3_bind_int64(m_insert.stmt, 2, doc);
        sqlite3_bind_int64(m_insert.stmt, 3, position);
        const bool ok = sqlite3_step(m_insert.stmt) == SQLITE_DONE;
        sqlite3_reset(m_insert.stmt);
        return ok;
    }

private:
    sqlite3 *m_db;
    Statement m_key, m_first, m_last, m_up, m_down, m_insert;
    QHash<qint64, Key> m_keys;
};

} // namespace

Status place(Database &library) {
    sqlite3 *db = sqliteHandle(library.connection());
    if (!db)
        return Status::failure(QStringLiteral("not an SQLite connection"));
    Placer placer(db);
    Statement pairs(db, "SELECT DISTINCT n.node, n.node_kind = 'dossier', r.doc FROM "
                        "temp.nav_reach r CROSS JOIN nav_node n ON n.node_kind = r.kind AND "
                        "n.node_id = r.id ORDER BY 1, 3");
    Statement changed(db, "INSERT OR IGNORE INTO temp.nav_changed (node) VALUES (?)");
    Statement renumber(db, "INSERT OR IGNORE INTO temp.nav_renumber (node) VALUES (?)");
    if (!placer.valid() || !pairs.stmt || !changed.stmt || !renumber.stmt)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    struct Pair {
        qint64 node;
        bool dossier;
        qint64 doc;
    };
    std::vector<Pair> all;
    while (sqlite3_step(pairs.stmt) == SQLITE_ROW)
        all.push_back({sqlite3_column_int64(pairs.stmt, 0), sqlite3_column_int(pairs.stmt, 1) != 0,
                       sqlite3_column_int64(pairs.stmt, 2)});
    auto mark = [&](sqlite3_stmt *stmt, qint64 node) {
        sqlite3_bind_int64(stmt, 1, node);
        const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_reset(stmt);
        return ok;
    };
    qint64 lastNode = std::numeric_limits<qint64>::min();
    for (const Pair &p : all) {
        if (p.node != lastNode && !mark(changed.stmt, p.node))
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
        lastNode = p.node;
        std::optional<qint64> position = placer.positionFor(p.node, p.doc, p.dossier);
        if (!position) {
            // No room: any position now, the node numbered anew afterwards.
            if (!mark(renumber.stmt, p.node))
                return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
            position = 0;
        }
        if (!placer.insert(p.node, p.doc, *position))
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return success();
}

} // namespace overleg::NavigationPlacement
