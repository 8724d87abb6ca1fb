#include "Accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace overleg::ui {

void setAccessible(QWidget *widget, const QString &name, const QString &description) {
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

namespace {

// Widgets whose content is no name: they need one set for them.
bool needsOwnName(const QWidget *w) {
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QTabBar *>(w);
}

bool isInteractive(const QWidget *w) {
    if (qobject_cast<const QMenu *>(w) || qobject_cast<const QMenuBar *>(w) ||
        qobject_cast<const QScrollBar *>(w))
        return false; // menus are checked by their texts; scroll bars move what a view shows
    // The line edit inside a combo or spin box is the box's; a view's header is the view's.
    if (qobject_cast<const QLineEdit *>(w) &&
        (qobject_cast<const QComboBox *>(w->parentWidget()) ||
         qobject_cast<const QAbstractSpinBox *>(w->parentWidget())))
        return false;
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    // A view's viewport is the view's.
    if (auto *view = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
        view && view->viewport() == w)
        return false;
    if (auto *label = qobject_cast<const QLabel *>(w))
        return label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard;
    return needsOwnName(w) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

} // namespace

QList<QWidget *> unnamedInteractiveWidgets(QWidget *root) {
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    // A label that is a field's buddy names it (a form's "Feed address:"), as screen readers
    // read it.
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy() && !label->text().trimmed().isEmpty())
            labelled.insert(label->buddy());
    QList<QWidget *> unnamed;
    for (QWidget *w : std::as_const(widgets)) {
        // What is on screen in this window: hidden widgets cannot be reached, other windows
        // (dialogs) are checked on their own.
        if (!w->isVisible() || (w != root && w->isWindow()) || !isInteractive(w))
            continue;
        QString name = w->accessibleName();
        if (name.isEmpty() && labelled.contains(w))
            continue;
        if (name.isEmpty() && !needsOwnName(w)) {
            if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
                name = iface->text(QAccessible::Name);
        }
        if (name.trimmed().isEmpty())
            unnamed << w;
    }
    return unnamed;
}

QString describeWidget(const QWidget *widget) {
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u' ' + widget->objectName();
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            text += QStringLiteral(" (in ") + p->objectName() + u')';
            break;
        }
    }
    return text;
}

} // namespace overleg::ui
