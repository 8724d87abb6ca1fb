#include "TextReports.h"

#include "ReportSummary.h"

#include <QStringList>

namespace overleg::TextReports {

namespace {

// Markdown's own characters in running text, so a title like "Wet *x*" stays literal.
QString md(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]#|<>!").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString summaryTable(const QString &caption, const QList<ReportSummary::Row> &rows,
                     const ReportSummary::Row &total, const ReportLabels &labels) {
    QString out = QStringLiteral("### %1\n\n| |").arg(md(caption));
    QString rule = QStringLiteral("|---|");
    for (const QString &status : ReportSummary::statuses()) {
        out += QStringLiteral(" %1 |").arg(labels.statusName(status));
        rule += QStringLiteral("---:|");
    }
    out += QStringLiteral(" %1 |\n").arg(labels.total);
    out += rule;
    out += QStringLiteral("---:|\n");
    auto line = [&](const ReportSummary::Row &r, bool bold) -> QString {
        QString l = bold ? QStringLiteral("| **%1** |").arg(md(r.label))
                         : QStringLiteral("| %1 |").arg(md(r.label));
        for (const QString &status : ReportSummary::statuses())
            l += QStringLiteral(" %1 |").arg(r.byStatus.value(status));
        return l + QStringLiteral(" **%1** |\n").arg(r.total);
    };
    for (const ReportSummary::Row &r : rows)
        out += line(r, false);
    out += line(total, true);
    out += u'\n';
    return out;
}

// A cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @, tab, CR) gets a
// leading apostrophe, so it shows as the text it is.
QString csvField(QString value, QChar separator) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString markdown(const Report &report, const ReportLabels &labels) {
    QString out = QStringLiteral("# %1\n\n").arg(md(labels.reportTitle));
    const ReportSummary summary = ReportSummary::of(report, labels);
    for (const ReportDocument &doc : report.documents) {
        out += QStringLiteral("## %1\n\n").arg(md(doc.titel));
        const QList<std::pair<QString, QString>> facts = {
            {labels.document, doc.soort},    {labels.number, doc.nummer},
            {labels.citation, doc.citation}, {labels.commissie, doc.commissie},
            {labels.date, doc.datum},        {labels.bewindspersoon, doc.bewindspersoon}};
        for (const auto &[label, value] : facts)
            if (!value.isEmpty())
                out += QStringLiteral("- **%1:** %2\n").arg(md(label), md(value));
        out += u'\n';
    }
    out += QStringLiteral("## %1\n\n").arg(md(labels.summary));
    out += summaryTable(labels.byFractie, summary.byFractie, summary.total, labels);
    if (!summary.byTag.isEmpty())
        out += summaryTable(labels.byTag, summary.byTag, summary.total, labels);
    if (report.team) // as the PDF: a team's progress per member
        out += summaryTable(labels.byMember, summary.byMember, summary.total, labels);

    for (const ReportDocument &doc : report.documents) {
        out += QStringLiteral("## %1 — %2\n\n").arg(md(labels.questions), md(doc.titel));
        if (!doc.warning.isEmpty())
            out += QStringLiteral("_%1_\n\n").arg(md(doc.warning));
        if (doc.questions.isEmpty())
            out += QStringLiteral("_%1_\n\n").arg(md(labels.noQuestions));
        for (const ReportQuestion &q : doc.questions) {
            out += q.n > 0 ? QStringLiteral("### %1 %2").arg(md(labels.question)).arg(q.n)
                           : QStringLiteral("### %1").arg(md(labels.question));
            if (!q.fractie.isEmpty())
                out += QStringLiteral(" · %1").arg(md(q.fractie));
            out += QStringLiteral(" · %1\n\n").arg(labels.statusName(q.status));
            out +=
                QStringLiteral("> %1\n\n").arg(md(q.text).replace(u'\n', QStringLiteral("\n> ")));
            if (report.team)
                out += QStringLiteral("**%1:** %2\n\n")
                           .arg(md(labels.assignedTo),
                                md(q.assignee.isEmpty() ? labels.unassigned : q.assignee));
            if (!q.tags.isEmpty()) {
                QStringList tags;
                for (const QString &tag : q.tags)
                    tags << md(tag);
                out += QStringLiteral("**%1:** %2\n\n")
                           .arg(md(labels.tags), tags.join(QStringLiteral(", ")));
            }
            // The note is text, escaped like every other user string: a note (perhaps from a
            // colleague's bundle) never becomes an image or a link in the reader's viewer.
            if (!q.note.trimmed().isEmpty())
                out +=
                    QStringLiteral("**%1:**\n\n%2\n\n").arg(md(labels.note), md(q.note.trimmed()));
            if (!q.answer.isEmpty())
                out += QStringLiteral("**%1** (%2 %3): %4\n\n")
                           .arg(md(labels.answer), labels.page)
                           .arg(q.answerPage)
                           .arg(md(q.answer));
            else if (q.answerState != ReportAnswer::Unknown)
                out += QStringLiteral("**%1:** _%2_\n\n")
                           .arg(md(labels.answer), md(labels.answerStateName(q.answerState)));
        }
    }
    return out;
}

QByteArray csv(const Report &report, const ReportLabels &labels) {
    const QChar sep = labels.language == QLatin1String("en") ? u',' : u';';
    const bool en = labels.language == QLatin1String("en");
    QStringList header =
        en ? QStringList{QStringLiteral("document_id"), QStringLiteral("number"),
                         QStringLiteral("kamerstuk"),   QStringLiteral("title"),
                         QStringLiteral("question"),    QStringLiteral("group"),
                         QStringLiteral("status"),      QStringLiteral("tags"),
                         QStringLiteral("note"),        QStringLiteral("answer"),
                         QStringLiteral("answer_page"), QStringLiteral("page"),
                         QStringLiteral("text"),        QStringLiteral("question_id"),
                         QStringLiteral("answer_state")}
           : QStringList{QStringLiteral("document_id"),     QStringLiteral("nummer"),
                         QStringLiteral("kamerstuk"),       QStringLiteral("titel"),
                         QStringLiteral("vraag"),           QStringLiteral("fractie"),
                         QStringLiteral("status"),          QStringLiteral("labels"),
                         QStringLiteral("notitie"),         QStringLiteral("antwoord"),
                         QStringLiteral("antwoord_pagina"), QStringLiteral("pagina"),
                         QStringLiteral("tekst"),           QStringLiteral("vraag_id"),
                         QStringLiteral("antwoord_stand")};
    // A team workspace's report names who answers for each question, in a last column so the
    // columns of a personal report keep their places.
    if (report.team)
        header << (en ? QStringLiteral("assignee") : QStringLiteral("toegewezen_aan"));
    QString out = header.join(sep) + QStringLiteral("\r\n");
    for (const ReportDocument &doc : report.documents) {
        for (const ReportQuestion &q : doc.questions) {
            QStringList fields = {doc.id,
                                  doc.nummer,
                                  doc.citation,
                                  doc.titel,
                                  q.n > 0 ? QString::number(q.n) : QString(),
                                  q.fractie,
                                  labels.statusName(q.status),
                                  q.tags.join(QStringLiteral(", ")),
                                  q.note,
                                  q.answer,
                                  q.answerPage > 0 ? QString::number(q.answerPage) : QString(),
                                  q.page > 0 ? QString::number(q.page) : QString(),
                                  q.text,
                                  q.id,
                                  labels.answerStateName(q.answerState)};
            if (report.team)
                fields << q.assignee;
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f, sep);
            out += quoted.join(sep) + QStringLiteral("\r\n");
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace overleg::TextReports
