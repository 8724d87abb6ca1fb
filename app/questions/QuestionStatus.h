#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace overleg {

// What the user says of a question (LABELING.md). The notes database, the JSON bundle and the
// CLI keep it as a word (open, answered, partial, unanswered, not_applicable); this file is the
// one place that converts, and the one place that names a status in the UI's language.
enum class QuestionStatus { Open, Answered, Partial, Unanswered, NotApplicable };

// Every status, in the order lists and tables show them.
QList<QuestionStatus> allQuestionStatuses();
// The stored words of allQuestionStatuses(), in that order.
QStringList storedQuestionStatuses();

QString toStored(QuestionStatus status);
// Nothing for a word that is no status.
std::optional<QuestionStatus> questionStatusFromStored(QStringView stored);
// For a stored word read back: anything unknown reads as open.
QuestionStatus storedStatusOr(QStringView stored, QuestionStatus fallback = QuestionStatus::Open);
// True when `stored` is the word of `status`.
bool isStatus(QStringView stored, QuestionStatus status);

// A question with no answer found, and none that could be here yet (no answering document, or
// one that announces a delay) is *awaiting* its answer: proposed and listed apart from a
// question an answer skipped (*not answered*). Not a status the user sets.
inline constexpr QStringView kAwaitingProposal = u"awaiting";

// The words for a status and for awaiting, in the installed translation (the UI's language).
// The report, made in a language of its own, looks the same sources up in that language's
// translation (export/ReportLabels): the two never differ.
QString statusLabel(QuestionStatus status);
QString awaitingLabel();
// The untranslated sources and their context, for such a lookup.
inline constexpr const char *kStatusContext = "QuestionStatus";
const char *statusLabelSource(QuestionStatus status);
const char *awaitingLabelSource();

} // namespace overleg
