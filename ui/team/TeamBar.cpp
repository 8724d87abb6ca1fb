#include "TeamBar.h"

#include "TeamConflictsDialog.h"
#include "TeamHistoryDialog.h"
#include "models/QuestionFilterModel.h"
#include "models/QuestionModel.h"
#include "questions/QuestionStatus.h"
#include "store/NotesBackend.h"
#include "store/TeamFeatures.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace overleg::ui {

TeamBar::TeamBar(NotesBackend &notes, QuestionModel *model, QuestionFilterModel *filter,
                 QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_model(model)
    , m_filter(filter)
    , m_mine(new QToolButton(this))
    , m_progress(new QLabel(this))
    , m_conflicts(new QPushButton(this))
    , m_refused(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_reload(new QTimer(this)) {
    setObjectName(QStringLiteral("teamBar"));
    m_mine->setObjectName(QStringLiteral("teamMineFilter"));
    m_progress->setObjectName(QStringLiteral("teamProgress"));
    m_conflicts->setObjectName(QStringLiteral("teamConflictsButton"));
    m_refused->setObjectName(QStringLiteral("teamRefusedButton"));
    m_message->setObjectName(QStringLiteral("teamMessage"));
    m_mine->setCheckable(true);
    m_mine->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_conflicts->hide();
    m_refused->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_mine);
    row->addStretch();
    row->addWidget(m_conflicts);
    row->addWidget(m_refused);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    connect(m_mine, &QToolButton::toggled, this, [this](bool mine) {
        TeamFeatures *features = team();
        m_filter->setAssigneeFilter(mine && features ? features->currentUser() : QString());
    });
    connect(m_conflicts, &QPushButton::clicked, this, &TeamBar::showConflicts);
    connect(m_refused, &QPushButton::clicked, this, &TeamBar::showRefused);
    // One read of the server per burst of changes (a reset and the edits that follow it).
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &TeamBar::reload);
    connect(m_model, &QAbstractItemModel::modelReset, m_reload, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles != QList<int>{QuestionModel::AssigneeRole})
                    m_reload->start();
            });
    retranslate();
    reload();
}

TeamFeatures *TeamBar::team() const {
    return m_notes.team();
}

void TeamBar::retranslate() {
    m_mine->setText(tr("My questions"));
    m_mine->setToolTip(tr("Show only the questions assigned to you"));
    m_conflicts->setText(tr("%n conflict(s)…", nullptr, m_conflictCount));
    m_conflicts->setToolTip(
        tr("Fields a colleague changed while you changed them too: choose which to keep"));
    m_refused->setText(tr("%n refused edit(s)…", nullptr, m_refusedCount));
    m_refused->setToolTip(tr("Edits made offline that the server refused: retry or discard them"));
    m_progress->setAccessibleName(tr("Team progress"));
    m_progress->setText(progressText());
}

void TeamBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TeamBar::reload() {
    TeamFeatures *features = team();
    setVisible(features != nullptr);
    if (!features) {
        m_model->setAssignees({});
        if (m_mine->isChecked())
            m_mine->setChecked(false);
        m_conflictCount = 0;
        m_refusedCount = 0;
        return;
    }
    m_model->setAssignees(m_model->documentId().isEmpty()
                              ? QHash<QString, QString>()
                              : features->assignees(m_model->documentId()));
    if (m_mine->isChecked()) // the login may differ after a switch of workspace
        m_filter->setAssigneeFilter(features->currentUser());
    m_conflictCount = int(features->conflicts().size());
    m_conflicts->setVisible(m_conflictCount > 0);
    m_refusedCount = refusedCount();
    m_refused->setVisible(m_refusedCount > 0);
    retranslate();
}

