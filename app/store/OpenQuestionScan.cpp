#include "OpenQuestionScan.h"

#include "Database.h"
#include "SqliteStatement.h"
#include "questions/KindRoles.h"

#include <QSqlError>
#include <QSqlQuery>

namespace overleg::OpenQuestionScan {

namespace {

// Question documents without an answering document under their zaak, with their deadline: three
// weeks after the date, six when a Mededeling (uitstel antwoord) came under the same zaak.
// The zaken an answering document (or a Mededeling) is filed under are collected once (CROSS
// JOIN: from the few answering documents to their links, not from every zaak link), so each
// question document costs one probe into them; correlated per document, the same question took
// three times as long on 60,000 documents. The unary + keeps the probe on the document's own
// links: SQLite would otherwise walk every answered zaak for every question document (minutes on
// 100,000 documents).
// The soorten and the days come from the table of kinds (questions/KindRoles).
QString openQuestionsSql() {
    return QStringLiteral(
               "WITH answered(zaak) AS MATERIALIZED (SELECT la.naar FROM document a CROSS JOIN "
               "link la ON la.van = a.id AND la.soort = 'zaak' WHERE a.soort IN (%1)), "
               "delayed(zaak) AS MATERIALIZED (SELECT la.naar FROM document a CROSS JOIN link la "
               "ON la.van = a.id AND la.soort = 'zaak' WHERE a.soort IN (%2)), "
               "q AS MATERIALIZED (SELECT d.id, d.rowid AS doc, d.datum, EXISTS (SELECT 1 FROM "
               "link lq WHERE lq.van = d.id AND lq.soort = 'zaak' AND +lq.naar IN delayed) AS "
               "delayed FROM document d WHERE d.soort IN (%3) AND NOT EXISTS (SELECT 1 FROM link "
               "lq WHERE lq.van = d.id AND lq.soort = 'zaak' AND +lq.naar IN answered)) "
               "SELECT q.doc, q.id, CASE WHEN q.datum IS NULL THEN NULL ELSE "
               "date(substr(q.datum, 1, 10), CASE WHEN q.delayed THEN '+%4 days' ELSE '+%5 days' "
               "END) END, q.delayed, (SELECT group_concat(DISTINCT da.actorFractie) FROM "
               "documentActor da WHERE da.document_id = q.id AND da.actorFractie IS NOT NULL) FROM "
               "q")
        .arg(sqlSoortList(allAnsweringSoorten()), sqlSoortList(postponingSoorten()),
             sqlSoortList(askingSoorten()))
        .arg(kPostponedAnswerDays)
        .arg(kAnswerDays);
}

// The same rows for the documents in `documents` only, each question probing its own zaken for
// an answer or a delay instead of collecting every answered zaak first.
QString someOpenQuestionsSql(const QString &documents) {
    const QString documentOf =
        QStringLiteral("EXISTS (SELECT 1 FROM link lq CROSS JOIN link la ON la.soort = 'zaak' "
                       "AND la.naar = lq.naar CROSS JOIN document a ON a.id = la.van WHERE "
                       "lq.van = d.id AND lq.soort = 'zaak' AND a.soort IN (%1))");
    return QStringLiteral(
               "INSERT INTO open_question (doc, document_id, deadline, delayed, fractie) SELECT "
               "q.doc, q.id, CASE WHEN q.datum IS NULL THEN NULL ELSE date(substr(q.datum, 1, "
               "10), CASE WHEN q.delayed THEN '+%1 days' ELSE '+%2 days' END) END, q.delayed, "
               "(SELECT group_concat(DISTINCT da.actorFractie) FROM documentActor da WHERE "
               "da.document_id = q.id AND da.actorFractie IS NOT NULL) FROM (SELECT d.rowid AS "
               "doc, d.id, d.datum, ")
               .arg(kPostponedAnswerDays)
               .arg(kAnswerDays) +
           documentOf.arg(sqlSoortList(postponingSoorten())) +
           QStringLiteral(" AS delayed FROM %1 t CROSS JOIN document d ON d.rowid = t.doc WHERE "
                          "d.soort IN (%2) AND NOT ")
               .arg(documents, sqlSoortList(askingSoorten())) +
           documentOf.arg(sqlSoortList(allAnsweringSoorten())) + QStringLiteral(") q");
}

} // namespace

Result<QList<Row>> read(const Database &library) {
    QSqlQuery q(library.connection());
    q.setForwardOnly(true);
    if (!q.exec(openQuestionsSql()))
        return Result<QList<Row>>::failure(q.lastError().text());
    QList<Row> rows;
    const auto text = [&](int column) {
        return q.isNull(column) ? QString() : q.value(column).toString();
    };
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), text(2), q.value(3).toBool(),
                     text(4)});
    if (q.lastError().isValid())
        return Result<QList<Row>>::failure(q.lastError().text());
    return rows;
}

Result<QList<Row>> readSeparately(const QString &libraryPath) {
    auto connection = Database::open(libraryPath, Database::Kind::Library);
    if (!connection)
        return Result<QList<Row>>::failure(connection.error());
    return read(connection.value());
}

Status store(const Database &library, const QList<Row> &rows) {
    QSqlQuery clear = library.run(QStringLiteral("DELETE FROM open_question"));
    if (clear.lastError().isValid())
        return Status::failure(clear.lastError().text());
    SqliteStatement insert(library.connection(),
                           QStringLiteral("INSERT INTO open_question (doc, document_id, deadline, "
                                          "delayed, fractie) VALUES (?, ?, ?, ?, ?)"));
    for (const Row &row : rows) {
        insert.bindInt(1, row.doc);
        insert.bindText(2, row.id);
        insert.bindText(3, row.deadline);
        insert.bindInt(4, row.delayed ? 1 : 0);
        insert.bindText(5, row.fractie);
        if (!insert.run())
            return Status::failure(insert.error());
    }
    return success();
}

Status refresh(const Database &library, const QString &documents) {
    QSqlQuery clear =
        library.run(QStringLiteral("DELETE FROM open_question WHERE doc IN (SELECT doc FROM %1)")
                        .arg(documents));
    if (clear.lastError().isValid())
        return Status::failure(clear.lastError().text());
    QSqlQuery insert = library.run(someOpenQuestionsSql(documents));
    if (insert.lastError().isValid())
        return Status::failure(insert.lastError().text());
    return success();
}

} // namespace overleg::OpenQuestionScan
