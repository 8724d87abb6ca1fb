#include "HostileFiles.h"
#include "TestSupport.h"

#include "document/DocumentLimits.h"
#include "document/TextExtractor.h"
#include "store/NotesStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace overleg;

namespace {

using test::Run;

Run cli(const QStringList &args, const QProcessEnvironment &env = {},
        qint64 addressSpaceLimit = 0) {
    QProcess p;
    // The messages checked are the English ones, whatever the language of the machine.
    QProcessEnvironment environment =
        env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    if (env.isEmpty()) {
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }
    p.setProcessEnvironment(environment);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of address space for its shadow memory: an address
    // space ceiling would stop every sanitized child at start, so it is left to ASan's own checks.
    addressSpaceLimit = 0;
#endif
    if (addressSpaceLimit > 0) {
        // The hostile-file runs get a hard memory ceiling: a bound that is not kept is a crash.
        p.setChildProcessModifier([addressSpaceLimit] {
            const rlimit limit{rlim_t(addressSpaceLimit), rlim_t(addressSpaceLimit)};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
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

    // Hostile documents, generated here: each command that reads a file refuses them with the
    // limit in the message, in bounded time, under a 1.5 GB address-space ceiling (the same
    // files used to take 2 GB and crash).
    void hostileDocumentsAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("odt text:c=2000000000")
            << test::hugeSpaceRunOdt() << "spaces.odt" << QString();
        QTest::newRow("odt of 70,000 runs of 1024 spaces")
            << test::makeOdt(test::odtContent(
                   "<text:p>" + QByteArray("<text:s text:c=\"1024\"/>").repeated(70000) +
                   "</text:p>"))
            << "runs.odt"
            << QStringLiteral("expands to more than %1 MB of text")
                   .arg(kMaxDocumentTextChars / kMiB);
        QTest::newRow("docx bomb 250 MB")
            << test::docxBomb(250 * kMiB) << "bomb.docx"
            << QStringLiteral("unpacks to more than %1 MB").arg(kMaxZipExpandedTotal / kMiB);
        QTest::newRow("docx bomb declaring 1 MB")
            << test::makeZip({{"word/document.xml",
                               QByteArray("<w:document>") + QByteArray(100 * kMiB, ' '), true}},
                             kMiB)
            << "lying.docx" << QStringLiteral("damaged");
    }
    void hostileDocumentsAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        QVERIFY2(bytes.size() < 2 * kMiB, QByteArray::number(bytes.size()).constData());
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, fileName, bytes);
        for (const QString &command :
             {QStringLiteral("text"), QStringLiteral("questions"), QStringLiteral("import")}) {
            QElapsedTimer clock;
            clock.start();
            const Run r =
                cli({QStringLiteral("--data-dir"), dir.path(), command, path}, {}, 1536 * kMiB);
            const qint64 ms = clock.elapsed();
            qInfo("%s %s: exit %d in %lld ms: %s", qPrintable(fileName), qPrintable(command),
                  r.exitCode, ms, r.err.trimmed().constData());
            QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
            if (message.isEmpty()) {
                // Capped, not refused: the run of spaces counts kMaxRepeatCount at most.
                QVERIFY2(r.exitCode == 0, r.err.constData());
                if (command == QLatin1String("text")) {
                    QVERIFY(r.out.contains("Klopt het?"));
                    QVERIFY(r.out.size() < 2 * kMaxRepeatCount);
                }
                continue;
            }
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        }
    }

    // A PDF whose first page's content stream is a flate bomb inflating to 2 GiB: text,
    // questions, import and render end with the message in about a second each, under a 1.5 GB
    // address-space ceiling (it used to take 50 s for text and 44 s for a blank "success").
    void aFlateBombPdfIsRefusedByEveryCommand() {
        const QByteArray pdf = test::flateBombPdf(2048 * kMiB);
        QVERIFY(pdf.size() < 3 * kMiB);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("bomb.pdf"), pdf);
        for (const QString &command : {QStringLiteral("text"), QStringLiteral("questions"),
                                       QStringLiteral("import"), QStringLiteral("render")}) {
            QStringList args{QStringLiteral("--data-dir"), dir.path(), command, path};
            if (command == QLatin1String("render"))
                args << QStringLiteral("--out") << dir.filePath(QStringLiteral("bomb.png"));
            QElapsedTimer clock;
            clock.start();
            const Run r = cli(args, {}, 1536 * kMiB);
            const qint64 ms = clock.elapsed();
            qInfo("flate bomb %s: exit %d in %lld ms: %s", qPrintable(command), r.exitCode, ms,
                  r.err.trimmed().constData());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("compression bomb"), r.err.constData());
            QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bomb.png"))));
    }

