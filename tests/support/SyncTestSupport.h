#pragma once

// Helpers shared by the sync tests and the sync benchmark: entity XML in the XSD's format, and a
// snapshot of everything a sync writes, to compare two stores.

#include "entities/EntitySchema.h"
#include "store/Database.h"
#include "store/FollowStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace overleg::test {

inline QByteArray entityXml(const QString &element, const QString &id, const QString &inner,
                            bool deleted = false) {
    return QStringLiteral("<%1 xmlns=\"http://www.tweedekamer.nl/xsd/tkData/v1-0\" "
                          "xmlns:tk=\"http://www.tweedekamer.nl/xsd/tkData/v1-0\" "
                          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"%2\" "
                          "tk:bijgewerkt=\"2026-11-20T10:00:00Z\" tk:verwijderd=\"%3\">%4</%1>")
        .arg(element, id, deleted ? QStringLiteral("true") : QStringLiteral("false"), inner)
        .toUtf8();
}

// Every row of every entity table, the links, the navigation membership and which file each
// document has: what two syncs must agree on.
inline QStringList storeSnapshot(Database &db, bool withFiles = true) {
    // The memberships by GUID: the integer keys depend on the order rows were written in.
    QStringList tables{QStringLiteral("link"), QStringLiteral("nav_membership_ids")};
    for (const EntityType &type : entityTypes())
        tables << type.table;
    QStringList rows;
    for (const QString &table : tables) {
        QSqlQuery q = db.run(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    if (withFiles) {
        QSqlQuery q = db.run(QStringLiteral("SELECT document_id, sha256, size FROM document_file"));
        while (q.next())
            rows << QStringLiteral("file|%1|%2|%3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    rows.sort();
    return rows;
}

// The sample's dossier 29338 followed in the notes database: a sync downloads its documents'
// files.
inline bool followSampleDossier(Database &notes) {
    return bool(FollowStore(notes).follow(QStringLiteral("dossier"), QStringLiteral("29338")));
}

// `overleg-cli sync` into dataDir from the feed at feedUrl, following the sample's dossier.
inline QStringList cliSyncArguments(const QString &dataDir, const QString &feedUrl) {
    return {QStringLiteral("--data-dir"),   dataDir, QStringLiteral("sync"),
            QStringLiteral("--feed"),       feedUrl, QStringLiteral("--follow"),
            QStringLiteral("dossier:29338")};
}

} // namespace overleg::test
