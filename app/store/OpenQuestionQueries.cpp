#include "OpenQuestionQueries.h"

#include "Database.h"
#include "DocumentSummaryRow.h"
#include "questions/QuestionStatus.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace overleg {

namespace {

QSqlQuery runBound(const Database &db, const QString &sql, const QList<QVariant> &values) {
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    db.exec(q);
    return q;
}

// Deadlines compare as their ISO text; no deadline sorts first, as SQLite orders NULL.
bool comesBefore(const OpenDocument &a, const OpenDocument &b) {
    return a.deadline.toString(Qt::ISODate) < b.deadline.toString(Qt::ISODate);
}

// A row of kSummaryColumns followed by the deadline and the delayed flag.
OpenDocument openDocumentFrom(const QSqlQuery &q) {
    OpenDocument doc;
    doc.summary = summaryFrom(q);
    doc.deadline = QDate::fromString(q.value(kSummaryColumnCount).toString(), Qt::ISODate);
    doc.delayed = q.value(kSummaryColumnCount + 1).toBool();
    return doc;
}

} // namespace

bool OpenQuestionQueries::notesAttached() const {
    if (!m_notesAttached) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT 1 FROM pragma_database_list WHERE name = "
                                              "'notes'"));
        m_notesAttached = q.next();
    }
    return m_notesAttached;
}

QString OpenQuestionQueries::openQuestionCondition(const OpenQuestionFilter &filter,
                                                   QList<QVariant> &values) const {
    QString sql;
    if (notesAttached()) {
        // The user's word first: open (the default) leaves it to the answer found.
        sql = QStringLiteral(
                  "CASE coalesce((SELECT a.status FROM notes.annotation a WHERE a.question_id = "
                  "q.question_id), '%1') WHEN '%1' THEN q.answered = 0 WHEN '%2' THEN 1 WHEN '%3' "
                  "THEN 1 ELSE 0 END")
                  .arg(toStored(QuestionStatus::Open), toStored(QuestionStatus::Unanswered),
                       toStored(QuestionStatus::Partial));
    } else {
        sql = QStringLiteral("q.answered = 0");
    }
    if (!filter.fractie.isEmpty()) {
        // Numbered questions name every asker's fractie: "D66, GL-PvdA, SP".
        sql += QStringLiteral(" AND instr(', ' || lower(q.fractie) || ', ', ', ' || lower(?) || "
                              "', ') > 0");
        values << filter.fractie;
    }
    if (!filter.tag.isEmpty()) {
        if (notesAttached()) {
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM notes.annotation_tag t JOIN "
                                  "notes.tag g ON g.id = t.tag_id WHERE t.question_id = "
                                  "q.question_id AND g.name = ?)");
            values << filter.tag;
        } else {
            sql += QStringLiteral(" AND 0");
        }
    }
    return sql;
}

QString OpenQuestionQueries::ledgerRows(const OpenQuestionFilter &filter, bool withDocument,
                                        const QString &index, const InMemory *memory) const {
    QString sql = QStringLiteral("ledger_document l");
    if (!index.isEmpty())
        sql += QStringLiteral(" INDEXED BY ") + index;
    if (memory)
        sql += QStringLiteral(" CROSS JOIN document d ON d.id = l.document_id AND d.rowid IN (%1)")
                   .arg(memory->ledgerMatched);
    else if (m_queries.matchText(filter.text))
        sql += QStringLiteral(" CROSS JOIN document d ON d.id = l.document_id AND d.rowid IN "
                              "temp.filter_match");
    else if (withDocument)
        sql += QStringLiteral(" CROSS JOIN document d ON d.id = l.document_id");
    return sql;
}

QString OpenQuestionQueries::unreadRows(const OpenQuestionFilter &filter, const QString &index,
                                        int rowsWanted, QString *condition) const {
    if (m_queries.matchText(filter.text)) {
        // A commissie narrows the rows along the index further (a fortieth of them): from the
        // matches then, whatever their number.
        if (condition && !index.isEmpty() && rowsWanted > 0 && filter.commissieId.isEmpty()) {
            // Along the index, about rowsWanted * documents / matches rows are probed; from
            // the matches, every match is. The first is cheaper when matches² exceeds
            // rowsWanted * documents.
            QSqlQuery q = m_db.run(QStringLiteral(
                "SELECT (SELECT count(*) FROM temp.filter_match), (SELECT max(rowid) FROM "
                "document)"));
            if (q.next()) {
                const double matches = q.value(0).toDouble();
                if (matches * matches > double(rowsWanted) * q.value(1).toDouble()) {
                    *condition = QStringLiteral(" AND o.doc IN temp.filter_match");
                    return QStringLiteral("open_question o INDEXED BY ") + index;
                }
            }
        }
        return QStringLiteral("temp.filter_match f CROSS JOIN open_question o ON o.doc = f.doc");
    }
    QString sql = QStringLiteral("open_question o");
    if (!index.isEmpty())
        sql += QStringLiteral(" INDEXED BY ") + index;
    return sql;
}

