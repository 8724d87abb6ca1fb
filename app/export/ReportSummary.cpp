#include "ReportSummary.h"

#include "questions/QuestionStatus.h"

#include <algorithm>

namespace overleg {

QStringList ReportSummary::statuses() {
    return storedQuestionStatuses();
}

ReportSummary ReportSummary::of(const Report &report, const ReportLabels &labels) {
    ReportSummary summary;
    summary.total.label = labels.total;
    auto rowFor = [](QList<Row> &rows, const QString &label) -> Row & {
        for (Row &row : rows)
            if (row.label == label)
                return row;
        rows.append(Row{label, {}, 0});
        return rows.last();
    };
    for (const ReportDocument &doc : report.documents) {
        for (const ReportQuestion &q : doc.questions) {
            Row &fractie =
                rowFor(summary.byFractie, q.fractie.isEmpty() ? labels.noFractie : q.fractie);
            ++fractie.byStatus[q.status];
            ++fractie.total;
            for (const QString &tag : q.tags) {
                Row &row = rowFor(summary.byTag, tag);
                ++row.byStatus[q.status];
                ++row.total;
            }
            if (report.team) {
                Row &member = rowFor(summary.byMember, q.assignee);
                ++member.byStatus[q.status];
                ++member.total;
            }
            ++summary.total.byStatus[q.status];
            ++summary.total.total;
        }
    }
    std::sort(summary.byTag.begin(), summary.byTag.end(), [](const Row &a, const Row &b) {
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    std::sort(summary.byMember.begin(), summary.byMember.end(), [](const Row &a, const Row &b) {
        if (a.label.isEmpty() != b.label.isEmpty())
            return b.label.isEmpty();
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    for (Row &row : summary.byMember)
        if (row.label.isEmpty())
            row.label = labels.unassigned;
    return summary;
}

} // namespace overleg
