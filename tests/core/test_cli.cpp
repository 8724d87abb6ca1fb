#include "TestSupport.h"

#include "document/TextExtractor.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace overleg;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env = {}) {
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(OVERLEG_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("overleg-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    test::TempLibrary
        m_lib; // the bundled sample, written by the same code as the app's first start
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_lib.dir.path()}; }

private Q_SLOTS:
    void initTestCase() { m_lib.library.reset(); } // close it: the CLI opens the files itself

    void listsAsJson_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("someName");
        QTest::newRow("commissies") << "commissies" << 8 << "vaste commissie voor Financiën";
        QTest::newRow("dossiers") << "dossiers" << 8 << "29 338 Wetenschapsbudget";
        QTest::newRow("kamerleden") << "kamerleden" << 27 << "Sneller";
    }
    void listsAsJson() {
        QFETCH(QString, what);
        QFETCH(int, count);
        QFETCH(QString, someName);
        const Run r = cli(dataDir() << QStringLiteral("list") << what << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.array().size(), count);
        QStringList names;
        for (const QJsonValue &v : json.array())
            names << v.toObject().value(QStringLiteral("naam")).toString();
        QVERIFY2(names.contains(someName), qPrintable(names.join(u'|')));
    }

    void listsDocuments() {
        const Run r = cli(dataDir() << QStringLiteral("list") << QStringLiteral("documents")
                                    << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray docs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(docs.size(), 27);
        const QJsonObject newest = docs.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("datum")).toString(), QStringLiteral("2025-04-24"));
        QCOMPARE(newest.value(QStringLiteral("soort")).toString(), QStringLiteral("Motie"));
        // The plain form is one tab-separated line per document.
        const Run plain = cli(dataDir() << QStringLiteral("list") << QStringLiteral("documents"));
        QCOMPARE(plain.out.count('\n'), 27);
    }

    void importThenListAndText() {
        QTemporaryDir dir;
        const Run r =
            cli(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                            test::dataPath(QStringLiteral("ah-tk-20202021-3235.odt")),
                            test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("imported\t"), 2);
        const Run again = cli(QStringList{QStringLiteral("--data-dir"), dir.path(),
                                          QStringLiteral("--json"), QStringLiteral("import"),
                                          test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt"))});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject row = QJsonDocument::fromJson(again.out).array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("duplicate")).toBool(), true);
        const QString id = row.value(QStringLiteral("id")).toString();
        // A library document works wherever a FILE is expected.
        const Run text =
            cli(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("text"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Vragen van het lid Boswijk (CDA)"));
    }

    void badImportIsAUserErrorButOthersGoOn() {
        QTemporaryDir dir;
        const QString junk =
            test::writeFile(dir, QStringLiteral("kapot.pdf"), QByteArray("%PDF-1.4\n garbage"));
        const Run r =
            cli(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"),
                            junk, test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("kapot.pdf was not imported"), r.err.constData());
        QCOMPARE(r.out.count("imported\t"), 1);
    }

    // `text FILE` prints the text model's text. For a PDF the launcher prints it without loading
    // Qt at all (see app/cli/main.cpp); other formats go to the commands module.
    void textOfAFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withoutQt");
        QTest::newRow("pdf") << "kst-29338-289.pdf" << true;
        QTest::newRow("odt") << "ah-tk-20202021-3235.odt" << false;
        QTest::newRow("txt") << "kv-tk-2024Z18792.txt" << false;
    }
    void textOfAFile() {
        QFETCH(QString, file);
        QFETCH(bool, withoutQt);
        const QString path = test::dataPath(file);
        const auto expected = extractTextFromFile(path);
        QVERIFY(expected.ok());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run plain = cli({QStringLiteral("text"), path}, env);
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(QString::fromUtf8(plain.out), expected->plainText());
        QVERIFY(plain.err.contains("libc.so")); // LD_DEBUG does report what is loaded
        QCOMPARE(plain.err.contains("libQt6Core"), !withoutQt);
        QCOMPARE(plain.err.contains("overleg-cli-commands"), !withoutQt);

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("text"), path});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray pages =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), expected->pages.size());
        QCOMPARE(pages.last().toString(), expected->pages.last());
    }

    // Every PDF of the corpus: the launcher's text is the text model's, byte for byte.
    void launcherTextIsTheTextModel() {
        const QStringList files =
            QDir(test::dataPath(QString())).entryList({QStringLiteral("*.pdf")});
        QVERIFY(files.size() >= 5);
        for (const QString &file : files) {
            const QString path = test::dataPath(file);
            const auto expected = extractTextFromFile(path);
            const Run r = cli({QStringLiteral("text"), path});
            if (!expected.ok()) {
                QCOMPARE(r.exitCode, 1);
                QVERIFY2(QString::fromUtf8(r.err).contains(expected.error()), qPrintable(file));
                continue;
            }
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(QString::fromUtf8(r.out) == expected->plainText(), qPrintable(file));
            QCOMPARE(QString::fromUtf8(r.err).contains(QStringLiteral("no text layer")),
                     !expected->warning.isEmpty());
        }
    }

    void textOfABrokenFileSaysWhy() {
        QTemporaryDir dir;
        const QString truncated =
            test::writeFile(dir, QStringLiteral("half.pdf"),
                            test::readFixture(QStringLiteral("kst-29338-289.pdf")).left(3000));
        const Run r = cli({QStringLiteral("text"), truncated});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("half.pdf: The PDF is damaged or incomplete"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersion() {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: overleg-cli"));
        QVERIFY(help.out.contains("open-questions"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("overleg-cli " OVERLEG_VERSION));
    }

    void textOfSampleDocumentByKoopId() {
        const Run r = cli(dataDir() << QStringLiteral("text") << QStringLiteral("kst-29338-289"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Wetenschapsbudget"));
    }

    void questionsAsJson() {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("questions"),
                           test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("soort")).toString(),
                 QStringLiteral("Antwoord schriftelijke vragen"));
        QCOMPARE(json.value(QStringLiteral("fracties")).toArray(),
                 QJsonArray{QStringLiteral("D66")});
        const QJsonArray questions = json.value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 9);
        for (int i = 0; i < questions.size(); ++i) {
            const QJsonObject q = questions.at(i).toObject();
            QCOMPARE(q.value(QStringLiteral("n")).toInt(), i + 1);
            QCOMPARE(q.value(QStringLiteral("kind")).toString(), QStringLiteral("numbered"));
            QVERIFY(q.value(QStringLiteral("end")).toInt() >
                    q.value(QStringLiteral("start")).toInt());
            QVERIFY(!q.value(QStringLiteral("boxes")).toArray().isEmpty());
        }
        QVERIFY(
            questions.first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .startsWith(QStringLiteral("Klopt het dat de Tijdelijke overbruggingsregeling")));
    }

    void annotateThenReadBack() {
        const Run r = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("annotate")
                                    << QStringLiteral("kst-29338-289") << QStringLiteral("3")
                                    << QStringLiteral("--status") << QStringLiteral("answered")
                                    << QStringLiteral("--tag") << QStringLiteral("NWO")
                                    << QStringLiteral("--note") << QStringLiteral("Zie p. 7"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
        QCOMPARE(json.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("NWO")});
        // The same unit, by the same stable id, in a second call.
        const Run again = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("annotate")
                                        << QStringLiteral("kst-29338-289") << QStringLiteral("3")
                                        << QStringLiteral("--tag") << QStringLiteral("budget"));
        const QJsonObject second = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(second.value(QStringLiteral("id")), json.value(QStringLiteral("id")));
        QCOMPARE(second.value(QStringLiteral("note")).toString(), QStringLiteral("Zie p. 7"));
        QCOMPARE(second.value(QStringLiteral("tags")).toArray().size(), 2);
        const Run bad = cli(dataDir() << QStringLiteral("annotate")
                                      << QStringLiteral("kst-29338-289") << QStringLiteral("3")
                                      << QStringLiteral("--status") << QStringLiteral("klaar"));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("unknown status"));
        const Run none = cli(dataDir() << QStringLiteral("annotate")
                                       << QStringLiteral("kst-29338-289") << QStringLiteral("999"));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("has no question 999"));
    }

    void userErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "Usage";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("list what")
            << QStringList{QStringLiteral("list"), QStringLiteral("moties")} << "cannot list";
        QTest::newRow("list nothing") << QStringList{QStringLiteral("list")} << "usage";
        QTest::newRow("text missing")
            << QStringList{QStringLiteral("text"), QStringLiteral("2099D99999")}
            << "no such file, nor a document";
        QTest::newRow("text of a directory")
            << QStringList{QStringLiteral("text"), QDir::tempPath()}
            << "no such file, nor a document";
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")} << "usage";
        QTest::newRow("data dir is a file")
            << QStringList{QStringLiteral("--data-dir"),
                           test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt")),
                           QStringLiteral("list"), QStringLiteral("commissies")}
            << "not a directory";
    }
    void userErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QStringList full = args.contains(QStringLiteral("--data-dir"))
                                     ? args
                                     : QStringList{QStringLiteral("--data-dir"), dir.path()} + args;
        const Run r = cli(full);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n') >= 1, true);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
