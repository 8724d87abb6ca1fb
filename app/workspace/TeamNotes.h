#pragma once

#include "PgConnection.h"
#include "store/NotesBackend.h"
#include "store/TeamFeatures.h"

#include <memory>

namespace overleg {

// A team workspace's notes on a PostgreSQL server: the same NotesBackend as the personal SQLite
// notes, so the library, the panels and the CLI work on either without knowing which. What a
// member may do is decided by the server's row-level security; a refused write comes back as
// a failed Status with the server's words.
class TeamNotes final : public NotesBackend, public TeamFeatures {
public:
    TeamNotes(std::unique_ptr<PgConnection> connection, qint64 workspaceId);

    qint64 workspaceId() const { return m_workspace; }

    // Assignment (schema version 2): who answers for a question; an empty user un-assigns.
    Status assign(const QString &documentId, const QString &questionId, const QString &anchorText,
                  const QString &user);
    // "Mijn vragen": the questions assigned to `user`, by document.
    QList<Annotation> assignedTo(const QString &user) const override;
    using Progress = TeamProgress; // member: the assignee; empty for questions nobody has
    // Per member and per status, over the questions of one document (a consultation).
    QList<Progress> progress(const QString &documentId) const override;
    PgConnection &connection() { return *m_connection; }

    // TeamFeatures (TeamNotesFeatures.cpp): what the panels show of a team workspace.
    TeamFeatures *team() override { return this; }
    QString currentUser() const override;
    Result<QStringList> members() const override;
    Status assign(const QString &documentId, const QList<TeamQuestionRef> &questions,
                  const QString &member) override;
    QHash<QString, QString> assignees(const QString &documentId) const override;
    QList<TeamChange> history(const QString &questionId) const override;

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
    // One BEGIN/COMMIT around the whole edit; calls inside (nested ones too) join it, and any
    // failure in it rolls all of it back.
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

    // Answer links made by hand (TeamAnswerLinks.cpp): overleg.answer_link, schema v3.
    QStringList answerLinks(const QString &questionDocumentId) const override;
    QStringList documentsWithAnswerLinks() const override;
    Status linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) override;
    Status unlinkAnswer(const QString &questionDocumentId,
                        const QString &answerDocumentId) override;

private:
    Status run(const QString &sql, const QVariantList &values, const QString &failure) const;
    Status inTransaction(const std::function<Status()> &work);

    std::unique_ptr<PgConnection> m_connection;
    qint64 m_workspace = 0;
    int m_depth = 0;               // transactions open: 0 none, 1 ours, more joined
    mutable bool m_doomed = false; // a statement failed inside: the transaction rolls back
};

} // namespace overleg
