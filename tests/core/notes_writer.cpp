// A child process for test_twowriters: makes N edits of one question in a notes database, each a
// status, a tag and a note in one transaction (NotesStore::annotate, what `overleg-cli annotate`
// and the question panel's edits go through), as fast as it can, and reports each failure and
// the moment (CLOCK_MONOTONIC, shared by all processes) its last edit was committed.
//
//   notes_writer NOTES.sqlite DOCUMENT QUESTION WORKER N

#include "store/Database.h"
#include "store/NotesStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>

using namespace overleg;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: notes_writer NOTES DOCUMENT QUESTION WORKER N\n");
        return 2;
    }
    auto db = Database::open(args.at(1), Database::Kind::Notes);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(db.error()));
        return 1;
    }
    Database database = std::move(db).value();
    NotesStore notes(database);
    const QString worker = args.at(4);
    const int edits = args.at(5).toInt();
    const QStringList statuses{QStringLiteral("answered"), QStringLiteral("partial"),
                               QStringLiteral("unanswered"), QStringLiteral("open")};
    int failures = 0;
    timespec last{};
    for (int i = 0; i < edits; ++i) {
        const QString status = statuses.at((i + worker.toInt()) % statuses.size());
        const Status ok =
            notes.annotate(args.at(2), args.at(3), QStringLiteral("Klopt het?"), status,
                           {QStringLiteral("w%1-%2").arg(worker).arg(i)},
                           QStringLiteral("w%1 edit %2 %3").arg(worker).arg(i).arg(status));
        clock_gettime(CLOCK_MONOTONIC, &last);
        if (!ok) {
            ++failures;
            std::printf("failed %d: %s\n", i, qPrintable(ok.error()));
        }
    }
    std::printf("last %lld\nfailures %d\n", (long long)last.tv_sec * 1000000000LL + last.tv_nsec,
                failures);
    return failures == 0 ? 0 : 1;
}
