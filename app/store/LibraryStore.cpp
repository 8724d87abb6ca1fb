#include "LibraryStore.h"

#include "FilterIndexPatch.h"
#include "NavigationSql.h"
#include "NavigationUpdate.h"
#include "OpenQuestionScan.h"
#include "SearchIndex.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "core/Logging.h"
#include "entities/EntityRecord.h"
#include "entities/EntitySchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg {

namespace {
// A sync_state row that is not a category: present while the derived tables lag the entities.
const QString kDerivedStale = QStringLiteral("#derived-stale");
} // namespace

LibraryStore::LibraryStore(Database &db)
    : m_db(db) {}
LibraryStore::~LibraryStore() = default;

SqliteStatement *LibraryStore::upsertStatement(const EntityType &type) {
    auto it = m_upserts.find(&type);
    if (it != m_upserts.end())
        return it->second.get();

    QStringList columns{QStringLiteral("id"), QStringLiteral("bijgewerkt")};
    if (type.downloadable)
        columns << QStringLiteral("contentType") << QStringLiteral("contentLength");
    columns << type.fields;
    for (const QString &ref : type.singleRefs)
        columns << ref + QStringLiteral("_id");

    QStringList placeholders, updates;
    for (const QString &c : columns) {
        placeholders << QStringLiteral("?");
        if (c != QLatin1String("id"))
            updates << c + QStringLiteral("=excluded.") + c;
    }
    // Column names come from EntitySchema, never from feed text; values are bound.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
            .arg(type.table, columns.join(u','), placeholders.join(u','), updates.join(u','));
    auto statement = std::make_unique<SqliteStatement>(m_db.connection(), sql);
    return m_upserts.emplace(&type, std::move(statement)).first->second.get();
}

bool LibraryStore::failed(const SqliteStatement &statement) {
    m_error = statement.error();
    qCWarning(lcStore) << "Cannot store an entity:" << m_error;
    return false;
}

bool LibraryStore::apply(const EntityRecord &entity) {
    const EntityType *type = entityTypeForElement(entity.type);
    if (!type || entity.id.isEmpty()) {
        qCDebug(lcStore) << "Ignoring entity of unknown type" << entity.type;
        return false;
    }
    if (entity.deleted)
        return remove(*type, entity.id);

    SqliteStatement &upsert = *upsertStatement(*type);
    int column = 1;
    upsert.bindText(column++, entity.id);
    upsert.bindText(column++, entity.bijgewerkt);
    if (type->downloadable) {
        if (entity.contentType.isEmpty())
            upsert.bindNull(column++);
        else
            upsert.bindText(column++, entity.contentType);
        if (entity.contentLength >= 0)
            upsert.bindInt(column++, entity.contentLength);
        else
            upsert.bindNull(column++);
    }
    // The values stay in `entity` until run(): the statement reads them in place.
    for (qsizetype i = 0; i < type->fields.size(); ++i) {
        const auto value = entity.fields.utf8(type->fields.at(i));
        if (!value)
            upsert.bindNull(column++);
        else if (type->isBoolean.at(i))
            upsert.bindInt(column++, *value == "true" ? 1 : 0);
        else
            upsert.bindUtf8(column++, *value);
    }
    for (const QString &ref : type->singleRefs) {
        const QString *target = nullptr;
        for (const auto &[element, guid] : entity.refs) {
            if (element == ref) {
                target = &guid;
                break;
            }
        }
        if (target && !target->isEmpty())
            upsert.bindText(column++, *target);
        else
            upsert.bindNull(column++);
    }
    if (!upsert.run())
        return failed(upsert);

    if (!type->multiRefs.isEmpty()) {
        if (!m_deleteLinks)
            m_deleteLinks = std::make_unique<SqliteStatement>(
                m_db.connection(), QStringLiteral("DELETE FROM link WHERE van=?"));
        if (!m_insertLink)
            m_insertLink = std::make_unique<SqliteStatement>(
                m_db.connection(),
                QStringLiteral("INSERT OR IGNORE INTO link (van, soort, naar) VALUES (?, ?, ?)"));
        m_deleteLinks->bindText(1, entity.id);
        if (!m_deleteLinks->run())
            return failed(*m_deleteLinks);
        for (const auto &[element, guid] : entity.refs) {
            if (!type->multiRefs.contains(element))
                continue;
            m_insertLink->bindText(1, entity.id);
            m_insertLink->bindText(2, element);
            m_insertLink->bindText(3, guid);
            if (!m_insertLink->run())
                return failed(*m_insertLink);
        }
    }
    return true;
}

