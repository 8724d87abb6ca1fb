#pragma once

#include "Report.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace overleg {

// The summary tables of a report: questions per fractie (and per tag) and status, with totals.
struct ReportSummary {
    static QStringList statuses(); // in the order the tables show them

    struct Row {
        QString label;
        QMap<QString, int> byStatus;
        int total = 0;
    };
    QList<Row> byFractie; // in order of first appearance
    QList<Row> byTag;     // alphabetical
    QList<Row> byMember;  // a team workspace's: by assignee, alphabetical, nobody's last
    Row total;

    static ReportSummary of(const Report &report, const ReportLabels &labels);
};

} // namespace overleg
