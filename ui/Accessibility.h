#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace overleg::ui {

// Sets what a screen reader says for a widget: its name (its purpose, short) and a description.
void setAccessible(QWidget *widget, const QString &name, const QString &description = {});

// The interactive widgets under root (root too) that a screen reader could not name: focusable
// ones, buttons, fields, choices, lists and trees, visible, whose accessible name is empty.
// Fields, choices and views need a name of their own (what they hold is no name); a button or
// check box may be named by its text. For tests and for a developer's check.
QList<QWidget *> unnamedInteractiveWidgets(QWidget *root);
// "class objectName (parent's objectName)" for messages.
QString describeWidget(const QWidget *widget);

} // namespace overleg::ui
