#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace overleg::ui {

// Edit > Undo and Redo for the notes' undo stack. QUndoStack's own actions keep the wording of
// the language they last updated in; these are worded again on every language switch.
class UndoActions : public QObject {
    Q_OBJECT
public:
    UndoActions(QUndoStack *stack, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    void retranslate();

private:
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace overleg::ui
