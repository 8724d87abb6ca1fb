#include "NavigationDelegate.h"

#include "models/NavigationModel.h"

#include <QApplication>
#include <QPainter>

namespace overleg::ui {

namespace {
QFont subtitleFont(const QFont &base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}
} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // A followed commissie or dossier (its files come with every sync) carries a star.
    const QString title = index.data(NavigationModel::FollowedRole).toBool()
                              ? QStringLiteral("\u2605 ") + opt.text
                              : opt.text;
    const QString subtitle = index.data(NavigationModel::SubtitleRole).toString();
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 1, -2, -1);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    QFont titleFont = opt.font;
    const auto type = index.data(NavigationModel::NodeTypeRole).value<NavigationModel::NodeType>();
    if (type == NavigationModel::NodeType::Category)
        titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(QPalette::Active, role));
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    const QFont small = subtitleFont(opt.font);
    painter->setFont(small);
    QColor muted = opt.palette.color(QPalette::Active, role);
    if (!selected)
        muted.setAlphaF(0.65f);
    painter->setPen(muted);
    const QFontMetrics smallMetrics(small);
    const QRect subRect(textRect.left(), titleRect.bottom() + 1, textRect.width(),
                        smallMetrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, subRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int height =
        QFontMetrics(option.font).height() + QFontMetrics(subtitleFont(option.font)).height() + 6;
    size.setHeight(qMax(size.height(), height));
    return size;
}

} // namespace overleg::ui
