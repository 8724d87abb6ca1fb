#include "TestSupport.h"

#include "store/Database.h"
#include "store/NotesStore.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

using namespace overleg;

namespace {

// The child side of the kill test: writes notes one by one, reporting each committed one.
int runWriter(const QString &path) {
    auto db = Database::open(path, Database::Kind::Notes);
    if (!db)
        return 2;
    NotesStore notes(db.value());
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("q%1").arg(i);
        if (!notes.setNote(QStringLiteral("doc"), id, QStringLiteral("anchor"),
                           QStringLiteral("note %1").arg(i)) ||
            !notes.addTag(QStringLiteral("doc"), id, QStringLiteral("anchor"),
                          QStringLiteral("tag%1").arg(i % 7)))
            return 3;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestNotesStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

private Q_SLOTS:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("n.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("n.sqlite")), Database::Kind::Notes);
        QVERIFY(db.ok());
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    void statusNoteAndTags() {
        NotesStore notes(*m_db);
        QVERIFY(notes
                    .setStatus(QStringLiteral("d"), QStringLiteral("q1"),
                               QStringLiteral("Klopt het?"), QStringLiteral("answered"))
                    .ok());
        QVERIFY(notes
                    .setNote(QStringLiteral("d"), QStringLiteral("q1"),
                             QStringLiteral("Klopt het?"), QStringLiteral("Zie p. 4"))
                    .ok());
        QVERIFY(notes
                    .addTag(QStringLiteral("d"), QStringLiteral("q1"), QStringLiteral("Klopt het?"),
                            QStringLiteral("stikstof"))
                    .ok());
        QVERIFY(notes
                    .addTag(QStringLiteral("d"), QStringLiteral("q1"), QStringLiteral("Klopt het?"),
                            QStringLiteral("Stikstof"))
                    .ok()); // same tag
        QVERIFY(
            !notes.setStatus(QStringLiteral("d"), QStringLiteral("q1"), {}, QStringLiteral("maybe"))
                 .ok());
        const auto a = notes.annotationsOf(QStringLiteral("d")).value(QStringLiteral("q1"));
        QCOMPARE(a.status, QStringLiteral("answered"));
        QCOMPARE(a.note, QStringLiteral("Zie p. 4"));
        QCOMPARE(a.tags, QStringList{QStringLiteral("stikstof")});
        QCOMPARE(a.anchorText, QStringLiteral("Klopt het?"));
        QVERIFY(notes.removeTag(QStringLiteral("q1"), QStringLiteral("stikstof")).ok());
        QVERIFY(notes.annotation(QStringLiteral("q1"))->tags.isEmpty());
    }

    void tagManagement() {
        NotesStore notes(*m_db);
        for (const char *q : {"q1", "q2", "q3"})
            QVERIFY(notes
                        .addTag(QStringLiteral("d"), QString::fromLatin1(q), {},
                                QStringLiteral("stikstof"))
                        .ok());
        QVERIFY(
            notes.addTag(QStringLiteral("d"), QStringLiteral("q3"), {}, QStringLiteral("natuur"))
                .ok());
        QCOMPARE(notes.tags().size(), 2);
        QVERIFY(notes.tags().first().color != notes.tags().last().color); // colours given in turn
        QVERIFY(!notes.renameTag(QStringLiteral("stikstof"), QStringLiteral("natuur"))
                     .ok()); // that is a merge
        QVERIFY(
            notes.renameTag(QStringLiteral("stikstof"), QStringLiteral("Stikstof en natuur")).ok());
        QVERIFY(notes.recolourTag(QStringLiteral("natuur"), QStringLiteral("#00aa00")).ok());
        QVERIFY(
            notes.mergeTags(QStringLiteral("natuur"), QStringLiteral("Stikstof en natuur")).ok());
        QCOMPARE(notes.tags().size(), 1);
        const auto all = notes.annotationsOf(QStringLiteral("d"));
        for (const char *q : {"q1", "q2", "q3"})
            QCOMPARE(all.value(QString::fromLatin1(q)).tags,
                     QStringList{QStringLiteral("Stikstof en natuur")});
        QVERIFY(notes.deleteTag(QStringLiteral("Stikstof en natuur")).ok());
        QVERIFY(notes.annotation(QStringLiteral("q1"))->tags.isEmpty());
        QVERIFY(m_db->checkIntegrity());
    }

    void removedUnits() {
        NotesStore notes(*m_db);
        QVERIFY(notes.setUnitRemoved(QStringLiteral("d"), QStringLiteral("q9"), true).ok());
        QVERIFY(notes.setUnitRemoved(QStringLiteral("d"), QStringLiteral("q9"), true).ok());
        QCOMPARE(notes.removedUnits(QStringLiteral("d")), QStringList{QStringLiteral("q9")});
        QVERIFY(notes.setUnitRemoved(QStringLiteral("d"), QStringLiteral("q9"), false).ok());
        QVERIFY(notes.removedUnits(QStringLiteral("d")).isEmpty());
    }

    // A process killed (SIGKILL) while it saves notes loses none that it reported saved, and
    // leaves a sound database.
    void killedWhileSavingLosesNothing_data() {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("later") << 60;
        QTest::newRow("much later") << 150;
    }
    void killedWhileSavingLosesNothing() {
        QFETCH(int, killAfter);
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(killAfter));
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
        QVERIFY(writer.waitForStarted());
        int committed = -1;
        QByteArray buffer;
        while (committed < killAfter && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5000);
            buffer += writer.readAllStandardOutput();
            const qsizetype lastLine = buffer.lastIndexOf("committed ");
            if (lastLine >= 0 && buffer.indexOf('\n', lastLine) > 0)
                committed =
                    buffer.mid(lastLine + 10, buffer.indexOf('\n', lastLine) - lastLine - 10)
                        .toInt();
        }
        writer.kill(); // SIGKILL, in the middle of the next save
        writer.waitForFinished();
        buffer += writer.readAllStandardOutput();
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.startsWith("committed "))
                committed = qMax(committed, line.mid(10).toInt());
        }
        QVERIFY(committed >= killAfter);

        auto db = Database::open(path, Database::Kind::Notes);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QString report;
        QVERIFY2(db->checkIntegrity(&report), qPrintable(report));
        NotesStore notes(db.value());
        const auto all = notes.annotationsOf(QStringLiteral("doc"));
        for (int i = 0; i <= committed; ++i) {
            const Annotation a = all.value(QStringLiteral("q%1").arg(i));
            QCOMPARE(a.note, QStringLiteral("note %1").arg(i));
            QCOMPARE(a.tags, QStringList{QStringLiteral("tag%1").arg(i % 7)});
        }
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestNotesStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_notesstore.moc"
