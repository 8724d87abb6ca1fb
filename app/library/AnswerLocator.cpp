#include "AnswerLocator.h"

#include "questions/KindRoles.h"
#include "questions/TextSimilarity.h"
#include "store/Database.h"
#include "store/NotesBackend.h"

#include <QSqlError>
#include <QSqlQuery>

namespace overleg {

AnswerLocator::AnswerLocator(Database &library, const NotesBackend &notes)
    : m_library(library)
    , m_notes(notes) {}

QList<AnswerLocator::Source> AnswerLocator::answersFor(const QString &questionDocumentId,
                                                       DocumentKind kind) const {
    QList<Source> sources;
    auto describe = [&](const QString &id, bool manual) {
        QSqlQuery d = m_library.run(
            QStringLiteral("SELECT coalesce(soort, ''), coalesce(substr(datum, 1, 10), ''), "
                           "coalesce(titel, '') FROM document WHERE id = ?"),
            {id});
        Source s{id, {}, {}, {}, manual};
        if (d.next()) {
            s.soort = d.value(0).toString();
            s.datum = d.value(1).toString();
            s.titel = d.value(2).toString();
        }
        return s;
    };
    for (const QString &id : m_notes.answerLinks(questionDocumentId))
        sources << describe(id, true);

    const QStringList soorten = answeringSoorten(kind);
    if (soorten.isEmpty())
        return sources;
    auto known = [&](const QString &id) {
        for (const Source &s : std::as_const(sources))
            if (s.documentId == id)
                return true;
        return false;
    };
    // Values are bound; the soorten are our own constants.
    QString placeholders;
    for (qsizetype i = 0; i < soorten.size(); ++i)
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    QSqlQuery sameZaak = m_library.prepare(
        QStringLiteral("SELECT DISTINCT d.id FROM link lq CROSS JOIN link la CROSS JOIN document d "
                       "WHERE lq.van = ? AND lq.soort = 'zaak' AND la.soort = 'zaak' AND la.naar "
                       "= lq.naar AND d.id = la.van AND d.id <> ? AND d.soort IN (%1) ORDER BY "
                       "d.datum")
            .arg(placeholders));
    sameZaak.addBindValue(questionDocumentId);
    sameZaak.addBindValue(questionDocumentId);
    for (const QString &soort : soorten)
        sameZaak.addBindValue(soort);
    m_library.exec(sameZaak);
    while (sameZaak.next())
        if (!known(sameZaak.value(0).toString()))
            sources << describe(sameZaak.value(0).toString(), false);

    if (kind == DocumentKind::InbrengSchriftelijkOverleg && sources.isEmpty()) {
        // The commissie's Verslag of a schriftelijk overleg on the same subject, sent later.
        QSqlQuery q = m_library.run(
            QStringLiteral(
                "SELECT d.id, coalesce(d.onderwerp, d.titel, ''), (SELECT coalesce(onderwerp, "
                "titel, '') FROM document WHERE id = ?) FROM nav_membership_ids mq JOIN "
                "nav_membership_ids ma ON ma.node_kind = 'commissie' AND ma.node_id = mq.node_id "
                "JOIN document d ON d.id = ma.document_id WHERE mq.document_id = ? AND "
                "mq.node_kind = 'commissie' AND d.soort IN (%1) AND d.datum >= (SELECT datum FROM "
                "document WHERE id = ?)")
                .arg(sqlSoortList(answeringSoorten(kind))),
            {questionDocumentId, questionDocumentId, questionDocumentId});
        while (q.next()) {
            if (textSimilarity(q.value(1).toString(), q.value(2).toString()) >= 0.3)
                sources << describe(q.value(0).toString(), false);
        }
    }
    return sources;
}

bool AnswerLocator::hasDelayNotice(const QString &questionDocumentId) const {
    QSqlQuery q = m_library.run(
        QStringLiteral("SELECT 1 FROM link lq CROSS JOIN link la CROSS JOIN document d WHERE "
                       "lq.van = ? AND lq.soort = 'zaak' AND la.soort = 'zaak' AND la.naar = "
                       "lq.naar AND d.id = la.van AND d.soort IN (%1) LIMIT 1")
            .arg(sqlSoortList(postponingSoorten())),
        {questionDocumentId});
    return q.next();
}

QDate AnswerLocator::deadlineFor(const QString &questionDocumentId) const {
    QSqlQuery q = m_library.run(QStringLiteral("SELECT substr(datum, 1, 10) FROM document WHERE "
                                               "id = ?"),
                                {questionDocumentId});
    const QDate sent = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    if (!sent.isValid())
        return {};
    return sent.addDays(hasDelayNotice(questionDocumentId) ? kPostponedAnswerDays : kAnswerDays);
}

} // namespace overleg
