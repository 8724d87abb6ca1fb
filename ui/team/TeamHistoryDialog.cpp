#include "TeamHistoryDialog.h"

#include "models/QuestionModel.h"
#include "store/TeamFeatures.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

TeamHistoryDialog::TeamHistoryDialog(TeamFeatures &team, const QString &questionId, int number,
                                     QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("teamHistory"));
    m_list->setObjectName(QStringLiteral("teamHistoryList"));
    setWindowTitle(number > 0 ? tr("History of question %1").arg(number) : tr("History"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    const QList<TeamChange> changes = team.history(questionId);
    for (const TeamChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, c.by);
        item->setText(2, fieldLabel(c.field));
        item->setText(3, valueText(c.field, c.before));
        item->setText(4, valueText(c.field, c.after));
        item->setToolTip(3, c.before);
        item->setToolTip(4, c.after);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *empty = new QLabel(tr("No changes recorded for this question yet."), this);
    empty->setVisible(changes.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 360);
}

QString TeamHistoryDialog::fieldLabel(const QString &field) {
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("note"))
        return tr("Note");
    if (field == QLatin1String("tags"))
        return tr("Tags");
    if (field == QLatin1String("assignee"))
        return tr("Assigned to");
    return field;
}

QString TeamHistoryDialog::valueText(const QString &field, const QString &value) {
    if (field == QLatin1String("status"))
        return QuestionModel::statusLabel(value);
    if (value.isEmpty())
        return tr("(none)");
    return value;
}

} // namespace overleg::ui
