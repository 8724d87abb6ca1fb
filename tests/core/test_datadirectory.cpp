// Where Overleg keeps things: the XDG places by default, a --data-dir profile whole in one
// directory, the one-time move of an older Overleg's data directory (interrupted anywhere, nothing
// lost), and the sample library left for the application when overleg-cli opens a new library
// first.

#include "TestSupport.h"

#include "core/DataDirectory.h"
#include "core/LegacyMove.h"
#include "store/NotesStore.h"

#include <QDirIterator>
#include <QMap>
#include <QProcess>

using namespace overleg;

namespace {

// Every file under root, by relative path, with its bytes.
QMap<QString, QByteArray> tree(const QString &root) {
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        files.insert(QDir(root).relativeFilePath(path), f.readAll());
    }
    return files;
}

void write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A data directory as an older Overleg left it: databases, files, backups, settings, cache.
void writeLegacy(const QString &root) {
    write(root + QStringLiteral("/library.sqlite"), QByteArray(5000, 'L'));
    write(root + QStringLiteral("/notes.sqlite"), QByteArray(3000, 'N'));
    write(root + QStringLiteral("/files/ab/abcdef.pdf"), "%PDF-1.4 a document");
    write(root + QStringLiteral("/files/cd/cdef01.odt"), "an odt");
    write(root + QStringLiteral("/backups/notes-before-v2.sqlite"), "backup");
    write(root + QStringLiteral("/.hidden"), "hidden");
}

} // namespace

class TestDataDirectory : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QString data() const { return m_home.filePath(QStringLiteral("data")); }
    QString config() const { return m_home.filePath(QStringLiteral("config")); }
    QString cache() const { return m_home.filePath(QStringLiteral("cache")); }

