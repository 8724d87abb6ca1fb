#include "TeamRefusedDialog.h"

#include "workspace/OfflineNotes.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

namespace {
constexpr int kGroupRole = Qt::UserRole + 1;
} // namespace

TeamRefusedDialog::TeamRefusedDialog(OfflineNotes &outbox,
                                     std::function<QString(const QString &)> describe,
                                     QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_describe(std::move(describe))
    , m_list(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("teamRefused"));
    setWindowTitle(tr("Refused edits"));
    m_list->setObjectName(QStringLiteral("refusedList"));
    m_retry->setObjectName(QStringLiteral("refusedRetry"));
    m_discard->setObjectName(QStringLiteral("refusedDiscard"));
    m_message->setObjectName(QStringLiteral("refusedMessage"));
    m_message->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Question"), tr("Field"), tr("Value"), tr("Server's reason"), tr("Refused at")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *explanation = new QLabel(
        tr("The server refused these edits made offline. Retry sends them again; Discard drops "
           "them and keeps what the server has."),
        this);
    explanation->setWordWrap(true);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_retry);
    choices->addWidget(m_discard);
    choices->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_retry, &QPushButton::clicked, this, &TeamRefusedDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &TeamRefusedDialog::discardSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_retry->setEnabled(selectedGroup() != 0);
        m_discard->setEnabled(selectedGroup() != 0);
    });
    resize(720, 360);
    reload();
}

void TeamRefusedDialog::reload() {
    m_list->clear();
    const QLocale locale;
    for (const RefusedEdit &e : m_outbox.refusedEdits()) {
        QString field = e.field;
        if (e.field == QLatin1String("status"))
            field = tr("Status");
        else if (e.field == QLatin1String("note"))
            field = tr("Note");
        else if (e.field == QLatin1String("tag+"))
            field = tr("Tag added");
        else if (e.field == QLatin1String("tag-"))
            field = tr("Tag removed");
        auto *item = new QTreeWidgetItem(
            m_list, {m_describe(e.questionId), field, e.value, e.reason,
                     locale.toString(e.refusedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, kGroupRole, e.group);
        item->setToolTip(3, e.reason);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_retry->setEnabled(selectedGroup() != 0);
    m_discard->setEnabled(selectedGroup() != 0);
}

qint64 TeamRefusedDialog::selectedGroup() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kGroupRole).toLongLong() : 0;
}

bool TeamRefusedDialog::retrySelected() {
    const qint64 group = selectedGroup();
    if (group == 0)
        return false;
    const Status sent = m_outbox.retryRefused(group);
    m_message->setText(sent ? tr("Sent.") : sent.error());
    reload();
    if (sent)
        Q_EMIT changed();
    return sent.ok();
}

bool TeamRefusedDialog::discardSelected() {
    const qint64 group = selectedGroup();
    if (group == 0)
        return false;
    const Status dropped = m_outbox.discardRefused(group);
    m_message->setText(dropped ? tr("Discarded.") : dropped.error());
    reload();
    if (dropped)
        Q_EMIT changed();
    return dropped.ok();
}

} // namespace overleg::ui
