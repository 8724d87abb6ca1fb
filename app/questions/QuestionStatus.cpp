#include "QuestionStatus.h"

#include <QCoreApplication>

#include <array>

namespace overleg {

namespace {

struct StatusWords {
    QuestionStatus status;
    QStringView stored;
    const char *label;
};

// The one table of statuses: stored word and label.
constexpr std::array kStatuses{
    StatusWords{QuestionStatus::Open, u"open", QT_TRANSLATE_NOOP("QuestionStatus", "open")},
    StatusWords{QuestionStatus::Answered, u"answered",
                QT_TRANSLATE_NOOP("QuestionStatus", "answered")},
    StatusWords{QuestionStatus::Partial, u"partial",
                QT_TRANSLATE_NOOP("QuestionStatus", "partially answered")},
    StatusWords{QuestionStatus::Unanswered, u"unanswered",
                QT_TRANSLATE_NOOP("QuestionStatus", "unanswered")},
    StatusWords{QuestionStatus::NotApplicable, u"not_applicable",
                QT_TRANSLATE_NOOP("QuestionStatus", "not applicable")},
};

const StatusWords &wordsOf(QuestionStatus status) {
    for (const StatusWords &w : kStatuses)
        if (w.status == status)
            return w;
    return kStatuses.front();
}

} // namespace

QList<QuestionStatus> allQuestionStatuses() {
    QList<QuestionStatus> all;
    for (const StatusWords &w : kStatuses)
        all << w.status;
    return all;
}

QStringList storedQuestionStatuses() {
    QStringList all;
    for (const StatusWords &w : kStatuses)
        all << w.stored.toString();
    return all;
}

QString toStored(QuestionStatus status) {
    return wordsOf(status).stored.toString();
}

std::optional<QuestionStatus> questionStatusFromStored(QStringView stored) {
    for (const StatusWords &w : kStatuses)
        if (w.stored == stored)
            return w.status;
    return std::nullopt;
}

QuestionStatus storedStatusOr(QStringView stored, QuestionStatus fallback) {
    return questionStatusFromStored(stored).value_or(fallback);
}

bool isStatus(QStringView stored, QuestionStatus status) {
    return wordsOf(status).stored == stored;
}

const char *statusLabelSource(QuestionStatus status) {
    return wordsOf(status).label;
}

const char *awaitingLabelSource() {
    return QT_TRANSLATE_NOOP("QuestionStatus", "open, awaiting the answer");
}

QString statusLabel(QuestionStatus status) {
    return QCoreApplication::translate(kStatusContext, statusLabelSource(status));
}

QString awaitingLabel() {
    return QCoreApplication::translate(kStatusContext, awaitingLabelSource());
}

} // namespace overleg
