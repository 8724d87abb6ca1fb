#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QMenuBar;
class QTreeWidget;

namespace overleg::ui {

// Keeps the window's shortcuts (Ctrl+E export, Ctrl+L filter, ...) working while a line edit
// has the focus: QLineEdit claims Ctrl+E, Ctrl+K and others for its Emacs-like editing on X11
// and would swallow them. Editing keys that a text field needs (copy, paste, undo, ...) stay
// with the field.
class AppShortcutGuard : public QObject {
    Q_OBJECT
public:
    // window: whose actions' shortcuts win over the text fields inside it.
    explicit AppShortcutGuard(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isApplicationShortcut(const QKeySequence &pressed) const;
    QWidget *m_window;
};

// The shortcut sheet (F1 or ?): every menu command with a shortcut, menu by menu.
class ShortcutSheet : public QDialog {
    Q_OBJECT
public:
    ShortcutSheet(QMenuBar *menus, QWidget *parent = nullptr);
    // The rows as shown: command, shortcut (for tests).
    QList<std::pair<QString, QString>> rows() const;

private:
    QTreeWidget *m_table;
};

} // namespace overleg::ui
