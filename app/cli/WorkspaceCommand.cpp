#include "CliOutput.h"
#include "Commands.h"
#include "WorkspacePassword.h"

#include "core/DataDirectory.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"
#include "workspace/OfflineNotes.h"
#include "workspace/PasswordVault.h"
#include "workspace/PgConnection.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/Workspaces.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace overleg::cli {

namespace {

// The actions, with how many operands each takes.
struct Action {
    const char *name;
    int operands;
    const char *operandNames;
    bool needsWorkspace; // the data directory must be connected to one
};
const Action kActions[] = {
    {"init-server", 0, "", false},
    {"create", 1, "NAME", false},
    {"connect", 1, "NAME", false},
    {"status", 0, "", true},
    {"members", 0, "", true},
    {"add-member", 2, "USER ROLE", true},
    {"remove-member", 1, "USER", true},
    {"leave", 0, "", true},
    {"mine", 0, "", true},
    {"progress", 1, "DOC", true},
    {"retry", 1, "GROUP", true},
    {"discard", 1, "GROUP", true},
};

QString synopsis() {
    QStringList parts;
    for (const Action &a : kActions)
        parts << QString(QLatin1String(a.name) + u' ' + QLatin1String(a.operandNames)).trimmed();
    return parts.join(u'|');
}

const Action *actionNamed(const QString &name) {
    for (const Action &a : kActions)
        if (name == QLatin1String(a.name))
            return &a;
    return nullptr;
}

struct Request {
    QString action;
    QStringList operands;
    ServerAddress server;
};

// The server from the saved settings, with what the options change.
Request request(const Invocation &inv, const std::optional<WorkspaceSettings> &saved) {
    Request r;
    if (saved)
        r.server = saved->server;
    r.action = inv.args.value(0);
    r.operands = inv.args.mid(1);
    r.server.host = inv.value(QStringLiteral("host"), r.server.host);
    r.server.port = inv.value(QStringLiteral("port"), QString::number(r.server.port)).toInt();
    r.server.database = inv.value(QStringLiteral("database"), r.server.database);
    r.server.user = inv.value(QStringLiteral("user"), r.server.user);
    r.server.sslMode = inv.value(QStringLiteral("sslmode"), r.server.sslMode);
    r.server.sslRootCert = inv.value(QStringLiteral("sslrootcert"), r.server.sslRootCert);
    if (r.server.user.isEmpty())
        r.server.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return r;
}

// The outbox the window keeps for this workspace (WorkspaceDialog), if it made one.
QString outboxOf(const QString &dataDir, qint64 workspace) {
    return QDir(dataDir).filePath(QStringLiteral("workspace-%1.sqlite").arg(workspace));
}

int printMembers(const QList<WorkspaceMember> &members, bool json) {
    if (json) {
        QJsonArray array;
        for (const WorkspaceMember &m : members)
            array.append(
                QJsonObject{{QStringLiteral("user"), m.user},
                            {QStringLiteral("role"), m.role},
                            {QStringLiteral("added_by"), m.addedBy},
                            {QStringLiteral("added_at"), m.addedAt.toUTC().toString(Qt::ISODate)}});
        printJson(QJsonDocument(array));
        return kExitOk;
    }
    for (const WorkspaceMember &m : members)
        printLine(QStringLiteral("%1\t%2").arg(m.user, m.role));
    return kExitOk;
}

} // namespace

