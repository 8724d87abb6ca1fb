#include "SearchWorkspace.h"

#include "CliOutput.h"
#include "WorkspacePassword.h"
#include "workspace/OfflineNotes.h"
#include "workspace/PasswordVault.h"
#include "workspace/TeamNotesCopy.h"
#include "workspace/WorkspaceSettings.h"
#include "workspace/Workspaces.h"

#include <QDir>

namespace overleg::cli {

Result<SearchNotes> searchNotesOfWorkspace(const QString &dataDir) {
    using R = Result<SearchNotes>;
    auto saved = WorkspaceSettings::load(dataDir);
    if (!saved)
        return R(SearchNotes());
    // The password as `overleg-cli workspace` finds it, without asking: a search runs offline.
    const auto vault = desktopKeyring();
    const WorkspacePassword password = findWorkspacePassword(saved->server, false, *vault);
    saved->server.password = password.password;
    qint64 id = saved->id;
    if (id == 0) {
        // Settings written before the id was kept: the server names it, once.
        auto connection = PgConnection::open(saved->server);
        const auto found = connection ? Workspaces::find(*connection.value(), saved->workspace)
                                      : Result<WorkspaceInfo>::failure(connection.error());
        if (!found)
            return R::failure(
                Cli::tr("The offline copy of workspace '%1' is not known yet (%2); run "
                        "overleg-cli workspace connect again with the server there.")
                    .arg(saved->workspace, found.error()));
        id = found->id;
        saved->id = id;
        saved->server.password.clear();
        if (const Status kept = saved->save(dataDir); !kept)
            printVerbose(kept.error());
    }
    const QString copy = QDir(dataDir).filePath(QStringLiteral("workspace-%1.sqlite").arg(id));
    // Opening the workspace sends what waits and reads the server's notes into the copy; with
    // the server away it opens the copy as it is.
    auto notes = OfflineNotes::open(saved->server, id, copy);
    if (!notes)
        return R::failure(notes.error());
    if (!notes.value()->isOnline())
        printVerbose(Cli::tr("The workspace's server cannot be reached: the notes as last seen."));
    return R(SearchNotes{copy, TeamNotesCopy::opener(copy)});
}

} // namespace overleg::cli
