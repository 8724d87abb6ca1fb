#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace overleg {

class Library;
class NotesBackend;

// All of a user's notes as one JSON document: tags, statuses, notes and tags per question,
// corrections of the extractor, links between question and answer documents, and what is
// followed, with the document references (id, documentNummer, KOOP id) needed to re-attach them
// in another library. Export, import elsewhere, export again: the same bytes.
class NotesBundle {
public:
    static constexpr int kFormatVersion = 1;

    static QJsonDocument build(Library &library);
    static QByteArray serialize(Library &library); // indented, stable order

    struct ImportSummary {
        int tags = 0;
        int annotations = 0;
        int corrections = 0;
        int links = 0;
        int follows = 0;
        int kept = 0; // annotations already here and newer, left as they were
        // Annotations for documents this library does not have (kept; they show when the
        // document arrives), and how many such documents.
        int unknownDocumentAnnotations = 0;
        int unknownDocuments = 0;
        QString backup; // the copy of the notes made before importing
    };
    // Merges a bundle into the library's notes in one transaction, after a backup copy of the
    // notes database. A bundle from a newer Overleg, or not a bundle at all, changes nothing.
    // In a team workspace, tags, annotations and corrections go to the team's server
    // (WorkspaceBundleImport.cpp): an annotation the team already has is kept as it is.
    static Result<ImportSummary> import(Library &library, const QByteArray &bytes);

private:
    // `ids`: the bundle's document ids to this library's.
    static Status importIntoWorkspace(NotesBackend &notes, const QJsonObject &root,
                                      const QHash<QString, QString> &ids, ImportSummary &summary);
};

} // namespace overleg
