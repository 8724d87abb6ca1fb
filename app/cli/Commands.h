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
int runRender(const Invocation &inv);
int runQuestions(const Invocation &inv);
int runAnnotate(const Invocation &inv);
int runAnswers(const Invocation &inv);
int runSync(const Invocation &inv);
int runExport(const Invocation &inv);
int runImportNotes(const Invocation &inv);
int runOpenQuestions(const Invocation &inv);
int runSoort(const Invocation &inv);
int runWorkspace(const Invocation &inv);

// A FILE argument may also name a document of the library (number, KOOP id or GUID): returns
// the path of its file, or empty with *error set.
QString resolveFileArgument(const QString &argument, const QString &dataDir, QString *error);

} // namespace overleg::cli
