#pragma once

// Shared helpers for the Qt Test suites: a throw-away data directory, the fixture files in
// tests/data, and a library filled with the bundled sample.

#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace overleg::test {

// tests/data in the source tree (set by CMake).
inline QString dataPath(const QString &name = {}) {
    const QDir dir(QStringLiteral(OVERLEG_TEST_DATA_DIR));
    return name.isEmpty() ? dir.absolutePath() : dir.filePath(name);
}

inline QByteArray readFixture(const QString &name) {
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Writes bytes to a file in dir and returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The details a document page needs to show a file that is not in any library.
inline DocumentDetails fileDetails(const QString &path) {
    DocumentDetails details;
    details.summary.id = QStringLiteral("test");
    details.summary.titel = QFileInfo(path).fileName();
    details.filePath = path;
    return details;
}

// What a program run by a test returned (-2: it crashed) and printed.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A library in a fresh temporary data directory, optionally with the bundled sample loaded.
struct TempLibrary {
    QTemporaryDir dir;
    std::unique_ptr<Library> library;

    explicit TempLibrary(bool withSample = true) {
        auto opened = Library::open(dir.path(), withSample ? Library::SampleMode::LoadWhenFresh
                                                           : Library::SampleMode::Never);
        if (!opened)
            qFatal("cannot open library: %s", qPrintable(opened.error()));
        library = std::move(opened).value();
    }
    Library *operator->() { return library.get(); }
};

} // namespace overleg::test
