#pragma once

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

class TeamFeatures;

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

// Where the user's notes live: statuses, notes and tags of question units, and corrections of
// the extractor. The personal workspace keeps them in SQLite (NotesStore); a team workspace on a
// PostgreSQL server (workspace/). The library, the models, the UI and the CLI talk to this
// interface only, so they do not know which of the two they write to.
class NotesBackend {
public:
    virtual ~NotesBackend() = default;

    // The status values, in the order the UI offers them.
    static QStringList statuses();

    // Status (if not empty), tags and note (if given) of one question as one transaction.
    virtual Status annotate(const QString &documentId, const QString &questionId,
                            const QString &anchorText, const QString &status,
                            const QStringList &tags, const std::optional<QString> &note) = 0;
    virtual Status setStatus(const QString &documentId, const QString &questionId,
                             const QString &anchorText, const QString &status) = 0;
    virtual Status setNote(const QString &documentId, const QString &questionId,
                           const QString &anchorText, const QString &note) = 0;
    virtual Status addTag(const QString &documentId, const QString &questionId,
                          const QString &anchorText, const QString &tagName) = 0;
    virtual Status removeTag(const QString &questionId, const QString &tagName) = 0;
    // Runs `edit` (calls of the setters above) as one transaction where the store can, so a
    // user's edit that changes status, tags and note is saved whole or not at all. The personal
    // store does (NotesStore); by default each call is its own transaction.
    virtual Status inOneTransaction(const std::function<Status()> &edit) { return edit(); }

    virtual QList<Tag> tags() const = 0;
    virtual Result<Tag> createTag(const QString &name, const QString &color = {}) = 0;
    virtual Status renameTag(const QString &from, const QString &to) = 0;
    virtual Status recolourTag(const QString &name, const QString &color) = 0;
    // Every question tagged `from` gets `into`; `from` is deleted.
    virtual Status mergeTags(const QString &from, const QString &into) = 0;
    virtual Status deleteTag(const QString &name) = 0;

    virtual QHash<QString, Annotation> annotationsOf(const QString &documentId) const = 0;
    // The documents with notes, the one first annotated first (the report and the notes bundle
    // of a whole workspace).
    virtual QStringList annotatedDocuments() const = 0;
    virtual std::optional<Annotation> annotation(const QString &questionId) const = 0;

    // Moves a question's notes to another unit id (the unit was extracted anew).
    virtual Status moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                                  const QString &anchorText) = 0;

    // Corrections of the extractor (add, split, merge; removals below), in the order made.
    virtual QList<Correction> corrections(const QString &documentId) const = 0;
    virtual Result<qint64> addCorrection(const QString &documentId,
                                         const Correction &correction) = 0;
    virtual Status deleteCorrection(qint64 id) = 0;

    // Units the user removed as false (by question id).
    virtual QStringList removedUnits(const QString &documentId) const = 0;
    virtual Status setUnitRemoved(const QString &documentId, const QString &questionId,
                                  bool removed) = 0;

    // Answer documents the user linked by hand to a question document (AnswerLocator): the
    // ids, the first linked first; the question documents that have any; link and unlink (a
    // link made twice is one link).
    virtual QStringList answerLinks(const QString &questionDocumentId) const = 0;
    virtual QStringList documentsWithAnswerLinks() const = 0;
    virtual Status linkAnswer(const QString &questionDocumentId,
                              const QString &answerDocumentId) = 0;
    virtual Status unlinkAnswer(const QString &questionDocumentId,
                                const QString &answerDocumentId) = 0;

    // Members, assignment, progress, history and conflicts (store/TeamFeatures.h) where the
    // workspace is a team's; the personal workspace has none.
    virtual TeamFeatures *team() { return nullptr; }
};

} // namespace overleg
