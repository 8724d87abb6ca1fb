#include "UndoActions.h"

#include <QAction>
#include <QIcon>
#include <QUndoStack>

namespace overleg::ui {

UndoActions::UndoActions(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this))
    , m_redo(new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this)) {
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(stack->canUndo());
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(stack->canRedo());
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    retranslate();
}

void UndoActions::retranslate() {
    const QString undo = m_stack->undoText();
    const QString redo = m_stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

} // namespace overleg::ui
