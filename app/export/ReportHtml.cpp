#include "ReportHtml.h"

#include "ReportSummary.h"
#include "document/DocumentLimits.h"
#include "questions/QuestionStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace overleg::ReportHtml {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString statusColour(const QString &status) {
    switch (storedStatusOr(status)) {
    case QuestionStatus::Answered:
        return QStringLiteral("#2e7d32");
    case QuestionStatus::Partial:
        return QStringLiteral("#ef6c00");
    case QuestionStatus::Unanswered:
        return QStringLiteral("#c62828");
    case QuestionStatus::NotApplicable:
        return QStringLiteral("#757575");
    case QuestionStatus::Open:
        break;
    }
    return QStringLiteral("#1565c0");
}

// Dark text on light labels, white on dark ones.
QString textColourOn(const QString &background) {
    const QColor c(background);
    const double luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
    return luminance > 150 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

QString badge(const QString &text, const QString &colour) {
    // The colour is the user's (or a bundle's) too: only a colour QColor reads goes into the
    // style, written back as #rrggbb.
    const QColor parsed(colour);
    const QString safe = parsed.isValid() ? parsed.name() : QStringLiteral("#4a90d9");
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(safe, textColourOn(safe), esc(text));
}

QString row(const QString &label, const QString &value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString longDate(const QString &iso, const ReportLabels &labels) {
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid())
        return iso;
    const QLocale locale(labels.language == QLatin1String("en") ? QLocale::English
                                                                : QLocale::Dutch);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString summaryTable(const QString &caption, const QList<ReportSummary::Row> &rows,
                     const ReportSummary::Row &total, const ReportLabels &labels) {
    QString html =
        QStringLiteral("<h3>%1</h3><table class=\"summary\" width=\"100%\" "
                       "cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\"></th>")
            .arg(esc(caption));
    for (const QString &status : ReportSummary::statuses())
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(labels.statusName(status)));
    html += QStringLiteral("<th align=\"right\">%1</th></tr>").arg(esc(labels.total));
    auto line = [&](const ReportSummary::Row &r, bool bold) -> QString {
        QString out = QStringLiteral("<tr><td>%1%2%3</td>")
                          .arg(bold ? QStringLiteral("<b>") : QString(), esc(r.label),
                               bold ? QStringLiteral("</b>") : QString());
        for (const QString &status : ReportSummary::statuses())
            out += QStringLiteral("<td align=\"right\">%1</td>").arg(r.byStatus.value(status));
        out += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr>").arg(r.total);
        return out;
    };
    for (const ReportSummary::Row &r : rows)
        html += line(r, false);
    html += line(total, true);
    return html + QStringLiteral("</table>");
}

} // namespace

QString styleSheet() {
    return QStringLiteral(
        "body { font-size: 10pt; } h1 { font-size: 20pt; } h2 { font-size: 15pt; } "
        "h3 { font-size: 12pt; } td.label { color: #555555; padding-right: 12px; } "
        "th { background-color: #eeeeee; } table.summary td { border-bottom: 1px solid #dddddd; } "
        "p.question { margin-top: 4px; } .meta { color: #555555; } "
        "p.answer { color: #333333; } .note { background-color: #f6f6f0; }");
}

QString titlePage(const Report &report, const ReportLabels &labels) {
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(labels.reportTitle));
    for (const ReportDocument &doc : report.documents) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(doc.titel));
        if (!doc.onderwerp.isEmpty() && doc.onderwerp != doc.titel)
            html += QStringLiteral("<p>%1</p>").arg(esc(doc.onderwerp));
        html += QStringLiteral("<table cellpadding=\"2\">") + row(labels.document, doc.soort) +
                row(labels.number, doc.nummer) + row(labels.citation, doc.citation) +
                row(labels.commissie, doc.commissie) +
                row(labels.date, longDate(doc.datum, labels)) +
                row(labels.bewindspersoon, doc.bewindspersoon) +
                row(labels.questions, QString::number(doc.questions.size())) +
                QStringLiteral("</table>");
    }
    QStringList filters;
    if (!report.scope.tag.isEmpty())
        filters << labels.tags + QStringLiteral(": ") + report.scope.tag;
    if (!report.scope.status.isEmpty())
        filters << labels.status + QStringLiteral(": ") + labels.statusName(report.scope.status);
    if (!report.scope.fractie.isEmpty())
        filters << labels.fractie + QStringLiteral(": ") + report.scope.fractie;
    if (!filters.isEmpty())
        html += QStringLiteral("<p><b>%1:</b> %2</p>")
                    .arg(esc(labels.filteredBy), esc(filters.join(QStringLiteral("; "))));
    const QLocale locale(labels.language == QLatin1String("en") ? QLocale::English
                                                                : QLocale::Dutch);
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(labels.generatedOn.arg(
                    locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")))));
    return html;
}

QString summary(const Report &report, const ReportLabels &labels) {
    const ReportSummary s = ReportSummary::of(report, labels);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(labels.summary));
    if (report.team)
        html += summaryTable(labels.byMember, s.byMember, s.total, labels);
    html += summaryTable(labels.byFractie, s.byFractie, s.total, labels);
    if (!s.byTag.isEmpty())
        html += summaryTable(labels.byTag, s.byTag, s.total, labels);
    return html;
}

