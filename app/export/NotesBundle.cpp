#include "NotesBundle.h"

#include "library/Library.h"
#include "store/Database.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

namespace overleg {

namespace {

const QString kFormat = QStringLiteral("overleg-notes");

QString tr(const char *text) {
    return QCoreApplication::translate("NotesBundle", text);
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void append(QJsonObject &doc, const QString &list, const QJsonObject &entry) {
    QJsonArray entries = doc.value(list).toArray();
    entries.append(entry);
    doc.insert(list, entries);
}

// The tags, annotations and corrections of the workspace in use, through its NotesBackend (a
// team's server says neither when a tag was made nor when a note was changed: the moment of
// the export stands for both). Corrections are asked for the documents with notes and those
// whose file is here.
void workspaceNotes(Library &library, QJsonArray &tags,
                    const std::function<QJsonObject &(const QString &)> &documentFor) {
    NotesBackend &notes = library.notes();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<Tag> tagList = notes.tags();
    std::sort(tagList.begin(), tagList.end(), [](const Tag &x, const Tag &y) {
        const int c = x.name.compare(y.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x.name < y.name;
    });
    for (const Tag &tag : tagList)
        tags.append(QJsonObject{{QStringLiteral("name"), tag.name},
                                {QStringLiteral("color"), tag.color},
                                {QStringLiteral("created_at"), now}});
    QStringList documents = notes.annotatedDocuments();
    for (const QString &id : documents) {
        const QHash<QString, Annotation> annotations = notes.annotationsOf(id);
        QStringList questionIds = annotations.keys();
        questionIds.sort();
        for (const QString &questionId : std::as_const(questionIds)) {
            const Annotation &a = annotations[questionId];
            append(documentFor(id), QStringLiteral("annotations"),
                   QJsonObject{{QStringLiteral("question_id"), a.questionId},
                               {QStringLiteral("status"), a.status},
                               {QStringLiteral("note"), a.note},
                               {QStringLiteral("anchor_text"), a.anchorText},
                               {QStringLiteral("updated_at"), now},
                               {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)}});
        }
    }
    QSqlQuery files = library.libraryDatabase().run(
        QStringLiteral("SELECT document_id FROM document_file ORDER BY document_id"));
    while (files.next())
        if (!documents.contains(files.value(0).toString()))
            documents << files.value(0).toString();
    documents.sort();
    for (const QString &id : std::as_const(documents)) {
        for (const Correction &c : notes.corrections(id))
            append(documentFor(id), QStringLiteral("corrections"),
                   QJsonObject{
                       {QStringLiteral("kind"), Correction::kindName(c.kind)},
                       {QStringLiteral("payload"),
                        QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact))},
                       {QStringLiteral("created_at"), now}});
        QStringList removed = notes.removedUnits(id);
        removed.sort();
        for (const QString &questionId : std::as_const(removed))
            append(documentFor(id), QStringLiteral("corrections"),
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("remove")},
                               {QStringLiteral("payload"), questionId},
                               {QStringLiteral("created_at"), now}});
    }
}

} // namespace

