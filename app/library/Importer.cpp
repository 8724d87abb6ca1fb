#include "Importer.h"

#include "core/Logging.h"
#include "document/TextExtractor.h"
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

    result.documentId =
        QUuid::createUuidV5(kLocalDocumentNamespace, sha).toString(QUuid::WithoutBraces);
    result.title = text->title.size() > 3 ? text->title : info.completeBaseName();

    const auto blob = m_files.writeBlob(bytes);
    if (!blob)
        return Result<Imported>::failure(
            QCoreApplication::translate("Importer", "%1 was not imported: %2")
                .arg(name, blob.error()));

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(m_db.connection());
    QSqlQuery doc = m_db.prepare(QStringLiteral("INSERT INTO document (id, bijgewerkt, titel, "
                                                "onderwerp, datum, contentType, contentLength) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    doc.addBindValue(result.documentId);
    doc.addBindValue(now);
    doc.addBindValue(result.title);
    doc.addBindValue(name);
    doc.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    doc.addBindValue(mimeTypeOf(text->type));
    doc.addBindValue(bytes.size());
    QSqlQuery local = m_db.prepare(QStringLiteral(
        "INSERT INTO local_document (document_id, original_name, imported_at) VALUES (?, ?, ?)"));
    local.addBindValue(result.documentId);
    local.addBindValue(name);
    local.addBindValue(now);
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

} // namespace overleg
