#include "SearchIndexer.h"

#include "DocumentQuestions.h"
#include "FileStore.h"
#include "Library.h"
#include "core/Logging.h"
#include "document/TextExtractor.h"
#include "store/FullTextIndex.h"
#include "store/NotesStore.h"

#include <QPromise>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg {

SearchIndexer::SearchIndexer(Library &library, FullTextIndex &index)
    : m_library(library)
    , m_index(index) {}

Result<int> SearchIndexer::refresh(const Progress &progress,
                                   const std::function<bool()> &cancelled) {
    const auto pending = m_index.indexMetadata(cancelled);
    if (!pending)
        return Result<int>::failure(pending.error());
    const QStringList &documents = pending.value();
    int read = 0;
    for (const QString &id : documents) {
        if (cancelled && cancelled())
            break;
        if (progress)
            progress(read, int(documents.size()));
        if (const Status indexed = indexText(id); !indexed)
            qCInfo(lcLibrary) << "search index:" << id << indexed.error();
        ++read;
    }
    if (progress)
        progress(read, int(documents.size()));
    return read;
}

Status SearchIndexer::indexText(const QString &documentId) {
    SearchDocumentText document;
    document.documentId = documentId;
    // Taken before reading: an edit made while the file is read changes the signature again,
    // so the next refresh reads the document once more instead of missing the edit.
    document.signature = m_index.textSignature(documentId);
    QSqlQuery soortQuery = m_library.libraryDatabase().run(
        QStringLiteral("SELECT coalesce(soort, '') FROM document WHERE id = ?"), {documentId});
    const QString soort = soortQuery.next() ? soortQuery.value(0).toString() : QString();
    const QString path = m_library.files().pathFor(documentId);
    const auto text = path.isEmpty() ? Result<DocumentText>::failure(QStringLiteral("no file"))
                                     : extractTextFromFile(path);
    if (text) {
        int offset = 0;
        for (qsizetype i = 0; i < text->pages.size(); ++i) {
            const QString &page = text->pages.at(i);
            if (!page.trimmed().isEmpty()) {
                SearchEntry entry;
                entry.part = SearchEntry::Part::Page;
                entry.page = int(i) + 1;
                entry.start = offset;
                entry.body = page;
                document.entries << entry;
            }
            offset += int(page.size()) + 1; // the form feed between pages
        }
        NotesBackend &notes = m_library.notes();
        const QuestionExtraction extraction =
            userExtraction(notes, text.value(), documentId, soort);
        const QStringList removed = notes.removedUnits(documentId);
        QHash<QString, Annotation> annotations = notes.annotationsOf(documentId);
        document.fracties = extraction.fracties;
        for (const QuestionUnit &unit : extraction.questions) {
            if (removed.contains(unit.id))
                continue;
            const Annotation annotation = annotations.take(unit.id);
            SearchEntry entry;
            entry.part = SearchEntry::Part::Question;
            entry.questionId = unit.id;
            entry.n = unit.n;
            entry.page = unit.page;
            entry.start = unit.start;
            entry.fractie = unit.fractie;
            entry.status =
                annotation.questionId.isEmpty() ? QStringLiteral("open") : annotation.status;
            entry.tags = annotation.tags;
            entry.body = unit.text;
            document.entries << entry;
            if (!annotation.note.trimmed().isEmpty()) {
                entry.part = SearchEntry::Part::Note;
                entry.body = annotation.note;
                document.entries << entry;
            }
        }
        // Notes whose question is not found in this version: still the user's words.
        for (const Annotation &annotation : std::as_const(annotations)) {
            if (annotation.note.trimmed().isEmpty() && annotation.tags.isEmpty())
                continue;
            SearchEntry entry;
            entry.part = SearchEntry::Part::Note;
            entry.questionId = annotation.questionId;
            entry.status = annotation.status;
            entry.tags = annotation.tags;
            entry.body = annotation.note.isEmpty() ? annotation.anchorText : annotation.note;
            document.entries << entry;
        }
    }
    const Status replaced = m_index.replaceText(document);
    if (!replaced)
        return replaced;
    return text ? success() : Status::failure(text.error());
}

Status prepareSearchIndexing(Library &library, FullTextIndex &index, const SearchNotes &notes) {
    const DataDirectory &dir = library.dataDirectory();
    if (!notes.isPersonal()) {
        std::unique_ptr<NotesBackend> team = notes.open ? notes.open() : nullptr;
        if (!team)
            return Status::failure(QStringLiteral("the offline copy %1 of the workspace cannot "
                                                  "be read")
                                       .arg(notes.copyPath));
        library.setTeamNotes(std::move(team), notes.copyPath);
    }
    return index.attach(dir.libraryDatabasePath(),
                        notes.isPersonal() ? dir.notesDatabasePath() : notes.copyPath);
}

QFuture<int> refreshSearchIndexInBackground(const QString &dataRoot, const SearchNotes &notes) {
    return QtConcurrent::run([dataRoot, notes](QPromise<int> &promise) {
        // SQLite connections belong to one thread: this worker opens its own.
        auto library = Library::open(dataRoot);
        auto index = FullTextIndex::open(FullTextIndex::pathIn(dataRoot));
        if (!library || !index) {
            qCWarning(lcLibrary) << "search index:" << library.error() << index.error();
            promise.addResult(-1);
            return;
        }
        if (const Status prepared = prepareSearchIndexing(*library.value(), *index.value(), notes);
            !prepared) {
            qCWarning(lcLibrary) << "search index:" << prepared.error();
            promise.addResult(-1);
            return;
        }
        SearchIndexer indexer(*library.value(), *index.value());
        const auto read = indexer.refresh(
            [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            },
            [&promise] { return promise.isCanceled(); });
        if (!read)
            qCWarning(lcLibrary) << "search index:" << read.error();
        promise.addResult(read ? read.value() : -1);
    });
}

} // namespace overleg
