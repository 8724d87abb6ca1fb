#pragma once

// What FilterIndex's build and its patch (FilterIndex.cpp, FilterIndexPatch.cpp) share: how text
// is cut into words and folded, and a few SQLite helpers. Internal to the store.

#include <QByteArray>
#include <QString>

#include "SqliteHandles.h"

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

namespace overleg::filterindex {

// Where a filter word cannot reach across: ASCII that is not a letter or digit.
inline bool isBreak(unsigned char c) {
    return c < 0x80 &&
           !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

// Lower case as the trigram index folds (ASCII in place; anything else through QString).
inline QByteArray lowered(const char *text, int size) {
    QByteArray bytes(text, size);
    bool ascii = true;
    for (char &c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
        else if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return ascii ? bytes : QString::fromUtf8(bytes).toLower().toUtf8();
}

inline QByteArray columnText(sqlite3_stmt *row, int column) {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    return text ? lowered(text, sqlite3_column_bytes(row, column)) : QByteArray();
}

// Calls `word` for each run of the (folded) text between breaks.
template <typename F> void forEachWord(const QByteArray &text, std::string &scratch, F word) {
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBreak(uchar(text[i])))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isBreak(uchar(text[i])))
            ++i;
        if (i == start)
            continue;
        scratch.assign(text.constData() + start, size_t(i - start));
        word(scratch);
    }
}

using sqlite::Connection;
using sqlite::Statement;

inline void setBit(std::vector<std::uint64_t> &bits, std::uint32_t n) {
    bits[n / 64] |= std::uint64_t(1) << (n % 64);
}

// What the library looked like: a rebuilt tree raises nav_node's sequence (and so does an
// incremental update, NavigationUpdate), a new document its largest rowid, a removed one the
// count.
inline QString generationOf(sqlite3 *db) {
    Statement g(db, "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'nav_node'), "
                    "(SELECT count(*) FROM nav_node), (SELECT max(rowid) FROM document), "
                    "(SELECT count(*) FROM document)");
    if (!g.stmt || sqlite3_step(g.stmt) != SQLITE_ROW)
        return {};
    QString generation;
    for (int i = 0; i < 4; ++i)
        generation +=
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(g.stmt, i))) +
            u'/';
    return generation;
}

} // namespace overleg::filterindex