QString OpenQuestionQueries::documentCondition(const QString &column,
                                               const OpenQuestionFilter &filter,
                                               QList<QVariant> &values) const {
    QString sql;
    if (!filter.commissieId.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM nav_membership_ids m WHERE "
                              "m.document_id = %1 AND m.node_kind = 'commissie' AND m.node_id = ?)")
                   .arg(column);
        values << filter.commissieId;
    }
    return sql;
}

QString OpenQuestionQueries::unreadDocumentCondition(const OpenQuestionFilter &filter,
                                                     QList<QVariant> &values) const {
    // The commissie's documents once, as a set SQLite probes by rowid: probing the memberships
    // by GUID for every row took 0.3-0.5 s at 1,000,000 documents, this 30-45 ms. (From memory,
    // when the rows and the filter index are there, it takes a few: OpenQuestionFromMemory.)
    QString sql;
    if (!filter.commissieId.isEmpty()) {
        sql += QStringLiteral(" AND o.doc IN (SELECT m.doc FROM nav_node n CROSS JOIN "
                              "nav_membership m ON m.node = n.node WHERE n.node_kind = "
                              "'commissie' AND n.node_id = ?)");
        values << filter.commissieId;
    }
    if (!filter.fractie.isEmpty()) {
        // The fracties of the members who asked, as group_concat joined them.
        sql += QStringLiteral(" AND instr(',' || lower(o.fractie) || ',', ',' || lower(?) || ',') "
                              "> 0");
        values << filter.fractie;
    }
    return sql;
}

QList<OpenDocument> OpenQuestionQueries::documents(const OpenQuestionFilter &filter,
                                                   OpenQuestionCursor &cursor, int limit) const {
    // Two lists, each read in deadline order along its own index and merged here, so a page
    // costs its own rows rather than a sort of every open document.
    const std::optional<InMemory> memory = inMemory(filter);
    QList<OpenDocument> known;
    if (!memory || !memory->ledgerMatched.isEmpty()) {
        QList<QVariant> values;
        const QString open = openQuestionCondition(filter, values);
        const QString where = documentCondition(QStringLiteral("l.document_id"), filter, values);
        values << limit << cursor.ledgerOffset;
        QSqlQuery q = runBound(
            m_db,
            QStringLiteral("SELECT %1, l.deadline, l.delayed, l.questions, (SELECT count(*) FROM "
                           "ledger_question q WHERE q.document_id = l.document_id AND %2) AS open, "
                           "l.answer_documents "
                           "FROM %3 %4 WHERE l.questions > 0 AND open > 0 %5 ORDER BY "
                           "l.deadline, l.document_id LIMIT ? OFFSET ?")
                .arg(kSummaryColumns, open,
                     ledgerRows(filter, true, QStringLiteral("ledger_document_deadline"),
                                memory ? &*memory : nullptr),
                     kSummaryJoin, where),
            values);
        while (q.next()) {
            OpenDocument doc = openDocumentFrom(q);
            doc.questions = q.value(kSummaryColumnCount + 2).toInt();
            doc.openQuestions = q.value(kSummaryColumnCount + 3).toInt();
            doc.awaitingAnswer = q.value(kSummaryColumnCount + 4).toInt() == 0;
            known << doc;
        }
    }
    QList<OpenDocument> unknown;
    // A tag belongs to a question: documents whose questions we do not know have none.
    if (memory && filter.tag.isEmpty()) {
        unknown = unreadFromMemory(*memory, cursor.otherOffset, limit);
    } else if (filter.tag.isEmpty()) {
        QList<QVariant> values;
        QString matched;
        const QString rows = unreadRows(filter, QStringLiteral("open_question_deadline"),
                                        limit + cursor.otherOffset, &matched);
        const QString where = matched + unreadDocumentCondition(filter, values);
        values << limit << cursor.otherOffset;
        QSqlQuery q = runBound(
            m_db,
            // The page is chosen on open_question alone, then its documents are read: sorting
            // every match with its titles cost three times as long under a broad filter.
            QStringLiteral("SELECT %1, o.deadline, o.delayed, o.fractie FROM (SELECT o.doc, "
                           "o.document_id, o.deadline, o.delayed, o.fractie FROM %2 WHERE NOT "
                           "EXISTS (SELECT 1 FROM ledger_document l WHERE l.document_id = "
                           "o.document_id AND l.questions > 0) %3 ORDER BY o.deadline, "
                           "o.document_id LIMIT ? OFFSET ?) o CROSS JOIN document d ON d.rowid = "
                           "o.doc %4 ORDER BY o.deadline, o.document_id")
                .arg(kSummaryColumns, rows, where, kSummaryJoin),
            values);
        while (q.next()) {
            OpenDocument doc = openDocumentFrom(q);
            doc.fractie = q.value(kSummaryColumnCount + 2).toString();
            unknown << doc;
        }
    }

    QList<OpenDocument> merged;
    qsizetype k = 0;
    qsizetype u = 0;
    while (merged.size() < limit && (k < known.size() || u < unknown.size())) {
        if (u == unknown.size() || (k < known.size() && !comesBefore(unknown[u], known[k])))
            merged << known[k++];
        else
            merged << unknown[u++];
    }
    cursor.ledgerOffset += int(k);
    cursor.otherOffset += int(u);
    return merged;
}