QJsonDocument NotesBundle::build(Library &library) {
    Database &notes = library.notesDatabase();
    Database &lib = library.libraryDatabase();

    // A team workspace's notes come from its server (workspaceNotes below); the links and
    // what is followed stay this machine's.
    const bool team = library.teamNotes() != nullptr;
    QJsonArray tags;
    QSqlQuery t = notes.run(QStringLiteral("SELECT name, color, created_at FROM tag ORDER BY "
                                           "name COLLATE NOCASE, name"));
    while (!team && t.next())
        tags.append(QJsonObject{{QStringLiteral("name"), t.value(0).toString()},
                                {QStringLiteral("color"), t.value(1).toString()},
                                {QStringLiteral("created_at"), t.value(2).toString()}});

    // Per document, ordered by id, so the output does not depend on the order of edits.
    std::map<QString, QJsonObject> documents;
    auto documentFor = [&](const QString &id) -> QJsonObject & {
        auto it = documents.find(id);
        if (it != documents.end())
            return it->second;
        QJsonObject doc{{QStringLiteral("id"), id}};
        QSqlQuery d = lib.run(QStringLiteral("SELECT documentNummer, titel, soort FROM document "
                                             "WHERE id = ?"),
                              {id});
        const bool known = d.next();
        doc.insert(QStringLiteral("nummer"), orNull(known ? d.value(0).toString() : QString()));
        doc.insert(QStringLiteral("titel"), orNull(known ? d.value(1).toString() : QString()));
        doc.insert(QStringLiteral("soort"), orNull(known ? d.value(2).toString() : QString()));
        doc.insert(QStringLiteral("annotations"), QJsonArray());
        doc.insert(QStringLiteral("corrections"), QJsonArray());
        return documents.emplace(id, doc).first->second;
    };

    if (team)
        workspaceNotes(library, tags, documentFor);
    QSqlQuery a = notes.run(QStringLiteral(
        "SELECT a.question_id, a.document_id, a.status, a.note, a.anchor_text, a.updated_at, "
        "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM annotation_tag at JOIN "
        "tag t ON t.id = at.tag_id WHERE at.question_id = a.question_id ORDER BY t.name)) "
        "FROM annotation a ORDER BY a.document_id, a.question_id"));
    while (!team && a.next()) {
        QJsonObject &doc = documentFor(a.value(1).toString());
        QJsonArray list = doc.value(QStringLiteral("annotations")).toArray();
        const QString tagList = a.value(6).toString();
        list.append(
            QJsonObject{{QStringLiteral("question_id"), a.value(0).toString()},
                        {QStringLiteral("status"), a.value(2).toString()},
                        {QStringLiteral("note"), a.value(3).toString()},
                        {QStringLiteral("anchor_text"), a.value(4).toString()},
                        {QStringLiteral("updated_at"), a.value(5).toString()},
                        {QStringLiteral("tags"),
                         QJsonArray::fromStringList(
                             tagList.isEmpty() ? QStringList() : tagList.split(QChar(31)))}});
        doc.insert(QStringLiteral("annotations"), list);
    }
    QSqlQuery c = notes.run(QStringLiteral(
        "SELECT document_id, kind, payload, created_at FROM correction ORDER BY document_id, id"));
    while (!team && c.next()) {
        QJsonObject &doc = documentFor(c.value(0).toString());
        QJsonArray list = doc.value(QStringLiteral("corrections")).toArray();
        list.append(QJsonObject{{QStringLiteral("kind"), c.value(1).toString()},
                                {QStringLiteral("payload"), c.value(2).toString()},
                                {QStringLiteral("created_at"), c.value(3).toString()}});
        doc.insert(QStringLiteral("corrections"), list);
    }

    QJsonArray links;
    QSqlQuery l = notes.run(QStringLiteral("SELECT question_document_id, answer_document_id, "
                                           "created_at FROM document_link ORDER BY 1, 2"));
    while (l.next()) {
        documentFor(l.value(0).toString());
        documentFor(l.value(1).toString());
        links.append(QJsonObject{{QStringLiteral("question_document"), l.value(0).toString()},
                                 {QStringLiteral("answer_document"), l.value(1).toString()},
                                 {QStringLiteral("created_at"), l.value(2).toString()}});
    }
    QJsonArray follows;
    QSqlQuery f = notes.run(QStringLiteral("SELECT kind, key, since FROM follow ORDER BY 1, 2"));
    while (f.next())
        follows.append(QJsonObject{{QStringLiteral("kind"), f.value(0).toString()},
                                   {QStringLiteral("key"), f.value(1).toString()},
                                   {QStringLiteral("since"), f.value(2).toString()}});

    QJsonArray docs;
    for (const auto &[id, doc] : documents)
        docs.append(doc);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), kFormatVersion},
                                     {QStringLiteral("tags"), tags},
                                     {QStringLiteral("documents"), docs},
                                     {QStringLiteral("links"), links},
                                     {QStringLiteral("follows"), follows}});
}

QByteArray NotesBundle::serialize(Library &library) {
    return build(library).toJson(QJsonDocument::Indented);
}

