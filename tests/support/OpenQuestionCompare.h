#pragma once

// Open vragen answered from memory (OpenQuestionMemory, the filter's matches and a commissie's
// documents as RowidSets) against SQL's answer (a LibraryQueries without the filter index and
// the rows in memory): the count and every page, in order, for each filter. Shared by
// test_openquestionsmemory and test_navigationupdate (after a sync's incremental update).

#include "store/Database.h"
#include "store/LibraryQueries.h"
#include "store/OpenQuestionQueries.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace overleg::test {

// A document as Open vragen lists it, everything the tree shows of it.
inline QString openLine(const OpenDocument &d) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(d.summary.id, d.summary.titel, d.deadline.toString(Qt::ISODate), d.fractie)
        .arg(d.openQuestions)
        .arg(d.delayed)
        .arg(d.awaitingAnswer);
}

// The whole list read in pages of `size`.
inline QStringList openPaged(const OpenQuestionQueries &open, const OpenQuestionFilter &filter,
                             int size) {
    QStringList lines;
    OpenQuestionCursor cursor;
    for (QList<OpenDocument> page; !(page = open.documents(filter, cursor, size)).isEmpty();) {
        for (const OpenDocument &d : page)
            lines << openLine(d);
    }
    return lines;
}

// Whether `memory` answers the filter from memory rather than in SQL.
inline bool answeredFromMemory(const LibraryQueries &memory, const OpenQuestionFilter &filter) {
    if (!memory.openQuestionMemory())
        return false;
    if (!filter.commissieId.isEmpty())
        return memory.matchedRowidsUnder(filter.text, QStringLiteral("commissie"),
                                         filter.commissieId) != nullptr;
    return filter.text.simplified().isEmpty() || memory.matchedRowids(filter.text) != nullptr;
}

// Compares the count and every page (of 1, 3 and 1000) for each filter; returns how many were
// answered from memory, so a caller can tell the memory was asked and not SQL again.
inline int compareOpenQuestionsWithSql(const Database &library, const LibraryQueries &memory,
                                       const QList<OpenQuestionFilter> &filters) {
    const LibraryQueries sql(library);
    int fromMemory = 0;
    for (const OpenQuestionFilter &filter : filters) {
        const QString name =
            filter.text + u'/' + filter.commissieId + u'/' + filter.fractie + u'/' + filter.tag;
        if (answeredFromMemory(memory, filter))
            ++fromMemory;
        const int count = sql.openQuestions().countDocuments(filter);
        if (memory.openQuestions().countDocuments(filter) != count) {
            QTest::qFail(qPrintable(QStringLiteral("count differs for %1: %2 in memory, %3 in SQL")
                                        .arg(name)
                                        .arg(memory.openQuestions().countDocuments(filter))
                                        .arg(count)),
                         __FILE__, __LINE__);
            return -1;
        }
        const QStringList whole = openPaged(sql.openQuestions(), filter, 1000);
        if (whole.size() != count && filter.tag.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("SQL's pages and count differ for ") + name),
                         __FILE__, __LINE__);
            return -1;
        }
        for (int size : {1, 3, 1000}) {
            if (openPaged(memory.openQuestions(), filter, size) != whole) {
                QTest::qFail(
                    qPrintable(QStringLiteral("pages of %1 differ for %2").arg(size).arg(name)),
                    __FILE__, __LINE__);
                return -1;
            }
        }
    }
    return fromMemory;
}

// The commissies with the most documents under them (by nav_membership), and one unknown id.
inline QStringList commissiesToNarrowBy(const Database &library, int count) {
    QStringList ids;
    QSqlQuery q = library.run(
        QStringLiteral(
            "SELECT n.node_id FROM nav_node n JOIN nav_membership m ON m.node = n.node WHERE "
            "n.node_kind = 'commissie' GROUP BY n.node ORDER BY count(*) DESC, n.node_id LIMIT ?"),
        {count});
    while (q.next())
        ids << q.value(0).toString();
    ids << QStringLiteral("00000000-0000-0000-0000-00000000dead");
    return ids;
}

} // namespace overleg::test
