// The question panel's edits: every change a user makes from the panel (status, tags, note,
// corrections, the kind of document) as one undoable command, and the keys and menu that make
// them. QuestionDock.cpp builds and refreshes the panel; this file changes the notes.
#include "QuestionDock.h"

#include "QuestionCommands.h"
#include "QuestionDelegate.h"
#include "SoortChooser.h"
#include "models/QuestionFilterModel.h"
#include "models/QuestionModel.h"
#include "questions/Corrections.h"
#include "questions/SentenceSplitter.h"
#include "team/TeamBar.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace overleg::ui {

void QuestionDock::createTriageActions() {
    auto add = [this](const QKeySequence &key, auto handler) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        // Single keys act only in the list: typed in a field or the document they are text.
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, handler);
        m_list->addAction(action);
        m_triage << action;
        return action;
    };
    add(QKeySequence(Qt::Key_J), [this] {
        moveCurrent(1);
    })->setObjectName(QStringLiteral("nextQuestionAction"));
    add(QKeySequence(Qt::Key_K), [this] {
        moveCurrent(-1);
    })->setObjectName(QStringLiteral("previousQuestionAction"));
    const QStringList statuses = NotesBackend::statuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString status = statuses.at(i);
        QAction *action = add(QKeySequence(Qt::Key_1 + i), [this, status] { setStatus(status); });
        action->setObjectName(QStringLiteral("statusAction_") + status);
        action->setIcon(QuestionDelegate::statusIcon(status));
    }
    add(QKeySequence(Qt::Key_T), [this] {
        m_tagInput->setFocus(Qt::ShortcutFocusReason);
    })->setObjectName(QStringLiteral("tagQuestionAction"));
    add(QKeySequence(Qt::Key_N), [this] {
        m_note->setFocus(Qt::ShortcutFocusReason);
    })->setObjectName(QStringLiteral("noteQuestionAction"));
    add(QKeySequence(Qt::Key_Delete), [this] {
        removeCurrent();
    })->setObjectName(QStringLiteral("removeQuestionAction"));
    // What the panel's links do, from the keyboard too.
    add(QKeySequence(Qt::Key_A), [this] {
        acceptProposal();
    })->setObjectName(QStringLiteral("acceptProposalAction"));
    add(QKeySequence(Qt::Key_O), [this] {
        openCurrentAnswer();
    })->setObjectName(QStringLiteral("openAnswerAction"));
    add(QKeySequence(Qt::Key_R), [this] {
        chooseTagToRemove();
    })->setObjectName(QStringLiteral("removeTagAction"));
}

bool QuestionDock::acceptProposal() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.data(QuestionModel::IsGroupRole).toBool())
        return false;
    const QString proposed = index.data(QuestionModel::ProposedStatusRole).toString();
    // Nothing to accept while the answer is awaited, nor once the user decided.
    if (proposed.isEmpty() || proposed == QLatin1String("awaiting") ||
        m_model->annotationOf(currentQuestionId()).status != QLatin1String("open"))
        return false;
    // The matcher's proposal becomes the user's word (undoable like any status).
    setStatus(proposed);
    return true;
}

bool QuestionDock::openCurrentAnswer() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || index.data(QuestionModel::IsGroupRole).toBool())
        return false;
    const QString excerpt = index.data(QuestionModel::AnswerRole).toString();
    if (excerpt.isEmpty())
        return false;
    const int start = index.data(QuestionModel::AnswerStartRole).toInt();
    Q_EMIT answerActivated(index.data(QuestionModel::AnswerDocumentRole).toString(), start,
                           start + int(excerpt.size()), excerpt);
    return true;
}

void QuestionDock::chooseTagToRemove() {
    const QString id = currentQuestionId();
    const QStringList tags = id.isEmpty() ? QStringList() : m_model->annotationOf(id).tags;
    if (tags.isEmpty())
        return;
    bool ok = false;
    const QString tag =
        QInputDialog::getItem(this, tr("Remove a tag"), tr("Tag to remove:"), tags, 0, false, &ok);
    if (ok)
        removeTag(tag);
}