Result<NotesBundle::ImportSummary> NotesBundle::import(Library &library, const QByteArray &bytes) {
    using R = Result<ImportSummary>;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = json.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")) != kFormat)
        return R::failure(tr("This is not an Overleg notes bundle."));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion)
        return R::failure(tr("This bundle was written by a newer version of Overleg (format %1; "
                             "this version reads up to %2). Update Overleg to import it.")
                              .arg(version)
                              .arg(kFormatVersion));

    ImportSummary summary;
    Database &notes = library.notesDatabase();
    // The user's notes are about to change in bulk: keep a copy first.
    summary.backup = QDir(library.dataDirectory().backupsDirectory())
                         .filePath(QStringLiteral("notes-before-import-%1.sqlite")
                                       .arg(QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("yyyyMMdd-HHmmsszzz"))));
    QDir().mkpath(library.dataDirectory().backupsDirectory());
    QFile::remove(summary.backup);
    if (QSqlQuery b = notes.run(QStringLiteral("VACUUM INTO ?"), {summary.backup});
        b.lastError().isValid())
        return R::failure(
            tr("Cannot back up the notes before importing: %1").arg(b.lastError().text()));

    Transaction tx(notes.connection());
    auto failed = [&](const QSqlQuery &q) { return q.lastError().isValid(); };
    auto sqlError = [&](const QSqlQuery &q) {
        // The driver's text only (never the statement): e.g. a constraint the bundle breaks.
        return R::failure(tr("The notes could not be imported: %1; nothing was changed.")
                              .arg(q.lastError().databaseText()));
    };

    for (const QJsonValue &value :
         library.teamNotes() ? QJsonArray() : root.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        QSqlQuery q = notes.run(
            QStringLiteral("INSERT OR IGNORE INTO tag (name, color, created_at) VALUES (?, ?, ?)"),
            {tag.value(QStringLiteral("name")).toString(),
             tag.value(QStringLiteral("color")).toString(QStringLiteral("#4a90d9")),
             tag.value(QStringLiteral("created_at")).toString()});
        if (failed(q))
            return sqlError(q);
        summary.tags += q.numRowsAffected() > 0 ? 1 : 0;
    }

    // A document keeps its id when this library knows it, else it is found by its number.
    QHash<QString, QString> ids;
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        const QString id = doc.value(QStringLiteral("id")).toString();
        QString local = library.queries().resolveDocument(id);
        if (local.isEmpty() && !doc.value(QStringLiteral("nummer")).toString().isEmpty())
            local =
                library.queries().resolveDocument(doc.value(QStringLiteral("nummer")).toString());
        ids.insert(id, local.isEmpty() ? id : local);
        if (local.isEmpty()) {
            const int n = int(doc.value(QStringLiteral("annotations")).toArray().size());
            if (n > 0) {
                ++summary.unknownDocuments;
                summary.unknownDocumentAnnotations += n;
            }
        }
    }

    // Values the notes database would refuse are reported as the bundle's fault, in words,
    // before anything is written.
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        for (const QJsonValue &av :
             value.toObject().value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString status = a.value(QStringLiteral("status")).toString();
            if (a.value(QStringLiteral("question_id")).toString().isEmpty() ||
                a.value(QStringLiteral("updated_at")).toString().isEmpty() ||
                !NotesBackend::statuses().contains(status))
                return R::failure(tr("The bundle is damaged: an annotation has no question, no "
                                     "date or an unknown status ('%1'); nothing was imported.")
                                      .arg(status));
        }
    }

    // A team workspace: its tags, annotations and corrections go to its server; the links and
    // what is followed stay this machine's, below.
    const bool team = library.teamNotes() != nullptr;
    if (team)
        if (const Status imported = importIntoWorkspace(library.notes(), root, ids, summary);
            !imported)
            return R::failure(imported.error());
    for (const QJsonValue &value :
         team ? QJsonArray() : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        const QString documentId = ids.value(doc.value(QStringLiteral("id")).toString());
        for (const QJsonValue &av : doc.value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString questionId = a.value(QStringLiteral("question_id")).toString();
            const QString updated = a.value(QStringLiteral("updated_at")).toString();
            QSqlQuery existing =
                notes.run(QStringLiteral("SELECT updated_at FROM annotation WHERE question_id = ?"),
                          {questionId});
            if (existing.next() && existing.value(0).toString() >= updated) {
                ++summary.kept; // what is here is as new or newer: the user's latest word
                continue;
            }
            QSqlQuery q = notes.run(
                QStringLiteral("INSERT INTO annotation (question_id, document_id, status, note, "
                               "anchor_text, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON "
                               "CONFLICT(question_id) DO UPDATE SET document_id = "
                               "excluded.document_id, status = excluded.status, note = "
                               "excluded.note, anchor_text = excluded.anchor_text, updated_at = "
                               "excluded.updated_at"),
                {questionId, documentId, a.value(QStringLiteral("status")).toString(),
                 a.value(QStringLiteral("note")).toString(),
                 a.value(QStringLiteral("anchor_text")).toString(), updated});
            if (failed(q))
                return sqlError(q);
            QSqlQuery clear = notes.run(
                QStringLiteral("DELETE FROM annotation_tag WHERE question_id = ?"), {questionId});
            if (failed(clear))
                return sqlError(clear);
            for (const QJsonValue &tag : a.value(QStringLiteral("tags")).toArray()) {
                QSqlQuery addTag = notes.run(
                    QStringLiteral("INSERT INTO tag (name, color, created_at) SELECT ?, "
                                   "'#4a90d9', ? WHERE NOT EXISTS (SELECT 1 FROM tag WHERE name "
                                   "= ?)"),
                    {tag.toString(), updated, tag.toString()});
                QSqlQuery link = notes.run(
                    QStringLiteral("INSERT OR IGNORE INTO annotation_tag (question_id, tag_id) "
                                   "SELECT ?, id FROM tag WHERE name = ?"),
                    {questionId, tag.toString()});
                if (failed(link))
                    return sqlError(link);
            }
            ++summary.annotations;
        }
        for (const QJsonValue &cv : doc.value(QStringLiteral("corrections")).toArray()) {
            const QJsonObject c = cv.toObject();
            QSqlQuery q = notes.run(
                QStringLiteral("INSERT INTO correction (document_id, kind, payload, created_at) "
                               "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM correction "
                               "WHERE document_id = ? AND kind = ? AND payload = ?)"),
                {documentId, c.value(QStringLiteral("kind")).toString(),
                 c.value(QStringLiteral("payload")).toString(),
                 c.value(QStringLiteral("created_at")).toString(), documentId,
                 c.value(QStringLiteral("kind")).toString(),
                 c.value(QStringLiteral("payload")).toString()});
            if (failed(q))
                return sqlError(q);
            summary.corrections += q.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    for (const QJsonValue &value : root.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        QSqlQuery q =
            notes.run(QStringLiteral("INSERT OR IGNORE INTO document_link (question_document_id, "
                                     "answer_document_id, created_at) VALUES (?, ?, ?)"),
                      {ids.value(link.value(QStringLiteral("question_document")).toString(),
                                 link.value(QStringLiteral("question_document")).toString()),
                       ids.value(link.value(QStringLiteral("answer_document")).toString(),
                                 link.value(QStringLiteral("answer_document")).toString()),
                       link.value(QStringLiteral("created_at")).toString()});
        if (failed(q))
            return sqlError(q);
        summary.links += q.numRowsAffected() > 0 ? 1 : 0;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("follows")).toArray()) {
        const QJsonObject follow = value.toObject();
        QSqlQuery q = notes.run(
            QStringLiteral("INSERT OR IGNORE INTO follow (kind, key, since) VALUES (?, ?, ?)"),
            {follow.value(QStringLiteral("kind")).toString(),
             follow.value(QStringLiteral("key")).toString(),
             follow.value(QStringLiteral("since")).toString()});
        if (failed(q))
            return sqlError(q);
        summary.follows += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!tx.commit())
        return R::failure(
            tr("The notes could not be imported: %1").arg(notes.connection().lastError().text()));
    return summary;
}

} // namespace overleg
