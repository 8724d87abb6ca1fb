#include "WorkspaceDialog.h"

#include "library/Library.h"
#include "workspace/ChangeFeed.h"
#include "workspace/OfflineNotes.h"
#include "workspace/PasswordVault.h"
#include "workspace/PgConnection.h"
#include "workspace/ServerSchema.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/Workspaces.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace overleg::ui {

WorkspaceDialog::WorkspaceDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember password"), this))
    , m_workspace(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_members(new QListWidget(this))
    , m_vault(desktopKeyring()) {
    setWindowTitle(tr("Workspace"));
    m_port->setRange(1, 65535);
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("Keep the password in the desktop's keyring, never in a file."));
    m_state->setWordWrap(true);
    const ServerAddress defaults;
    const auto saved = WorkspaceSettings::load(m_library.dataDirectory().root());
    const ServerAddress &server = saved ? saved->server : defaults;
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user.isEmpty() ? qEnvironmentVariable("USER") : server.user);
    m_workspace->setText(saved ? saved->workspace : QString());
    m_state->setText(m_library.teamNotes() ? tr("Connected to a team workspace.")
                                           : tr("You work in your personal workspace."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Wor&kspace:"), m_workspace);

    auto *connectButton = new QPushButton(tr("&Connect"), this);
    auto *createButton = new QPushButton(tr("C&reate"), this);
    auto *personalButton = new QPushButton(tr("Persona&l workspace"), this);
    connectButton->setObjectName(QStringLiteral("connectWorkspace"));
    createButton->setObjectName(QStringLiteral("createWorkspace"));
    personalButton->setObjectName(QStringLiteral("personalWorkspace"));
    connect(connectButton, &QPushButton::clicked, this, [this] { connectToWorkspace(false); });
    connect(createButton, &QPushButton::clicked, this, [this] { connectToWorkspace(true); });
    connect(personalButton, &QPushButton::clicked, this, &WorkspaceDialog::usePersonalWorkspace);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(connectButton);
    buttons->addWidget(createButton);
    buttons->addStretch();
    buttons->addWidget(personalButton);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(new QLabel(tr("Members:"), this));
    layout->addWidget(m_members);
    layout->addWidget(close);
}

void WorkspaceDialog::setPasswordVault(std::unique_ptr<PasswordVault> vault) {
    m_vault = std::move(vault);
}

WorkspaceDialog::~WorkspaceDialog() {
    m_feed.reset();
    m_listening.reset();
}

bool WorkspaceDialog::connectToWorkspace(bool create) {
    ServerAddress server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    const QString name = m_workspace->text().simplified();
    auto fail = [this](const QString &why) {
        m_state->setText(why);
        return false;
    };
    if (name.isEmpty())
        return fail(tr("Name the workspace to connect to or to create."));
    // No password typed: the one remembered in the keyring, if any (else libpq's ~/.pgpass).
    QString keyringProblem;
    const bool typed = !server.password.isEmpty();
    if (!typed) {
        const auto stored = m_vault->read(PasswordVault::keyFor(server));
        if (!stored)
            keyringProblem = stored.error();
        else if (stored.value())
            server.password = *stored.value();
    }
    auto connection = PgConnection::open(server);
    if (!connection)
        return fail(keyringProblem.isEmpty() ? connection.error()
                                             : connection.error() + u'\n' + keyringProblem);
    if (const Status usable = ServerSchema::checkUsable(*connection.value()); !usable)
        return fail(usable.error());
    if (create)
        if (const auto made = Workspaces::create(*connection.value(), name); !made)
            return fail(made.error());
    const auto found = Workspaces::find(*connection.value(), name);
    if (!found)
        return fail(found.error());
    const QString root = m_library.dataDirectory().root();
    auto notes = OfflineNotes::open(
        server, found->id,
        QDir(root).filePath(QStringLiteral("workspace-%1.sqlite").arg(found->id)));
    if (!notes)
        return fail(notes.error());
    m_feed.reset();
    notes.value()->setRefusalHandler(
        [this](const QString &reason) { Q_EMIT editsRefused(reason); });
    // Refused before (found when the outbox was opened): said now, they are still kept.
    QStringList refusedBefore;
    for (const RefusedEdit &e : notes.value()->refusedEdits())
        if (!refusedBefore.contains(e.reason))
            refusedBefore << e.reason;
    const QString mirror = notes.value()->mirrorPath();
    m_library.setTeamNotes(std::move(notes).value(), mirror);
    WorkspaceSettings settings{server, found->name, found->id};
    settings.server.password.clear(); // the keyring's, or asked for again: never in a file
    settings.save(root);
    m_password->clear();
    // Remembered in the keyring, or nowhere; unticked, a remembered one is forgotten.
    QString remembered;
    if (typed && m_remember->isChecked()) {
        if (const Status stored = m_vault->store(PasswordVault::keyFor(server), server.password);
            !stored)
            remembered = u'\n' + stored.error();
    } else if (typed) {
        m_vault->forget(PasswordVault::keyFor(server));
    }

    m_listening = std::move(connection).value();
    m_feed = std::make_unique<ChangeFeed>(*m_listening, found->id);
    connect(m_feed.get(), &ChangeFeed::changed, this,
            [this, user = server.user](const WorkspaceChange &change) {
                if (change.by == user)
                    return;
                // The offline copy follows, and whatever reads it (search, Open vragen) is told.
                if (auto *team = dynamic_cast<OfflineNotes *>(m_library.teamNotes()))
                    team->followChange(change);
                m_library.announceNotesChanged(change.documentId);
                Q_EMIT remoteChange(change.by, change.documentId);
            });
    showMembers(found->id);
    m_state->setText(
        tr("Connected to workspace '%1' as %2 (%3).").arg(found->name, server.user, found->role) +
        remembered);
    Q_EMIT workspaceChanged(found->name);
    if (!refusedBefore.isEmpty())
        Q_EMIT editsRefused(refusedBefore.join(u' '));
    return true;
}

void WorkspaceDialog::usePersonalWorkspace() {
    m_feed.reset();
    m_listening.reset();
    m_library.setTeamNotes(nullptr);
    WorkspaceSettings::forget(m_library.dataDirectory().root());
    m_members->clear();
    m_state->setText(tr("You work in your personal workspace."));
    Q_EMIT workspaceChanged(QString());
}

void WorkspaceDialog::showMembers(qint64 workspace) {
    m_members->clear();
    const auto members = Workspaces::members(*m_listening, workspace);
    if (!members)
        return;
    for (const WorkspaceMember &m : members.value()) {
        const QString role = m.role == QLatin1String("owner")    ? tr("owner")
                             : m.role == QLatin1String("editor") ? tr("editor")
                                                                 : tr("reader");
        m_members->addItem(QStringLiteral("%1 — %2").arg(m.user, role));
    }
}

} // namespace overleg::ui
