#pragma once

#include <QString>
#include <QStringList>

namespace overleg::cli {

// What every command gets: its own arguments (after the command name) and the global options.
struct Invocation {
    QStringList args;
    QString dataDir;
    bool json = false;
};

int runList(const Invocation &inv);
int runImport(const Invocation &inv);
int runText(const Invocation &inv);

} // namespace overleg::cli