void QuestionDock::moveCurrent(int step) {
    const QModelIndex current = m_list->currentIndex();
    QModelIndex next = step > 0 ? m_list->indexBelow(current) : m_list->indexAbove(current);
    if (!current.isValid() && m_filter->rowCount() > 0)
        next = m_filter->index(0, 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
}

void QuestionDock::chooseKind() {
    if (m_documentId.isEmpty())
        return;
    const bool chosen = !chosenSoort(m_notes.corrections(m_documentId)).isEmpty();
    if (const auto soort = chooseSoort(this, m_model->extraction().kind, chosen))
        setKind(*soort);
}

void QuestionDock::setKind(const QString &soort) {
    // A correction like a split or a merge: kept with the notes, undoable, read by every reader.
    m_undo->push(new CorrectionCommand(
        m_notes, m_documentId, Correction::soort(soort), [this] { reload(); },
        tr("Change the kind of document")));
    retranslate();
}

void QuestionDock::edit(const Annotation &after, const QString &what) {
    edit(currentQuestionId(), after, what);
}

void QuestionDock::edit(const QString &id, const Annotation &after, const QString &what) {
    if (id.isEmpty())
        return;
    auto *command =
        new AnnotationCommand(m_notes, *m_model, id, m_model->annotationOf(id), after, what);
    m_undo->push(command);
    if (command->failed())
        QMessageBox::warning(this, tr("Questions"), command->error());
    updateTagChoices();
}

void QuestionDock::setStatus(const QString &status) {
    const QString id = currentQuestionId();
    if (id.isEmpty() || m_model->annotationOf(id).status == status)
        return;
    Annotation after = m_model->annotationOf(id);
    after.status = status;
    edit(after, tr("Set status to %1").arg(QuestionModel::statusLabel(status)));
}

void QuestionDock::addTag(const QString &tag) {
    const QString name = tag.simplified();
    const QString id = currentQuestionId();
    if (id.isEmpty() || name.isEmpty() ||
        m_model->annotationOf(id).tags.contains(name, Qt::CaseInsensitive))
        return;
    Annotation after = m_model->annotationOf(id);
    after.tags << name;
    edit(after, tr("Add tag %1").arg(name));
}

void QuestionDock::removeTag(const QString &tag) {
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    Annotation after = m_model->annotationOf(id);
    if (after.tags.removeAll(tag) == 0)
        return;
    edit(after, tr("Remove tag %1").arg(tag));
}

void QuestionDock::setNote(const QString &note) {
    const QString id = currentQuestionId();
    if (id.isEmpty() || m_model->annotationOf(id).note == note)
        return;
    Annotation after = m_model->annotationOf(id);
    after.note = note;
    edit(after, tr("Edit note"));
}

void QuestionDock::flushNote() {
    m_noteTimer->stop();
    // The editor's text belongs to the question it was loaded for, which need not be the
    // current one any more (the selection has just moved, the document is being replaced).
    const QString id = m_note->property("questionId").toString();
    if (id.isEmpty() || !m_model->unit(id))
        return;
    const QString text = m_note->toPlainText();
    Annotation after = m_model->annotationOf(id);
    if (after.note == text)
        return;
    // Saves while typing extend the last "Edit note" step of the same question, so undo takes
    // back a whole edit rather than a quarter of a second of it.
    if (m_undo->index() > 0) {
        auto *top = dynamic_cast<AnnotationCommand *>(
            const_cast<QUndoCommand *>(m_undo->command(m_undo->index() - 1)));
        if (top && top->isNoteEditOf(id)) {
            if (!top->extendNote(text))
                QMessageBox::warning(this, tr("Questions"), top->error());
            return;
        }
    }
    after.note = text;
    auto *command = new AnnotationCommand(m_notes, *m_model, id, m_model->annotationOf(id), after,
                                          tr("Edit note"));
    m_undo->push(command);
    if (command->failed())
        QMessageBox::warning(this, tr("Questions"), command->error());
}

void QuestionDock::flushPendingEdits() {
    flushNote();
}

void QuestionDock::removeCurrent() {
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    flushNote();
    // Triage goes on with the question after the removed one (or before it, at the end).
    const QModelIndex current = m_list->currentIndex();
    QString neighbour = m_list->indexBelow(current).data(QuestionModel::QuestionIdRole).toString();
    if (neighbour.isEmpty() || neighbour == id)
        neighbour = m_list->indexAbove(current).data(QuestionModel::QuestionIdRole).toString();
    m_undo->push(new RemoveUnitCommand(m_notes, *m_model, id, tr("Not a question")));
    m_list->expandAll();
    if (!neighbour.isEmpty())
        selectQuestion(neighbour);
    else
        updateEditor();
}

void QuestionDock::addQuestion(int start, int end, const QString &text) {
    if (m_documentId.isEmpty() || text.simplified().isEmpty())
        return;
    int page = 1, offset = 0;
    for (int p = 0; p < m_text.pages.size(); ++p) {
        if (start < offset + m_text.pages.at(p).size() + 1) {
            page = p + 1;
            break;
        }
        offset += int(m_text.pages.at(p).size()) + 1;
    }
    m_undo->push(new CorrectionCommand(
        m_notes, m_documentId, Correction::add(start, end, text.simplified(), page, {}),
        [this] { reload(); }, tr("Mark as question")));
}

void QuestionDock::splitCurrent() {
    const QString id = currentQuestionId();
    const auto unit = m_model->unit(id);
    if (!unit)
        return;
    const QList<SentenceSpan> sentences = splitSentences(unit->text);
    if (sentences.size() < 2)
        return;
    m_undo->push(new CorrectionCommand(
        m_notes, m_documentId, Correction::split(id, sentences.at(1).start), [this] { reload(); },
        tr("Split question")));
}

void QuestionDock::mergeCurrentWithNext() {
    const QString id = currentQuestionId();
    const QModelIndex next = m_list->indexBelow(m_list->currentIndex());
    const QString nextId = next.data(QuestionModel::QuestionIdRole).toString();
    if (id.isEmpty() || nextId.isEmpty() || !m_model->unit(nextId))
        return;
    m_undo->push(new CorrectionCommand(
        m_notes, m_documentId, Correction::merge(id, nextId), [this] { reload(); },
        tr("Merge questions")));
}

void QuestionDock::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (index.data(QuestionModel::IsGroupRole).toBool()) {
        m_team->addGroupActions(&menu, index.data(QuestionModel::FractieRole).toString());
        if (!menu.isEmpty())
            menu.exec(m_list->viewport()->mapToGlobal(pos));
        return;
    }
    if (!m_list->selectionModel()->isSelected(index))
        m_list->setCurrentIndex(index);
    const auto unit = m_model->unit(currentQuestionId());
    QAction *split =
        menu.addAction(tr("Split after the first sentence"), this, &QuestionDock::splitCurrent);
    split->setEnabled(unit && splitSentences(unit->text).size() > 1);
    QAction *merge = menu.addAction(tr("Merge with the next question"), this,
                                    &QuestionDock::mergeCurrentWithNext);
    merge->setEnabled(unit && m_list->indexBelow(index).isValid());
    menu.addSeparator();
    menu.addAction(tr("Not a question"), this, &QuestionDock::removeCurrent);
    QStringList selected;
    for (const QModelIndex &i : m_list->selectionModel()->selectedIndexes())
        if (!i.data(QuestionModel::IsGroupRole).toBool())
            selected << i.data(QuestionModel::QuestionIdRole).toString();
    m_team->addQuestionActions(&menu, selected);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace overleg::ui
