// Two writers on one notes database never fail each other: two processes making 500 edits each
// (status, tag and note in one transaction) on the same question lose nothing, and the window's
// own edits (the question panel's calls, in this process) made while scripts annotate the same
// document never see "database is locked". Each edit is whole: a note always goes with the status
// of its own edit. And a disk that fills up under an edit refuses it whole, in words.

#include "TestSupport.h"

#include "store/NotesStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <csignal>
#include <functional>

#include <sys/resource.h>

using namespace overleg;

class TestTwoWriters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoProcessesOf500EditsLoseNothing() {
        constexpr int kEdits = 500;
        QTemporaryDir dir;
        const QString notesPath = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            auto created = Database::open(notesPath, Database::Kind::Notes); // migrated once
            QVERIFY(created);
        }
        QProcess writers[2];
        QElapsedTimer clock;
        clock.start();
        for (int w = 0; w < 2; ++w)
            writers[w].start(QStringLiteral(NOTES_WRITER_PATH),
                             {notesPath, QStringLiteral("doc"), QStringLiteral("q1"),
                              QString::number(w), QString::number(kEdits)});
        for (QProcess &writer : writers)
            QVERIFY(writer.waitForFinished(60000));
        const qint64 ms = clock.elapsed();
        qint64 last[2] = {0, 0};
        for (int w = 0; w < 2; ++w) {
            const QByteArray out = writers[w].readAllStandardOutput();
            QVERIFY2(writers[w].exitCode() == 0, out.constData());
            QVERIFY2(out.contains("failures 0"), out.constData());
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("last "))
                    last[w] = line.mid(5).toLongLong();
        }
        qInfo("2 x %d edits in %lld ms: %.0f edits/s; last commits %.1f ms apart", kEdits, ms,
              2.0 * kEdits * 1000 / double(qMax<qint64>(1, ms)),
              double(qAbs(last[0] - last[1])) / 1e6);

        auto db = Database::open(notesPath, Database::Kind::Notes);
        QVERIFY(db);
        Database database = std::move(db).value();
        NotesStore notes(database);
        const auto a = notes.annotation(QStringLiteral("q1"));
        QVERIFY(a);
        // Every edit is there: each added its own tag.
        QStringList expected;
        for (int w = 0; w < 2; ++w)
            for (int i = 0; i < kEdits; ++i)
                expected << QStringLiteral("w%1-%2").arg(w).arg(i);
        QStringList tags = a->tags;
        tags.sort();
        expected.sort();
        QCOMPARE(tags.size(), 2 * kEdits);
        QCOMPARE(tags, expected);
        // Whole: the note names the status its own edit set.
        QVERIFY2(a->note.endsWith(u' ' + a->status), qPrintable(a->note + u'/' + a->status));
        // And it is the last writer's last edit (a tie within a millisecond could go either way).
        const int lastWriter = last[0] > last[1] ? 0 : 1;
        const QString lastNote = QStringLiteral("w%1 edit %2 ").arg(lastWriter).arg(kEdits - 1);
        if (qAbs(last[0] - last[1]) > 1000000)
            QVERIFY2(a->note.startsWith(lastNote), qPrintable(a->note));
        else
            QVERIFY(a->note.contains(QStringLiteral(" edit %1 ").arg(kEdits - 1)));
    }

    // The window (its question panel's calls, in this process, with its event loop running)
    // edits while two scripts (`overleg-cli annotate`) annotate the same document: no edit of
    // either fails, none is lost.
    void theWindowAndScriptsWriteTogether() {
        constexpr int kScriptEdits = 30;
        test::TempLibrary lib;
        const QString dataDir = lib.dir.path();
        NotesBackend &notes = lib->notes();
        int windowEdits = 0, running = 2;
        QStringList failures;
        QSet<QString> scriptQuestions;
        QEventLoop loop;
        QTimer window;
        // One panel edit: status, note and tag as AnnotationCommand::apply saves them.
        connect(&window, &QTimer::timeout, this, [&] {
            const QString doc = QStringLiteral("kst-29338-289");
            const QString q = QStringLiteral("window-question");
            const int i = windowEdits++;
            const QString status = i % 2 ? QStringLiteral("answered") : QStringLiteral("partial");
            for (const Status &ok :
                 {notes.setStatus(doc, q, QStringLiteral("Vraag"), status),
                  notes.setNote(doc, q, QStringLiteral("Vraag"),
                                QStringLiteral("window %1").arg(i)),
                  notes.addTag(doc, q, QStringLiteral("Vraag"), QStringLiteral("win-%1").arg(i))})
                if (!ok)
                    failures << QStringLiteral("window: ") + ok.error();
        });
        // Flat out: an edit on every turn of the event loop (hundreds of transactions a
        // second), far faster than anyone types. A script still gets its turn: a locked
        // database is tried again every 2 ms (store/Database's busy handler), not after
        // SQLite's growing sleeps of up to 100 ms.
        window.start(0);
        std::function<void(int, int)> script = [&](int worker, int i) {
            if (i == kScriptEdits) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            auto *p = new QProcess(this);
            p->start(QStringLiteral(OVERLEG_CLI_PATH),
                     {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"),
                      QStringLiteral("annotate"), QStringLiteral("kst-29338-289"),
                      QString::number(worker + 1), QStringLiteral("--status"),
                      QStringLiteral("answered"), QStringLiteral("--tag"),
                      QStringLiteral("s%1-%2").arg(worker).arg(i), QStringLiteral("--note"),
                      QStringLiteral("script %1").arg(i)});
            connect(p, &QProcess::finished, this, [&, p, worker, i](int code) {
                p->deleteLater();
                if (code != 0)
                    failures << QStringLiteral("script: ") +
                                    QString::fromUtf8(p->readAllStandardError());
                else
                    scriptQuestions << QJsonDocument::fromJson(p->readAllStandardOutput())
                                           .object()
                                           .value(QStringLiteral("id"))
                                           .toString();
                script(worker, i + 1);
            });
        };
        QElapsedTimer clock;
        clock.start();
        script(0, 0);
        script(1, 0);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        window.stop();
        qInfo("window: %d edits while 2 scripts made %d annotate calls each, in %lld ms",
              windowEdits, kScriptEdits, clock.elapsed());
        QCOMPARE(running, 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(windowEdits > 0);

        const auto windowNote = notes.annotation(QStringLiteral("window-question"));
        QVERIFY(windowNote);
        QCOMPARE(windowNote->tags.size(), windowEdits);
        QCOMPARE(windowNote->note, QStringLiteral("window %1").arg(windowEdits - 1));
        QCOMPARE(scriptQuestions.size(), 2);
        int scriptTags = 0;
        for (const QString &id : std::as_const(scriptQuestions)) {
            const auto a = notes.annotation(id);
            QVERIFY(a);
            QCOMPARE(a->status, QStringLiteral("answered"));
            QCOMPARE(a->note, QStringLiteral("script %1").arg(kScriptEdits - 1));
            scriptTags += int(a->tags.size());
        }
        QCOMPARE(scriptTags, 2 * kScriptEdits);
    }

    // `overleg-cli annotate` with a note of 100 KB on a disk that is full (a file size limit of
    // 64 KB, past which every write fails as ENOSPC would): it fails with a message, not a
    // crash, the notes database stays intact and holds nothing of the edit; with room again the
    // same edit is saved.
    void aFullDiskRefusesAnEditWhole() {
        test::TempLibrary lib;
        lib.library.reset();
        const QString note = QStringLiteral("Lange notitie. ").repeated(100 * 1024 / 15);
        const QStringList args{QStringLiteral("--data-dir"),    lib.dir.path(),
                               QStringLiteral("--json"),        QStringLiteral("annotate"),
                               QStringLiteral("kst-29338-289"), QStringLiteral("2"),
                               QStringLiteral("--status"),      QStringLiteral("answered"),
                               QStringLiteral("--tag"),         QStringLiteral("vol"),
                               QStringLiteral("--note"),        note};
        QProcess full;
        full.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN); // the write fails instead of ending the process
            const rlimit limit{rlim_t(64 * 1024), rlim_t(64 * 1024)};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        full.start(QStringLiteral(OVERLEG_CLI_PATH), args);
        QVERIFY2(full.waitForFinished(30000), qPrintable(full.errorString()));
        const QByteArray err = full.readAllStandardError();
        qInfo("annotate on a full disk: exit %d: %s", full.exitCode(), err.trimmed().constData());
        QCOMPARE(full.exitStatus(), QProcess::NormalExit);
        QCOMPARE(full.exitCode(), 1);
        QVERIFY(!err.trimmed().isEmpty());

        {
            auto reopened = Library::open(lib.dir.path());
            QVERIFY(reopened);
            QVERIFY(reopened.value()->notesDatabase().checkIntegrity());
            for (const Annotation &a :
                 reopened.value()->notes().annotationsOf(QStringLiteral("kst-29338-289")))
                QVERIFY(a.note != note && !a.tags.contains(QStringLiteral("vol")));
        }
        QProcess roomy;
        roomy.start(QStringLiteral(OVERLEG_CLI_PATH), args);
        QVERIFY(roomy.waitForFinished(30000));
        QCOMPARE(roomy.exitCode(), 0);
        const QJsonObject saved = QJsonDocument::fromJson(roomy.readAllStandardOutput()).object();
        QCOMPARE(saved.value(QStringLiteral("note")).toString(), note);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "test_twowriters.moc"
