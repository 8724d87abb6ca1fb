#include "Importer.h"

#include "core/Logging.h"
#include "document/TextExtractor.h"
#include "questions/DocumentHead.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace overleg {

namespace {

// Imported documents get an id of our own, derived from their content, in a namespace that
// cannot collide with the Kamer's random GUIDs in practice.
const QUuid kLocalDocumentNamespace(QStringLiteral("{6f7c1c3e-2b1a-4d0e-9a43-0c5e1d7a8b21}"));

} // namespace

Importer::Importer(Database &library, QString dataRoot)
    : m_db(library)
    , m_files(library, dataRoot) {}

Result<Importer::Imported> Importer::importFile(const QString &path) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1: no such file.").arg(path));
    if (info.size() > kMaxDocumentSize)
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1: the file is too large to import.")
                .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1: cannot read the file (%2).")
                .arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();

    // Reading the text first proves the file is what it claims before anything is stored.
    const auto text = extractText(bytes);
    if (!text)
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1 was not imported: %2")
                .arg(name, text.error()));

    Imported result;
    result.type = text->type;
    result.warning = text->warning;
    const QString sha = FileStore::sha256Of(bytes);
    if (const QString existing = m_files.documentWithSha256(sha); !existing.isEmpty()) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT titel FROM document WHERE id=?"), {existing});
        result.documentId = existing;
        result.title = q.next() ? q.value(0).toString() : name;
        result.duplicate = true;
        return result;
    }

    const auto blob = m_files.writeBlob(bytes);
    if (!blob)
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1 was not imported: %2")
                .arg(name, blob.error()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const DocumentHead head = readDocumentHead(text.value());

    // Another copy of a document we know: its file if it has none, else a rendition beside it.
    if (const QString existing = sameDocument(head); !existing.isEmpty()) {
        QSqlQuery q = m_db.run(QStringLiteral("SELECT coalesce(titel, ''), EXISTS (SELECT 1 FROM "
                                              "document_file WHERE document_id = ?) FROM document "
                                              "WHERE id = ?"),
                               {existing, existing});
        const bool hasFile = q.next() && q.value(1).toBool();
        result.documentId = existing;
        result.title = q.value(0).toString();
        Transaction tx(m_db.connection());
        bool stored = tx.isOpen();
        if (hasFile) {
            QSqlQuery rendition = m_db.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO document_rendition (document_id, sha256, path, mime, size, "
                "original_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(existing), QVariant(blob->sha256), QVariant(blob->relativePath),
                  QVariant(mimeTypeOf(text->type)), QVariant(blob->size), QVariant(name),
                  QVariant(now)})
                rendition.addBindValue(v);
            stored = stored && m_db.exec(rendition);
            result.rendition = true;
        } else {
            stored = stored && m_files.attach(existing, blob.value());
            result.linked = true;
        }
        if (!stored || !tx.commit()) {
            m_files.discard(blob.value());
            return Result<Imported>::failure(
                QCoreApplication::translate(
                    "Importer", "%1 was not imported: the library database could not be updated.")
                    .arg(name));
        }
        qCInfo(lcLibrary) << "Imported" << path
                          << (hasFile ? "as a rendition of" : "as the file of") << existing;
        return result;
    }

    result.documentId =
        QUuid::createUuidV5(kLocalDocumentNamespace, sha).toString(QUuid::WithoutBraces);
    // What the document says it is, else what the file's metadata or name say.
    result.title = !head.title.isEmpty()    ? head.title
                   : text->title.size() > 3 ? text->title
                                            : info.completeBaseName();

    Transaction tx(m_db.connection());
    QSqlQuery doc = m_db.prepare(QStringLiteral(
        "INSERT INTO document (id, bijgewerkt, titel, onderwerp, datum, contentType, "
        "contentLength, soort, volgnummer, vergaderjaar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    doc.addBindValue(result.documentId);
    doc.addBindValue(now);
    doc.addBindValue(result.title);
    doc.addBindValue(name);
    doc.addBindValue(
        (head.date.isValid() ? head.date : QDate::currentDate()).toString(Qt::ISODate));
    doc.addBindValue(mimeTypeOf(text->type));
    doc.addBindValue(bytes.size());
    doc.addBindValue(head.kind == DocumentKind::Other ? QVariant() : QVariant(soortOf(head.kind)));
    doc.addBindValue(head.volgnummer > 0 ? QVariant(head.volgnummer) : QVariant());
    doc.addBindValue(head.vergaderjaar.isEmpty() ? QVariant() : QVariant(head.vergaderjaar));
    QSqlQuery local = m_db.prepare(QStringLiteral("INSERT INTO local_document (document_id, "
                                                  "original_name, imported_at, identifier) "
                                                  "VALUES (?, ?, ?, ?)"));
    local.addBindValue(result.documentId);
    local.addBindValue(name);
    local.addBindValue(now);
    local.addBindValue(head.identifier().isEmpty() ? QVariant() : QVariant(head.identifier()));
    if (!tx.isOpen() || !m_db.exec(doc) || !m_db.exec(local) ||
        !m_files.attach(result.documentId, blob.value()) || !tx.commit()) {
        m_files.discard(blob.value());
        return Result<Imported>::failure(
            QCoreApplication::translate(
                "Importer", "%1 was not imported: the library database could not be updated.")
                .arg(name));
    }
    // Findable by the navigation filter at once; were this to fail, the next open indexes it.
    if (const Status indexed = SearchIndex::indexPending(m_db); !indexed)
        qCWarning(lcLibrary) << "Search index not updated:" << indexed.error();
    qCInfo(lcLibrary) << "Imported" << path << "as" << result.documentId;
    return result;
}

QString Importer::sameDocument(const DocumentHead &head) const {
    const QString identifier = head.identifier();
    if (!identifier.isEmpty()) {
        for (const QString &sql :
             {QStringLiteral("SELECT document_id FROM local_document WHERE identifier = ? LIMIT 1"),
              QStringLiteral(
                  "SELECT document_id FROM documentVersie WHERE externeidentifier = ? "
                  "COLLATE NOCASE AND document_id IN (SELECT id FROM document) LIMIT 1")}) {
            QSqlQuery q = m_db.run(sql, {identifier});
            if (q.next())
                return q.value(0).toString();
        }
    }
    // A zaak holds the questions, their answer and any delay notice: the same zaak and the same
    // kind make the same document.
    if (!head.zaak.isEmpty() && head.kind != DocumentKind::Other) {
        QSqlQuery q =
            m_db.run(QStringLiteral(
                         "SELECT d.id, coalesce(d.soort, '') FROM zaak z JOIN link l ON l.soort = "
                         "'zaak' AND l.naar = z.id JOIN document d ON d.id = l.van WHERE "
                         "z.nummer = ? ORDER BY d.datum"),
                     {head.zaak});
        while (q.next()) {
            if (kindFromSoort(q.value(1).toString()) == head.kind)
                return q.value(0).toString();
        }
    }
    return {};
}

} // namespace overleg
