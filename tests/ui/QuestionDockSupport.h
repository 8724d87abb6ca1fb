#pragma once

// Shared by the question panel's tests (test_questiondock, test_questioncorrections): the
// verslag they read and a notes store of its own for each test.

#include "TestSupport.h"

#include "document/TextExtractor.h"
#include "store/Database.h"
#include "store/NotesStore.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace overleg::test {

// The Verslag schriftelijk overleg kst-29338-289 (a PDF in tests/data), as the panel gets it.
inline DocumentText verslag() {
    auto text = extractTextFromFile(dataPath(QStringLiteral("kst-29338-289.pdf")));
    if (!text)
        qFatal("cannot read the fixture");
    return text.value();
}

// A notes database in a directory of its own, migrated, with its SQLite store.
struct Notes {
    QTemporaryDir dir;
    std::optional<Database> db;
    std::unique_ptr<NotesStore> store;
    Notes() {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("notes.sqlite")), Database::Kind::Notes);
        db.emplace(std::move(opened).value());
        store = std::make_unique<NotesStore>(*db);
    }
};

} // namespace overleg::test
