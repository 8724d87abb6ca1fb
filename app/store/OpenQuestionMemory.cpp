#include "OpenQuestionMemory.h"

#include "RowidSet.h"
#include "SqliteHandles.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace overleg {

namespace {

// As SQLite's lower() without ICU: ASCII letters only.
QString asciiLower(const QString &text) {
    QString lowered = text;
    for (QChar &c : lowered) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lowered;
}

using sqlite::Connection;
using sqlite::Statement;

QString textAt(sqlite3_stmt *stmt, int column) {
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

} // namespace

std::unique_ptr<OpenQuestionMemory>
OpenQuestionMemory::load(const QString &path, const std::atomic<bool> &cancel, QString *error) {
    Connection c;
    if (sqlite3_open_v2(path.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(c.db));
        return nullptr;
    }
    // One snapshot: the rows and the generation they belong to.
    sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr);
    std::unique_ptr<OpenQuestionMemory> memory(new OpenQuestionMemory);
    {
        // The same text as LibraryQueries::libraryGeneration.
        Statement generation(c.db, "SELECT (SELECT seq FROM sqlite_sequence WHERE name = "
                                   "'nav_node'), (SELECT count(*) FROM nav_node), (SELECT "
                                   "max(rowid) FROM document), (SELECT count(*) FROM document)");
        if (!generation.stmt || sqlite3_step(generation.stmt) != SQLITE_ROW) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(c.db));
            return nullptr;
        }
        for (int i = 0; i < 4; ++i)
            memory->m_generation += textAt(generation.stmt, i) + u'/';
    }
    // Read in the table's order and sorted here into the order of
    // OpenQuestionQueries::documents (deadline, NULL first, then document id; both compared as
    // bytes, as SQLite's BINARY collation does): along the deadline index the rows are read
    // in random order, 0.5 s at 1,000,000 documents instead of 0.1 s.
    Statement rows(c.db, "SELECT doc, deadline, document_id, fractie FROM open_question");
    if (!rows.stmt) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(c.db));
        return nullptr;
    }
    struct Row {
        int deadline; // rank among the distinct deadlines; -1: none
        QByteArray id;
        qint64 doc;
        std::uint32_t fractie;
    };
    std::vector<Row> read;
    QHash<QByteArray, int> deadlineNumbers;
    std::vector<QByteArray> deadlines;
    memory->m_fracties << QString(); // 0: none
    QHash<QString, std::uint32_t> fractieNumbers;
    int step = 0;
    int result = SQLITE_ROW;
    const auto bytesAt = [&](int column) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(rows.stmt, column)),
                          sqlite3_column_bytes(rows.stmt, column));
    };
    while ((result = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
        if ((++step & 0xffff) == 0 && cancel.load())
            return nullptr;
        Row row{-1, bytesAt(2), sqlite3_column_int64(rows.stmt, 0), 0};
        if (sqlite3_column_type(rows.stmt, 1) != SQLITE_NULL) {
            const QByteArray deadline = bytesAt(1);
            auto it = deadlineNumbers.find(deadline);
            if (it == deadlineNumbers.end()) {
                it = deadlineNumbers.insert(deadline, int(deadlines.size()));
                deadlines.push_back(deadline);
            }
            row.deadline = *it;
        }
        if (sqlite3_column_type(rows.stmt, 3) != SQLITE_NULL) {
            const QString name = asciiLower(textAt(rows.stmt, 3));
            const auto it = fractieNumbers.constFind(name);
            if (it != fractieNumbers.constEnd()) {
                row.fractie = *it;
            } else {
                row.fractie = std::uint32_t(memory->m_fracties.size());
                fractieNumbers.insert(name, row.fractie);
                memory->m_fracties << name;
            }
        }
        read.push_back(std::move(row));
    }
    if (result != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(c.db));
        return nullptr;
    }
    // The deadlines' numbers become their ranks (QByteArray compares as unsigned bytes).
    std::vector<int> byText(deadlines.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        byText[i] = int(i);
    std::sort(byText.begin(), byText.end(),
              [&](int a, int b) { return deadlines[std::size_t(a)] < deadlines[std::size_t(b)]; });
    std::vector<int> rank(deadlines.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        rank[std::size_t(byText[i])] = int(i);
    for (Row &row : read) {
        if (row.deadline >= 0)
            row.deadline = rank[std::size_t(row.deadline)];
    }
    std::sort(read.begin(), read.end(), [](const Row &a, const Row &b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
    });
    memory->m_docs.reserve(read.size());
    memory->m_fractie.reserve(read.size());
    for (const Row &row : read) {
        memory->m_docs.push_back(row.doc);
        memory->m_fractie.push_back(row.fractie);
    }
    sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);
    if (cancel.load())
        return nullptr;
    return memory;
}

std::vector<bool> OpenQuestionMemory::fractiesKept(const QString &fractie) const {
    if (fractie.isEmpty())
        return {};
    // instr(',' || lower(o.fractie) || ',', ',' || lower(?) || ',') > 0; no fractie: never.
    const QString wanted = u',' + asciiLower(fractie) + u',';
    std::vector<bool> kept(std::size_t(m_fracties.size()), false);
    for (qsizetype i = 1; i < m_fracties.size(); ++i)
        kept[std::size_t(i)] = QString(u',' + m_fracties[i] + u',').contains(wanted);
    return kept;
}

template <typename Visit>
void OpenQuestionMemory::select(const Selection &selection, Visit &&visit) const {
    const std::vector<bool> kept = fractiesKept(selection.fractie);
    for (std::size_t row = 0; row < m_docs.size(); ++row) {
        const qint64 doc = m_docs[row];
        if (selection.matches && !selection.matches->contains(doc))
            continue;
        if (!kept.empty() && !kept[m_fractie[row]])
            continue;
        if (!selection.excluded.empty() &&
            std::binary_search(selection.excluded.begin(), selection.excluded.end(), doc))
            continue;
        if (!visit(doc))
            return;
    }
}

int OpenQuestionMemory::count(const Selection &selection) const {
    int count = 0;
    select(selection, [&](qint64) {
        ++count;
        return true;
    });
    return count;
}

std::vector<qint64> OpenQuestionMemory::page(const Selection &selection, int offset,
                                             int limit) const {
    std::vector<qint64> docs;
    if (limit <= 0)
        return docs;
    int skipped = 0;
    select(selection, [&](qint64 doc) {
        if (skipped < offset) {
            ++skipped;
            return true;
        }
        docs.push_back(doc);
        return int(docs.size()) < limit;
    });
    return docs;
}

std::size_t OpenQuestionMemory::memoryBytes() const {
    std::size_t bytes = m_docs.capacity() * sizeof(qint64) +
                        m_fractie.capacity() * sizeof(std::uint32_t) + m_generation.size() * 2;
    for (const QString &name : m_fracties)
        bytes += std::size_t(name.size()) * 2 + sizeof(QString);
    return bytes;
}

} // namespace overleg
