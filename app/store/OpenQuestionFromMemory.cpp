// Open questions answered from memory (OpenQuestionQueries::InMemory): under a text filter,
// a commissie, both or neither.

#include "Database.h"
#include "DocumentSummaryRow.h"
#include "OpenQuestionQueries.h"
#include "RowidSet.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace overleg {

std::optional<OpenQuestionQueries::InMemory>
OpenQuestionQueries::inMemory(const OpenQuestionFilter &filter) const {
    // With or without a text: along the rows in memory a page deep in the list costs a pass
    // over them, where SQL's OFFSET read and probed every row before it (0.5 s for the last
    // page at 1,000,000 documents).
    const OpenQuestionMemory *rows = m_queries.openQuestionMemory();
    if (!rows)
        return std::nullopt;
    // The text's matches, or the commissie's documents among them: the filter index knows
    // each document's nodes, so a commissie narrows in memory too (SQL probed the memberships
    // of every row, 0.4 s at 1,000,000 documents).
    const RowidSet *matches = nullptr;
    if (!filter.commissieId.isEmpty())
        matches = m_queries.matchedRowidsUnder(filter.text, QStringLiteral("commissie"),
                                               filter.commissieId);
    else if (!filter.text.simplified().isEmpty())
        matches = m_queries.matchedRowids(filter.text);
    if (!matches && !(filter.text.simplified().isEmpty() && filter.commissieId.isEmpty()))
        return std::nullopt;
    InMemory memory;
    memory.rows = rows;
    memory.selection.matches = matches;
    memory.selection.fractie = filter.fractie;
    // The documents whose questions were read: few (those whose files are here), and they
    // change as answers are read, so they are asked for each time. Their rows in open_question
    // are not listed as unread; those among the matches go to the ledger's query by rowid.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT d.rowid FROM ledger_document l CROSS JOIN "
                                          "document d ON d.id = l.document_id WHERE "
                                          "l.questions > 0"));
    QStringList matched;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        memory.selection.excluded.push_back(rowid);
        if (!matches || matches->contains(rowid))
            matched << QString::number(rowid);
    }
    std::sort(memory.selection.excluded.begin(), memory.selection.excluded.end());
    memory.ledgerMatched = matched.join(u',');
    return memory;
}

QList<OpenDocument> OpenQuestionQueries::unreadFromMemory(const InMemory &memory, int offset,
                                                          int limit) const {
    const std::vector<qint64> docs = memory.rows->page(memory.selection, offset, limit);
    if (docs.empty())
        return {};
    // The page's rows by rowid (numbers, so written into the statement), put back in the
    // order of the rows in memory.
    QStringList list;
    list.reserve(qsizetype(docs.size()));
    for (qint64 doc : docs)
        list << QString::number(doc);
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1, o.deadline, o.delayed, o.fractie, o.doc FROM "
                                          "open_question o CROSS JOIN document d ON d.rowid = "
                                          "o.doc %2 WHERE o.doc IN (%3)")
                               .arg(kSummaryColumns, kSummaryJoin, list.join(u',')));
    QHash<qint64, OpenDocument> byDoc;
    while (q.next()) {
        OpenDocument doc;
        doc.summary = summaryFrom(q);
        doc.deadline = QDate::fromString(q.value(kSummaryColumnCount).toString(), Qt::ISODate);
        doc.delayed = q.value(kSummaryColumnCount + 1).toBool();
        doc.fractie = q.value(kSummaryColumnCount + 2).toString();
        byDoc.insert(q.value(kSummaryColumnCount + 3).toLongLong(), doc);
    }
    QList<OpenDocument> page;
    page.reserve(qsizetype(docs.size()));
    for (qint64 doc : docs) {
        if (const auto it = byDoc.constFind(doc); it != byDoc.constEnd())
            page << *it;
    }
    return page;
}

} // namespace overleg
