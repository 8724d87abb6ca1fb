#pragma once

#include "LibraryQueries.h"
#include "OpenQuestionMemory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace overleg {

// What the Open vragen view is narrowed to: the tree's text filter, and a commissie, a fractie
// and a tag the user picked. Empty fields do not narrow.
struct OpenQuestionFilter {
    QString text;
    QString commissieId;
    QString fractie;
    QString tag;

    bool narrowsQuestions() const { return !fractie.isEmpty() || !tag.isEmpty(); }
    bool operator==(const OpenQuestionFilter &) const = default;
};

// A document with questions still open: either its questions are in the question ledger and
// some of them are unanswered, or it is a question document no answering document answers yet
// whose questions we cannot read (no file, or none found in it).
struct OpenDocument {
    DocumentSummary summary;
    QDate deadline;
    bool delayed = false;
    QString fractie;        // of the member(s) who asked, when the questions are not known
    int openQuestions = -1; // -1: the questions are not known
    int questions = 0;      // in the ledger
    // No answering document yet: its open questions await the answer (rather than an answer
    // that came and skipped them). Always so for a document whose questions are not known.
    bool awaitingAnswer = true;
};

struct OpenQuestion {
    QString id;
    QString documentId;
    int n = 0;
    QString fractie;
    QString text;
    int page = 0;
    int start = 0;
    QString status; // the user's, when set ("unanswered", "partial"); else empty
    // The user said nothing and no answering document is here yet: awaiting its answer; else an
    // answer came and skipped it (not answered).
    bool awaiting = false;
};

// Where a page of open documents stopped in each of the two lists it merges.
struct OpenQuestionCursor {
    int ledgerOffset = 0;
    int otherOffset = 0;
};

// The Open vragen queries. A question is open when the user says so (unanswered, partial) or,
// while the user has not decided, when no answer was found for it; answered and not applicable
// close it. The user's statuses and tags are read from the notes database, which Library
// attaches to the library connection as "notes" (without it, only the found answers count).
class OpenQuestionQueries {
public:
    OpenQuestionQueries(const Database &db, const LibraryQueries &queries)
        : m_db(db)
        , m_queries(queries) {}

    // Open documents, earliest deadline first, `limit` at most from `cursor`, which moves on.
    QList<OpenDocument> documents(const OpenQuestionFilter &filter, OpenQuestionCursor &cursor,
                                  int limit) const;
    int countDocuments(const OpenQuestionFilter &filter = {}) const;
    // The open questions of one document, in document order.
    QList<OpenQuestion> questionsOf(const QString &documentId,
                                    const OpenQuestionFilter &filter = {}) const;
    // The fracties that asked open questions, for the filter.
    QStringList fracties() const;

private:
    // When the open_question rows are in memory (OpenQuestionMemory), with no text or a text
    // whose matches are in memory (LibraryQueries::matchedRowids), narrowed by a commissie or
    // not (LibraryQueries::matchedRowidsUnder): the rows are tested against those documents
    // here, and the ledger's few documents are named to SQL by rowid, so the matches are never
    // copied into SQLite (OpenQuestionFromMemory.cpp).
    struct InMemory {
        const OpenQuestionMemory *rows = nullptr;
        OpenQuestionMemory::Selection selection;
        QString ledgerMatched; // the ledger's documents among the matches: "12,345"
    };
    std::optional<InMemory> inMemory(const OpenQuestionFilter &filter) const;
    QList<OpenDocument> unreadFromMemory(const InMemory &memory, int offset, int limit) const;
    bool notesAttached() const;
    QString openQuestionCondition(const OpenQuestionFilter &filter, QList<QVariant> &values) const;
    // The ledger_document rows (alias l) a query reads, with their document as d when
    // `withDocument`, along `index` when one is named; under a filter's text only the matched
    // documents (from `memory`, named by rowid, else temp.filter_match). The ledger holds the
    // few documents whose files were read, so each is probed.
    QString ledgerRows(const OpenQuestionFilter &filter, bool withDocument, const QString &index,
                       const InMemory *memory = nullptr) const;
    // The same for open_question (alias o), without its document: under a filter's text from
    // the matched documents to their rows by rowid, so the query costs the matches rather than
    // a probe per row.
    // For a page of `rowsWanted` rows under a broad filter, along the index instead, with the
    // matches probed by `condition`: the page then costs about its rows divided by the share of
    // documents matched, not a sort of every match (38 ms for "stikstof" at 1,000,000).
    QString unreadRows(const OpenQuestionFilter &filter, const QString &index, int rowsWanted = -1,
                       QString *condition = nullptr) const;
    QString documentCondition(const QString &column, const OpenQuestionFilter &filter,
                              QList<QVariant> &values) const;
    // The same for open_question rows (alias o), whose questions are not read.
    QString unreadDocumentCondition(const OpenQuestionFilter &filter,
                                    QList<QVariant> &values) const;

    const Database &m_db;
    const LibraryQueries &m_queries;
    mutable bool m_notesAttached = false;
};

} // namespace overleg
