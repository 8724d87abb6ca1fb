#pragma once

#include "store/NotesBackend.h"

#include <functional>
#include <memory>

namespace overleg {

// A team workspace's notes as last seen, read from the offline copy its OfflineNotes keeps (the
// outbox file, OfflineNotes::mirrorPath): statuses, notes and tags, the same with the server
// there or not. Read-only, and through a connection of its own, so a worker thread (the
// search indexer) reads the team's notes without the window's OfflineNotes or the server.
// The team's corrections of question units are there too, as last seen.
class TeamNotesCopy final : public NotesBackend {
public:
    static Result<std::unique_ptr<TeamNotesCopy>> open(const QString &copyPath);
    // Opens the copy where it is called (on the worker's thread); nullptr when it cannot.
    static std::function<std::unique_ptr<NotesBackend>()> opener(const QString &copyPath);
    ~TeamNotesCopy() override;

    QHash<QString, Annotation> annotationsOf(const QString &documentId) const override;
    QStringList annotatedDocuments() const override;
    std::optional<Annotation> annotation(const QString &questionId) const override;
    QList<Tag> tags() const override;
    QList<Correction> corrections(const QString &documentId) const override;
    QStringList removedUnits(const QString &documentId) const override;
    QStringList answerLinks(const QString &questionDocumentId) const override;
    QStringList documentsWithAnswerLinks() const override;

    // Writing goes through the workspace (OfflineNotes), never through its copy.
    Status annotate(const QString &, const QString &, const QString &, const QString &,
                    const QStringList &, const std::optional<QString> &) override {
        return readOnly();
    }
    Status setStatus(const QString &, const QString &, const QString &, const QString &) override {
        return readOnly();
    }
    Status setNote(const QString &, const QString &, const QString &, const QString &) override {
        return readOnly();
    }
    Status addTag(const QString &, const QString &, const QString &, const QString &) override {
        return readOnly();
    }
    Status removeTag(const QString &, const QString &) override { return readOnly(); }
    Result<Tag> createTag(const QString &, const QString & = {}) override {
        return Result<Tag>::failure(readOnly().error());
    }
    Status renameTag(const QString &, const QString &) override { return readOnly(); }
    Status recolourTag(const QString &, const QString &) override { return readOnly(); }
    Status mergeTags(const QString &, const QString &) override { return readOnly(); }
    Status deleteTag(const QString &) override { return readOnly(); }
    Status moveAnnotation(const QString &, const QString &, const QString &) override {
        return readOnly();
    }
    Result<qint64> addCorrection(const QString &, const Correction &) override {
        return Result<qint64>::failure(readOnly().error());
    }
    Status deleteCorrection(qint64) override { return readOnly(); }
    Status setUnitRemoved(const QString &, const QString &, bool) override { return readOnly(); }
    Status linkAnswer(const QString &, const QString &) override { return readOnly(); }
    Status unlinkAnswer(const QString &, const QString &) override { return readOnly(); }

private:
    explicit TeamNotesCopy(QString connectionName)
        : m_connectionName(std::move(connectionName)) {}
    static Status readOnly();
    QList<Annotation> read(const QString &where, const QVariantList &values) const;
    QString m_connectionName;
};

} // namespace overleg
