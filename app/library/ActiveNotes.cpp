#include "ActiveNotes.h"

namespace overleg {

Status ActiveNotes::annotate(const QString &documentId, const QString &questionId,
                             const QString &anchorText, const QString &status,
                             const QStringList &tags, const std::optional<QString> &note) {
    return m_current->annotate(documentId, questionId, anchorText, status, tags, note);
}

Status ActiveNotes::setStatus(const QString &documentId, const QString &questionId,
                              const QString &anchorText, const QString &status) {
    return m_current->setStatus(documentId, questionId, anchorText, status);
}

Status ActiveNotes::setNote(const QString &documentId, const QString &questionId,
                            const QString &anchorText, const QString &note) {
    return m_current->setNote(documentId, questionId, anchorText, note);
}

Status ActiveNotes::addTag(const QString &documentId, const QString &questionId,
                           const QString &anchorText, const QString &tagName) {
    return m_current->addTag(documentId, questionId, anchorText, tagName);
}

Status ActiveNotes::removeTag(const QString &questionId, const QString &tagName) {
    return m_current->removeTag(questionId, tagName);
}

Status ActiveNotes::inOneTransaction(const std::function<Status()> &edit) {
    return m_current->inOneTransaction(edit);
}

QList<Tag> ActiveNotes::tags() const {
    return m_current->tags();
}

Result<Tag> ActiveNotes::createTag(const QString &name, const QString &color) {
    return m_current->createTag(name, color);
}

Status ActiveNotes::renameTag(const QString &from, const QString &to) {
    return m_current->renameTag(from, to);
}

Status ActiveNotes::recolourTag(const QString &name, const QString &color) {
    return m_current->recolourTag(name, color);
}

Status ActiveNotes::mergeTags(const QString &from, const QString &into) {
    return m_current->mergeTags(from, into);
}

Status ActiveNotes::deleteTag(const QString &name) {
    return m_current->deleteTag(name);
}

QHash<QString, Annotation> ActiveNotes::annotationsOf(const QString &documentId) const {
    return m_current->annotationsOf(documentId);
}

QStringList ActiveNotes::annotatedDocuments() const {
    return m_current->annotatedDocuments();
}

std::optional<Annotation> ActiveNotes::annotation(const QString &questionId) const {
    return m_current->annotation(questionId);
}

Status ActiveNotes::moveAnnotation(const QString &fromQuestionId, const QString &toQuestionId,
                                   const QString &anchorText) {
    return m_current->moveAnnotation(fromQuestionId, toQuestionId, anchorText);
}

QList<Correction> ActiveNotes::corrections(const QString &documentId) const {
    return m_current->corrections(documentId);
}

Result<qint64> ActiveNotes::addCorrection(const QString &documentId, const Correction &correction) {
    return m_current->addCorrection(documentId, correction);
}

Status ActiveNotes::deleteCorrection(qint64 id) {
    return m_current->deleteCorrection(id);
}

QStringList ActiveNotes::removedUnits(const QString &documentId) const {
    return m_current->removedUnits(documentId);
}

Status ActiveNotes::setUnitRemoved(const QString &documentId, const QString &questionId,
                                   bool removed) {
    return m_current->setUnitRemoved(documentId, questionId, removed);
}

QStringList ActiveNotes::answerLinks(const QString &questionDocumentId) const {
    return m_current->answerLinks(questionDocumentId);
}

QStringList ActiveNotes::documentsWithAnswerLinks() const {
    return m_current->documentsWithAnswerLinks();
}

Status ActiveNotes::linkAnswer(const QString &questionDocumentId, const QString &answerDocumentId) {
    return m_current->linkAnswer(questionDocumentId, answerDocumentId);
}

Status ActiveNotes::unlinkAnswer(const QString &questionDocumentId,
                                 const QString &answerDocumentId) {
    return m_current->unlinkAnswer(questionDocumentId, answerDocumentId);
}

} // namespace overleg