QString TeamBar::progressText() const {
    TeamFeatures *features = team();
    if (!features || m_model->documentId().isEmpty())
        return {};
    const auto members = features->members();
    if (!members) // offline: the server's counts are not here, and old ones would mislead
        return members.error();
    const QList<MemberProgress> rows = progressByMember(features->progress(m_model->documentId()),
                                                        members.value(), m_model->questionCount());
    const QString answered = toStored(QuestionStatus::Answered);
    const QString open = toStored(QuestionStatus::Open);
    QStringList lines;
    QMap<QString, int> byStatus;
    for (const MemberProgress &p : rows) {
        for (auto it = p.byStatus.cbegin(); it != p.byStatus.cend(); ++it)
            byStatus[it.key()] += it.value();
        if (p.member.isEmpty()) {
            lines << tr("Not assigned: %1, %2 open").arg(p.total).arg(p.byStatus.value(open));
            continue;
        }
        lines << tr("%1: %2/%3 answered, %4 open")
                     .arg(p.member)
                     .arg(p.byStatus.value(answered))
                     .arg(p.total)
                     .arg(p.byStatus.value(open));
    }
    QStringList statuses;
    for (const QString &status : NotesBackend::statuses())
        if (byStatus.value(status) > 0)
            statuses << QStringLiteral("%1 %2")
                            .arg(QuestionModel::statusLabel(status))
                            .arg(byStatus.value(status));
    if (!statuses.isEmpty())
        lines << statuses.join(QStringLiteral(" · "));
    return lines.join(u'\n');
}

void TeamBar::addAssignMenu(QMenu *menu, const QString &title, const QStringList &questionIds) {
    TeamFeatures *features = team();
    if (!features || questionIds.isEmpty())
        return;
    QMenu *submenu = menu->addMenu(title);
    submenu->setObjectName(QStringLiteral("teamAssignMenu"));
    const auto members = features->members();
    if (!members) {
        submenu->addAction(members.error())->setEnabled(false);
        return;
    }
    for (const QString &member : members.value()) {
        QAction *action = submenu->addAction(
            member == features->currentUser() ? tr("%1 (me)").arg(member) : member, this,
            [this, questionIds, member] { this->assign(questionIds, member); });
        action->setObjectName(QStringLiteral("teamAssignTo_") + member);
    }
    submenu->addSeparator();
    submenu->addAction(tr("Nobody"), this, [this, questionIds] { this->assign(questionIds, {}); })
        ->setObjectName(QStringLiteral("teamUnassign"));
}

void TeamBar::addQuestionActions(QMenu *menu, const QStringList &questionIds) {
    if (!team() || questionIds.isEmpty())
        return;
    menu->addSeparator();
    addAssignMenu(menu, tr("Assign to"), questionIds);
    if (questionIds.size() == 1)
        menu->addAction(tr("History…"), this, [this, id = questionIds.first()] { showHistory(id); })
            ->setObjectName(QStringLiteral("teamHistoryAction"));
}

QStringList TeamBar::questionsOf(const QString &fractie) const {
    QStringList ids;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (group.data(QuestionModel::FractieRole).toString() != fractie)
            continue;
        for (int r = 0; r < m_model->rowCount(group); ++r)
            ids << m_model->index(r, 0, group).data(QuestionModel::QuestionIdRole).toString();
    }
    return ids;
}

void TeamBar::addGroupActions(QMenu *menu, const QString &fractie) {
    addAssignMenu(menu, tr("Assign all questions of %1 to").arg(fractie), questionsOf(fractie));
}

bool TeamBar::assign(const QStringList &questionIds, const QString &member) {
    TeamFeatures *features = team();
    if (!features)
        return false;
    QList<TeamQuestionRef> refs;
    for (const QString &id : questionIds) {
        const auto unit = m_model->unit(id);
        refs << TeamQuestionRef{id, unit ? unit->text : m_model->annotationOf(id).anchorText};
    }
    const Status done = features->assign(m_model->documentId(), refs, member);
    m_message->setVisible(!done);
    m_message->setText(done ? QString() : done.error());
    reload();
    return done.ok();
}

void TeamBar::showHistory(const QString &questionId) {
    TeamFeatures *features = team();
    if (!features)
        return;
    auto *dialog = new TeamHistoryDialog(
        *features, questionId, m_model->unit(questionId) ? m_model->unit(questionId)->n : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TeamBar::showConflicts() {
    TeamFeatures *features = team();
    if (!features)
        return;
    auto *dialog = new TeamConflictsDialog(
        *features,
        [this](const QString &id) {
            const auto unit = m_model->unit(id);
            return unit ? tr("Question %1").arg(unit->n) : id;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamConflictsDialog::resolved, this, [this] {
        Q_EMIT notesChanged();
        reload();
    });
    dialog->show();
}

} // namespace overleg::ui
