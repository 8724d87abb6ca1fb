#include "TestSupport.h"

#include "document/HtmlConverter.h"
#include "document/PopplerBackend.h"
#include "document/TextExtractor.h"
#include "document/TextSearch.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace overleg;

namespace {

// The fraction of b's words found in a's word sequence, in order (a longest common
// subsequence over words, computed by dynamic programming on these small documents).
double orderedWordOverlap(const QStringList &a, const QStringList &b) {
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    std::vector<int> previous(size_t(b.size()) + 1, 0), current(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[size_t(j)] = a[i - 1] == b[j - 1]
                                     ? previous[size_t(j - 1)] + 1
                                     : qMax(previous[size_t(j)], current[size_t(j - 1)]);
        std::swap(previous, current);
    }
    return double(previous[size_t(b.size())]) / double(qMax(a.size(), b.size()));
}

QStringList words(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

class TestPdfDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensAndDescribesRealPdfs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QSizeF>("size"); // as pdfinfo reports it
        QTest::newRow("kamervragen") << "ah-tk-20202021-3235.pdf" << 3 << QSizeF(558.425, 771.024);
        QTest::newRow("verslag SO") << "kst-29338-289.pdf" << 17 << QSizeF(595.3, 841.9);
        QTest::newRow("broken spacing")
            << "ministerie-brief_contourennota-intrekking-spreidingswet_1848_ic.pdf" << 6
            << QSizeF(595.2, 841.8);
        QTest::newRow("scan without text")
            << "toezeggingen_commissie_bme.pdf" << 2 << QSizeF(595.2, 840.95);
    }
    void opensAndDescribesRealPdfs() {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QSizeF, size);
        auto doc = PdfDocument::open(test::readFixture(file));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc.value()->pageCount(), pages);
        QVERIFY(qAbs(doc.value()->pageSize(0).width() - size.width()) < 0.5);
        QVERIFY(qAbs(doc.value()->pageSize(0).height() - size.height()) < 0.5);
        // Rendered at 72 dpi the page has the size of its points, and is not blank.
        const QImage image = doc.value()->render(0, 72);
        QVERIFY(qAbs(image.width() - size.width()) <= 1 &&
                qAbs(image.height() - size.height()) <= 1);
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }

    void wordBoxesMatchTheText() {
        const QByteArray bytes = test::readFixture(QStringLiteral("kst-29338-289.pdf"));
        auto doc = PdfDocument::open(bytes);
        QVERIFY(doc.ok());
        const auto extracted = extractText(bytes);
        QVERIFY(extracted.ok());
        QCOMPARE(extracted->pages.size(), doc.value()->pageCount());
        QCOMPARE(extracted->words.size(), doc.value()->pageCount());
        const QString &text = extracted->pages.at(1);
        const QList<TextWord> &boxes = extracted->words.at(1);
        QVERIFY(boxes.size() > 200);
        const QRectF page(QPointF(0, 0), doc.value()->pageSize(1));
        for (const TextWord &word : boxes) {
            QVERIFY(page.contains(word.box));
            QVERIFY(word.start >= 0 && word.start + word.length <= text.size());
            QVERIFY(!text.mid(word.start, word.length).trimmed().isEmpty());
        }
        // Reading order: the GroenLinks-PvdA inbreng opens page 2 before its first question.
        const qsizetype heading =
            text.indexOf(QStringLiteral("Inbreng van de leden van de GroenLinks-PvdA-fractie"));
        const qsizetype question = text.indexOf(QStringLiteral("Hoeveel minder onderzoekers"));
        QVERIFY(heading >= 0 && question > heading);
    }

    // The text agrees with pdftotext's, word for word in order, on every PDF with text.
    void textAgreesWithPdftotext_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("kamervragen") << "ah-tk-20202021-3235.pdf";
        QTest::newRow("verslag SO") << "kst-29338-289.pdf";
        QTest::newRow("broken spacing")
            << "ministerie-brief_contourennota-intrekking-spreidingswet_1848_ic.pdf";
    }
    void textAgreesWithPdftotext() {
        QFETCH(QString, file);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {test::dataPath(file), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QStringList reference = words(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        const auto ours = extractTextFromFile(test::dataPath(file));
        QVERIFY(ours.ok());
        const double overlap = orderedWordOverlap(words(ours->plainText()), reference);
        qInfo("%s: %.4f of pdftotext's %lld words in the same order", qPrintable(file), overlap,
              static_cast<long long>(reference.size()));
        QVERIFY2(overlap > 0.97, qPrintable(QString::number(overlap)));
    }

    void encryptedPdfIsRefusedWithAReason() {
        const auto text =
            extractText(test::readFixture(QStringLiteral("encrypted-ah-tk-20202021-3235.pdf")));
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("encrypted")), qPrintable(text.error()));
    }

    void findAllAndBoxes() {
        const auto text = extractTextFromFile(test::dataPath(QStringLiteral("kst-29338-289.pdf")));
        QVERIFY(text.ok());
        const QList<TextSpan> any = findAll(text.value(), QStringLiteral("fractie"));
        const QList<TextSpan> whole =
            findAll(text.value(), QStringLiteral("fractie"), {false, true});
        const QList<TextSpan> cased =
            findAll(text.value(), QStringLiteral("Fractie"), {true, false});
        QVERIFY(any.size() > 50);
        QVERIFY(whole.size() < any.size()); // "GroenLinks-PvdA-fractie" counts only as a
                                            // substring... and as a word after '-'
        QVERIFY(cased.size() < any.size());
        for (const TextSpan &span : any) {
            QCOMPARE(text->pages.at(span.page).mid(span.start, span.length).toLower(),
                     QStringLiteral("fractie"));
            QVERIFY(!boxesOf(text.value(), span).isEmpty());
        }
        // A phrase broken over two lines is still found.
        const QList<TextSpan> phrase = findAll(text.value(), QStringLiteral("Rathenau Instituut"));
        QVERIFY(phrase.size() >= 3);
    }

    void builtInHtmlConversion_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("structure");
        QTest::newRow("docx") << "2023Z16994_JenV_Argos-Sammy-Baker.docx"
                              << "Sammy Baker"
                              << "<table>";
        QTest::newRow("koop xml") << "ah-tk-20202021-3235.xml"
                                  << "Tijdelijke overbruggingsregeling"
                                  << "<div class=\"vraag\">";
        QTest::newRow("odt") << "ah-tk-20202021-3235.odt"
                             << "Tijdelijke overbruggingsregeling"
                             << "<p>";
    }
    void builtInHtmlConversion() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, structure);
        const auto html =
            HtmlConverter::toHtml(test::readFixture(file), HtmlConverter::Engine::BuiltIn);
        QVERIFY2(html.ok(), qPrintable(html.error()));
        QVERIFY(html->contains(expected));
        QVERIFY(html->contains(structure));
        QVERIFY(!html->contains(QStringLiteral("http://")) &&
                !html->contains(QStringLiteral("https://")));
    }

    void pandocConversionWhenInstalled() {
        if (!HtmlConverter::pandocAvailable())
            QSKIP("pandoc is not installed");
        const auto html = HtmlConverter::toHtml(
            test::readFixture(QStringLiteral("2023Z16994_JenV_Argos-Sammy-Baker.docx")));
        QVERIFY2(html.ok(), qPrintable(html.error()));
        QVERIFY(html->contains(QStringLiteral("Sammy Baker")));
        QVERIFY(html->contains(QStringLiteral("<table")));
    }
};

QTEST_GUILESS_MAIN(TestPdfDocument)
#include "test_pdfdocument.moc"
