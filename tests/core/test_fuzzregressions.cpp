// Replays every input the fuzzers found a crash or hang with (tests/data/fuzz-regressions/
// <target>/) and every seed of the fuzz corpus (tests/fuzz/corpus/<target>/) through the entry
// point that fuzz target feeds (tests/fuzz/FuzzEntries.h): each must return, within a time bound.
#include "FuzzEntries.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>

using namespace overleg;

namespace {

// The fuzzers' -timeout is 10 s on a sanitized build; an unsanitized one has no excuse to come
// near it.
constexpr qint64 kTimeBoundMs = 10'000;

void addInputs(const QString &root, const QString &kind) {
    for (const QString &target : fuzz::targets()) {
        QDirIterator it(QDir(root).filePath(target), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(kind + u'/' + target + u'/' + it.fileName()))
                << target << path;
        }
    }
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(fuzz::entryFor(QStringLiteral("syncfeed")));
        QVERIFY(!fuzz::entryFor(QStringLiteral("nonsense")));
    }
    void replay_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addInputs(test::dataPath(QStringLiteral("fuzz-regressions")), QStringLiteral("regression"));
        addInputs(QStringLiteral(OVERLEG_SOURCE_DIR "/tests/fuzz/corpus"), QStringLiteral("seed"));
    }
    void replay() {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const fuzz::Entry entry = fuzz::entryFor(target);
        QVERIFY(entry);
        QElapsedTimer timer;
        timer.start();
        entry(bytes);
        QVERIFY2(timer.elapsed() < kTimeBoundMs,
                 qPrintable(QStringLiteral("%1 took %2 ms").arg(path).arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzzregressions.moc"