private Q_SLOTS:
    void init() {
        // The XDG places of a user, all in a temporary home; no data directory forced.
        for (const QString &dir : {data(), config(), cache()})
            QDir(dir).removeRecursively();
        qputenv("XDG_DATA_HOME", data().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", config().toLocal8Bit());
        qputenv("XDG_CACHE_HOME", cache().toLocal8Bit());
        qunsetenv("OVERLEG_DATA_DIR");
    }

    void theXdgPlacesByDefault() {
        const auto dir = DataDirectory::open();
        QVERIFY2(dir, qPrintable(dir.error()));
        QCOMPARE(dir->root(), data() + QStringLiteral("/overleg"));
        QCOMPARE(dir->settingsDirectory(), config() + QStringLiteral("/overleg"));
        QCOMPARE(dir->cacheDirectory(), cache() + QStringLiteral("/overleg"));
        QVERIFY(!QFileInfo::exists(data() + QStringLiteral("/Overleg")));
        // A profile of its own keeps everything together (and is what the tests use).
        QTemporaryDir profile;
        const auto own = DataDirectory::open(profile.path());
        QVERIFY(own);
        QCOMPARE(own->settingsDirectory(), profile.path());
        QCOMPARE(own->cacheDirectory(), profile.path() + QStringLiteral("/cache"));
    }

    // A real library of an older Overleg, with the sample and a note, moves whole.
    void anOlderDataDirectoryMovesOnce() {
        const QString legacy = data() + QStringLiteral("/Overleg/Overleg");
        QString annotated;
        {
            auto old = Library::open(legacy, Library::SampleMode::LoadWhenFresh);
            QVERIFY(old);
            QVERIFY(old.value()->loadedSample());
            const QString doc =
                old.value()->queries().resolveDocument(QStringLiteral("kst-29338-289"));
            QVERIFY(!doc.isEmpty());
            QVERIFY(old.value()->notes().annotate(
                doc, QStringLiteral("q-1"), QStringLiteral("Vraag"), QStringLiteral("answered"),
                {QStringLiteral("mee")}, QStringLiteral("bewaren")));
            annotated = doc;
        }
        write(legacy + QStringLiteral("/settings.ini"), "[ui]\nlanguage=en\n");
        write(legacy + QStringLiteral("/cache/html/x.html"), "<p>cache</p>");
        QMap<QString, QByteArray> before = tree(legacy);
        before.remove(QStringLiteral("settings.ini"));
        before.remove(QStringLiteral("cache/html/x.html"));

        auto moved = Library::open(QString(), Library::SampleMode::LoadWhenFresh);
        QVERIFY2(moved, qPrintable(moved.error()));
        QVERIFY(!moved.value()->loadedSample()); // not a first start
        QCOMPARE(moved.value()->dataDirectory().root(), data() + QStringLiteral("/overleg"));
        QCOMPARE(moved.value()->queries().allDocuments().size(), 27);
        const auto note = moved.value()->notes().annotation(QStringLiteral("q-1"));
        QVERIFY(note);
        QCOMPARE(note->note, QStringLiteral("bewaren"));
        QVERIFY(!QFileInfo::exists(data() + QStringLiteral("/Overleg")));
        QFile settings(config() + QStringLiteral("/overleg/settings.ini"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("language=en"));
        QVERIFY(
            !QFileInfo::exists(moved.value()->dataDirectory().root() + QStringLiteral("/cache")));
        moved.value().reset();
        // Every file that was there is there, byte for byte (the databases were closed).
        const QMap<QString, QByteArray> after = tree(data() + QStringLiteral("/overleg"));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key().endsWith(QLatin1String("-wal")) ||
                it.key().endsWith(QLatin1String("-shm")))
                continue; // SQLite's own, checkpointed into the database on close
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            if (!it.key().endsWith(QLatin1String(".sqlite")))
                QCOMPARE(after.value(it.key()), it.value());
        }
    }

    // A move across file systems copies; killed after any file, the next start finishes it, and
    // nothing is lost or left behind.
    void anInterruptedCopyIsFinishedLater() {
        const QString from = data() + QStringLiteral("/Overleg/Overleg");
        const QString to = data() + QStringLiteral("/overleg");
        writeLegacy(from);
        const QMap<QString, QByteArray> original = tree(from);
        for (int stop = 0; stop <= original.size(); ++stop) {
            QDir(to).removeRecursively();
            QDir(to + QStringLiteral(".moving")).removeRecursively();
            writeLegacy(from);
            const Status interrupted = LegacyMove::run(from, to, LegacyMove::Mode::CopyOnly, stop);
            if (stop < original.size()) {
                QVERIFY(!interrupted);
                QCOMPARE(tree(from), original); // the source is untouched
                QVERIFY(!QFileInfo::exists(to));
            }
            const Status finished = LegacyMove::run(from, to, LegacyMove::Mode::CopyOnly);
            QVERIFY2(finished, qPrintable(finished.error()));
            QCOMPARE(tree(to), original);
            QVERIFY(!QFileInfo::exists(from));
            QVERIFY(!QFileInfo::exists(to + QStringLiteral(".moving")));
        }
        // Killed between the copy taking its name and the source's removal.
        writeLegacy(from);
        write(to + u'/' + LegacyMove::markerName(), from.toUtf8());
        const auto dir = DataDirectory::open();
        QVERIFY2(dir, qPrintable(dir.error()));
        QVERIFY(!QFileInfo::exists(from));
        QVERIFY(!QFileInfo::exists(to + u'/' + LegacyMove::markerName()));
        QCOMPARE(tree(to), original);
    }

    // Both exist and nothing says one is a copy of the other: neither is touched.
    void twoDirectoriesAreLeftAlone() {
        const QString from = data() + QStringLiteral("/Overleg/Overleg");
        writeLegacy(from);
        write(data() + QStringLiteral("/overleg/library.sqlite"), "the new one");
        const auto dir = DataDirectory::open();
        QVERIFY(dir);
        QCOMPARE(tree(from).size(), 6);
        QCOMPARE(tree(dir->root()).value(QStringLiteral("library.sqlite")),
                 QByteArray("the new one"));
    }

    // overleg-cli on a new data directory creates the databases but leaves the sample for the
    // application's first start; once documents were imported, the application adds no sample.
    void theCliLeavesTheSampleToTheApplication() {
        QTemporaryDir dir;
        QProcess cli;
        cli.start(QStringLiteral(OVERLEG_CLI_PATH),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list"),
                   QStringLiteral("documents")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), QByteArray());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("library.sqlite"))));
        {
            auto app = Library::open(dir.path(), Library::SampleMode::LoadWhenFresh);
            QVERIFY(app);
            QVERIFY(app.value()->loadedSample());
            QCOMPARE(app.value()->queries().allDocuments().size(), 27);
        }
        auto again = Library::open(dir.path(), Library::SampleMode::LoadWhenFresh);
        QVERIFY(again);
        QVERIFY(!again.value()->loadedSample());

        QTemporaryDir imported;
        cli.start(QStringLiteral(OVERLEG_CLI_PATH),
                  {QStringLiteral("--data-dir"), imported.path(), QStringLiteral("import"),
                   test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        auto app = Library::open(imported.path(), Library::SampleMode::LoadWhenFresh);
        QVERIFY(app);
        QVERIFY(!app.value()->loadedSample());
        QCOMPARE(app.value()->queries().allDocuments().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "test_datadirectory.moc"
