#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace overleg {

class RowidSet;

// The rows of open_question (the question documents whose questions are not read) in the
// order Open vragen lists them (deadline, then document id), held in memory beside the filter
// index. Under a text filter the category is then counted and paged by testing each row's
// document against the filter's matches (RowidSet): at a million documents 250,000 rows in a
// millisecond or two, where copying the matches into SQLite and joining them took 30 ms.
//
// Read off the GUI thread from a read-only connection of its own. open_question only changes
// with a rebuild of the derived tables (a sync), which changes the library's generation
// (LibraryQueries) and is announced through LibraryQueries::invalidateFilter: the rows are read
// again then. What an answer marked or a note changes (the ledger, the user's statuses) is
// not held here: it is read from SQL at each query.
class OpenQuestionMemory {
public:
    // Reads the library database at `path`; nullptr when `cancel` was set or the read failed.
    static std::unique_ptr<OpenQuestionMemory>
    load(const QString &path, const std::atomic<bool> &cancel, QString *error = nullptr);

    // What narrows the rows besides the matches: a fractie as the SQL query tests it
    // (case-insensitive, one of the comma-separated names), and rows to leave out (the
    // documents whose questions the ledger knows, sorted).
    struct Selection {
        const RowidSet *matches = nullptr;
        QString fractie;
        std::vector<qint64> excluded;
    };
    int count(const Selection &selection) const;
    // The document rowids of the rows at [offset, offset + limit) of the selection, in order.
    std::vector<qint64> page(const Selection &selection, int offset, int limit) const;

    // The library's generation when read (as LibraryQueries computes it).
    QString generation() const { return m_generation; }
    std::size_t rowCount() const { return m_docs.size(); }
    std::size_t memoryBytes() const;

private:
    OpenQuestionMemory() = default;
    // Which fracties (indexes into m_fracties) the selection's fractie keeps; empty: all.
    std::vector<bool> fractiesKept(const QString &fractie) const;
    template <typename Visit> void select(const Selection &selection, Visit &&visit) const;

    QString m_generation;
    std::vector<qint64> m_docs;           // document rowid of each row, in the list's order
    std::vector<std::uint32_t> m_fractie; // per row: index into m_fracties (0: none)
    QStringList m_fracties;               // distinct values, lower case (ASCII, as SQLite)
};

} // namespace overleg
