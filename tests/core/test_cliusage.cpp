// overleg-cli as a command line tool: options as --opt=value and --opt value, "--", "-" for
// stdin and stdout, per-command help that does nothing else, quiet by default, one line for a
// feed that cannot be reached, no Qt noise on stderr, messages in the system's language with
// plurals, the JSON bundle scoped like the report; and overleg --help without a display.

#include "TestSupport.h"

#include "document/TextExtractor.h"
#include "store/NotesStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace overleg;

namespace {

using test::Run;

struct Options {
    QByteArray stdinBytes;
    QString workingDirectory;
    QString language = QStringLiteral("C.UTF-8"); // LC_ALL of the run
    QStringList unset;                            // environment variables removed
};

Run runProgram(const QString &program, const QStringList &args, const Options &options = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LANG"));
    env.insert(QStringLiteral("LC_ALL"), options.language);
    for (const QString &name : options.unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(program, args);
    if (!p.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    p.write(options.stdinBytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args, const Options &options = {}) {
    return runProgram(QStringLiteral(OVERLEG_CLI_PATH), args, options);
}

QString pdf() {
    return test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf"));
}

} // namespace

class TestCliUsage : public QObject {
    Q_OBJECT

    test::TempLibrary m_lib;
    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_lib.dir.path()}; }
    const QString kDoc = QStringLiteral("kst-29338-289");

    QJsonObject annotation(int n) {
        const Run r = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("annotate")
                                    << kDoc << QString::number(n));
        if (r.exitCode != 0)
            qFatal("annotate failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase() { m_lib.library.reset(); }

    void optionsTakeTheirValueEitherWay() {
        const Run r =
            cli(dataDir() << QStringLiteral("--json") << QStringLiteral("annotate")
                          << QStringLiteral("--status=partial") << kDoc << QStringLiteral("2")
                          << QStringLiteral("--note") << QStringLiteral("eerst bellen")
                          << QStringLiteral("--tag=a=b"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject a = annotation(2);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(a.value(QStringLiteral("note")).toString(), QStringLiteral("eerst bellen"));
        QCOMPARE(a.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("a=b")});
    }

    // --help anywhere (before "--") prints that command's help and does nothing else, even where
    // it could be read as an option's value; a value that starts with a dash is given with "=".
    void helpDoesNotAct() {
        const QString before = annotation(4).value(QStringLiteral("note")).toString();
        const Run help = cli(dataDir() << QStringLiteral("annotate") << kDoc << QStringLiteral("4")
                                       << QStringLiteral("--note") << QStringLiteral("--help"));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: overleg-cli annotate [OPTIONS] DOC N"),
                 help.out.constData());
        QVERIFY(help.out.contains("--status S"));
        QVERIFY(!help.out.contains("open-questions")); // this command's help, not the overview
        QCOMPARE(annotation(4).value(QStringLiteral("note")).toString(), before);

        const Run set = cli(dataDir() << QStringLiteral("annotate") << kDoc << QStringLiteral("4")
                                      << QStringLiteral("--note=--help"));
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(annotation(4).value(QStringLiteral("note")).toString(), QStringLiteral("--help"));

        const Run dash = cli(dataDir() << QStringLiteral("annotate") << kDoc << QStringLiteral("4")
                                       << QStringLiteral("--note") << QStringLiteral("-x"));
        QCOMPARE(dash.exitCode, 2);
        QVERIFY2(dash.err.contains("--note=TEXT"), dash.err.constData());
        QCOMPARE(annotation(4).value(QStringLiteral("note")).toString(), QStringLiteral("--help"));
    }

    void everyCommandHasItsHelp() {
        const Run overview = cli({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        const QStringList lines = QString::fromUtf8(overview.out).split(u'\n');
        const qsizetype from = lines.indexOf(QStringLiteral("Commands:"));
        QVERIFY(from > 0);
        QStringList commands;
        for (qsizetype i = from + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            if (lines.at(i).startsWith(QLatin1String("  ")) && lines.at(i).at(2) != u' ')
                commands << lines.at(i).mid(2).section(u' ', 0, 0);
        }
        QVERIFY2(commands.size() >= 12, qPrintable(commands.join(u',')));
        for (const QString &command : std::as_const(commands)) {
            for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
                const Run r = cli({command, flag});
                QCOMPARE(r.exitCode, 0);
                QVERIFY2(r.out.startsWith(QByteArray("Usage: overleg-cli " + command.toUtf8())),
                         r.out.constData());
                QVERIFY(r.err.isEmpty());
            }
        }
        const Run version = cli({QStringLiteral("-V")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("overleg-cli " OVERLEG_VERSION));
    }

    // overleg-cli workspace reads its command line like the others: declared options in its
    // help (and so in the completions), a wrong action, operand or option refused with exit 2
    // before any server is asked.
    void workspaceUsageErrors() {
        const Run help = cli({QStringLiteral("workspace"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--host H", "--port P", "--password-stdin", "--remember-password"})
            QVERIFY2(help.out.contains(option), help.out.constData());
        QVERIFY(help.out.contains("init-server|create NAME|connect NAME|status"));
        const QList<std::pair<QStringList, QByteArray>> wrong = {
            {{QStringLiteral("frobnicate")}, "unknown workspace action 'frobnicate'"},
            {{QStringLiteral("create")}, "usage: overleg-cli workspace create NAME"},
            {{QStringLiteral("members"), QStringLiteral("extra")},
             "usage: overleg-cli workspace members"},
            {{QStringLiteral("status"), QStringLiteral("--port"), QStringLiteral("vijf")},
             "--port takes a number"},
            {{QStringLiteral("status"), QStringLiteral("--hots"), QStringLiteral("x")},
             "unknown option '--hots'"},
            {{QStringLiteral("status"), QStringLiteral("--remember-password")},
             "--remember-password goes with connect"},
            {{}, "missing argument"},
        };
        for (const auto &[args, message] : wrong) {
            const Run r = cli(dataDir() << QStringLiteral("workspace") << args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QVERIFY2(r.err.contains("Try 'overleg-cli workspace --help'."), r.err.constData());
        }
    }

    // "--" ends the options: a file whose name starts with a dash can be named.
    void doubleDashEndsOptions() {
        QTemporaryDir dir;
        test::writeFile(dir, QStringLiteral("--vragen.txt"),
                        test::readFixture(QStringLiteral("kv-tk-2024Z18792.txt")));
        Options in;
        in.workingDirectory = dir.path();
        const Run asOption = cli({QStringLiteral("text"), QStringLiteral("--vragen.txt")}, in);
        QCOMPARE(asOption.exitCode, 2);
        QVERIFY2(asOption.err.contains("unknown option '--vragen.txt'"), asOption.err.constData());
        const Run asFile =
            cli({QStringLiteral("text"), QStringLiteral("--"), QStringLiteral("--vragen.txt")}, in);
        QVERIFY2(asFile.exitCode == 0, asFile.err.constData());
        QVERIFY(asFile.out.contains("Vragen van het lid Boswijk (CDA)"));
    }

    // "-" is stdin where a file is read, and stdout where one is written; no file named "-".
    void dashIsStdinAndStdout() {
        const auto expected = extractTextFromFile(pdf());
        QVERIFY(expected.ok());
        Options in;
        in.stdinBytes = test::readFixture(QStringLiteral("ah-tk-20202021-3235.pdf"));
        const Run text = cli({QStringLiteral("text"), QStringLiteral("-")}, in);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QCOMPARE(QString::fromUtf8(text.out), expected->plainText());

        QTemporaryDir library;
        Options txt;
        txt.stdinBytes = test::readFixture(QStringLiteral("kv-tk-2024Z18792.txt"));
        const Run imported =
            cli({QStringLiteral("--data-dir"), library.path(), QStringLiteral("--json"),
                 QStringLiteral("import"), QStringLiteral("-")},
                txt);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString id = QJsonDocument::fromJson(imported.out)
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const Run back =
            cli({QStringLiteral("--data-dir"), library.path(), QStringLiteral("text"), id});
        QCOMPARE(back.exitCode, 0);
        QVERIFY(back.out.contains("Vragen van het lid Boswijk (CDA)"));

        const Run questions =
            cli({QStringLiteral("--json"), QStringLiteral("questions"), QStringLiteral("-")}, in);
        QCOMPARE(questions.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(questions.out)
                     .object()
                     .value(QStringLiteral("questions"))
                     .toArray()
                     .size(),
                 9);

        QTemporaryDir dir;
        Options here;
        here.workingDirectory = dir.path();
        const Run png = cli({QStringLiteral("render"), pdf(), QStringLiteral("--page=2"),
                             QStringLiteral("--dpi"), QStringLiteral("40"), QStringLiteral("--out"),
                             QStringLiteral("-")},
                            here);
        QVERIFY2(png.exitCode == 0, png.err.constData());
        QVERIFY(png.out.startsWith("\x89PNG\r\n"));
        QImage image;
        QVERIFY(image.loadFromData(png.out, "PNG"));
        QVERIFY(image.width() > 200);
        // The same bytes as written to a file.
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(QStringLiteral("p2.png"));
        QCOMPARE(
            cli({QStringLiteral("render"), pdf(), QStringLiteral("--page"), QStringLiteral("2"),
                 QStringLiteral("--dpi=40"), QStringLiteral("--out"), file})
                .exitCode,
            0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), png.out);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        const Run md =
            cli(dataDir() << QStringLiteral("export") << QStringLiteral("--format=md")
                          << QStringLiteral("--out=-") << QStringLiteral("--document") << kDoc,
                here);
        QVERIFY2(md.exitCode == 0, md.err.constData());
        QVERIFY2(md.out.contains("Verslag van een schriftelijk overleg"), md.out.constData());
        const QString mdFile = elsewhere.filePath(QStringLiteral("n.md"));
        QCOMPARE(cli(dataDir() << QStringLiteral("export") << QStringLiteral("--format=md")
                               << QStringLiteral("--out") << mdFile << QStringLiteral("--document")
                               << kDoc)
                     .exitCode,
                 0);
        QFile mdWritten(mdFile);
        QVERIFY(mdWritten.open(QIODevice::ReadOnly));
        QCOMPARE(mdWritten.readAll(), md.out);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // Nothing on stdout or stderr for an export that worked; --verbose says what was written.
    void quietUnlessVerbose() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("n.csv"));
        const QStringList args{QStringLiteral("export"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--out"), out};
        const Run quiet = cli(dataDir() + args);
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, QByteArray());
        QCOMPARE(quiet.err, QByteArray());
        QVERIFY(QFileInfo(out).size() > 0);
        const Run verbose = cli(dataDir() << QStringLiteral("--verbose") << args);
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.startsWith(QByteArray("wrote " + out.toUtf8())),
                 verbose.err.constData());
    }

    // A feed nobody listens on fails every category the same way: one line, not one per
    // category and again per error.
    void anUnreachableFeedIsOneLine() {
        QTemporaryDir dir;
        const Run r =
            cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync"),
                 QStringLiteral("--feed=http://127.0.0.1:9/"), QStringLiteral("--retries"),
                 QStringLiteral("0"), QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
    }

    // Without XDG_RUNTIME_DIR (ssh, cron), stderr holds nothing Qt says about it.
    void noRuntimeDirectoryNoise() {
        QTemporaryDir dir;
        Options noRuntime;
        noRuntime.unset = {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("QT_QPA_PLATFORM")};
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("md")}) {
            const Run r = cli(dataDir() << QStringLiteral("export") << QStringLiteral("--format")
                                        << format << QStringLiteral("--out")
                                        << dir.filePath(QStringLiteral("r.") + format),
                              noRuntime);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        const Run list =
            cli(dataDir() << QStringLiteral("list") << QStringLiteral("commissies"), noRuntime);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.isEmpty(), list.err.constData());
    }

    // The system's language: Dutch for nl_NL, English for anything else; counts with the right
    // form of the noun in both.
    void messagesInTheSystemLanguageWithPlurals_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::addColumn<QString>("unknownOption");
        QTest::newRow("nl") << "nl_NL.UTF-8"
                            << "1 document"
                            << "documenten"
                            << "onbekende optie";
        QTest::newRow("en") << "C.UTF-8"
                            << "1 document"
                            << "documents"
                            << "unknown option";
        QTest::newRow("de falls back to en") << "de_DE.UTF-8"
                                             << "1 document"
                                             << "documents"
                                             << "unknown option";
    }
    void messagesInTheSystemLanguageWithPlurals() {
        QFETCH(QString, locale);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QFETCH(QString, unknownOption);
        Options in;
        in.language = locale;
        int ones = 0, manys = 0;
        for (const QString &what : {QStringLiteral("commissies"), QStringLiteral("dossiers"),
                                    QStringLiteral("kamerleden")}) {
            const Run r = cli(dataDir() << QStringLiteral("list") << what, in);
            QCOMPARE(r.exitCode, 0);
            static const QRegularExpression count(QStringLiteral("\t(\\d+) (\\w+)\t"));
            for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts)) {
                const QRegularExpressionMatch m = count.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(line));
                const QString words = m.captured(1) + u' ' + m.captured(2);
                if (m.captured(1) == QLatin1String("1")) {
                    QCOMPARE(words, one);
                    ++ones;
                } else {
                    QCOMPARE(m.captured(2), many);
                    ++manys;
                }
            }
        }
        QVERIFY(ones > 0 && manys > 0); // both forms were seen
        const Run bad = cli(dataDir() << QStringLiteral("list") << QStringLiteral("--x"), in);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(QString::fromUtf8(bad.err).contains(unknownOption), bad.err.constData());
    }

