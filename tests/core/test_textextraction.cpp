#include "TestSupport.h"

#include "document/FileType.h"
#include "document/TextExtractor.h"
#include "document/ZipArchive.h"

#include <QTemporaryDir>

using namespace overleg;

Q_DECLARE_METATYPE(overleg::FileType)

class TestTextExtraction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The same Kamervragen answer (ah-tk-20202021-3235) in four formats, a ministry DOCX and a
    // text extract: each must yield its text, including the first question.
    void realDocuments_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<FileType>("type");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("expected");
        const QString tozo = QStringLiteral("Klopt het dat de Tijdelijke overbruggingsregeling");
        QTest::newRow("pdf") << "ah-tk-20202021-3235.pdf" << FileType::Pdf << 3 << tozo;
        QTest::newRow("html") << "ah-tk-20202021-3235.html" << FileType::Html << 1 << tozo;
        QTest::newRow("xml") << "ah-tk-20202021-3235.xml" << FileType::Xml << 1 << tozo;
        QTest::newRow("odt") << "ah-tk-20202021-3235.odt" << FileType::Odt << 1 << tozo;
        QTest::newRow("docx") << "2023Z16994_JenV_Argos-Sammy-Baker.docx" << FileType::Docx << 1
                              << QStringLiteral("Sammy Baker");
        QTest::newRow("txt") << "kv-tk-2024Z18792.txt" << FileType::Text << 1
                             << QStringLiteral("Vragen van het lid Boswijk (CDA)");
    }
    void realDocuments() {
        QFETCH(QString, file);
        QFETCH(FileType, type);
        QFETCH(int, pages);
        QFETCH(QString, expected);
        const QByteArray bytes = test::readFixture(file);
        QCOMPARE(sniffFileType(bytes), type);
        const auto text = extractText(bytes);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(text->type, type);
        QCOMPARE(text->pages.size(), pages);
        // Line breaks differ per format; compare with whitespace collapsed.
        QVERIFY2(text->plainText().simplified().contains(expected),
                 qPrintable(text->plainText().left(400)));
        QVERIFY(text->warning.isEmpty());
    }

    void htmlDropsMarkupAndScripts() {
        const auto text =
            extractText(test::readFixture(QStringLiteral("ah-tk-20202021-3235.html")));
        QVERIFY(text.ok());
        const QString plain = text->plainText();
        QVERIFY(!plain.contains(u'<'));
        QVERIFY(!plain.contains(QStringLiteral("function(")));
        QVERIFY(!plain.contains(QStringLiteral("&amp;")));
    }

    // HTML is parsed, not pattern-matched: a paragraph wrapped in the source stays one line,
    // inline markup inside a word does not split it, attribute text never leaks, entities and
    // a missing charset are handled, the title goes to the title.
    void htmlIsReadAsABrowserLaysItOut() {
        const QByteArray html =
            "<html><head><title>Inbreng &amp; vragen</title><style>p{}</style></head><body>\n"
            "<h2>Inbreng van de leden van de VVD-fractie</h2>\n"
            "<p>De leden vragen of de minister kan\n   toelichten hoe de\r\n"
            "<b>Fr</b>actie<i>voorzitter</i> dit ziet.</p>"
            "<p><a title=\"a>b\" href=\"x\">Een link</a> &laquo;quote&raquo;&nbsp;en "
            "caf\xc3\xa9</p><table><tr><td>1</td><td>Cel twee</td></tr></table>"
            "<script>var x = '<p>nee</p>';</script></body></html>";
        const auto text = extractText(html);
        QVERIFY2(text, qPrintable(text.error()));
        QCOMPARE(text.value().title, QStringLiteral("Inbreng & vragen"));
        const QStringList lines = text.value().plainText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Inbreng van de leden van de VVD-fractie"));
        QCOMPARE(lines.value(1), QStringLiteral("De leden vragen of de minister kan toelichten hoe "
                                                "de Fractievoorzitter dit ziet."));
        QCOMPARE(lines.value(2), QStringLiteral("Een link «quote»\u00a0en café"));
        QCOMPARE(lines.value(3), QStringLiteral("1"));
        QCOMPARE(lines.value(4), QStringLiteral("Cel twee"));
        QCOMPARE(lines.size(), 5);
    }

    // Text files in the encodings Windows and older tools write are read, not refused.
    void textInOtherEncodings() {
        const QString expected =
            QStringLiteral("Vraag 1\n“Financiële” middelen: € 5 – klopt dat?\n");
        QByteArray cp1252 = "Vraag 1\n\x93"
                            "Financi\xeb"
                            "le\x94 middelen: \x80 5 \x96 klopt dat?\n";
        QByteArray utf16le("\xff\xfe", 2);
        QByteArray utf16be;
        QByteArray utf16NoBom;
        for (const QChar c : expected) {
            utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            utf16NoBom.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        }
        utf16be.prepend("\xfe\xff");
        const QByteArray withBom = QByteArray("\xef\xbb\xbf") + expected.toUtf8();
        for (const QByteArray &bytes :
             QList<QByteArray>{cp1252, utf16le, utf16be, utf16NoBom, expected.toUtf8(),
                               QByteArray("\xef\xbb\xbf") + expected.toUtf8()}) {
            QCOMPARE(sniffFileType(bytes), FileType::Text);
            const auto text = extractText(bytes);
            QVERIFY2(text, qPrintable(text.error()));
            QCOMPARE(text.value().plainText(), expected);
        }
        // CRLF and lone CR become line feeds.
        const auto crlf = extractText("Vraag 1\r\nKlopt dat?\rJa.\r\n");
        QVERIFY(crlf);
        QCOMPARE(crlf.value().plainText(), QStringLiteral("Vraag 1\nKlopt dat?\nJa.\n"));
    }

    // A page whose text grows past the limit is refused with a message, not read into memory.
    void hugeHtmlIsRefused() {
        QByteArray html = "<html><body>";
        const QByteArray paragraph = "<p>" + QByteArray(1000, 'x') + "</p>";
        while (html.size() < (kMaxDocumentTextChars + 1024 * 1024))
            html += paragraph;
        const auto text = extractText(html);
        QVERIFY(!text);
        QVERIFY2(text.error().contains(QStringLiteral("MB of text")), qPrintable(text.error()));
    }

    void imageOnlyPdfOpensWithWarning() {
        const auto text =
            extractText(test::readFixture(QStringLiteral("toezeggingen_commissie_bme.pdf")));
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QVERIFY(text->isEmpty());
        QVERIFY(text->warning.contains(QStringLiteral("no text layer")));
    }

    void brokenFilesGiveClearMessages_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray pdf = test::readFixture(QStringLiteral("ah-tk-20202021-3235.pdf"));
        QTest::newRow("truncated pdf")
            << pdf.left(pdf.size() / 3) << QStringLiteral("damaged or incomplete");
        QTest::newRow("pdf header only")
            << QByteArray("%PDF-1.7\n") << QStringLiteral("damaged or incomplete");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("random bytes") << QByteArray("\x01\x02\x03\x00\xff\xfe", 6).repeated(100)
                                      << QStringLiteral("Unsupported file type");
        QTest::newRow("legacy word")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0')
            << QStringLiteral(".doc");
        QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi hello}") << QStringLiteral("RTF");
        QByteArray docx =
            test::readFixture(QStringLiteral("2023Z16994_JenV_Argos-Sammy-Baker.docx"));
        QTest::newRow("truncated docx")
            << docx.left(docx.size() / 2) << QStringLiteral("damaged or incomplete");
        QByteArray xml("<?xml version=\"1.0\"?><kamervragen><vraag>Klopt het");
        QTest::newRow("malformed xml") << xml << QStringLiteral("malformed");
    }
    void brokenFilesGiveClearMessages() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto text = extractText(bytes);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(message, Qt::CaseInsensitive), qPrintable(text.error()));
    }

    void docxWithDamagedBody() {
        // A valid ZIP whose word/document.xml is cut: the central directory still names it.
        QByteArray docx =
            test::readFixture(QStringLiteral("2023Z16994_JenV_Argos-Sammy-Baker.docx"));
        const qsizetype body = docx.indexOf("word/document.xml");
        QVERIFY(body > 0);
        for (qsizetype i = body + 60; i < body + 400 && i < docx.size(); ++i)
            docx[i] = char(docx[i] ^ 0x5a);
        const auto text = extractText(docx);
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("damaged")), qPrintable(text.error()));
    }

    void zipArchiveListsMembers() {
        const ZipArchive zip(test::readFixture(QStringLiteral("ah-tk-20202021-3235.odt")));
        QVERIFY(zip.isValid());
        QVERIFY(zip.contains(QStringLiteral("content.xml")));
        QCOMPARE(zip.read(QStringLiteral("mimetype")),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        QVERIFY(zip.read(QStringLiteral("missing.xml")).isNull());
    }

    void missingFile() {
        const auto text = extractTextFromFile(QStringLiteral("/nonexistent/file.pdf"));
        QVERIFY(!text.ok());
        QVERIFY(text.error().contains(QStringLiteral("No such file")));
    }
};

QTEST_GUILESS_MAIN(TestTextExtraction)
#include "test_textextraction.moc"
