#include "OpenQuestionFilterBar.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace overleg::ui {

OpenQuestionFilterBar::OpenQuestionFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_commissie(new QComboBox(this))
    , m_fractie(new QComboBox(this))
    , m_tag(new QComboBox(this)) {
    setObjectName(QStringLiteral("openQuestionFilterBar"));
    m_commissie->setObjectName(QStringLiteral("openQuestionCommissie"));
    m_fractie->setObjectName(QStringLiteral("openQuestionFractie"));
    m_tag->setObjectName(QStringLiteral("openQuestionTag"));
    // Commissie names are long: the list shows them whole, the box what fits.
    m_commissie->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_commissie->setMinimumContentsLength(12);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label, 0, 0, 1, 2);
    layout->addWidget(m_commissie, 1, 0, 1, 2);
    layout->addWidget(m_fractie, 2, 0);
    layout->addWidget(m_tag, 2, 1);
    for (QComboBox *box : {m_commissie, m_fractie, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &OpenQuestionFilterBar::filterChanged);
    retranslate();
}

void OpenQuestionFilterBar::fill(QComboBox *box, const QString &allLabel,
                                 const QList<Choice> &choices) {
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allLabel, QString());
    for (const Choice &choice : choices)
        box->addItem(choice.label, choice.value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void OpenQuestionFilterBar::setChoices(const QList<Choice> &commissies, const QStringList &fracties,
                                       const QStringList &tags) {
    const QString before = commissieId() + u'\n' + fractie() + u'\n' + tag();
    m_commissies = commissies;
    m_fracties = fracties;
    m_tags = tags;
    retranslate();
    // A tag that was deleted narrows no more: say so.
    if (commissieId() + u'\n' + fractie() + u'\n' + tag() != before)
        Q_EMIT filterChanged();
}

QString OpenQuestionFilterBar::commissieId() const {
    return m_commissie->currentData().toString();
}

QString OpenQuestionFilterBar::fractie() const {
    return m_fractie->currentData().toString();
}

QString OpenQuestionFilterBar::tag() const {
    return m_tag->currentData().toString();
}

bool OpenQuestionFilterBar::isNarrowing() const {
    return !commissieId().isEmpty() || !fractie().isEmpty() || !tag().isEmpty();
}

void OpenQuestionFilterBar::clear() {
    for (QComboBox *box : {m_commissie, m_fractie, m_tag})
        box->setCurrentIndex(0);
}

void OpenQuestionFilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OpenQuestionFilterBar::retranslate() {
    m_label->setText(tr("Open questions of:"));
    auto asChoices = [](const QStringList &names) {
        QList<Choice> choices;
        for (const QString &name : names)
            choices.append({name, name});
        return choices;
    };
    fill(m_commissie, tr("All committees"), m_commissies);
    fill(m_fractie, tr("All parliamentary groups"), asChoices(m_fracties));
    fill(m_tag, tr("All tags"), asChoices(m_tags));
    m_commissie->setToolTip(tr("Only documents of this committee"));
    m_fractie->setToolTip(tr("Only questions this parliamentary group asked"));
    m_tag->setToolTip(tr("Only questions with this tag"));
    // The choices' own tooltips say what they filter; a screen reader gets it as the name.
    m_commissie->setAccessibleName(tr("Committee filter"));
    m_commissie->setAccessibleDescription(m_commissie->toolTip());
    m_fractie->setAccessibleName(tr("Parliamentary group filter"));
    m_fractie->setAccessibleDescription(m_fractie->toolTip());
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setAccessibleDescription(m_tag->toolTip());
}

} // namespace overleg::ui