    // export --format json takes the report's scope: one document's notes as a bundle for a
    // colleague, or the questions with a tag; it imports elsewhere with exactly those notes.
    void jsonBundleIsScoped() {
        // Notes on two documents.
        QVERIFY(cli(dataDir() << QStringLiteral("annotate") << kDoc << QStringLiteral("1")
                              << QStringLiteral("--tag") << QStringLiteral("bundel"))
                    .exitCode == 0);
        const QString kDocId = annotation(1).value(QStringLiteral("document")).toString();
        const Run docs = cli(dataDir() << QStringLiteral("--json") << QStringLiteral("list")
                                       << QStringLiteral("documents"));
        QString other; // the first other document with a question 1
        for (const QJsonValue &d : QJsonDocument::fromJson(docs.out).array()) {
            const QString id = d.toObject().value(QStringLiteral("id")).toString();
            if (id != kDocId &&
                cli(dataDir() << QStringLiteral("annotate") << id << QStringLiteral("1")
                              << QStringLiteral("--note") << QStringLiteral("elders"))
                        .exitCode == 0) {
                other = id;
                break;
            }
        }
        QVERIFY(!other.isEmpty());

        auto bundle = [&](const QStringList &scope) {
            const Run r = cli(dataDir() << QStringLiteral("export") << QStringLiteral("--format")
                                        << QStringLiteral("json") << QStringLiteral("--out")
                                        << QStringLiteral("-") << scope);
            if (r.exitCode != 0)
                qFatal("export failed: %s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object();
        };
        auto documentIds = [](const QJsonObject &b) {
            QStringList ids;
            for (const QJsonValue &d : b.value(QStringLiteral("documents")).toArray())
                ids << d.toObject().value(QStringLiteral("id")).toString();
            return ids;
        };
        const QJsonObject all = bundle({});
        QVERIFY(documentIds(all).contains(kDocId));
        QVERIFY(documentIds(all).contains(other));

        const QJsonObject one = bundle({QStringLiteral("--document"), kDoc});
        QCOMPARE(documentIds(one), QStringList{kDocId});
        const QJsonObject tagged = bundle({QStringLiteral("--tag"), QStringLiteral("bundel")});
        QCOMPARE(documentIds(tagged), QStringList{kDocId});
        const QJsonArray annotations = tagged.value(QStringLiteral("documents"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("annotations"))
                                           .toArray();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(tagged.value(QStringLiteral("tags")).toArray().size(), 1);

        // The colleague's library gets that one document's notes.
        test::TempLibrary colleague;
        colleague.library.reset();
        Options in;
        in.stdinBytes = QJsonDocument(one).toJson();
        const Run imported =
            cli({QStringLiteral("--data-dir"), colleague.dir.path(), QStringLiteral("--json"),
                 QStringLiteral("import-notes"), QStringLiteral("-")},
                in);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        int expected = 0;
        for (const QJsonValue &d : one.value(QStringLiteral("documents")).toArray())
            expected += int(d.toObject().value(QStringLiteral("annotations")).toArray().size());
        QCOMPARE(QJsonDocument::fromJson(imported.out)
                     .object()
                     .value(QStringLiteral("annotations"))
                     .toInt(),
                 expected);
        auto reopened = Library::open(colleague.dir.path());
        QVERIFY(reopened);
        QVERIFY(reopened.value()->notes().annotationsOf(other).isEmpty());
        QVERIFY(!reopened.value()->notes().annotationsOf(kDocId).isEmpty());
    }

    // The application answers --help and --version without a display (ssh, help2man), and its
    // benchmark switch is not in the user's help.
    void theApplicationHelpsWithoutADisplay() {
        Options headless;
        headless.unset = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                          QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("XDG_RUNTIME_DIR")};
        const Run help =
            runProgram(QStringLiteral(OVERLEG_APP_PATH), {QStringLiteral("--help")}, headless);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--data-dir"), help.out.constData());
        QVERIFY(!help.out.contains("quit-after-start"));
        const Run version =
            runProgram(QStringLiteral(OVERLEG_APP_PATH), {QStringLiteral("--version")}, headless);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("overleg " OVERLEG_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cliusage.moc"
