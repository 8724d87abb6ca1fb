#include "TestSupport.h"

#include "document/TextExtractor.h"
#include "questions/AnswerMatcher.h"
#include "questions/QuestionExtractor.h"
#include "questions/TextFlow.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace overleg;

// The same document gives the same question units, fracties and answer statuses whatever
// shape it arrives in. Every document of the gold corpus is turned, here in the test, into
// the shapes real copies of it come in: the text pdftotext gives, one line per paragraph
// (the Kamer's site, OpenTK) with and without blank lines, re-wrapped at 60 columns with and
// without blank lines, CRLF line ends, HTML with a block per paragraph and its source
// wrapped, and DOCX and ODT made from that HTML by pandoc.
namespace {

QString wrap(const QString &paragraph, int width) {
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(u'\n');
}

QStringList paragraphsOf(const DocumentText &text) {
    const TextFlow flow(text);
    QStringList paragraphs;
    for (const TextFlow::Paragraph &p : flow.paragraphs())
        paragraphs << p.text().simplified();
    return paragraphs;
}

QByteArray wrapped(const QStringList &paragraphs, int width, const QString &separator) {
    QStringList out;
    for (const QString &p : paragraphs)
        out << wrap(p, width);
    return out.join(separator).toUtf8() + '\n';
}

QByteArray html(const QStringList &paragraphs) {
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                 "<title>Document</title></head>\n<body>\n");
    for (const QString &p : paragraphs)
        out += QStringLiteral("<p>") + wrap(p.toHtmlEscaped(), 72) + QStringLiteral("</p>\n");
    return (out + QStringLiteral("</body></html>\n")).toUtf8();
}

struct Reading {
    QString kind;
    QStringList units; // "fractie | text"
    QStringList statuses;
};

Reading read(const DocumentText &text, const QString &documentId) {
    Reading reading;
    const QuestionExtraction extraction = QuestionExtractor::extract(text, documentId);
    reading.kind = soortOf(extraction.kind);
    for (const QuestionUnit &unit : extraction.questions)
        reading.units << unit.fractie + QStringLiteral(" | ") + unit.text;
    for (const AnswerMatch &match : AnswerMatcher::match(extraction, text))
        reading.statuses << QString::number(match.n) + u' ' + toStored(match.status);
    return reading;
}

QString pandoc() {
    return QStandardPaths::findExecutable(QStringLiteral("pandoc"));
}

} // namespace

class TestFormatInvariance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameUnitsInEveryShape_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shape");
        const QDir gold(test::dataPath(QStringLiteral("gold")));
        const QStringList shapes = {QStringLiteral("pdftotext"),
                                    QStringLiteral("unwrapped"),
                                    QStringLiteral("lines"),
                                    QStringLiteral("wrapped60"),
                                    QStringLiteral("wrapped60-tight"),
                                    QStringLiteral("crlf"),
                                    QStringLiteral("html"),
                                    QStringLiteral("docx"),
                                    QStringLiteral("odt")};
        // For a developer: shapes outside the promise, e.g. OVERLEG_EXTRA_SHAPES=oneline,oneblock
        // (a whole document on one line, or that line wrapped as one block).
        const QStringList extra =
            qEnvironmentVariable("OVERLEG_EXTRA_SHAPES").split(u',', Qt::SkipEmptyParts);
        for (const QString &name : gold.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(gold.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString path = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("file"))
                                     .toString();
            for (const QString &shape : shapes + extra)
                QTest::addRow("%s %s", qPrintable(QFileInfo(path).completeBaseName()),
                              qPrintable(shape))
                    << path << shape;
        }
    }

    void sameUnitsInEveryShape() {
        QFETCH(QString, file);
        QFETCH(QString, shape);
        const auto original = extractTextFromFile(test::dataPath(QStringLiteral("corpus/") + file));
        QVERIFY2(original, qPrintable(original.error()));
        const QString id = QFileInfo(file).completeBaseName();
        const Reading expected = read(original.value(), id);

        const QStringList paragraphs = paragraphsOf(original.value());
        QByteArray bytes;
        if (shape == QLatin1String("pdftotext"))
            bytes = original.value().plainText().toUtf8();
        else if (shape == QLatin1String("unwrapped"))
            bytes = paragraphs.join(QStringLiteral("\n\n")).toUtf8();
        else if (shape == QLatin1String("lines"))
            bytes = paragraphs.join(u'\n').toUtf8();
        else if (shape == QLatin1String("wrapped60"))
            bytes = wrapped(paragraphs, 60, QStringLiteral("\n\n"));
        else if (shape == QLatin1String("wrapped60-tight"))
            bytes = wrapped(paragraphs, 60, QStringLiteral("\n"));
        else if (shape == QLatin1String("crlf"))
            bytes = wrapped(paragraphs, 60, QStringLiteral("\n\n")).replace("\n", "\r\n");
        else if (shape == QLatin1String("html"))
            bytes = html(paragraphs);
        else if (shape == QLatin1String("oneline"))
            bytes = paragraphs.join(u' ').toUtf8();
        else if (shape == QLatin1String("oneblock"))
            bytes = wrap(paragraphs.join(u' '), 72).toUtf8();
        else {
            if (pandoc().isEmpty())
                QSKIP("pandoc is not installed (scripts/bootstrap.sh installs it)");
            QTemporaryDir dir;
            const QString in = test::writeFile(dir, QStringLiteral("in.html"), html(paragraphs));
            const QString out = dir.filePath(QStringLiteral("out.") + shape);
            QProcess process;
            process.start(pandoc(), {QStringLiteral("-f"), QStringLiteral("html"),
                                     QStringLiteral("-o"), out, in});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QFile converted(out);
            QVERIFY(converted.open(QIODevice::ReadOnly));
            bytes = converted.readAll();
        }
        // For a developer: the shapes as files, to read what the extractor was given.
        if (const QString dump = qEnvironmentVariable("OVERLEG_DUMP_SHAPES"); !dump.isEmpty()) {
            QDir().mkpath(dump);
            QFile out(QDir(dump).filePath(id + u'.' + shape));
            if (out.open(QIODevice::WriteOnly))
                out.write(bytes);
        }
        const auto derived = extractText(bytes);
        QVERIFY2(derived, qPrintable(derived.error()));
        const Reading actual = read(derived.value(), id);
        QCOMPARE(actual.kind, expected.kind);
        QCOMPARE(actual.units, expected.units);
        QCOMPARE(actual.statuses, expected.statuses);
    }
};

QTEST_GUILESS_MAIN(TestFormatInvariance)
#include "test_formatinvariance.moc"
