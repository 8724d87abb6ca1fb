// The notes report and the notes bundle from annotated sample documents: the PDF read back with
// Poppler (titles, every question, tags, notes, the summary counts, page numbers), Markdown, CSV
// (parsed back), filters, English labels, the JSON bundle's round trip, and what goes wrong
// (an unwritable path, a full disk, a bundle from a newer version).

#include "TestSupport.h"

#include "document/TextExtractor.h"
#include "export/NotesBundle.h"
#include "export/PdfReport.h"
#include "export/ReportBuilder.h"
#include "export/ReportHtml.h"
#include "export/TextReports.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/Corrections.h"
#include "questions/QuestionExtractor.h"
#include "store/LibraryQueries.h"
#include "store/NotesStore.h"

#include <QElapsedTimer>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace overleg;
using namespace overleg::test;

namespace {

const QString kVerslag = QStringLiteral("61f8ecaf-5def-57e9-82ec-2f0bb4918c28");  // 29 338-289
const QString kAntwoord = QStringLiteral("b4881287-3736-5102-98fb-92308a4d97da"); // Tozo

QuestionExtraction questionsOf(Library &library, const QString &id) {
    const auto text = extractTextFromFile(library.files().pathFor(id));
    if (!text)
        qFatal("no text for %s", qPrintable(id));
    const auto details = library.queries().details(id, library.dataDirectory().root());
    return QuestionExtractor::extract(text.value(), id, details->summary.soort);
}

// Letters and digits only: PDF text comes back with line breaks, hyphenation and ligatures
// ("fi" as one glyph) of its own.
QString squeeze(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString pdfText(const QString &path, int *pages = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto pdf = extractText(file.readAll());
    if (!pdf)
        return {};
    if (pages)
        *pages = int(pdf->pages.size());
    return pdf->pages.join(u'\n');
}

// RFC 4180, enough to read our own CSV back.
QList<QStringList> parseCsv(const QString &text, QChar sep) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

    std::unique_ptr<TempLibrary> m_lib;
    QuestionExtraction m_verslag;
    QuestionExtraction m_antwoord;

private Q_SLOTS:
    void initTestCase() {
        m_lib = std::make_unique<TempLibrary>(true);
        Library &lib = *m_lib->library;
        m_verslag = questionsOf(lib, kVerslag);
        m_antwoord = questionsOf(lib, kAntwoord);
        QVERIFY(m_verslag.questions.size() > 20);
        QVERIFY(m_antwoord.questions.size() >= 5);
        NotesBackend &notes = lib.notes();
        const QuestionUnit &v1 = m_verslag.questions.at(0);
        const QuestionUnit &v5 = m_verslag.questions.at(4);
        const QuestionUnit &a2 = m_antwoord.questions.at(1);
        QVERIFY(notes.setStatus(kVerslag, v1.id, v1.text, QStringLiteral("answered")));
        QVERIFY(notes.addTag(kVerslag, v1.id, v1.text, QStringLiteral("stikstof")));
        QVERIFY(notes.addTag(kVerslag, v1.id, v1.text, QStringLiteral("Prio hoog")));
        QVERIFY(notes.setNote(kVerslag, v1.id, v1.text,
                              QStringLiteral("Let op: **toezegging** van de minister.\n\n- "
                                             "navragen bij DG\n- termijn drie weken")));
        QVERIFY(notes.setStatus(kVerslag, v5.id, v5.text, QStringLiteral("unanswered")));
        QVERIFY(notes.addTag(kVerslag, v5.id, v5.text, QStringLiteral("stikstof")));
        QVERIFY(
            notes.setNote(kVerslag, v5.id, v5.text,
                          QStringLiteral("Opnieuw vragen in het commissiedebat; zie \"brief\".")));
        QVERIFY(notes.setStatus(kAntwoord, a2.id, a2.text, QStringLiteral("partial")));
        QVERIFY(notes.addTag(kAntwoord, a2.id, a2.text, QStringLiteral("Prio hoog")));
        // The user removed the Verslag's third unit as not a question.
        QVERIFY(notes.addCorrection(kVerslag, Correction::remove(m_verslag.questions.at(2).id)));
        QVERIFY(notes.setUnitRemoved(kVerslag, m_verslag.questions.at(2).id, true));
    }

    void thePdfReportHoldsEverything() {
        auto report = ReportBuilder::build(*m_lib->library, {});
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->documents.size(), 2); // the documents with notes
        const int expected = int(m_verslag.questions.size() - 1 + m_antwoord.questions.size());
        QCOMPARE(report->questionCount(), expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
        QVERIFY(PdfReport::write(report.value(), ReportLabels::forLanguage(QStringLiteral("nl")),
                                 path));
        int pages = 0;
        const QString text = pdfText(path, &pages);
        QVERIFY(pages >= 5);
        const QString flat = squeeze(text);
        QVERIFY(text.contains(QLatin1String("Vragen en antwoorden")));
        QVERIFY(text.contains(QLatin1String("Samenvatting")));
        QVERIFY(flat.contains(squeeze(QStringLiteral("Kamerstuk 29 338, nr. 289"))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("Antwoord op vragen van de leden Van "
                                                     "Weyenberg, Romke de Jong en Kat"))));
        QVERIFY(flat.contains(squeeze(QStringLiteral("Onderwijs, Cultuur en Wetenschap"))));
        // Every question, in full, and not the removed one.
        for (const ReportDocument &doc : report->documents)
            for (const ReportQuestion &q : doc.questions)
                QVERIFY2(flat.contains(squeeze(q.text)), qPrintable(q.text));
        QVERIFY(!flat.contains(squeeze(m_verslag.questions.at(2).text)));
        // Tags, notes (as text, as written: never rendered into images or links), statuses.
        QVERIFY(text.contains(QLatin1String("stikstof")));
        QVERIFY(text.contains(QLatin1String("Prio hoog")));
        QVERIFY(text.contains(QLatin1String("**toezegging**")));
        QVERIFY(text.contains(QLatin1String("navragen bij DG")));
        QVERIFY(text.contains(QLatin1String("onbeantwoord")));
        QVERIFY(text.contains(QLatin1String("deels beantwoord")));
        // The summary: stikstof is on one answered and one unanswered question.
        static const QRegularExpression stikstofRow(
            QStringLiteral("stikstof\\s+0\\s+1\\s+0\\s+1\\s+0\\s+2"));
        QVERIFY2(stikstofRow.match(text).hasMatch(), qPrintable(text.left(3000)));
        static const QRegularExpression totalRow(
            QStringLiteral("Totaal\\s+(\\d+)\\s+1\\s+1\\s+1\\s+0\\s+(\\d+)"));
        const auto total = totalRow.match(text);
        QVERIFY(total.hasMatch());
        QCOMPARE(total.captured(2).toInt(), expected);
        QCOMPARE(total.captured(1).toInt(), expected - 3);
        // Page numbers "x / y" on every page.
        QVERIFY(text.contains(QStringLiteral("1 / %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("%1 / %1").arg(pages)));
        // A question never parts from its number: each "Vraag N" heading is followed on the
        // same page by the start of its text.
        int p = 0;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto pdf = extractText(file.readAll());
        QVERIFY(pdf.ok());
        for (; p < pdf->pages.size(); ++p) {
            const QString &page = pdf->pages.at(p);
            static const QRegularExpression lastHeading(QStringLiteral("Vraag (\\d+)[^\\n]*\\s*$"));
            QVERIFY2(!lastHeading.match(page.trimmed()).hasMatch(), qPrintable(page.right(200)));
        }
    }

    void englishLabelsAndFilters() {
        ReportScope scope;
        scope.tag = QStringLiteral("stikstof");
        auto report = ReportBuilder::build(*m_lib->library, scope);
        QVERIFY(report);
        QCOMPARE(report->documents.size(), 1);
        QCOMPARE(report->questionCount(), 2);
        scope.status = QStringLiteral("unanswered");
        QCOMPARE(ReportBuilder::build(*m_lib->library, scope)->questionCount(), 1);
        ReportScope byFractie;
        byFractie.fractie = m_verslag.questions.at(0).fractie;
        byFractie.documentIds = {kVerslag};
        const auto fractie = ReportBuilder::build(*m_lib->library, byFractie);
        for (const ReportQuestion &q : fractie->documents.first().questions)
            QCOMPARE(q.fractie, byFractie.fractie);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(PdfReport::write(report.value(), ReportLabels::forLanguage(QStringLiteral("en")),
                                 path));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("Questions and answers")));
        QVERIFY(text.contains(QLatin1String("Summary")));
        QVERIFY(text.contains(QLatin1String("unanswered")));
        QVERIFY(!text.contains(QLatin1String("Samenvatting")));

        ReportScope unknown;
        unknown.documentIds = {QStringLiteral("2099D99999")};
        QVERIFY(!ReportBuilder::build(*m_lib->library, unknown));
    }

    void markdownAndCsv() {
        auto report = ReportBuilder::build(*m_lib->library, {});
        QVERIFY(report);
        const ReportLabels nl = ReportLabels::forLanguage(QStringLiteral("nl"));
        const QString md = TextReports::markdown(report.value(), nl);
        QVERIFY(md.startsWith(QLatin1String("# Vragen en antwoorden")));
        QVERIFY(md.contains(QLatin1String("| stikstof | 0 | 1 | 0 | 1 | 0 | **2** |")));
        QVERIFY(md.contains(QLatin1String("Let op: \\*\\*toezegging\\*\\* van de minister.")));
        QVERIFY(md.contains(QLatin1String("**Labels:** stikstof, Prio hoog")) ||
                md.contains(QLatin1String("**Labels:** Prio hoog, stikstof")));
        for (const ReportDocument &doc : report->documents)
            for (const ReportQuestion &q : doc.questions)
                QVERIFY(squeeze(md).contains(squeeze(q.text)));

        const QByteArray csv = TextReports::csv(report.value(), nl);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)), u';');
        QCOMPARE(rows.size(), report->questionCount() + 1);
        QCOMPARE(rows.first().first(), QStringLiteral("document_id"));
        const int columns = int(rows.first().size());
        bool sawNote = false;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), columns);
            if (row.at(8).contains(QLatin1String("\"brief\""))) {
                sawNote = true;
                QCOMPARE(row.at(6), QStringLiteral("onbeantwoord"));
            }
        }
        QVERIFY(sawNote);
        const QByteArray en =
            TextReports::csv(report.value(), ReportLabels::forLanguage(QStringLiteral("en")));
        QCOMPARE(parseCsv(QString::fromUtf8(en.mid(3)), u',').first().at(5),
                 QStringLiteral("group"));
    }

    // Hostile notes and tags (a colleague's bundle can hold anything): a CSV cell never starts
    // a formula, the report never embeds a file or a link, every user string is escaped, and
    // a 10 MB note exports in linear time.
    // #15: a question whose answer cannot be here yet (the Mededeling: no Antwoord in the
    // library) reads "awaiting the answer"; one an answer skipped (the Verslag SO answers in
    // itself) reads "no answer found"; in the report, the Markdown and the CSV, in both
    // languages, with the panel's words.
    void awaitingIsToldFromNotAnswered() {
        const QString mededeling = QStringLiteral("968e0eb3-ca3f-5227-bf0d-5556fa4832cb");
        ReportScope scope;
        scope.documentIds = {mededeling, kVerslag};
        auto report = ReportBuilder::build(*m_lib->library, scope);
        QVERIFY(report);
        std::map<ReportAnswer, int> states;
        for (const ReportDocument &doc : report->documents)
            for (const ReportQuestion &q : doc.questions) {
                ++states[q.answerState];
                if (doc.id == mededeling)
                    QCOMPARE(q.answerState, ReportAnswer::Awaiting);
                else if (q.answer.isEmpty() && q.n > 0)
                    QCOMPARE(q.answerState, ReportAnswer::NotAnswered);
                else if (q.n > 0)
                    QCOMPARE(q.answerState, ReportAnswer::Found);
            }
        QCOMPARE(states[ReportAnswer::Awaiting], 3);
        QVERIFY(states[ReportAnswer::NotAnswered] >= 1);
        QVERIFY(states[ReportAnswer::Found] > 20);

        for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const ReportLabels labels = ReportLabels::forLanguage(language);
            const bool nl = language == QLatin1String("nl");
            QCOMPARE(labels.awaitingAnswer, nl ? QStringLiteral("open, antwoord wordt verwacht")
                                               : QStringLiteral("open, awaiting the answer"));
            QCOMPARE(labels.noAnswer, nl ? QStringLiteral("Geen antwoord gevonden.")
                                         : QStringLiteral("No answer found."));
            // The status words are the panel's (not the report's own "partly answered").
            QCOMPARE(labels.statusName(QStringLiteral("partial")),
                     nl ? QStringLiteral("deels beantwoord")
                        : QStringLiteral("partially answered"));
            const QString md = TextReports::markdown(report.value(), labels);
            QCOMPARE(md.count(labels.awaitingAnswer), 3);
            QVERIFY(md.contains(labels.noAnswer));
            const QList<QStringList> rows =
                parseCsv(QString::fromUtf8(TextReports::csv(report.value(), labels).mid(3)),
                         nl ? u';' : u',');
            const qsizetype column = rows.first().size() - 1;
            QCOMPARE(rows.first().at(column),
                     nl ? QStringLiteral("antwoord_stand") : QStringLiteral("answer_state"));
            int awaiting = 0;
            int notAnswered = 0;
            for (const QStringList &row : rows.mid(1)) {
                awaiting += row.at(column) == labels.awaitingAnswer;
                notAnswered += row.at(column) == labels.noAnswer;
                QCOMPARE(row.at(column) == labels.awaitingAnswer, row.first() == mededeling);
            }
            QCOMPARE(awaiting, 3);
            QCOMPARE(notAnswered, states[ReportAnswer::NotAnswered]);
            int awaitingInReport = 0;
            for (const ReportDocument &doc : report->documents)
                for (const ReportQuestion &q : doc.questions)
                    awaitingInReport += ReportHtml::question(q, report.value(), labels)
                                            .contains(labels.awaitingAnswer.toHtmlEscaped());
            QCOMPARE(awaitingInReport, 3);
        }
    }

    // A team workspace's Markdown and CSV name who answers for each question, as the PDF does;
    // a personal report has no such column.
    void textReportsCarryTheAssignee() {
        Report report;
        ReportDocument doc;
        doc.id = QStringLiteral("d1");
        doc.titel = QStringLiteral("Verslag");
        for (const QString &assignee : {QStringLiteral("anna"), QString()}) {
            ReportQuestion q;
            q.n = int(doc.questions.size()) + 1;
            q.id = QStringLiteral("q%1").arg(q.n);
            q.text = QStringLiteral("Vraag %1?").arg(q.n);
            q.assignee = assignee;
            doc.questions << q;
        }
        report.documents << doc;
        const ReportLabels en = ReportLabels::forLanguage(QStringLiteral("en"));
        QList<QStringList> rows =
            parseCsv(QString::fromUtf8(TextReports::csv(report, en).mid(3)), u',');
        QVERIFY(!rows.first().contains(QStringLiteral("assignee")));
        QVERIFY(!TextReports::markdown(report, en).contains(en.assignedTo));

        report.team = true;
        rows = parseCsv(QString::fromUtf8(TextReports::csv(report, en).mid(3)), u',');
        QCOMPARE(rows.size(), 3);
        const qsizetype column = rows.first().indexOf(QStringLiteral("assignee"));
        QCOMPARE(column, rows.first().size() - 1);
        QCOMPARE(rows.at(1).at(column), QStringLiteral("anna"));
        QCOMPARE(rows.at(2).at(column), QString());
        const ReportLabels nl = ReportLabels::forLanguage(QStringLiteral("nl"));
        const QList<QStringList> nlRows =
            parseCsv(QString::fromUtf8(TextReports::csv(report, nl).mid(3)), u';');
        QCOMPARE(nlRows.first().last(), QStringLiteral("toegewezen_aan"));
        QCOMPARE(nlRows.at(1).last(), QStringLiteral("anna"));

        const QString md = TextReports::markdown(report, en);
        QVERIFY2(md.contains(QStringLiteral("**%1:** anna").arg(en.assignedTo)), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("**%1:** %2").arg(en.assignedTo, en.unassigned)),
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("### ") + en.byMember), qPrintable(md));
    }

    void hostileNotesAreInert() {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.png"));
        QImage image(400, 400, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(x * 7 % 256, y * 13 % 256, (x ^ y) % 256));
        QVERIFY(image.save(secret));
        Report report;
        ReportDocument doc;
        doc.id = QStringLiteral("d1");
        doc.titel = QStringLiteral("<b>Titel</b> `x`");
        const QStringList starts{QStringLiteral("=HYPERLINK(\"http://evil/\",\"x\")"),
                                 QStringLiteral("+1+1"),
                                 QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"),
                                 QStringLiteral("\tcmd"),
                                 QStringLiteral("\rcmd")};
        for (int i = 0; i < starts.size(); ++i) {
            ReportQuestion q;
            q.n = i + 1;
            q.id = QStringLiteral("q%1").arg(i);
            q.text = QStringLiteral("Vraag %1?").arg(i);
            q.note = starts.at(i);
            q.tags = {starts.at(i)};
            doc.questions << q;
        }
        ReportQuestion evil;
        evil.n = 99;
        evil.id = QStringLiteral("q99");
        evil.text = QStringLiteral("Vraag?");
        evil.note = QStringLiteral("![x](%1) ![y](file://%1) [link](https://evil.example/) "
                                   "<img src=\"%1\">")
                        .arg(secret);
        evil.tags = {QStringLiteral("tag`with`ticks <i>")};
        doc.questions << evil;
        report.documents << doc;
        report.tagColors.insert(QStringLiteral("tag`with`ticks <i>"),
                                QStringLiteral("red;\"><img src=\"%1\"><span x=\"").arg(secret));
        const ReportLabels en = ReportLabels::forLanguage(QStringLiteral("en"));

        const QList<QStringList> rows =
            parseCsv(QString::fromUtf8(TextReports::csv(report, en).mid(3)), u',');
        QCOMPARE(rows.size(), starts.size() + 2);
        for (int i = 0; i < starts.size(); ++i) {
            QCOMPARE(rows.at(i + 1).at(8), u'\'' + starts.at(i)); // note
            QCOMPARE(rows.at(i + 1).at(7), u'\'' + starts.at(i)); // tags
        }

        const QString html = ReportHtml::question(evil, report, en);
        QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<a ")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("background-color:#4a90d9")));
        QVERIFY(html.contains(QLatin1String("tag`with`ticks &lt;i&gt;")));
        const QString markdown = TextReports::markdown(report, en);
        QVERIFY2(!markdown.contains(QLatin1String("![")), qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("\\[link\\](https://evil.example/)")));
        QVERIFY(markdown.contains(QLatin1String("tag\\`with\\`ticks \\<i\\>")));
        QVERIFY(markdown.contains(QLatin1String("\\<b\\>Titel\\</b\\> \\`x\\`")));

        // The PDF: the 400x400 image would add ~500 KB and an image object.
        const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(PdfReport::write(report, en, pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY2(!pdfBytes.contains("/Subtype /Image") && pdfBytes.size() < 200 * 1024,
                 QByteArray::number(pdfBytes.size()).constData());

        // A 10 MB note: every format in seconds.
        Report big;
        ReportDocument bigDoc = doc;
        bigDoc.questions = {evil};
        QString note;
        note.reserve(10 * 1024 * 1024);
        while (note.size() < 10 * 1024 * 1024)
            note += QStringLiteral("Een *lange* notitie met [tekst] en `code`.\n");
        bigDoc.questions.first().note = note;
        big.documents << bigDoc;
        QElapsedTimer clock;
        clock.start();
        const QByteArray bigCsv = TextReports::csv(big, en);
        const qint64 csvMs = clock.restart();
        const QString bigMd = TextReports::markdown(big, en);
        const qint64 mdMs = clock.restart();
        QVERIFY(PdfReport::write(big, en, dir.filePath(QStringLiteral("big.pdf"))));
        const qint64 pdfMs = clock.elapsed();
        qInfo("10 MB note: CSV %lld ms, Markdown %lld ms, PDF %lld ms", csvMs, mdMs, pdfMs);
        QVERIFY(bigCsv.size() > 10 * 1000 * 1000 && bigMd.size() > 10 * 1000 * 1000);
        QVERIFY2(csvMs + mdMs + pdfMs < 10000,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(csvMs).arg(mdMs).arg(pdfMs)));
    }

    // Export, import into another data directory, export again: the same bytes. Importing
    // twice changes nothing more.
    void theBundleRoundTrips() {
        const QByteArray first = NotesBundle::serialize(*m_lib->library);
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), NotesBundle::kFormatVersion);

        TempLibrary elsewhere(true);
        const auto imported = NotesBundle::import(*elsewhere.library, first);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->annotations, 3);
        QCOMPARE(imported->corrections, 1);
        QVERIFY(QFileInfo::exists(imported->backup));
        QCOMPARE(NotesBundle::serialize(*elsewhere.library), first);
        const auto again = NotesBundle::import(*elsewhere.library, first);
        QVERIFY(again);
        QCOMPARE(again->annotations, 0);
        QCOMPARE(again->kept, 3);
        QCOMPARE(again->corrections, 0);
        QCOMPARE(NotesBundle::serialize(*elsewhere.library), first);
        // And the report there is the report here.
        const auto here = ReportBuilder::build(*m_lib->library, {});
        const auto there = ReportBuilder::build(*elsewhere.library, {});
        const ReportLabels nl = ReportLabels::forLanguage(QStringLiteral("nl"));
        QCOMPARE(TextReports::markdown(there.value(), nl), TextReports::markdown(here.value(), nl));
    }

    void aBadBundleChangesNothing() {
        TempLibrary lib(true);
        const QByteArray before = NotesBundle::serialize(*lib.library);
        QJsonObject newer =
            QJsonDocument::fromJson(NotesBundle::serialize(*m_lib->library)).object();
        newer.insert(QStringLiteral("version"), NotesBundle::kFormatVersion + 1);
        const auto refused = NotesBundle::import(*lib.library, QJsonDocument(newer).toJson());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("newer version")),
                 qPrintable(refused.error()));
        QVERIFY(!NotesBundle::import(*lib.library, "{\"annotations\": []}"));
        QVERIFY(!NotesBundle::import(*lib.library, "%PDF-1.4 not json"));
        QCOMPARE(NotesBundle::serialize(*lib.library), before);
    }

    void theCliExportsAndImportsAndFailsClearly() {
        QTemporaryDir out;
        const QString dataDir = m_lib->library->dataDirectory().root();
        auto cli = [&](const QStringList &args, const QString &shellPrefix = {}) {
            QProcess p;
            if (shellPrefix.isEmpty()) {
                p.start(QStringLiteral(OVERLEG_CLI_PATH),
                        QStringList{QStringLiteral("--data-dir"), dataDir} + args);
            } else {
                QStringList quoted;
                for (const QString &a : QStringList{QStringLiteral(OVERLEG_CLI_PATH),
                                                    QStringLiteral("--data-dir"), dataDir} +
                                            args)
                    quoted << u'\'' + a + u'\'';
                p.start(QStringLiteral("bash"),
                        {QStringLiteral("-c"),
                         shellPrefix + QStringLiteral("; exec ") + quoted.join(u' ')});
            }
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("md"),
                                      QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString path = out.filePath(QStringLiteral("notes.") + format);
            const auto [code, err] = cli({QStringLiteral("export"), QStringLiteral("--format"),
                                          format, QStringLiteral("--out"), path});
            QVERIFY2(code == 0, qPrintable(err));
            QVERIFY(QFileInfo(path).size() > 200);
        }
        const QString filtered = out.filePath(QStringLiteral("stikstof.md"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("--out"), filtered, QStringLiteral("--tag"),
                      QStringLiteral("stikstof"), QStringLiteral("--status"),
                      QStringLiteral("unanswered")})
                     .first,
                 0);
        QFile md(filtered);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(md.readAll()).count(QStringLiteral("\n### Vraag ")), 1);

        // An unwritable place: a clear message, exit 1.
        auto [code, err] =
            cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--out"), QStringLiteral("/proc/no-such-dir/report.pdf")});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("Cannot write report.pdf")), qPrintable(err));
        // A full disk (a file size limit of 8 KiB, the signal ignored so the write fails as on a
        // full disk): a clear message, and neither the file nor a temporary one left behind.
        const QString full = out.filePath(QStringLiteral("full.pdf"));
        std::tie(code, err) = cli({QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), full},
                                  QStringLiteral("trap '' XFSZ; ulimit -f 16"));
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("nothing was written")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(full));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("full.pdf*")}, QDir::Files).size(), 0);

        // import-notes into another data directory.
        TempLibrary other(true);
        QProcess p;
        p.start(QStringLiteral(OVERLEG_CLI_PATH),
                {QStringLiteral("--data-dir"), other->dataDirectory().root(),
                 QStringLiteral("--json"), QStringLiteral("import-notes"),
                 out.filePath(QStringLiteral("notes.json"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput())
                     .object()
                     .value(QStringLiteral("annotations"))
                     .toInt(),
                 3);
    }
};

int main(int argc, char *argv[]) {
    // The PDF report lays out text, which needs fonts and so a GUI application (offscreen).
    QGuiApplication app(argc, argv);
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_export.moc"
