#pragma once

#include "Database.h"
#include "NotesBackend.h"

namespace overleg {

// The personal workspace: the user's notes in the SQLite notes database (what each method does
// is said in NotesBackend). Every change is its own transaction on a database synced to disk
// (FULL), so a change reported done survives a crash or a kill.
class NotesStore final : public NotesBackend {
public:
    explicit NotesStore(Database &notes);

    Status annotate(const QString &documentId, const QString &questionId, const QString &anchorText,
                    const QString &status, const QStringList &tags,
                    const std::optional<QString> &note) override;
    Status setStatus(const QString &documentId, const QString &questionId,
                     const QString &anchorText, const QString &status) override;
    Status setNote(const QString &documentId, const QString &questionId, const QString &anchorText,
                   const QString &note) override;
    Status addTag(const QString &documentId, const QString &questionId, const QString &anchorText,
                  const QString &tagName) override;
    Status removeTag(const QString &questionId, const QString &tagName) override;
    // One BEGIN IMMEDIATE ... COMMIT around the edit: saved whole or not at all.
    Status inOneTransaction(const std::function<Status()> &edit) override;

    QList<Tag> tags() const override;
    Result<Tag> createTag(const QString &name, const QString &color = {}) override;
    Status renameTag(const QString &from, const QString &to) override;
    Status recolourTag(const QString &name, const QString &color) override;
    Status mergeTags(const QString &from, const QString &into) override;
    Status deleteTag(const QString &name) override;

    QHash<QString, Annotation> annotationsOf(const QString &documentId) const override;
    QStringList annotatedDocuments() const override;
    std::optional<Annotation> annotation(const QString &questionId) const override;

    Status moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                          const QString &anchorText) override;

    QList<Correction> corrections(const QString &documentId) const override;
    Result<qint64> addCorrection(const QString &documentId, const Correction &correction) override;
    Status deleteCorrection(qint64 id) override;

    QStringList removedUnits(const QString &documentId) const override;
    Status setUnitRemoved(const QString &documentId, const QString &questionId,
                          bool removed) override;

    // Answer links made by hand (NotesStoreAnswerLinks.cpp): the document_link table.
    QStringList answerLinks(const QString &questionDocumentId) const override;
    QStringList documentsWithAnswerLinks() const override;
    Status linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) override;
    Status unlinkAnswer(const QString &questionDocumentId,
                        const QString &answerDocumentId) override;

private:
    Status busy() const;
    Status ensureAnnotation(const QString &documentId, const QString &questionId,
                            const QString &anchorText);
    Database &m_db;
};

} // namespace overleg
