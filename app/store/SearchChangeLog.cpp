// SearchChangeLog: the table change_log of search.sqlite, written by FullTextIndex's writes
// (FullTextChanges.h) and read by the facet cache (SearchFacetCache.cpp) for writes it was not
// told of in this process.

#include "SearchChangeLog.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace overleg {

namespace {

std::atomic<bool> g_enabled{true};

// A generation is FTS5's structure record and averages: kilobytes at 1,000,000 documents.
// Its hash identifies it as well (the structure record holds a counter of writes).
QByteArray hashOf(const QByteArray &generation) {
    return QCryptographicHash::hash(generation, QCryptographicHash::Sha1);
}

// Sorted rowids as varints of their differences: one to three bytes per document.
QByteArray encode(std::vector<qint64> docs) {
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    QByteArray bytes;
    bytes.reserve(qsizetype(docs.size()) * 3);
    quint64 previous = 0;
    for (const qint64 doc : docs) {
        quint64 delta = quint64(doc) - previous;
        previous = quint64(doc);
        while (delta >= 0x80) {
            bytes.append(char(0x80 | (delta & 0x7f)));
            delta >>= 7;
        }
        bytes.append(char(delta));
    }
    return bytes;
}

void decodeInto(const QByteArray &bytes, std::vector<qint64> *docs) {
    quint64 previous = 0, delta = 0;
    int shift = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        delta |= quint64(byte & 0x7f) << shift;
        shift += 7;
        if (!(byte & 0x80)) {
            previous += delta;
            docs->push_back(qint64(previous));
            delta = 0;
            shift = 0;
        }
    }
}

} // namespace

bool SearchChangeLog::ensureTable(const QSqlDatabase &db) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'change_log'")) && q.next())
        return true;
    q.finish();
    // docs: NULL for a large write (every document may have changed).
    return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (seq INTEGER PRIMARY "
                                 "KEY, before BLOB NOT NULL, after BLOB NOT NULL, docs BLOB)"));
}

bool SearchChangeLog::lockForWriting(const QSqlDatabase &db) {
    // A write statement takes the write lock when it starts, even when it changes no row.
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM change_log WHERE 0"));
}

bool SearchChangeLog::append(const QSqlDatabase &db, const QByteArray &before,
                             const QByteArray &after, std::vector<qint64> docs) {
    if (!g_enabled.load(std::memory_order_relaxed))
        return true;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO change_log (before, after, docs) VALUES (?, ?, ?)"));
    insert.addBindValue(hashOf(before));
    insert.addBindValue(hashOf(after));
    insert.addBindValue(docs.size() > kMostDocuments ? QVariant(QMetaType::fromType<QByteArray>())
                                                     : QVariant(encode(std::move(docs))));
    if (!insert.exec())
        return false;
    const qint64 seq = insert.lastInsertId().toLongLong();
    if (seq % kTrimEvery != 0)
        return true; // (a statement less for most writes)
    QSqlQuery trim(db);
    trim.prepare(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"));
    trim.addBindValue(seq - kKeptRows);
    return trim.exec();
}

std::optional<std::vector<qint64>> SearchChangeLog::changedBetween(const QSqlDatabase &db,
                                                                   const QByteArray &from,
                                                                   const QByteArray &to) {
    const QByteArray start = hashOf(from), end = hashOf(to);
    std::vector<qint64> docs;
    if (start == end)
        return docs;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT before, after, docs FROM change_log WHERE seq >= (SELECT "
                             "min(seq) FROM change_log WHERE before = ?) ORDER BY seq"));
    q.addBindValue(start);
    if (!q.exec())
        return std::nullopt; // no table (a file from before the log)
    QByteArray at = start;
    // Writes are serialised by SQLite's write lock, so the logged ones form one chain; a row
    // that does not start where the last ended follows a write that was not logged.
    while (at != end && q.next()) {
        if (q.value(0).toByteArray() != at)
            return std::nullopt;
        if (q.value(2).isNull())
            return std::nullopt; // a large write
        decodeInto(q.value(2).toByteArray(), &docs);
        at = q.value(1).toByteArray();
    }
    if (at != end)
        return std::nullopt;
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
}

void SearchChangeLog::setEnabled(bool enabled) {
    g_enabled.store(enabled, std::memory_order_relaxed);
}

} // namespace overleg