    // A FIFO (or any file that is not a regular one) is refused at once, not read for ever.
    void nonRegularFilesAreRefusedAtOnce() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.pdf"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &command :
             {QStringLiteral("text"), QStringLiteral("questions"), QStringLiteral("render")}) {
            QStringList args{QStringLiteral("--data-dir"), dir.path(), command, fifo};
            if (command == QLatin1String("render"))
                args << QStringLiteral("--out") << dir.filePath(QStringLiteral("x.png"));
            QElapsedTimer clock;
            clock.start();
            const Run r = cli(args);
            QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        }
    }

    // A 14,400 pt page (the largest PDF allows) at 72 dpi is 207 megapixels: rendered smaller,
    // with a note, never a 1x1 PNG with exit 0; --json stays valid JSON whatever the path.
    void aHugePageRendersBoundedAndJsonIsValid() {
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        const QList<QByteArray> objects = {
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
            "<< /Length 27 >>\nstream\n0 0 1 rg 0 0 7200 7200 re f\nendstream"};
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 5\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
               "\n%%EOF\n";
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("huge.pdf"), pdf);
        const QString out = dir.filePath(QStringLiteral("page \"1\" \\ é.png"));
        QElapsedTimer clock;
        clock.start();
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("render"), path,
                           QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--dpi"),
                           QStringLiteral("72"), QStringLiteral("--out"), out},
                          {}, 3072 * kMiB);
        qInfo("render of a 14,400 pt page: exit %d in %lld ms: %s %s", r.exitCode, clock.elapsed(),
              r.out.trimmed().constData(), r.err.trimmed().constData());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("megapixels"));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("file")).toString(), out);
        const qint64 width = json.value(QStringLiteral("width")).toInteger();
        const qint64 height = json.value(QStringLiteral("height")).toInteger();
        QVERIFY2(width > 1000 && height > 1000, r.out.constData());
        QVERIFY(width * height <= kMaxRenderPixels);
        QImageReader::setAllocationLimit(1024); // MB: the PNG is 8000 x 8000
        const QImage png(out);
        QCOMPARE(png.width(), width);
        QCOMPARE(png.pixelColor(png.width() / 4, png.height() * 3 / 4), QColor(Qt::blue));
    }

    // A bundle's notes for documents this library lacks are counted and said; a bundle the
    // notes database would refuse is refused in words (no SQL) and changes nothing.
    void importNotesReportsUnknownDocumentsAndRefusesInWords() {
        test::TempLibrary lib(false);
        const QString dataDir = lib.dir.path();
        lib.library.reset();
        auto bundle = [](const QString &status) {
            QJsonArray annotations;
            for (int i = 0; i < 2; ++i)
                annotations.append(QJsonObject{
                    {QStringLiteral("question_id"), QStringLiteral("q-unknown-%1").arg(i)},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("note"), QStringLiteral("n")},
                    {QStringLiteral("anchor_text"), QStringLiteral("Klopt het?")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                    {QStringLiteral("tags"), QJsonArray{}}});
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("format"), QStringLiteral("overleg-notes")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("documents"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("id"),
                                         QStringLiteral("00000000-0000-4000-8000-000000000001")},
                                        {QStringLiteral("annotations"), annotations}}}}})
                .toJson();
        };
        QTemporaryDir dir;
        const Run ok = cli(
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("import-notes"),
             test::writeFile(dir, QStringLiteral("ok.json"), bundle(QStringLiteral("answered")))});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.contains("2 annotations are for documents this library does not have (1 "
                                 "document)"),
                 ok.err.constData());
        const Run bad = cli(
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("import-notes"),
             test::writeFile(dir, QStringLiteral("bad.json"), bundle(QStringLiteral("klaar")))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("The bundle is damaged"), bad.err.constData());
        for (const char *sql : {"INSERT", "SELECT", "UPDATE", "annotation ("})
            QVERIFY2(!bad.err.contains(sql), bad.err.constData());
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
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown status"));
        const Run none = cli(dataDir() << QStringLiteral("annotate")
                                       << QStringLiteral("kst-29338-289") << QStringLiteral("999"));
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("has no question 999"));
    }

    // Two scripts annotating the same library at once, each edit a status, a tag and a note on
    // one of three questions: no call fails ("database is locked"), and every question ends with
    // the status and the note of one and the same edit (never one edit's status with another's
    // note), with every tag any edit added.
    void twoConcurrentWritersLoseNothing() {
        constexpr int kEdits = 200;
        test::TempLibrary lib;
        const QString dataDir = lib.dir.path();
        lib.library.reset();
        const QStringList statuses{QStringLiteral("answered"), QStringLiteral("partial"),
                                   QStringLiteral("unanswered"), QStringLiteral("open")};
        int failures = 0, running = 2;
        QStringList failureMessages;
        QHash<int, QString> unitIds;
        QEventLoop loop;
        std::function<void(int, int)> next = [&](int worker, int i) {
            if (i == kEdits) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            auto *p = new QProcess(this);
            const int unit = i % 3 + 1;
            const QString status = statuses.at((i + worker) % statuses.size());
            p->start(QStringLiteral(OVERLEG_CLI_PATH),
                     {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"),
                      QStringLiteral("annotate"), QStringLiteral("kst-29338-289"),
                      QString::number(unit), QStringLiteral("--status"), status,
                      QStringLiteral("--tag"), QStringLiteral("w%1-%2").arg(worker).arg(i),
                      QStringLiteral("--note"),
                      QStringLiteral("w%1 edit %2 %3").arg(worker).arg(i).arg(status)});
            connect(p, &QProcess::finished, this, [&, p, worker, i, unit](int code) {
                p->deleteLater();
                if (code != 0) {
                    ++failures;
                    failureMessages << QString::fromUtf8(p->readAllStandardError());
                } else {
                    unitIds.insert(unit, QJsonDocument::fromJson(p->readAllStandardOutput())
                                             .object()
                                             .value(QStringLiteral("id"))
                                             .toString());
                }
                next(worker, i + 1);
            });
        };
        QElapsedTimer clock;
        clock.start();
        next(0, 0);
        next(1, 0);
        QTimer::singleShot(280000, &loop, &QEventLoop::quit);
        loop.exec();
        qInfo("2 x %d annotate calls in %lld ms, %d failed", kEdits, clock.elapsed(), failures);
        QCOMPARE(running, 0);
        QVERIFY2(failures == 0, qPrintable(failureMessages.join(u'|')));

        auto reopened = Library::open(dataDir);
        QVERIFY(reopened);
        NotesBackend &notes = reopened.value()->notes();
        QCOMPARE(unitIds.size(), 3);
        for (auto it = unitIds.cbegin(); it != unitIds.cend(); ++it) {
            const auto a = notes.annotation(it.value());
            QVERIFY(a);
            // The note names the status its own edit set.
            QVERIFY2(a->note.endsWith(u' ' + a->status), qPrintable(a->note + u'/' + a->status));
            QStringList expectedTags;
            for (int worker = 0; worker < 2; ++worker)
                for (int i = it.key() - 1; i < kEdits; i += 3)
                    expectedTags << QStringLiteral("w%1-%2").arg(worker).arg(i);
            QStringList tags = a->tags;
            tags.sort();
            expectedTags.sort();
            QCOMPARE(tags, expectedTags);
        }
    }

    // A wrong command line is exit 2 and names what is wrong; a command that cannot do what was
    // asked is exit 1.
    void userErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList{} << "Usage" << 2;
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'" << 2;
        QTest::newRow("list what") << QStringList{QStringLiteral("list"), QStringLiteral("moties")}
                                   << "cannot list 'moties'" << 2;
        QTest::newRow("list nothing") << QStringList{QStringLiteral("list")}
                                      << "missing argument; usage: overleg-cli list" << 2;
        QTest::newRow("list two things")
            << QStringList{QStringLiteral("list"), QStringLiteral("dossiers"),
                           QStringLiteral("commissies")}
            << "unexpected argument 'commissies'" << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("annotate"), QStringLiteral("kst-29338-289"),
                           QStringLiteral("3"), QStringLiteral("--stauts"), QStringLiteral("open")}
            << "annotate: unknown option '--stauts'" << 2;
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--jsn"), QStringLiteral("list")}
            << "unknown option '--jsn'" << 2;
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("render"),
                           test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf")),
                           QStringLiteral("--page")}
            << "option --page needs a value" << 2;
        QTest::newRow("value for a switch")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--no-files=yes")}
            << "option --no-files takes no value" << 2;
        QTest::newRow("bad number")
            << QStringList{QStringLiteral("render"),
                           test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf")),
                           QStringLiteral("--page=twee"), QStringLiteral("--out"),
                           QStringLiteral("x.png")}
            << "--page takes a page number, not 'twee'" << 2;
        QTest::newRow("text missing")
            << QStringList{QStringLiteral("text"), QStringLiteral("2099D99999")}
            << "no such file, nor a document" << 1;
        QTest::newRow("text of a directory")
            << QStringList{QStringLiteral("text"), QDir::tempPath()}
            << "no such file, nor a document" << 1;
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")}
                                        << "missing argument; usage: overleg-cli import" << 2;
        QTest::newRow("data dir is a file")
            << QStringList{QStringLiteral("--data-dir"),
                           test::dataPath(QStringLiteral("kv-tk-2024Z18792.txt")),
                           QStringLiteral("list"), QStringLiteral("commissies")}
            << "not a directory" << 1;
    }
    void userErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QStringList full = args.contains(QStringLiteral("--data-dir"))
                                     ? args
                                     : QStringList{QStringLiteral("--data-dir"), dir.path()} + args;
        const Run r = cli(full);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        if (code == 2 && !args.isEmpty())
            QVERIFY2(r.err.contains("--help"), r.err.constData()); // says where help is
        QCOMPARE(r.err.count('\n') >= 1, true);
    }

    // The user says what kind a document is where the head was read wrong; the correction is
    // kept with the notes and every reader of the questions follows it; "auto" hands it back.
    void soortIsShownAndCorrected() {
        const QString doc = QStringLiteral("kst-29338-289");
        Run r = cli(dataDir() << QStringLiteral("soort") << doc);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Verslag van een schriftelijk overleg"), r.out.constData());

        r = cli(dataDir() << QStringLiteral("soort") << doc << QStringLiteral("Kookboek"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown soort"));

        r = cli(dataDir() << QStringLiteral("soort") << doc
                          << QStringLiteral("Inbreng verslag schriftelijk overleg"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("chosen by the user"), r.out.constData());
        r = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("questions") << doc);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("soort")).toString(),
                 QStringLiteral("Inbreng verslag schriftelijk overleg"));

        r = cli(dataDir() << QStringLiteral("soort") << doc << QStringLiteral("auto"));
        QCOMPARE(r.exitCode, 0);
        r = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("questions") << doc);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("soort")).toString(),
                 QStringLiteral("Verslag van een schriftelijk overleg"));

        // A file outside the library whose kind nothing tells says so.
        QTemporaryDir dir;
        const QString plain = test::writeFile(dir, QStringLiteral("memo.txt"),
                                              "Memo\n\nDe vergadering begint om tien uur.\n");
        r = cli(dataDir() << QStringLiteral("questions") << plain);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("kind not recognised"), r.out.constData());
    }

    // A question set holds no answers: its questions are awaited, not "not answered"; in a
    // document that holds answers, a question left out is not answered.
    void answersTellAwaitedFromSkipped() {
        Run r = cli(
            dataDir() << QStringLiteral("--json") << QStringLiteral("answers")
                      << test::dataPath(QStringLiteral("corpus/kamervragen/kv-tk-2024Z18893.txt")));
        QCOMPARE(r.exitCode, 0);
        QJsonArray questions =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 9);
        for (const QJsonValue &q : questions) {
            QCOMPARE(q.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("unanswered"));
            QVERIFY(q.toObject().value(QStringLiteral("awaiting")).toBool());
        }
        r = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("answers")
                          << QStringLiteral("kst-29338-289"));
        QCOMPARE(r.exitCode, 0);
        questions =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("questions")).toArray();
        int skipped = 0;
        for (const QJsonValue &q : questions) {
            QVERIFY(!q.toObject().value(QStringLiteral("awaiting")).toBool());
            skipped += q.toObject().value(QStringLiteral("status")).toString() ==
                       QLatin1String("unanswered");
        }
        QVERIFY(skipped >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
