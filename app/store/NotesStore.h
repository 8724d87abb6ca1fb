#pragma once

#include "Database.h"
#include "core/Result.h"
#include "questions/Corrections.h"
#include "questions/QuestionStatus.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace overleg {

struct Tag {
    qint64 id = 0;
    QString name;
    QString color; // #rrggbb
};

// What a user set on one question unit.
struct Annotation {
    QString questionId;
    QString documentId;
    QString status = toStored(QuestionStatus::Open); // stored word (questions/QuestionStatus)
    QString note;
    QString anchorText; // the unit's text when annotated, to re-attach it to a new version
    QStringList tags;   // names
};

// The user's notes: statuses, notes and tags of question units, and corrections of the
// extractor. Every change is its own transaction on a database synced to disk (FULL), so a
// change reported done survives a crash or a kill.
class NotesStore {
public:
    explicit NotesStore(Database &notes);

    static QStringList statuses();

    // Status (if not empty), tags and note (if given) of one question as one transaction.
    Status annotate(const QString &documentId, const QString &questionId, const QString &anchorText,
                    const QString &status, const QStringList &tags,
                    const std::optional<QString> &note);
    Status setStatus(const QString &documentId, const QString &questionId,
                     const QString &anchorText, const QString &status);
    Status setNote(const QString &documentId, const QString &questionId, const QString &anchorText,
                   const QString &note);
    Status addTag(const QString &documentId, const QString &questionId, const QString &anchorText,
                  const QString &tagName);
    Status removeTag(const QString &questionId, const QString &tagName);
    // Runs `edit` (calls of the setters above) as one transaction, one BEGIN IMMEDIATE ...
    // COMMIT: a user's edit that changes status, tags and note is saved whole or not at all.
    Status inOneTransaction(const std::function<Status()> &edit);

    QList<Tag> tags() const;
    Result<Tag> createTag(const QString &name, const QString &color = {});
    Status renameTag(const QString &from, const QString &to);
    Status recolourTag(const QString &name, const QString &color);
    // Every question tagged `from` gets `into`; `from` is deleted.
    Status mergeTags(const QString &from, const QString &into);
    Status deleteTag(const QString &name);

    QHash<QString, Annotation> annotationsOf(const QString &documentId) const;
    std::optional<Annotation> annotation(const QString &questionId) const;

    // Moves a question's notes to another unit id (the unit was extracted anew).
    Status moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                          const QString &anchorText);

    // Corrections of the extractor (add, split, merge; removals below), in the order made.
    QList<Correction> corrections(const QString &documentId) const;
    Result<qint64> addCorrection(const QString &documentId, const Correction &correction);
    Status deleteCorrection(qint64 id);

    // Units the user removed as false (by question id).
    QStringList removedUnits(const QString &documentId) const;
    Status setUnitRemoved(const QString &documentId, const QString &questionId, bool removed);

private:
    Status busy() const;
    Status ensureAnnotation(const QString &documentId, const QString &questionId,
                            const QString &anchorText);
    Database &m_db;
};

} // namespace overleg
