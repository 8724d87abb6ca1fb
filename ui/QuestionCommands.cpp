#include "QuestionCommands.h"

#include "models/QuestionModel.h"

namespace overleg::ui {

AnnotationCommand::AnnotationCommand(NotesBackend &notes, QuestionModel &model,
                                     const QString &questionId, Annotation before, Annotation after,
                                     const QString &text)
    : QUndoCommand(text)
    , m_notes(notes)
    , m_model(model)
    , m_questionId(questionId)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

bool AnnotationCommand::isNoteEditOf(const QString &questionId) const {
    return m_questionId == questionId && m_before.status == m_after.status &&
           m_before.tags == m_after.tags && m_before.note != m_after.note;
}

bool AnnotationCommand::extendNote(const QString &note) {
    Annotation after = m_after;
    after.note = note;
    apply(m_after, after);
    m_after = after;
    return !failed();
}

void AnnotationCommand::redo() {
    apply(m_before, m_after);
}
void AnnotationCommand::undo() {
    apply(m_after, m_before);
}

void AnnotationCommand::apply(const Annotation &from, const Annotation &to) {
    const QString document = m_model.documentId();
    const auto unit = m_model.unit(m_questionId);
    const QString anchor = unit ? unit->text : to.anchorText;
    // One edit, one transaction: status, note and tags are saved together or not at all.
    const Status ok = m_notes.inOneTransaction([&]() -> Status {
        if (from.status != to.status)
            if (Status s = m_notes.setStatus(document, m_questionId, anchor, to.status); !s)
                return s;
        if (from.note != to.note)
            if (Status s = m_notes.setNote(document, m_questionId, anchor, to.note); !s)
                return s;
        for (const QString &tag : to.tags)
            if (!from.tags.contains(tag))
                if (Status s = m_notes.addTag(document, m_questionId, anchor, tag); !s)
                    return s;
        for (const QString &tag : from.tags)
            if (!to.tags.contains(tag))
                if (Status s = m_notes.removeTag(m_questionId, tag); !s)
                    return s;
        return success();
    });
    m_error = ok ? QString() : ok.error();
    // What the database now holds is what the panel shows.
    m_model.setAnnotation(m_questionId, m_notes.annotation(m_questionId).value_or(to));
}

RemoveUnitCommand::RemoveUnitCommand(NotesBackend &notes, QuestionModel &model,
                                     const QString &questionId, const QString &text)
    : QUndoCommand(text)
    , m_notes(notes)
    , m_model(model)
    , m_questionId(questionId) {}

void RemoveUnitCommand::redo() {
    if (m_notes.setUnitRemoved(m_model.documentId(), m_questionId, true))
        m_model.setRemoved(m_questionId, true);
}

void RemoveUnitCommand::undo() {
    if (m_notes.setUnitRemoved(m_model.documentId(), m_questionId, false))
        m_model.setRemoved(m_questionId, false);
}

CorrectionCommand::CorrectionCommand(NotesBackend &notes, QString documentId, Correction correction,
                                     std::function<void()> refresh, const QString &text)
    : QUndoCommand(text)
    , m_notes(notes)
    , m_documentId(std::move(documentId))
    , m_correction(std::move(correction))
    , m_refresh(std::move(refresh)) {}

void CorrectionCommand::redo() {
    const auto id = m_notes.addCorrection(m_documentId, m_correction);
    m_id = id ? id.value() : -1;
    m_refresh();
}

void CorrectionCommand::undo() {
    if (m_id > 0)
        m_notes.deleteCorrection(m_id);
    m_refresh();
}

} // namespace overleg::ui
