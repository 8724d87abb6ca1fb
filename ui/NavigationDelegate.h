#pragma once

#include <QStyledItemDelegate>

namespace overleg::ui {

// Draws a navigation row in two lines: the title, and under it in a smaller, muted font the
// soort, number and date of a document (or the count of a group).
class NavigationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace overleg::ui
