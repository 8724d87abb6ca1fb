#include "TeamConflictsDialog.h"

#include "TeamHistoryDialog.h"
#include "models/QuestionModel.h"
#include "store/NotesBackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace overleg::ui {

TeamConflictsDialog::TeamConflictsDialog(TeamFeatures &team,
                                         std::function<QString(const QString &)> describe,
                                         QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_describe(std::move(describe))
    , m_list(new QListWidget(this))
    , m_mineLabel(new QLabel(this))
    , m_theirsLabel(new QLabel(this))
    , m_mine(new QPlainTextEdit(this))
    , m_theirs(new QPlainTextEdit(this))
    , m_edited(new QPlainTextEdit(this))
    , m_editedStatus(new QComboBox(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
    , m_saveEdited(new QPushButton(tr("&Save my edit"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("teamConflicts"));
    setWindowTitle(tr("Conflicts"));
    m_list->setObjectName(QStringLiteral("teamConflictList"));
    m_mine->setObjectName(QStringLiteral("conflictMine"));
    m_theirs->setObjectName(QStringLiteral("conflictTheirs"));
    m_edited->setObjectName(QStringLiteral("conflictEdited"));
    m_editedStatus->setObjectName(QStringLiteral("conflictEditedStatus"));
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("conflictKeepTheirs"));
    m_saveEdited->setObjectName(QStringLiteral("conflictSaveEdited"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_mine->setReadOnly(true);
    m_theirs->setReadOnly(true);
    m_mineLabel->setWordWrap(true);
    m_theirsLabel->setWordWrap(true);
    m_message->setWordWrap(true);
    for (const QString &status : NotesBackend::statuses())
        m_editedStatus->addItem(QuestionModel::statusLabel(status), status);

    auto *sides = new QGridLayout;
    sides->addWidget(m_mineLabel, 0, 0);
    sides->addWidget(m_theirsLabel, 0, 1);
    sides->addWidget(m_mine, 1, 0);
    sides->addWidget(m_theirs, 1, 1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_keepMine);
    choices->addWidget(m_keepTheirs);
    choices->addStretch();
    choices->addWidget(m_saveEdited);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(sides, 1);
    layout->addWidget(new QLabel(tr("Or write the version to keep:"), this));
    layout->addWidget(m_edited);
    layout->addWidget(m_editedStatus);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &TeamConflictsDialog::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictChoice::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictChoice::Theirs); });
    connect(m_saveEdited, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictChoice::Edited); });
    reload();
    resize(720, 480);
}

void TeamConflictsDialog::reload() {
    m_conflicts = m_team.conflicts();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const TeamConflict &c : std::as_const(m_conflicts))
        m_list->addItem(tr("%1: %2, changed by %3")
                            .arg(m_describe ? m_describe(c.questionId) : c.questionId,
                                 TeamHistoryDialog::fieldLabel(c.field), c.theirsBy));
    m_list->setCurrentRow(m_conflicts.isEmpty() ? -1 : 0);
    showSelected();
}

const TeamConflict *TeamConflictsDialog::selected() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void TeamConflictsDialog::showSelected() {
    const TeamConflict *c = selected();
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepMine, m_keepTheirs, m_saveEdited,
                                                       m_edited, m_editedStatus})
        w->setEnabled(c != nullptr);
    if (!c) {
        m_mineLabel->setText(tr("No conflicts: every change was saved."));
        m_theirsLabel->clear();
        m_mine->clear();
        m_theirs->clear();
        m_edited->clear();
        return;
    }
    const bool status = c->field == QLatin1String("status");
    m_mineLabel->setText(tr("Yours"));
    m_theirsLabel->setText(tr("%1's, on the server (changed %2)")
                               .arg(c->theirsBy, QLocale().toString(c->detectedAt.toLocalTime(),
                                                                    QLocale::ShortFormat)));
    m_mine->setPlainText(TeamHistoryDialog::valueText(c->field, c->mine));
    m_theirs->setPlainText(TeamHistoryDialog::valueText(c->field, c->theirs));
    m_edited->setVisible(!status);
    m_editedStatus->setVisible(status);
    m_edited->setPlainText(c->mine);
    m_editedStatus->setCurrentIndex(qMax(0, m_editedStatus->findData(c->mine)));
}

bool TeamConflictsDialog::resolveSelected(ConflictChoice choice) {
    const TeamConflict *c = selected();
    if (!c)
        return false;
    const QString edited = c->field == QLatin1String("status")
                               ? m_editedStatus->currentData().toString()
                               : m_edited->toPlainText();
    const Status done = m_team.resolve(c->id, choice, edited);
    m_message->setText(done ? QString() : done.error());
    if (!done)
        return false;
    reload();
    Q_EMIT resolved();
    return true;
}

} // namespace overleg::ui
