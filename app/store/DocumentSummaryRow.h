#pragma once

#include "LibraryQueries.h"

#include <QSqlQuery>
#include <QString>

namespace overleg {

// The columns every document list selects, in this order, and the join they need; a row read
// with them becomes a DocumentSummary through summaryFrom(). Shared by the library's queries.
extern const QString kSummaryColumns;
extern const QString kSummaryJoin;
// The number of columns kSummaryColumns selects: a query's own columns follow them.
constexpr int kSummaryColumnCount = 11;

DocumentSummary summaryFrom(const QSqlQuery &q);
// "29 338", "21 501-02": a dossier number as the Kamer writes it; empty without a number.
QString dossierNumber(const QVariant &nummer, const QVariant &toevoeging);

} // namespace overleg
