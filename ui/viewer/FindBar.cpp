#include "FindBar.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace overleg::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_caseSensitive(new QCheckBox(this))
    , m_wholeWords(new QCheckBox(this))
    , m_result(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_result->setObjectName(QStringLiteral("findResult"));
    m_caseSensitive->setObjectName(QStringLiteral("findCaseSensitive"));
    m_wholeWords->setObjectName(QStringLiteral("findWholeWords"));
    m_field->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_wholeWords);
    layout->addWidget(m_result);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, [this] { search(false); });
    m_field->installEventFilter(this);
    connect(m_next, &QToolButton::clicked, this, [this] { search(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { search(true); });
    connect(m_caseSensitive, &QCheckBox::toggled, this, [this] { search(false); });
    connect(m_wholeWords, &QCheckBox::toggled, this, [this] { search(false); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslate();
}

void FindBar::activate() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setWholeWordsAvailable(bool available) {
    m_wholeWords->setVisible(available);
    if (!available)
        m_wholeWords->setChecked(false);
}

QString FindBar::text() const {
    return m_field->text();
}

SearchOptions FindBar::options() const {
    return {m_caseSensitive->isChecked(), m_wholeWords->isChecked()};
}

void FindBar::search(bool backwards) {
    Q_EMIT findRequested(m_field->text(), options(), backwards);
}

void FindBar::showResult(int current, int total) {
    m_current = current;
    m_total = total;
    retranslate();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    // Enter and Shift+Enter step through matches; the field itself would treat both as one.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            search(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::retranslate() {
    m_field->setPlaceholderText(tr("Find in document"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_caseSensitive->setText(tr("Match case"));
    m_wholeWords->setText(tr("Whole words"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setAccessibleDescription(tr("Enter: next match, Shift+Enter: previous match"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setAccessibleName(tr("Close the find bar"));
    if (m_total < 0 || m_field->text().isEmpty())
        m_result->clear();
    else if (m_total == 0)
        m_result->setText(tr("No matches"));
    else
        m_result->setText(tr("%1 of %2").arg(m_current).arg(m_total));
}

} // namespace overleg::ui