int OpenQuestionQueries::countDocuments(const OpenQuestionFilter &filter) const {
    int count = 0;
    const std::optional<InMemory> memory = inMemory(filter);
    if (!memory || !memory->ledgerMatched.isEmpty()) {
        QList<QVariant> values;
        const QString open = openQuestionCondition(filter, values);
        const QString where = documentCondition(QStringLiteral("l.document_id"), filter, values);
        QSqlQuery q =
            runBound(m_db,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE l.questions > 0 "
                                    "AND EXISTS (SELECT 1 FROM ledger_question q "
                                    "WHERE q.document_id = l.document_id AND %2) %3")
                         .arg(ledgerRows(filter, false, QString(), memory ? &*memory : nullptr),
                              open, where),
                     values);
        count += q.next() ? q.value(0).toInt() : 0;
    }
    if (filter == OpenQuestionFilter{}) {
        // Unfiltered (the count the tree shows at start): all of open_question but the few
        // documents the ledger knows the questions of, without probing every row.
        QSqlQuery q = m_db.run(QStringLiteral(
            "SELECT (SELECT count(*) FROM open_question) - (SELECT count(*) FROM ledger_document "
            "l CROSS JOIN document d ON d.id = l.document_id CROSS JOIN open_question o ON "
            "o.doc = d.rowid WHERE l.questions > 0)"));
        count += q.next() ? q.value(0).toInt() : 0;
    } else if (memory && filter.tag.isEmpty()) {
        count += memory->rows->count(memory->selection);
    } else if (filter.tag.isEmpty()) {
        QList<QVariant> values;
        const QString where = unreadDocumentCondition(filter, values);
        QSqlQuery q = runBound(m_db,
                               QStringLiteral("SELECT count(*) FROM %1 WHERE NOT EXISTS "
                                              "(SELECT 1 FROM ledger_document l WHERE "
                                              "l.document_id = o.document_id AND l.questions > "
                                              "0) %2")
                                   .arg(unreadRows(filter, QString()), where),
                               values);
        count += q.next() ? q.value(0).toInt() : 0;
    }
    return count;
}

QList<OpenQuestion> OpenQuestionQueries::questionsOf(const QString &documentId,
                                                     const OpenQuestionFilter &filter) const {
    QList<QVariant> values;
    const QString status =
        notesAttached() ? QStringLiteral("(SELECT a.status FROM notes.annotation a WHERE "
                                         "a.question_id = q.question_id AND a.status <> '%1')")
                              .arg(toStored(QuestionStatus::Open))
                        : QStringLiteral("NULL");
    const QString open = openQuestionCondition(filter, values);
    values.prepend(documentId);
    QSqlQuery q = runBound(
        m_db,
        QStringLiteral("SELECT q.question_id, q.n, q.fractie, q.text, q.page, q.start, %1, "
                       "(SELECT l.answer_documents = 0 FROM ledger_document l WHERE "
                       "l.document_id = q.document_id) FROM ledger_question q WHERE q.document_id "
                       "= ? AND %2 ORDER BY q.start, q.n")
            .arg(status, open),
        values);
    QList<OpenQuestion> list;
    while (q.next()) {
        OpenQuestion question;
        question.id = q.value(0).toString();
        question.documentId = documentId;
        question.n = q.value(1).toInt();
        question.fractie = q.value(2).toString();
        question.text = q.value(3).toString();
        question.page = q.value(4).toInt();
        question.start = q.value(5).toInt();
        question.status = q.value(6).toString();
        question.awaiting = question.status.isEmpty() && q.value(7).toBool();
        list << question;
    }
    return list;
}

QStringList OpenQuestionQueries::fracties() const {
    QStringList names;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT DISTINCT fractie FROM ledger_question WHERE fractie <> '' UNION SELECT DISTINCT "
        "fractie FROM open_question WHERE fractie IS NOT NULL AND fractie <> ''"));
    while (q.next()) {
        for (const QString &name : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
            if (!names.contains(name.trimmed(), Qt::CaseInsensitive))
                names << name.trimmed();
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

} // namespace overleg