bool LibraryStore::remove(const EntityType &type, const QString &id) {
    QSqlQuery del = m_db.run(QStringLiteral("DELETE FROM %1 WHERE id=?").arg(type.table), {id});
    QSqlQuery links = m_db.run(QStringLiteral("DELETE FROM link WHERE van=? OR naar=?"), {id, id});
    return !del.lastError().isValid() && !links.lastError().isValid();
}

Status LibraryStore::rebuildDerived(DerivedMode mode) {
    // Both connections below must see every entity: they are read from what is committed.
    if (m_db.inTransaction())
        return Status::failure(QStringLiteral("rebuildDerived() inside an open transaction"));
    m_lastDerived = {};
    QElapsedTimer total;
    total.start();
    if (mode == DerivedMode::Automatic && NavigationUpdate::canFollow(m_db)) {
        if (const Status indexed = SearchIndex::indexPending(m_db); !indexed)
            return indexed;
        QElapsedTimer timer;
        timer.start();
        auto updated = NavigationUpdate::run(m_db);
        if (!updated)
            return Status::failure(updated.error());
        if (updated->has_value()) {
            const NavigationUpdate::Outcome &outcome = *updated.value();
            m_lastDerived = {true, qint64(outcome.documents.size()),
                             qint64(outcome.renumbered.size())};
            m_lastDerived.tablesMs = timer.restart();
            m_lastDerived.filterIndexPatched = FilterIndexPatch::follow(m_db.path(), outcome);
            m_lastDerived.filterIndexMs = timer.elapsed();
            m_db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return success();
        }
        // Too much changed to follow: rebuilt below.
    }
    // The open questions are read beside the search indexing, on a connection of their own.
    QFuture<Result<QList<OpenQuestionScan::Row>>> openQuestions =
        QtConcurrent::run(OpenQuestionScan::readSeparately, m_db.path());
    const auto waitForOpenQuestions = [&] {
        auto rows = openQuestions.result();
        if (!rows) {
            qCWarning(lcStore) << "Reading the open questions on a second connection failed:"
                               << rows.error();
            rows = OpenQuestionScan::read(m_db);
        }
        return rows;
    };
    if (const Status indexed = SearchIndex::indexPending(m_db); !indexed) {
        openQuestions.waitForFinished();
        return indexed;
    }
    Transaction tx(m_db.connection());
    const QStringList statements = {
        QStringLiteral("DELETE FROM nav_membership"),
        QStringLiteral("DELETE FROM nav_node"),
        // The nodes first, as the memberships refer to their numbers: those that can have
        // documents; the ones left without are removed below. The unary + makes each IN one
        // lookup in its list, not a walk of every actor row.
        NavigationSql::commissieNodes(QStringLiteral("1"), false),
        NavigationSql::dossierNodes(
            QStringLiteral("k.id IN (SELECT kamerstukdossier_id FROM document)"), false),
        NavigationSql::persoonNodes(
            QStringLiteral("+p.id IN (SELECT persoon_id FROM documentActor) OR +p.id IN (SELECT "
                           "persoon_id FROM zaakActor) OR +p.id IN (SELECT persoon_id FROM "
                           "fractieZetelPersoon WHERE totEnMet IS NULL)"),
            false),
        // The memberships, from the entity to the node's number to the document's rowid (the
        // joins leave out documents we have no row for). CROSS JOIN keeps that order: from the
        // few actor rows with a commissie or persoon, not from every link. UNION ALL: the
        // primary key and OR IGNORE drop the duplicates without a sort.
        // Commissie: as an actor of the document, as a voortouw/volg actor of one of its zaken,
        // or as the voortouwcommissie of one of its activiteiten.
        QStringLiteral(
            "INSERT OR IGNORE INTO nav_membership (node, doc) SELECT n.node, d.rowid FROM "
            "documentActor x "
            "CROSS JOIN nav_node n ON n.node_kind = 'commissie' AND n.node_id = x.commissie_id "
            "CROSS JOIN document d ON d.id = x.document_id "
            "UNION ALL SELECT n.node, d.rowid FROM zaakActor za CROSS JOIN nav_node n ON "
            "n.node_kind = 'commissie' AND n.node_id = za.commissie_id CROSS JOIN link l ON "
            "l.soort = 'zaak' AND l.naar = za.zaak_id CROSS JOIN document d ON d.id = l.van "
            "UNION ALL SELECT n.node, d.rowid FROM activiteit a CROSS JOIN nav_node n ON "
            "n.node_kind = 'commissie' AND n.node_id = a.voortouwcommissie_id CROSS JOIN link l "
            "ON l.soort = 'activiteit' AND l.naar = a.id CROSS JOIN document d ON d.id = l.van"),
        QStringLiteral(
            "INSERT OR IGNORE INTO nav_membership (node, doc) SELECT n.node, d.rowid FROM "
            "document d CROSS JOIN nav_node n ON n.node_kind = 'dossier' AND "
            "n.node_id = d.kamerstukdossier_id"),
        // Kamerlid: as an actor (ondertekenaar) of the document or indiener of its zaak.
        QStringLiteral(
            "INSERT OR IGNORE INTO nav_membership (node, doc) SELECT n.node, d.rowid FROM "
            "documentActor x "
            "CROSS JOIN nav_node n ON n.node_kind = 'persoon' AND n.node_id = x.persoon_id "
            "CROSS JOIN document d ON d.id = x.document_id "
            "UNION ALL SELECT n.node, d.rowid FROM zaakActor za CROSS JOIN nav_node n ON "
            "n.node_kind = 'persoon' AND n.node_id = za.persoon_id CROSS JOIN link l ON "
            "l.soort = 'zaak' AND l.naar = za.zaak_id CROSS JOIN document d ON d.id = l.van"),
        // Each document's place under its node, in the order the tree lists them, so a page
        // is read from the index (node, position) instead of sorting the node's documents.
        NavigationSql::numberPositions(QString()).at(0),
        NavigationSql::numberPositions(QString()).at(1),
        QStringLiteral("UPDATE nav_node SET documents = (SELECT count(*) FROM nav_membership m "
                       "WHERE m.node = nav_node.node)"),
        NavigationSql::removeEmptyNodes(QStringLiteral("1")),
        // Nothing is left to follow incrementally: the changes so far are in.
        QStringLiteral("DELETE FROM derived_touched_doc"),
        QStringLiteral("DELETE FROM derived_touched"),
        QStringLiteral("DELETE FROM sync_state WHERE category = '#derived-full'"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q = m_db.run(sql);
        if (q.lastError().isValid()) {
            openQuestions.waitForFinished();
            return Status::failure(q.lastError().text());
        }
    }
    const auto openQuestionRows = waitForOpenQuestions();
    if (!openQuestionRows)
        return Status::failure(openQuestionRows.error());
    if (const Status stored = OpenQuestionScan::store(m_db, openQuestionRows.value()); !stored)
        return stored;
    m_db.run(QStringLiteral("DELETE FROM sync_state WHERE category=?"), {kDerivedStale});
    if (!tx.commit())
        return Status::failure(m_db.connection().lastError().text());
    // After a bulk change (a sync, the sample) fold the write-ahead log into the database, so
    // later reads do not look up their pages in a large WAL.
    m_db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_lastDerived.tablesMs = total.elapsed();
    return success();
}

bool LibraryStore::derivedIsStale() const {
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT 1 FROM sync_state WHERE category=?"), {kDerivedStale});
    return q.next();
}

Result<QList<LibraryStore::PageResult>> LibraryStore::applyFeedPages(const QList<FeedPage> &pages) {
    using R = Result<QList<PageResult>>;
    QList<PageResult> results;
    Transaction tx(m_db.connection());
    if (!tx.isOpen())
        return R::failure(m_db.connection().lastError().text());
    for (const FeedPage &page : pages) {
        PageResult result;
        for (const EntityRecord &entity : page.entities) {
            if (!entityTypeForElement(entity.type)) {
                ++result.ignored;
                continue;
            }
            m_error.clear();
            if (!apply(entity))
                return R::failure(
                    QCoreApplication::translate("LibraryStore", "Cannot store %1 %2: %3")
                        .arg(entity.type, entity.id,
                             m_error.isEmpty() ? m_db.connection().lastError().text() : m_error));
            ++(entity.deleted ? result.deleted : result.applied);
        }
        QSqlQuery state = m_db.run(
            QStringLiteral("INSERT INTO sync_state (category, skiptoken) VALUES (?, ?) "
                           "ON CONFLICT(category) DO UPDATE SET skiptoken=excluded.skiptoken"),
            {page.category, page.skiptoken});
        if (state.lastError().isValid())
            return R::failure(state.lastError().text());
        results << result;
    }
    // A change set larger than an incremental update is worth (NavigationUpdate) is not
    // recorded further: the next update rebuilds in full.
    for (const QString &sql :
         {QStringLiteral("INSERT OR REPLACE INTO sync_state (category, skiptoken) SELECT "
                         "'#derived-full', 1 WHERE (SELECT count(*) FROM derived_touched_doc) > "
                         "max(%1, (SELECT coalesce(max(rowid), 0) FROM document) / %2)")
              .arg(NavigationUpdate::kAlwaysFollowed)
              .arg(NavigationUpdate::kFullRebuildDivisor),
          QStringLiteral("DELETE FROM derived_touched_doc WHERE EXISTS (SELECT 1 FROM sync_state "
                         "WHERE category = '#derived-full')"),
          QStringLiteral("DELETE FROM derived_touched WHERE EXISTS (SELECT 1 FROM sync_state "
                         "WHERE category = '#derived-full')")}) {
        QSqlQuery q = m_db.run(sql);
        if (q.lastError().isValid())
            return R::failure(q.lastError().text());
    }
    QSqlQuery stale = m_db.run(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (category, skiptoken) VALUES (?, 1)"),
        {kDerivedStale});
    if (stale.lastError().isValid())
        return R::failure(stale.lastError().text());
    if (!tx.commit())
        return R::failure(m_db.connection().lastError().text());
    return results;
}

qint64 LibraryStore::skiptoken(const QString &category) const {
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT skiptoken FROM sync_state WHERE category=?"), {category});
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : -1;
}

QDateTime LibraryStore::lastSync() const {
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT max(last_sync) FROM sync_state WHERE last_sync IS NOT NULL"));
    return q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODate) : QDateTime();
}

Status LibraryStore::markCategorySynced(const QString &category) {
    QSqlQuery q =
        m_db.run(QStringLiteral("INSERT INTO sync_state (category, last_sync) VALUES (?, ?) "
                                "ON CONFLICT(category) DO UPDATE SET last_sync=excluded.last_sync"),
                 {category, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return q.lastError().isValid() ? Status::failure(q.lastError().text()) : success();
}

qint64 LibraryStore::count(const QString &table) const {
    if (!entityTypeForElement(table) && table != QLatin1String("link") &&
        table != QLatin1String("nav_membership") && table != QLatin1String("document_file") &&
        table != QLatin1String("local_document"))
        return -1;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace overleg
