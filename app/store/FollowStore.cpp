#include "FollowStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace overleg {

FollowStore::FollowStore(Database &notes)
    : m_db(notes) {}

FollowStore::Follow FollowStore::parse(const QString &text) {
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString kind = text.left(colon).trimmed().toLower();
    const QString key = text.mid(colon + 1).trimmed();
    if ((kind != QLatin1String("commissie") && kind != QLatin1String("dossier")) || key.isEmpty())
        return {};
    return {kind, key};
}

QList<FollowStore::Follow> FollowStore::follows() const {
    QList<Follow> result;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT kind, key FROM follow ORDER BY kind, key"));
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

bool FollowStore::isFollowed(const QString &kind, const QString &key) const {
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT 1 FROM follow WHERE kind=? AND key=?"), {kind, key});
    return q.next();
}

Status FollowStore::follow(const QString &kind, const QString &key) {
    if (kind != QLatin1String("commissie") && kind != QLatin1String("dossier"))
        return Status::failure(QCoreApplication::translate("FollowStore",
                                                           "Only commissies and dossiers can be "
                                                           "followed, not '%1'.")
                                   .arg(kind));
    QSqlQuery q = m_db.run(QStringLiteral("INSERT OR IGNORE INTO follow (kind, key, since) "
                                          "VALUES (?, ?, ?)"),
                           {kind, key, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

Status FollowStore::unfollow(const QString &kind, const QString &key) {
    QSqlQuery q =
        m_db.run(QStringLiteral("DELETE FROM follow WHERE kind=? AND key=?"), {kind, key});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

} // namespace overleg
