// The export dialog as a user meets it: Bestand > Notities exporteren with a document open,
// the preview of the report, narrowing by tag, each format written, printing to a (PDF)
// printer, and importing the bundle into another library through the same window.

#include "TestSupport.h"

#include "AppSettings.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "document/PopplerBackend.h"
#include "document/TextExtractor.h"
#include "export/NotesBundle.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/QuestionExtractor.h"
#include "store/NotesStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QRadioButton>
#include <QTabWidget>

using namespace overleg;
using namespace overleg::ui;

namespace {
const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    void previewsExportsAndPrints() {
        test::TempLibrary lib;
        const auto text = extractTextFromFile(lib->files().pathFor(kVerslag));
        QVERIFY(text);
        const auto units = QuestionExtractor::extract(
            text.value(), kVerslag, QStringLiteral("Verslag van een schriftelijk overleg"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(lib->notes().addTag(kVerslag, units.questions.at(i).id,
                                        units.questions.at(i).text, QStringLiteral("stikstof")));
        QVERIFY(lib->notes().setNote(kVerslag, units.questions.at(0).id, units.questions.at(0).text,
                                     QStringLiteral("Nagaan.")));

        AppSettings settings(lib->dataDirectory().root());
        ExportDialog dialog(*lib.library, kVerslag, QStringLiteral("en"));
        dialog.show();
        QVERIFY(
            dialog.findChild<QRadioButton *>(QStringLiteral("exportThisDocument"))->isChecked());
        QCOMPARE(dialog.report().documents.size(), 1);
        QCOMPARE(dialog.report().questionCount(), int(units.questions.size()));
        QTRY_VERIFY(dialog.previewPageCount() >= 3);
        const int allPages = dialog.previewPageCount();

        // Only what is tagged stikstof: three questions, fewer pages.
        auto *tag = dialog.findChild<QComboBox *>(QStringLiteral("exportTag"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("stikstof")));
        Q_EMIT tag->activated(tag->currentIndex());
        QCOMPARE(dialog.report().questionCount(), 3);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportCount"))
                    ->text()
                    .startsWith(QLatin1String("3 questions")));
        QTRY_VERIFY(dialog.previewPageCount() < allPages);

        QTemporaryDir out;
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        for (const QString &f : {QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("csv"),
                                 QStringLiteral("json")}) {
            format->setCurrentIndex(format->findData(f));
            const QString path = out.filePath(QStringLiteral("notes.") + f);
            QVERIFY(dialog.exportTo(path));
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QFile pdf(out.filePath(QStringLiteral("notes.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const auto report = extractText(pdf.readAll());
        QVERIFY(report);
        QVERIFY(report->pages.constFirst().contains(QLatin1String("Questions and answers")));

        // Print, to a printer that writes PDF.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out.filePath(QStringLiteral("printed.pdf")));
        dialog.printTo(&printer);
        QFile printed(out.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const auto printedPdf = PdfDocument::open(printed.readAll());
        QVERIFY(printedPdf);
        QCOMPARE(printedPdf.value()->pageCount(), dialog.previewPageCount());

        // The bundle brings every note to another library.
        test::TempLibrary other;
        QFile bundle(out.filePath(QStringLiteral("notes.json")));
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const auto imported = NotesBundle::import(*other.library, bundle.readAll());
        QVERIFY(imported);
        QCOMPARE(imported->annotations, 3);
        QCOMPARE(other->notes().annotationsOf(kVerslag).size(), 3);
    }

    // A selection: the documents open in tabs, exported together.
    void exportsTheOpenDocumentsTogether() {
        test::TempLibrary lib;
        const QString antwoord = QStringLiteral("b4881287-3736-5102-98fb-92308a4d97da");
        ExportDialog dialog(*lib.library, kVerslag, QStringLiteral("nl"), {kVerslag, antwoord});
        auto *open = dialog.findChild<QRadioButton *>(QStringLiteral("exportOpenDocuments"));
        QVERIFY(open);
        open->setChecked(true);
        QCOMPARE(dialog.report().documents.size(), 2);
        QCOMPARE(dialog.report().documents.at(1).id, antwoord);
        QVERIFY(dialog.report().questionCount() > 30);
        ExportDialog single(*lib.library, kVerslag, QStringLiteral("nl"), {kVerslag});
        QVERIFY(
            single.findChild<QRadioButton *>(QStringLiteral("exportOpenDocuments"))->isHidden());
    }

    void theWindowOffersExportPrintAndImport() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        MainWindow window(*lib.library, settings);
        for (const char *name : {"exportAction", "printAction", "importNotesAction"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action && !action->text().isEmpty(), name);
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("printAction"))->shortcut(),
                 QKeySequence(QKeySequence::Print));
    }
    void suggestsAFileName_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("imported pdf as pdf")
            << QStringLiteral("2025D21651.pdf") << QStringLiteral("pdf")
            << QStringLiteral("2025D21651.pdf");
        QTest::newRow("imported docx as md")
            << QStringLiteral("Inbreng SO.DOCX") << QStringLiteral("md")
            << QStringLiteral("Inbreng SO.md");
        QTest::newRow("title with punctuation")
            << QStringLiteral("Verslag: 'NWO-programma's' / vrij onderzoek")
            << QStringLiteral("csv")
            << QStringLiteral("Verslag NWO-programma s vrij onderzoek.csv");
        QTest::newRow("pdf in the middle stays")
            << QStringLiteral("pdf.js en toegankelijkheid") << QStringLiteral("pdf")
            << QStringLiteral("pdf js en toegankelijkheid.pdf");
        QTest::newRow("nothing left") << QStringLiteral("???.pdf") << QStringLiteral("json")
                                      << QStringLiteral("overleg.json");
    }

    // No "2025D21651 pdf.pdf": the extension of an imported file's name is not a word of it.
    void suggestsAFileName() {
        QFETCH(QString, title);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(ExportDialog::suggestedFileName(title, format), expected);
    }

    // Markdown, CSV and the bundle show their own text instead of the PDF's preview; the
    // folder and format of the last export are offered again.
    void previewFollowsTheFormatAndTheChoiceIsRemembered() {
        test::TempLibrary lib;
        AppSettings settings(lib->dataDirectory().root());
        QTemporaryDir out;
        {
            ExportDialog dialog(*lib.library, kVerslag, QStringLiteral("en"));
            dialog.rememberIn(&settings);
            dialog.show();
            QCOMPARE(dialog.format(), QStringLiteral("pdf"));
            QCOMPARE(dialog.currentPreview()->objectName(), QStringLiteral("exportPreview"));
            auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
            for (const QString &f : {QStringLiteral("md"), QStringLiteral("csv"),
                                     QStringLiteral("json"), QStringLiteral("pdf")}) {
                format->setCurrentIndex(format->findData(f));
                Q_EMIT format->activated(format->currentIndex());
                const bool pdf = f == QLatin1String("pdf");
                QCOMPARE(dialog.currentPreview()->objectName(),
                         pdf ? QStringLiteral("exportPreview")
                             : QStringLiteral("exportTextPreview"));
                QCOMPARE(dialog.findChild<QWidget *>(QStringLiteral("exportPreview"))->isVisible(),
                         pdf);
            }
            auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportTextPreview"));
            format->setCurrentIndex(format->findData(QStringLiteral("md")));
            Q_EMIT format->activated(format->currentIndex());
            QVERIFY(text->toPlainText().startsWith(QLatin1String("# ")));
            format->setCurrentIndex(format->findData(QStringLiteral("csv")));
            Q_EMIT format->activated(format->currentIndex());
            QVERIFY(text->toPlainText().contains(QLatin1Char(',')));
            QVERIFY(dialog.exportTo(out.filePath(QStringLiteral("notes.csv"))));
            QCOMPARE(dialog.exportedPath(), out.filePath(QStringLiteral("notes.csv")));
        }
        QCOMPARE(settings.exportFolder(), QFileInfo(out.path()).absoluteFilePath());
        AppSettings again(lib->dataDirectory().root());
        ExportDialog dialog(*lib.library, kVerslag, QStringLiteral("en"));
        dialog.rememberIn(&again);
        QCOMPARE(dialog.format(), QStringLiteral("csv"));
        QCOMPARE(dialog.currentPreview()->objectName(), QStringLiteral("exportTextPreview"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
