// Benchmark: exporting a large notes report. 500 questions over 10 documents, with the text
// lengths, tags and notes of real ones, written as PDF, Markdown and CSV; and the report built
// from the sample library with every question of every document annotated. Prints the times.
//
//   bench_export

#include "document/TextExtractor.h"
#include "export/NotesBundle.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/SaveFile.h"
#include "export/TextReports.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/QuestionExtractor.h"
#include "store/LibraryQueries.h"
#include "store/NotesStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace overleg;

namespace {

Report syntheticReport(int questions) {
    static const QStringList fracties = {QStringLiteral("VVD"), QStringLiteral("GL-PvdA"),
                                         QStringLiteral("NSC"), QStringLiteral("D66"),
                                         QStringLiteral("CDA"), QStringLiteral("SP")};
    static const QStringList statuses = {QStringLiteral("open"), QStringLiteral("answered"),
                                         QStringLiteral("partial"), QStringLiteral("unanswered")};
    Report report;
    report.tagColors = {{QStringLiteral("stikstof"), QStringLiteral("#2e7d32")},
                        {QStringLiteral("Prio hoog"), QStringLiteral("#c62828")},
                        {QStringLiteral("navragen"), QStringLiteral("#f9a825")}};
    const int perDocument = questions / 10;
    for (int d = 0; d < 10; ++d) {
        ReportDocument doc;
        doc.id = QStringLiteral("doc-%1").arg(d);
        doc.titel = QStringLiteral("Verslag van een schriftelijk overleg over de voortgang van "
                                   "het programma nummer %1")
                        .arg(d);
        doc.soort = QStringLiteral("Verslag van een schriftelijk overleg");
        doc.citation = QStringLiteral("Kamerstuk 29 338, nr. %1").arg(280 + d);
        doc.commissie = QStringLiteral("vaste commissie voor Onderwijs, Cultuur en Wetenschap");
        doc.datum = QStringLiteral("2025-01-16");
        for (int i = 0; i < perDocument; ++i) {
            ReportQuestion q;
            q.n = i + 1;
            q.fractie = fracties.at(i % fracties.size());
            q.text = QStringLiteral("De leden van de %1-fractie vragen de minister of zij kan "
                                    "toelichten hoe de bezuinigingen op het onderzoeksbudget "
                                    "uitwerken voor jonge onderzoekers, en welke maatregelen zij "
                                    "neemt om de gevolgen voor vraag %2 te beperken?")
                         .arg(q.fractie)
                         .arg(i + 1);
            q.page = 2 + i / 6;
            q.status = statuses.at(i % statuses.size());
            if (i % 3 == 0)
                q.tags << QStringLiteral("stikstof");
            if (i % 5 == 0)
                q.tags << QStringLiteral("Prio hoog");
            if (i % 2 == 0)
                q.note = QStringLiteral("Toezegging nagaan bij de directie.\n\n- termijn drie "
                                        "weken\n- **navragen** in het debat");
            if (q.status != QLatin1String("unanswered")) {
                q.answer = QStringLiteral("De leden van de %1-fractie vragen hoe de "
                                          "bezuinigingen uitwerken. Het kabinet wijst erop dat")
                               .arg(q.fractie);
                q.answerPage = 8 + i / 4;
            }
            doc.questions << q;
        }
        report.documents << doc;
    }
    return report;
}

template <typename F> qint64 bestOf(int runs, F &&f) {
    qint64 best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const ReportLabels labels = ReportLabels::forLanguage(QStringLiteral("nl"));

    const Report report = syntheticReport(500);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const qint64 pdfMs = bestOf(3, [&] { PdfReport::write(report, labels, pdf); });
    const qint64 mdMs = bestOf(3, [&] {
        saveAtomically(dir.filePath(QStringLiteral("report.md")),
                       TextReports::markdown(report, labels).toUtf8());
    });
    const qint64 csvMs = bestOf(3, [&] {
        saveAtomically(dir.filePath(QStringLiteral("report.csv")),
                       TextReports::csv(report, labels));
    });
    std::printf("500 questions in 10 documents: PDF %lld ms (%lld KiB), Markdown %lld ms, CSV %lld "
                "ms (best of 3)\n",
                pdfMs, QFileInfo(pdf).size() / 1024, mdMs, csvMs);

    // From the library: every question of the sample's documents annotated, then built and
    // written as a user would (text extraction and question extraction included).
    auto library =
        Library::open(dir.filePath(QStringLiteral("data")), Library::SampleMode::LoadWhenFresh);
    if (!library)
        return 1;
    Library &lib = *library.value();
    QSqlQuery docs = lib.libraryDatabase().run(QStringLiteral("SELECT id, soort FROM document"));
    int annotated = 0;
    while (docs.next()) {
        const QString path = lib.files().pathFor(docs.value(0).toString());
        const auto text =
            path.isEmpty() ? Result<DocumentText>::failure({}) : extractTextFromFile(path);
        if (!text)
            continue;
        const auto extraction = QuestionExtractor::extract(text.value(), docs.value(0).toString(),
                                                           docs.value(1).toString());
        for (const QuestionUnit &q : extraction.questions) {
            lib.notes().setStatus(docs.value(0).toString(), q.id, q.text,
                                  QStringLiteral("answered"));
            ++annotated;
        }
    }
    QElapsedTimer t;
    t.start();
    const auto built = ReportBuilder::build(lib, {});
    const qint64 buildMs = t.restart();
    PdfReport::write(built.value(), labels, dir.filePath(QStringLiteral("library.pdf")));
    const qint64 writeMs = t.elapsed();
    std::printf("sample library, %d questions in %lld documents: built in %lld ms (text and "
                "question extraction included), PDF written in %lld ms\n",
                built->questionCount(), qint64(built->documents.size()), buildMs, writeMs);
    t.restart();
    const QByteArray bundle = NotesBundle::serialize(lib);
    std::printf("notes bundle of %d annotations: %lld ms, %lld KiB\n", annotated, t.elapsed(),
                qint64(bundle.size() / 1024));
    return 0;
}
