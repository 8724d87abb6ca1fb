#include "TestSupport.h"
#include "questions/Corrections.h"
#include "store/NotesStore.h"
#include <QDir>
#include <QSqlQuery>

#include "store/Database.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"

#include <QSqlError>
#include <QTemporaryDir>

using namespace overleg;

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsLatestSchemaWithSettings_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("synchronous"); // PRAGMA synchronous: 1 NORMAL, 2 FULL
        QTest::newRow("library") << int(Database::Kind::Library) << 1;
        QTest::newRow("notes") << int(Database::Kind::Notes) << 2;
    }
    void createsLatestSchemaWithSettings() {
        QFETCH(int, kind);
        QFETCH(int, synchronous);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("x.sqlite")), Database::Kind(kind));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion(Database::Kind(kind)));
        QVERIFY(db->schemaVersion() >= 1);
        QSqlQuery journal = db->run(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(journal.next());
        QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
        QSqlQuery fk = db->run(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        QSqlQuery sync = db->run(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync.next());
        QCOMPARE(sync.value(0).toInt(), synchronous);
        QVERIFY(db->checkIntegrity());
    }

    void reopeningKeepsDataAndVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            auto db = Database::open(path, Database::Kind::Notes);
            QVERIFY(db.ok());
            db->run(QStringLiteral("INSERT INTO tag (name, created_at) VALUES (?, ?)"),
                    {QStringLiteral("stikstof"), QStringLiteral("2026-11-27")});
        }
        auto again = Database::open(path, Database::Kind::Notes);
        QVERIFY(again.ok());
        QSqlQuery q = again->run(QStringLiteral("SELECT name FROM tag"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("stikstof"));
    }

    void refusesNewerSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            auto db = Database::open(path, Database::Kind::Library);
            QVERIFY(db.ok());
            db->run(QStringLiteral("PRAGMA user_version=999"));
        }
        auto again = Database::open(path, Database::Kind::Library);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("newer version")),
                 qPrintable(again.error()));
    }

    void rejectsAFileThatIsNoDatabase() {
        QTemporaryDir dir;
        const QByteArray content = QByteArray("this is not a database, just text\n").repeated(200);
        const QString path = test::writeFile(dir, QStringLiteral("notes.sqlite"), content);
        auto db = Database::open(path, Database::Kind::Notes);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a usable database")),
                 qPrintable(db.error()));
        // Nothing was written over the user's file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    // A real library file of schema 1 (tests/data/library-v1.sqlite) upgrades to the latest
    // schema: its rows stay, the navigation index is created and can be filled.
    void migratesLibraryFromVersion1() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("library-v1.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path, Database::Kind::Library);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), 9);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion(Database::Kind::Library));
        QVERIFY(db->checkIntegrity());
        LibraryStore store(db.value());
        QCOMPARE(store.count(QStringLiteral("document")), 1);
        QVERIFY(store.rebuildDerived().ok());
        LibraryQueries queries(db.value());
        const auto commissies = queries.commissies();
        QCOMPARE(commissies.size(), 1);
        QCOMPARE(commissies.first().documents, 1);
        // The search index was built from the existing rows by the migration.
        QCOMPARE(queries.commissies(QStringLiteral("NWO-programma")).size(), 1);
        QCOMPARE(queries.commissies(QStringLiteral("stikstof")).size(), 0);

        // A row indexed before the index became deferred (schema 3) is changed: the old words
        // leave the index, the new ones arrive after the batch, and the index stays sound.
        QSqlQuery retitle = db->run(QStringLiteral("UPDATE document SET onderwerp = "
                                                   "'Verslag over stikstof'"));
        QVERIFY(!retitle.lastError().isValid());
        QVERIFY(store.rebuildDerived().ok());
        LibraryQueries fresh(db.value()); // the first one remembers its last filter's matches
        QCOMPARE(fresh.commissies(QStringLiteral("stikstof")).size(), 1);
        QCOMPARE(fresh.commissies(QStringLiteral("NWO-programma")).size(), 0);
        QSqlQuery check = db->run(QStringLiteral(
            "INSERT INTO document_search(document_search) VALUES ('integrity-check')"));
        QVERIFY2(!check.lastError().isValid(), qPrintable(check.lastError().text()));
    }

    // A notes file of schema 1 (the first release) or 2, written with the migrations of that
    // release: its corrections survive the move to the latest schema (3 lets a correction name
    // the document's kind), a backup of the old file is made first, and a Soort correction is
    // then accepted.
    void migratesNotesWithBackup_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("notes v1") << 1;
        QTest::newRow("notes v2") << 2;
    }
    void migratesNotesWithBackup() {
        QFETCH(int, version);
        const QStringList releaseMigrations =
            QStringList{QStringLiteral("0001_notes.sql"), QStringLiteral("0002_follow.sql")}.mid(
                0, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-notes"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (const QString &file : releaseMigrations) {
                QFile sql(QStringLiteral(OVERLEG_SOURCE_DIR "/app/store/migrations/notes/") + file);
                QVERIFY(sql.open(QIODevice::ReadOnly));
                for (const QString &statement :
                     QString::fromUtf8(sql.readAll()).split(u';', Qt::SkipEmptyParts)) {
                    QString code;
                    for (const QString &line : statement.split(u'\n')) {
                        if (!line.trimmed().startsWith(QLatin1String("--")))
                            code += line + u'\n';
                    }
                    if (code.trimmed().isEmpty())
                        continue;
                    QSqlQuery q(old);
                    QVERIFY2(q.exec(code), qPrintable(q.lastError().text() + u' ' + code));
                }
            }
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO correction (document_id, kind, payload, created_at) VALUES "
                "('doc', 'merge', '{\"id\":\"a\",\"with\":\"b\"}', '2024-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-notes"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        auto db = Database::open(path, Database::Kind::Notes, backups);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion(Database::Kind::Notes));
        QVERIFY(db->schemaVersion() >= 3);
        QVERIFY(db->checkIntegrity());
        NotesStore notes(db.value());
        const QList<Correction> corrections = notes.corrections(QStringLiteral("doc"));
        QCOMPARE(corrections.size(), 1);
        QCOMPARE(corrections.first().kind, Correction::Kind::Merge);
        QVERIFY(notes.addCorrection(QStringLiteral("doc"),
                                    Correction::soort(QStringLiteral("Verslag"))));
        QCOMPARE(chosenSoort(notes.corrections(QStringLiteral("doc"))), QStringLiteral("Verslag"));
        // The backup of the old schema, with the correction as it was.
        const QStringList copies = QDir(backups).entryList(
            {QStringLiteral("notes-v%1-*.sqlite").arg(version)}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        {
            QSqlDatabase copy =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            copy.setDatabaseName(QDir(backups).filePath(copies.first()));
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM correction")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    // A library of schema 5 (tests/data/library-v5.sqlite: library-v1 opened by the release
    // that had GUID-keyed navigation tables, so they are filled) moves to integer keys: the old
    // rows go, the rebuild is due, and the next open of the library refills the tables.
    void migratesNavigationToIntegerKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("library-v5.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path, Database::Kind::Library);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->schemaVersion(), 9);
        QVERIFY(db->checkIntegrity());
        LibraryStore store(db.value());
        QCOMPARE(store.count(QStringLiteral("document")), 1);
        QCOMPARE(store.count(QStringLiteral("nav_membership")), 0);
        QVERIFY(store.derivedIsStale());
        QVERIFY(store.rebuildDerived().ok());
        QVERIFY(!store.derivedIsStale());
        QCOMPARE(store.count(QStringLiteral("nav_membership")), 2); // its commissie and dossier

        LibraryQueries queries(db.value());
        const auto commissies = queries.commissies();
        QCOMPARE(commissies.size(), 1);
        QCOMPARE(commissies.first().documents, 1);
        const auto dossiers = queries.dossiers(QStringLiteral("29338"));
        QCOMPARE(dossiers.size(), 1);
        QCOMPARE(dossiers.first().label, QStringLiteral("29 338 Wetenschapsbudget"));
        const auto documents = queries.documentsOf(NodeKind::Dossier, dossiers.first().id);
        QCOMPARE(documents.size(), 1);
        QSqlQuery byGuid =
            db->run(QStringLiteral("SELECT node_kind, node_id FROM nav_membership_ids WHERE "
                                   "document_id = ? ORDER BY 1"),
                    {documents.first().id});
        QVERIFY(byGuid.next());
        QCOMPARE(byGuid.value(0).toString(), QStringLiteral("commissie"));
        QCOMPARE(byGuid.value(1).toString(), commissies.first().id);
        QVERIFY(byGuid.next());
        QCOMPARE(byGuid.value(0).toString(), QStringLiteral("dossier"));
        QVERIFY(!byGuid.next());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