QString documentHeading(const ReportDocument &doc, const ReportLabels &labels) {
    QStringList meta{doc.soort, doc.citation.isEmpty() ? doc.nummer : doc.citation,
                     longDate(doc.datum, labels)};
    meta.removeAll(QString());
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(doc.titel), esc(meta.join(QStringLiteral(" · "))));
    if (!doc.warning.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(doc.warning));
    return html;
}

QString question(const ReportQuestion &q, const Report &report, const ReportLabels &labels) {
    QString heading =
        q.n > 0 ? QStringLiteral("%1 %2").arg(labels.question).arg(q.n) : labels.question;
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td><b>%1</b>%2</td><td align=\"right\">%3</td></tr></table>")
            .arg(esc(heading),
                 q.fractie.isEmpty() ? QString() : QStringLiteral(" · ") + esc(q.fractie),
                 badge(labels.statusName(q.status), statusColour(q.status)));
    html +=
        QStringLiteral("<p class=\"question\">%1%2</p>")
            .arg(esc(q.text), q.page > 0 ? QStringLiteral(" <span class=\"meta\">(%1 %2)</span>")
                                               .arg(esc(labels.page))
                                               .arg(q.page)
                                         : QString());
    if (report.team)
        html += QStringLiteral("<p class=\"meta\">%1: %2</p>")
                    .arg(esc(labels.assignedTo),
                         esc(q.assignee.isEmpty() ? labels.unassigned : q.assignee));
    if (!q.tags.isEmpty()) {
        QStringList badges;
        for (const QString &tag : q.tags)
            badges << badge(tag, report.tagColors.value(tag, QStringLiteral("#4a90d9")));
        html += QStringLiteral("<p>%1</p>").arg(badges.join(u' '));
    }
    if (!q.note.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><div class=\"note\">%2</div>")
                    .arg(esc(labels.note), noteHtml(q.note));
    if (!q.answer.isEmpty())
        html += QStringLiteral("<p class=\"answer\"><b>%1</b> (%2 %3): %4</p>")
                    .arg(esc(labels.answer), esc(labels.page))
                    .arg(q.answerPage)
                    .arg(esc(q.answer));
    else if (q.answerState != ReportAnswer::Unknown)
        html += QStringLiteral("<p class=\"answer\"><b>%1:</b> <i>%2</i></p>")
                    .arg(esc(labels.answer), esc(labels.answerStateName(q.answerState)));
    return html + QStringLiteral("<hr/>");
}

QString noQuestions(const ReportLabels &labels) {
    return QStringLiteral("<p><i>%1</i></p>").arg(esc(labels.noQuestions));
}

QString noteHtml(const QString &note) {
    // Text, not Markdown rendered to HTML: a note must not pull an image or any other resource,
    // local or remote, into the report. One paragraph per line, so a page of a long note lays
    // out and draws only its own lines; and at most kMaxReportNoteChars of it (the Markdown and
    // CSV exports hold the whole note), so the report's time stays bounded.
    const QString trimmed = note.trimmed();
    QString html;
    html.reserve(std::min<qsizetype>(trimmed.size(), kMaxReportNoteChars) * 11 / 10 + 64);
    const QStringView shown = QStringView(trimmed).left(kMaxReportNoteChars);
    for (const QStringView line : shown.split(u'\n'))
        html += QStringLiteral("<p>") + line.toString().toHtmlEscaped() + QStringLiteral("</p>");
    if (trimmed.size() > kMaxReportNoteChars)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(QCoreApplication::translate(
                                 "ReportHtml", "(%1 more characters; the Markdown and CSV "
                                               "exports hold the whole note)")
                                 .arg(trimmed.size() - kMaxReportNoteChars)));
    return html;
}

} // namespace overleg::ReportHtml
