#include "QuestionDelegate.h"

#include "Contrast.h"

#include "models/QuestionModel.h"
#include "questions/QuestionStatus.h"
#include "store/NotesBackend.h"

#include <QApplication>
#include <cmath>

#include <QDate>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextLayout>

namespace overleg::ui {

namespace {

constexpr int kPad = 4;
constexpr int kIcon = 16;
constexpr int kTextLines = 2; // a question's text, elided after this many lines

QString statusSign(const QString &status) {
    switch (storedStatusOr(status)) {
    case QuestionStatus::Answered:
        return QStringLiteral("✓");
    case QuestionStatus::Partial:
        return QStringLiteral("½");
    case QuestionStatus::Unanswered:
        return QStringLiteral("✗");
    case QuestionStatus::NotApplicable:
        return QStringLiteral("–");
    case QuestionStatus::Open:
        break;
    }
    return QStringLiteral("?");
}

// The text laid out in at most maxLines lines of width, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines) {
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines << QFontMetrics(font).elidedText(rest.simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

QuestionDelegate::QuestionDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QIcon QuestionDelegate::statusIcon(const QString &status) {
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = QuestionModel::statusColor(status);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(size * 11 / 16);
        p.setFont(font);
        p.setPen(chipText(color));
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, statusSign(status));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor QuestionDelegate::chipBackground(const QString &userColor) {
    // Colours come from the notes, which a bundle from elsewhere may have filled: only a real
    // colour is used, never the text as such.
    const QColor color = QColor::isValidColor(userColor) ? QColor(userColor) : QColor();
    return color.isValid() && color.alpha() > 0 ? QColor(color.rgb()) : QColor(0x4a, 0x90, 0xd9);
}

QColor QuestionDelegate::chipText(const QColor &background) {
    return textOn(background);
}

QColor QuestionDelegate::statusTextColor(const QString &status, const QColor &background) {
    return readableOn(QuestionModel::statusColor(status), background);
}

void QuestionDelegate::fillLegend(QMenu *menu) {
    menu->clear();
    const QStringList meanings{
        tr("no answer yet: awaiting one, or not checked"),
        tr("the answer covers the question"),
        tr("the answer covers part of it"),
        tr("an answer came and skipped it"),
        tr("nothing to answer (a remark, not a question)"),
    };
    const QStringList statuses = NotesBackend::statuses();
    for (int i = 0; i < statuses.size(); ++i) {
        QAction *entry =
            menu->addAction(statusIcon(statuses.at(i)),
                            QStringLiteral("%1 — %2").arg(
                                QuestionModel::statusLabel(statuses.at(i)), meanings.value(i)));
        entry->setShortcut(QKeySequence(Qt::Key_1 + i));
        entry->setShortcutContext(Qt::WidgetShortcut); // shown only; the list's keys act
    }
    menu->addSeparator();
    menu->addAction(QStringLiteral("✎ — ") + tr("the question has a note"));
    menu->addAction(tr("Coloured chips — the question's tags"));
}

QSize QuestionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    if (index.data(QuestionModel::IsGroupRole).toBool())
        return {100, 2 * line + 2 * kPad};
    // Text lines, then a line with the status, tags, note marker and deadline.
    return {100, (kTextLines + 1) * line + 3 * kPad};
}

void QuestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.7);
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    painter->save();
    painter->setClipRect(option.rect);

    if (index.data(QuestionModel::IsGroupRole).toBool()) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(textColor);
        painter->drawText(
            QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, r.width()));
        painter->setFont(option.font);
        painter->setPen(dimColor);
        painter->drawText(QRect(r.left(), r.top() + line, r.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(QuestionModel::CountsRole).toString(),
                                        Qt::ElideRight, r.width()));
        painter->restore();
        return;
    }

    const QString status = index.data(QuestionModel::StatusRole).toString();
    const QRect iconRect(r.left(), r.top() + (line - kIcon) / 2, kIcon, kIcon);
    statusIcon(status).paint(painter, iconRect);
    const int textLeft = iconRect.right() + 1 + kPad;
    const int textWidth = qMax(10, r.right() - textLeft);
    painter->setPen(textColor);
    const QStringList lines = wrapped(index.data().toString(), option.font, textWidth, kTextLines);
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRect(textLeft, r.top() + i * line, textWidth, line),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));

    // The line of facts: status word in its colour, tags, note, deadline.
    const int y = r.top() + kTextLines * line + kPad;
    int x = textLeft;
    const int right = r.right();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() > 0 ? option.font.pointSizeF() * 0.9
                                                     : option.font.pointSizeF());
    const QFontMetrics sfm(small);
    painter->setFont(small);
    const QString word = QuestionModel::statusLabel(status);
    // The word in the status colour, darkened or lightened until it reads on the list's
    // background (light or dark palette); the icon's shape carries the status too.
    const QColor listBackground = option.palette.color(group, QPalette::Base);
    QColor statusColor = statusTextColor(status, listBackground);
    if (selected)
        statusColor = textColor;
    painter->setPen(statusColor);
    painter->drawText(QRect(x, y, right - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(word, Qt::ElideRight, right - x));
    x += sfm.horizontalAdvance(word) + 2 * kPad;
    if (!index.data(QuestionModel::NoteRole).toString().isEmpty() && x < right) {
        painter->setPen(textColor);
        const QString marker = QStringLiteral("✎");
        painter->drawText(QRect(x, y, right - x, line), Qt::AlignLeft | Qt::AlignVCenter, marker);
        x += sfm.horizontalAdvance(marker) + 2 * kPad;
    }
    const QDate due = index.data(QuestionModel::DeadlineRole).toDate();
    if (due.isValid() && x < right) {
        const QString text = tr("due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
        painter->setPen(due < QDate::currentDate()
                            ? statusTextColor(toStored(QuestionStatus::Unanswered), listBackground)
                            : dimColor);
        if (selected)
            painter->setPen(textColor);
        painter->drawText(QRect(x, y, right - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(text, Qt::ElideRight, right - x));
        x += sfm.horizontalAdvance(text) + 2 * kPad;
    }
    // In a team workspace: whose question it is.
    const QString assignee = index.data(QuestionModel::AssigneeRole).toString();
    if (!assignee.isEmpty() && x < right) {
        const QString text = QStringLiteral("@") + assignee;
        painter->setPen(selected ? textColor : dimColor);
        painter->drawText(QRect(x, y, right - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(text, Qt::ElideRight, right - x));
        x += sfm.horizontalAdvance(text) + 2 * kPad;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    for (const QString &tag : index.data(QuestionModel::TagsRole).toStringList()) {
        if (x >= right - 2 * kPad)
            break;
        const int w = qMin(sfm.horizontalAdvance(tag) + 2 * kPad, right - x);
        const QRect chip(x, y + 1, w, line - 2);
        const QColor background = chipBackground(m_tagColors.value(tag));
        QPainterPath path;
        path.addRoundedRect(chip, 4, 4);
        painter->fillPath(path, background);
        painter->setPen(chipText(background));
        painter->drawText(chip.adjusted(kPad, 0, -kPad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(tag, Qt::ElideRight, chip.width() - 2 * kPad));
        x += w + kPad;
    }
    painter->restore();
}

} // namespace overleg::ui
