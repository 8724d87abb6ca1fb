#pragma once

#include "store/NotesBackend.h"

namespace overleg {

// The notes the application works on, whichever workspace that is: every call goes to the
// current backend (the personal SQLite notes, or a team workspace). Whoever holds a reference to
// Library::notes() keeps it across a switch of workspace.
class ActiveNotes final : public NotesBackend {
public:
    explicit ActiveNotes(NotesBackend &initial)
        : m_current(&initial) {}
    void switchTo(NotesBackend &backend) { m_current = &backend; }
    NotesBackend &current() const { return *m_current; }

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
    QStringList answerLinks(const QString &questionDocumentId) const override;
    QStringList documentsWithAnswerLinks() const override;
    Status linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) override;
    Status unlinkAnswer(const QString &questionDocumentId,
                        const QString &answerDocumentId) override;
    TeamFeatures *team() override { return m_current->team(); }

private:
    NotesBackend *m_current;
};

} // namespace overleg
