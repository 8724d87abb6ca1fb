#pragma once

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

class QMenu;

namespace overleg::ui {

// Paints the question list: a fractie row with its answered/open counts; a question row with
// its status as icon, colour and word, its text, its tags as coloured chips, a note marker and
// the date its answer is due.
class QuestionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit QuestionDelegate(QObject *parent = nullptr);

    // The colours of the user's tags by name (colours as the user typed them).
    void setTagColors(const QHash<QString, QString> &colors) { m_tagColors = colors; }

    // A status as the list shows it: a disc in the status colour with a sign on it.
    static QIcon statusIcon(const QString &status);
    // A tag's chip: the user's colour when it is one (else the default blue), and black or white
    // text, whichever reads better on it.
    static QColor chipBackground(const QString &userColor);
    static QColor chipText(const QColor &background);
    // A status word as the list writes it on background: the status colour, made readable.
    static QColor statusTextColor(const QString &status, const QColor &background);
    // What the list's signs mean: each status with its icon, word, meaning and key.
    static void fillLegend(QMenu *menu);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHash<QString, QString> m_tagColors;
};

} // namespace overleg::ui
