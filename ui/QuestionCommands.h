#pragma once

#include "store/NotesBackend.h"

#include <QUndoCommand>

#include <functional>

namespace overleg {
class QuestionModel;
}

namespace overleg::ui {

// One edit of a question's status, note or tags, undoable. Both directions write the notes
// database at once (each change is saved immediately) and update the model.
class AnnotationCommand : public QUndoCommand {
public:
    AnnotationCommand(NotesBackend &notes, QuestionModel &model, const QString &questionId,
                      Annotation before, Annotation after, const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return !m_error.isEmpty(); }
    // A change of this question's note alone: typing more of the same note extends it.
    bool isNoteEditOf(const QString &questionId) const;
    bool extendNote(const QString &note); // saves at once; false (and error()) when it failed
    QString error() const { return m_error; }

private:
    void apply(const Annotation &from, const Annotation &to);

    NotesBackend &m_notes;
    QuestionModel &m_model;
    QString m_questionId;
    Annotation m_before;
    Annotation m_after;
    QString m_error;
};

// Marks a unit as no question (or takes that back): a correction that survives re-extraction.
class RemoveUnitCommand : public QUndoCommand {
public:
    RemoveUnitCommand(NotesBackend &notes, QuestionModel &model, const QString &questionId,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    NotesBackend &m_notes;
    QuestionModel &m_model;
    QString m_questionId;
};

// A correction of the extractor (a question added by hand, a split, a merge), undoable.
class CorrectionCommand : public QUndoCommand {
public:
    CorrectionCommand(NotesBackend &notes, QString documentId, Correction correction,
                      std::function<void()> refresh, const QString &text);
    void redo() override;
    void undo() override;

private:
    NotesBackend &m_notes;
    QString m_documentId;
    Correction m_correction;
    std::function<void()> m_refresh;
    qint64 m_id = -1;
};

} // namespace overleg::ui
