#include "AppShortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

AppShortcutGuard::AppShortcutGuard(QWidget *window)
    : QObject(window)
    , m_window(window) {
    qApp->installEventFilter(this);
}

bool AppShortcutGuard::isApplicationShortcut(const QKeySequence &pressed) const {
    // What a text field does with a key it must keep doing: the clipboard, undo, select all.
    // Its Emacs-like keys on X11 (Ctrl+E end of line, Ctrl+F next character, Ctrl+K delete to
    // the end, ...) give way to the window's commands.
    static const QList<QKeySequence::StandardKey> editing{
        QKeySequence::Undo, QKeySequence::Redo,  QKeySequence::Copy,
        QKeySequence::Cut,  QKeySequence::Paste, QKeySequence::SelectAll};
    for (QKeySequence::StandardKey key : editing) {
        if (QKeySequence::keyBindings(key).contains(pressed))
            return false;
    }
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcutContext() != Qt::WidgetShortcut &&
            action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}

bool AppShortcutGuard::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QPlainTextEdit *>(widget) &&
        !qobject_cast<QTextEdit *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    // Only chords: a plain letter typed in a field is text.
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
        !(key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35))
        return false;
    const QKeySequence pressed(key->keyCombination());
    // Filtered out, the override is never accepted: the shortcut map gives the key to the
    // window's action.
    return isApplicationShortcut(pressed);
}

ShortcutSheet::ShortcutSheet(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto strip = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    };
    QSet<QAction *> listed; // an action in two menus (Help and Questions) is listed once
    std::function<void(QMenu *)> addMenu = [&](QMenu *menu) {
        QTreeWidgetItem *heading = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                addMenu(action->menu());
                continue;
            }
            if (action->shortcuts().isEmpty() || action->isSeparator() || listed.contains(action))
                continue;
            listed.insert(action);
            if (!heading) {
                heading = new QTreeWidgetItem(m_table, {strip(menu->title())});
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
                heading->setFirstColumnSpanned(true);
            }
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(m_table, {strip(action->text()), keys.join(tr(" or "))});
        }
    };
    for (QAction *top : menus->actions())
        if (top->menu())
            addMenu(top->menu());
    // Keys of the panel's fields, which no menu lists.
    auto *fields = new QTreeWidgetItem(m_table, {tr("In the note and tag fields")});
    QFont bold = fields->font(0);
    bold.setBold(true);
    fields->setFont(0, bold);
    fields->setFirstColumnSpanned(true);
    new QTreeWidgetItem(m_table, {tr("Back to the question list"),
                                  QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(
        m_table, {tr("Save the note or add the tag, back to the list"),
                  QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)});
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Single keys act while the question list has the focus."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 520);
}

QList<std::pair<QString, QString>> ShortcutSheet::rows() const {
    QList<std::pair<QString, QString>> rows;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        rows.append({item->text(0), item->text(1)});
    }
    return rows;
}

} // namespace overleg::ui