// overleg-cli workspace ...: team workspaces on a PostgreSQL server, from scripts. What the
// server allows is the server's to decide (row-level security); this reports its answer.
static int runWorkspace(const Invocation &inv) {
    const Action *action = actionNamed(inv.args.value(0));
    if (!action)
        return inv.usageError(Cli::tr("unknown workspace action '%1'; one of: %2")
                                  .arg(inv.args.value(0), synopsis()));
    if (inv.args.size() - 1 != action->operands)
        return inv.usageError(
            Cli::tr("usage: overleg-cli workspace %1 %2")
                .arg(QLatin1String(action->name), QLatin1String(action->operandNames))
                .trimmed());
    bool portOk = true;
    if (inv.isSet(QStringLiteral("port")))
        inv.value(QStringLiteral("port")).toInt(&portOk);
    if (!portOk)
        return inv.usageError(Cli::tr("--port takes a number."));
    const bool remember = inv.isSet(QStringLiteral("remember-password"));
    if (remember && QLatin1String(action->name) != QLatin1String("connect"))
        return inv.usageError(Cli::tr("--remember-password goes with connect."));

    auto dir = DataDirectory::open(inv.dataDir);
    if (!dir)
        return fail(dir.error());
    const QString dataDir = dir->root();
    const auto saved = WorkspaceSettings::load(dataDir);
    Request r = request(inv, saved);
    if (action->needsWorkspace && !saved)
        return fail(QStringLiteral("this data directory is not connected to a team workspace; "
                                   "run overleg-cli workspace connect NAME first."));
    const auto vault = desktopKeyring();
    const WorkspacePassword password =
        findWorkspacePassword(r.server, inv.isSet(QStringLiteral("password-stdin")), *vault);
    r.server.password = password.password;
    if (!password.keyringProblem.isEmpty())
        printVerbose(password.keyringProblem);

    auto connection = PgConnection::open(r.server);
    if (!connection && r.server.password.isEmpty() &&
        !inv.isSet(QStringLiteral("password-stdin"))) {
        // No password from anywhere (and none in ~/.pgpass): asked for, on a terminal.
        if (const auto typed = askWorkspacePassword(r.server, password.keyringProblem)) {
            r.server.password = *typed;
            connection = PgConnection::open(r.server);
        }
    }
    if (!connection) {
        // Without a password from anywhere, say why the keyring gave none.
        if (r.server.password.isEmpty() && !password.keyringProblem.isEmpty())
            return fail(connection.error() + u' ' + password.keyringProblem);
        if (password.fromKeyring)
            return fail(connection.error() + u' ' +
                        Cli::tr("(The password came from the keyring; connect again with "
                                "--password-stdin --remember-password to replace it.)"));
        return fail(connection.error());
    }
    PgConnection &db = *connection.value();

    if (r.action == QLatin1String("init-server")) {
        const auto migrated = ServerSchema::migrate(db);
        if (!migrated)
            return fail(migrated.error());
        printLine(QStringLiteral("workspace schema version %1 on %2:%3/%4")
                      .arg(migrated.value())
                      .arg(r.server.host)
                      .arg(r.server.port)
                      .arg(r.server.database));
        return kExitOk;
    }
    if (const Status usable = ServerSchema::checkUsable(db); !usable)
        return fail(usable.error());

    if (r.action == QLatin1String("create")) {
        const auto id = Workspaces::create(db, r.operands.first());
        if (!id)
            return fail(id.error());
        printLine(QStringLiteral("created workspace '%1'; %2 is its owner")
                      .arg(r.operands.first().simplified(), r.server.user));
        return kExitOk;
    }
    if (r.action == QLatin1String("connect")) {
        const auto found = Workspaces::find(db, r.operands.first());
        if (!found)
            return fail(found.error());
        WorkspaceSettings settings{r.server, found->name, found->id};
        settings.server.password.clear();
        if (const Status ok = settings.save(dataDir); !ok)
            return fail(ok.error());
        printLine(QStringLiteral("connected to workspace '%1' as %2 (%3)")
                      .arg(found->name, r.server.user, found->role));
        if (remember && !r.server.password.isEmpty()) {
            // Into the keyring or nowhere: never beside the settings.
            const Status stored = vault->store(PasswordVault::keyFor(r.server), r.server.password);
            if (!stored)
                printError(stored.error());
            else
                printVerbose(Cli::tr("The password is in the keyring."));
        }
        return kExitOk;
    }

    const auto current = Workspaces::find(db, saved->workspace);
    if (!current)
        return fail(current.error());
    const qint64 workspace = current->id;
    if (r.action == QLatin1String("status")) {
        QSqlQuery counts =
            db.run(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE status <> 'open') FROM "
                                  "overleg.annotation WHERE workspace_id = ?"),
                   {workspace});
        counts.next();
        const int annotated = counts.value(0).toInt();
        const int settled = counts.value(1).toInt();
        // Edits the window kept offline: still waiting, or refused by the server.
        int pending = 0;
        QList<RefusedEdit> refused;
        if (QFile::exists(outboxOf(dataDir, workspace)))
            if (auto outbox =
                    OfflineNotes::open(r.server, workspace, outboxOf(dataDir, workspace))) {
                pending = outbox.value()->pendingEdits();
                refused = outbox.value()->refusedEdits();
            }
        QJsonArray refusedJson;
        for (const RefusedEdit &e : std::as_const(refused))
            refusedJson.append(QJsonObject{
                {QStringLiteral("group"), e.group},
                {QStringLiteral("document"), e.documentId},
                {QStringLiteral("question"), e.questionId},
                {QStringLiteral("field"), e.field},
                {QStringLiteral("value"), e.value},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("refused_at"), e.refusedAt.toUTC().toString(Qt::ISODate)}});
        if (inv.json) {
            printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("workspace"), current->name},
                            {QStringLiteral("server"), QStringLiteral("%1:%2/%3")
                                                           .arg(r.server.host)
                                                           .arg(r.server.port)
                                                           .arg(r.server.database)},
                            {QStringLiteral("user"), r.server.user},
                            {QStringLiteral("role"), current->role},
                            {QStringLiteral("members"), current->members},
                            {QStringLiteral("annotated_questions"), annotated},
                            {QStringLiteral("settled_questions"), settled},
                            {QStringLiteral("pending_edits"), pending},
                            {QStringLiteral("refused_edits"), refusedJson},
                            {QStringLiteral("schema_version"), ServerSchema::kVersion}}));
            return kExitOk;
        }
        printLine(QStringLiteral("workspace '%1' on %2:%3/%4 as %5 (%6), %7 members, %8 questions "
                                 "annotated, %9 with a status")
                      .arg(current->name, r.server.host)
                      .arg(r.server.port)
                      .arg(r.server.database, r.server.user, current->role)
                      .arg(current->members)
                      .arg(annotated)
                      .arg(settled));
        if (pending > 0)
            printLine(QStringLiteral("%1 edits wait to be sent").arg(pending));
        if (!refused.isEmpty())
            printLine(QStringLiteral("%1 edits were refused by the server (overleg-cli workspace "
                                     "retry|discard GROUP):")
                          .arg(refused.size()));
        for (const RefusedEdit &e : std::as_const(refused))
            printLine(QStringLiteral("refused\t%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(e.group)
                          .arg(e.documentId, e.questionId, e.field, e.value, e.reason));
        return kExitOk;
    }
    if (r.action == QLatin1String("retry") || r.action == QLatin1String("discard")) {
        bool isNumber = false;
        const qint64 group = r.operands.first().toLongLong(&isNumber);
        if (!isNumber)
            return inv.usageError(Cli::tr("GROUP is the number 'workspace status' lists."));
        auto outbox = OfflineNotes::open(r.server, workspace, outboxOf(dataDir, workspace));
        if (!outbox)
            return fail(outbox.error());
        const Status done = r.action == QLatin1String("retry")
                                ? outbox.value()->retryRefused(group)
                                : outbox.value()->discardRefused(group);
        if (!done)
            return fail(done.error());
        printLine(r.action == QLatin1String("retry")
                      ? QStringLiteral("edit %1 was sent").arg(group)
                      : QStringLiteral("edit %1 was discarded").arg(group));
        return kExitOk;
    }
    if (r.action == QLatin1String("mine") || r.action == QLatin1String("progress")) {
        TeamNotes notes(std::move(connection).value(), workspace);
        if (r.action == QLatin1String("mine")) {
            // "Mijn vragen": what is assigned to the logged-in member.
            QJsonArray array;
            for (const Annotation &a : notes.assignedTo(r.server.user)) {
                array.append(QJsonObject{{QStringLiteral("document"), a.documentId},
                                         {QStringLiteral("question"), a.questionId},
                                         {QStringLiteral("status"), a.status}});
                if (!inv.json)
                    printLine(
                        QStringLiteral("%1\t%2\t%3").arg(a.documentId, a.questionId, a.status));
            }
            if (inv.json)
                printJson(QJsonDocument(array));
            return kExitOk;
        }
        // A document of this library by number, KOOP id or GUID; else the id as given.
        QString documentId = r.operands.first();
        if (auto library = Library::open(inv.dataDir))
            if (const QString known = library.value()->queries().resolveDocument(documentId);
                !known.isEmpty())
                documentId = known;
        QJsonArray array;
        for (const TeamNotes::Progress &p : notes.progress(documentId)) {
            const QString member = p.member.isEmpty() ? QStringLiteral("-") : p.member;
            array.append(QJsonObject{{QStringLiteral("member"), p.member},
                                     {QStringLiteral("status"), p.status},
                                     {QStringLiteral("questions"), p.questions}});
            if (!inv.json)
                printLine(QStringLiteral("%1\t%2\t%3").arg(member, p.status).arg(p.questions));
        }
        if (inv.json)
            printJson(QJsonDocument(array));
        return kExitOk;
    }
    if (r.action == QLatin1String("members")) {
        const auto members = Workspaces::members(db, workspace);
        return members ? printMembers(members.value(), inv.json) : fail(members.error());
    }
    if (r.action == QLatin1String("add-member")) {
        if (const Status ok =
                Workspaces::addMember(db, workspace, r.operands.at(0), r.operands.at(1));
            !ok)
            return fail(ok.error());
        printLine(QStringLiteral("%1 is %2 of '%3'")
                      .arg(r.operands.at(0), r.operands.at(1), current->name));
        return kExitOk;
    }
    if (r.action == QLatin1String("remove-member")) {
        if (const Status ok = Workspaces::removeMember(db, workspace, r.operands.at(0)); !ok)
            return fail(ok.error());
        printLine(QStringLiteral("%1 was removed from '%2'").arg(r.operands.at(0), current->name));
        return kExitOk;
    }
    // leave
    if (const Status ok = Workspaces::removeMember(db, workspace, r.server.user); !ok)
        return fail(ok.error());
    if (const Status ok = WorkspaceSettings::forget(dataDir); !ok)
        return fail(ok.error());
    // Left: the keyring no longer needs this login's password.
    vault->forget(PasswordVault::keyFor(r.server));
    printLine(
        QStringLiteral("left workspace '%1'; back to the personal workspace").arg(current->name));
    return kExitOk;
}

