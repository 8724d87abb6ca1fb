// A child process for test_notecrash: opens the question panel on a notes database, types a
// note into the first question one key at a time and reports each keystroke on stdout, then
// idles until it is killed. The parent kills it with SIGKILL and reads what reached the disk.
//
//   note_typist NOTES.sqlite DOCUMENT.pdf TEXT INTERVAL_MS

#include "QuestionDock.h"
#include "document/TextExtractor.h"
#include "store/Database.h"
#include "store/NotesStore.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

using namespace overleg;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: note_typist NOTES DOCUMENT TEXT INTERVAL_MS\n");
        return 2;
    }
    auto db = Database::open(args.at(1), Database::Kind::Notes);
    auto text = extractTextFromFile(args.at(2));
    if (!db || !text) {
        std::fprintf(stderr, "cannot open the notes or the document\n");
        return 1;
    }
    Database database = std::move(db).value();
    NotesStore notes(database);
    QUndoStack undo;
    ui::QuestionDock dock(notes, &undo);
    dock.show();
    dock.setDocument(QStringLiteral("doc"), QStringLiteral("doc"), text.value(), QString());
    QTreeView *list = dock.list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    std::printf("question %s\n", qPrintable(dock.currentQuestionId()));
    std::fflush(stdout);
    auto *note = dock.findChild<QPlainTextEdit *>(QStringLiteral("questionNote"));
    note->setFocus();

    const QString typed = args.at(3);
    int next = 0;
    QTimer keys;
    keys.setInterval(args.at(4).toInt());
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (next == typed.size()) {
            keys.stop();
            std::printf("done\n");
            std::fflush(stdout);
            return;
        }
        QTest::keyClick(note, typed.at(next).toLatin1());
        ++next;
        std::printf("typed %d\n", next);
        std::fflush(stdout);
    });
    keys.start();
    return app.exec();
}
