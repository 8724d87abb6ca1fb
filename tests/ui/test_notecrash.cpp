#include "TestSupport.h"

#include "QuestionDock.h"
#include "store/Database.h"
#include "store/NotesStore.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace overleg;

// The user's notes survive the window being killed (SIGKILL) a moment after the last
// keystroke: whatever was on screen for longer than the panel's save delay is on disk.
class TestNoteCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWhileTypingLosesOnlyTheLastMoment() {
        QTemporaryDir dir;
        const QString notesPath = dir.filePath(QStringLiteral("notes.sqlite"));
        const QString typed = QStringLiteral("Navragen bij het ministerie voor het debat");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(NOTE_TYPIST_PATH),
                    {notesPath, test::dataPath(QStringLiteral("kst-29338-289.pdf")), typed,
                     QStringLiteral("30")});
        QVERIFY(child.waitForStarted());

        // When each keystroke happened, as the parent saw it.
        QList<qint64> typedAt(typed.size() + 1, -1);
        QString questionId;
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        while (!done && clock.elapsed() < 60000) {
            if (!child.canReadLine() && !child.waitForReadyRead(1000))
                continue;
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QLatin1String("question ")))
                    questionId = line.mid(9);
                else if (line.startsWith(QLatin1String("typed ")))
                    typedAt[line.mid(6).toInt()] = clock.elapsed();
                else if (line == QLatin1String("done"))
                    done = true;
            }
        }
        QVERIFY2(done, "the child never finished typing");
        QVERIFY(!questionId.isEmpty());
        QTest::qWait(100);
        const qint64 killedAt = clock.elapsed();
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(notesPath, Database::Kind::Notes);
        QVERIFY2(db, qPrintable(db.error()));
        Database database = std::move(db).value();
        NotesStore notes(database);
        const QString stored = notes.annotation(questionId).value_or(Annotation{}).note;
        // What is stored is what was typed, up to some keystroke...
        QVERIFY2(typed.startsWith(stored), qPrintable(stored));
        // ... and it includes every keystroke older than the save delay. A loaded machine may
        // deliver the child's timer late, so the check allows 400 ms of scheduling on top.
        const qint64 bound = ui::QuestionDock::kNoteSaveDelayMs + 400;
        int mustHave = 0;
        for (int n = 1; n <= typed.size(); ++n) {
            if (typedAt.at(n) >= 0 && typedAt.at(n) <= killedAt - bound)
                mustHave = n;
        }
        qInfo("typed %lld chars, killed %lld ms after the last; stored %lld, required %d",
              qlonglong(typed.size()), killedAt - typedAt.last(), qlonglong(stored.size()),
              mustHave);
        QVERIFY(mustHave > typed.size() / 2); // the test really typed for longer than the bound
        QVERIFY2(stored.size() >= mustHave, qPrintable(stored));
    }
};

QTEST_GUILESS_MAIN(TestNoteCrash)
#include "test_notecrash.moc"