CommandSpec workspaceCommand() {
    CommandSpec c;
    c.name = QStringLiteral("workspace");
    c.synopsis = synopsis();
    c.summary = QT_TRANSLATE_NOOP("Cli", "team workspaces on a PostgreSQL server");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "The password comes from --password-stdin, else OVERLEG_WORKSPACE_PASSWORD, else "
               "the desktop keyring (stored there by connect --remember-password), else "
               "PGPASSWORD or ~/.pgpass; it is never written to a settings file. status lists the "
               "edits made offline that wait or that the server refused; retry or discard one by "
               "its GROUP.");
    c.options = {
        {QStringLiteral("host"), QStringLiteral("H"),
         QT_TRANSLATE_NOOP("Cli", "the server (default: the connected one, else localhost)")},
        {QStringLiteral("port"), QStringLiteral("P"),
         QT_TRANSLATE_NOOP("Cli", "the server's port (default 5432)")},
        {QStringLiteral("database"), QStringLiteral("D"),
         QT_TRANSLATE_NOOP("Cli", "the database (default overleg)")},
        {QStringLiteral("user"), QStringLiteral("U"),
         QT_TRANSLATE_NOOP("Cli", "the login (default: PGUSER, else USER)")},
        {QStringLiteral("sslmode"), QStringLiteral("MODE"),
         QT_TRANSLATE_NOOP("Cli", "libpq's sslmode (verify-full by default for a host other "
                                  "than this machine)")},
        {QStringLiteral("sslrootcert"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "the CA certificate the server's is checked against")},
        {QStringLiteral("password-stdin"), QString(),
         QT_TRANSLATE_NOOP("Cli", "read the password from the first line of stdin")},
        {QStringLiteral("remember-password"), QString(),
         QT_TRANSLATE_NOOP("Cli", "with connect: keep the password in the desktop keyring")},
    };
    c.minArguments = 1;
    c.maxArguments = 3;
    c.run = runWorkspace;
    return c;
}

} // namespace overleg::cli
