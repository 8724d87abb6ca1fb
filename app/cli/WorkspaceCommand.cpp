#include "CliOutput.h"
#include "Commands.h"

#include "core/DataDirectory.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"
#include "workspace/PgConnection.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/Workspaces.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

namespace overleg::cli {

namespace {

const char kUsage[] =
    "usage: overleg-cli workspace init-server|create NAME|connect NAME|status|members|"
    "add-member USER ROLE|remove-member USER|leave|mine|progress DOC [--host H] [--port P] "
    "[--database D] "
    "[--user U] [--sslmode MODE] [--sslrootcert FILE] [--password-stdin]";

struct Request {
    QString action;
    QStringList operands;
    ServerAddress server;
    bool passwordFromStdin = false;
    QString error;
};

// The command's own options (self-contained: the global parser passes them through).
Request parse(const QStringList &args, const std::optional<WorkspaceSettings> &saved) {
    Request r;
    if (saved)
        r.server = saved->server;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto next = [&]() -> QString {
            if (i + 1 >= args.size()) {
                r.error = QStringLiteral("%1 needs a value.").arg(arg);
                return {};
            }
            return args.at(++i);
        };
        if (arg == QLatin1String("--host"))
            r.server.host = next();
        else if (arg == QLatin1String("--port"))
            r.server.port = next().toInt();
        else if (arg == QLatin1String("--database"))
            r.server.database = next();
        else if (arg == QLatin1String("--user"))
            r.server.user = next();
        else if (arg == QLatin1String("--sslmode"))
            r.server.sslMode = next();
        else if (arg == QLatin1String("--sslrootcert"))
            r.server.sslRootCert = next();
        else if (arg == QLatin1String("--password-stdin"))
            r.passwordFromStdin = true;
        else if (arg.startsWith(QLatin1String("--")))
            r.error = QStringLiteral("unknown option %1.").arg(arg);
        else if (r.action.isEmpty())
            r.action = arg;
        else
            r.operands << arg;
    }
    if (r.server.user.isEmpty())
        r.server.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return r;
}

// The password never comes from a settings file: stdin, the environment, or (left empty)
// libpq's own PGPASSWORD and ~/.pgpass.
QString password(bool fromStdin) {
    if (fromStdin) {
        QTextStream in(stdin);
        return in.readLine();
    }
    return qEnvironmentVariable("OVERLEG_WORKSPACE_PASSWORD");
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
    auto dir = DataDirectory::open(inv.dataDir);
    if (!dir)
        return fail(dir.error());
    const QString dataDir = dir->root();
    const auto saved = WorkspaceSettings::load(dataDir);
    Request r = parse(inv.args, saved);
    if (!r.error.isEmpty())
        return fail(r.error + QLatin1Char(' ') + QLatin1String(kUsage));
    if (r.action.isEmpty())
        return fail(QString::fromLatin1(kUsage));
    r.server.password = password(r.passwordFromStdin);

    const QStringList needsName = {QStringLiteral("create"), QStringLiteral("connect")};
    if (needsName.contains(r.action) && r.operands.size() != 1)
        return fail(QString::fromLatin1(kUsage));
    const QStringList needsWorkspace = {
        QStringLiteral("status"),   QStringLiteral("members"),    QStringLiteral("mine"),
        QStringLiteral("progress"), QStringLiteral("add-member"), QStringLiteral("remove-member"),
        QStringLiteral("leave")};
    if (needsWorkspace.contains(r.action) && !saved)
        return fail(QStringLiteral("this data directory is not connected to a team workspace; "
                                   "run overleg-cli workspace connect NAME first."));
    if (!needsName.contains(r.action) && !needsWorkspace.contains(r.action) &&
        r.action != QLatin1String("init-server"))
        return fail(QStringLiteral("unknown workspace action '%1'. %2")
                        .arg(r.action, QLatin1String(kUsage)));

    auto connection = PgConnection::open(r.server);
    if (!connection)
        return fail(connection.error());
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
        WorkspaceSettings settings{r.server, found->name};
        settings.server.password.clear();
        if (const Status ok = settings.save(dataDir); !ok)
            return fail(ok.error());
        printLine(QStringLiteral("connected to workspace '%1' as %2 (%3)")
                      .arg(found->name, r.server.user, found->role));
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
        if (r.operands.size() != 1)
            return fail(QString::fromLatin1(kUsage));
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
        if (r.operands.size() != 2)
            return fail(QString::fromLatin1(kUsage));
        if (const Status ok =
                Workspaces::addMember(db, workspace, r.operands.at(0), r.operands.at(1));
            !ok)
            return fail(ok.error());
        printLine(QStringLiteral("%1 is %2 of '%3'")
                      .arg(r.operands.at(0), r.operands.at(1), current->name));
        return kExitOk;
    }
    if (r.action == QLatin1String("remove-member")) {
        if (r.operands.size() != 1)
            return fail(QString::fromLatin1(kUsage));
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
    printLine(
        QStringLiteral("left workspace '%1'; back to the personal workspace").arg(current->name));
    return kExitOk;
}

CommandSpec workspaceCommand() {
    CommandSpec c;
    c.name = QStringLiteral("workspace");
    c.synopsis =
        QStringLiteral("init-server|create NAME|connect NAME|status|members|add-member USER ROLE|"
                       "remove-member USER|leave|mine|progress DOC");
    c.summary = QT_TRANSLATE_NOOP("Cli", "team workspaces on a PostgreSQL server");
    c.description = QT_TRANSLATE_NOOP(
        "Cli", "Options: --host H, --port P, --database D, --user U, --sslmode MODE "
               "(verify-full by default for a host other than this machine), --sslrootcert FILE, "
               "--password-stdin (else OVERLEG_WORKSPACE_PASSWORD, PGPASSWORD or ~/.pgpass; a "
               "password is never stored).");
    c.run = runWorkspace;
    // Reads its own sub-command and options (WorkspaceCommand's parse()).
    c.rawArguments = true;
    return c;
}

} // namespace overleg::cli
