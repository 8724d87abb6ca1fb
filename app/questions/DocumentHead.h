#pragma once

#include "DocumentKinds.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace overleg {

struct DocumentText;

// What a document says about itself in its head: the title block, the lines naming the askers
// and the dates, and the identifiers its running heads and feet carry. What an imported file
// knows without the Kamer's metadata; every field may be empty.
struct DocumentHead {
    DocumentKind kind = DocumentKind::Other;
    QString title;
    QDate date;           // received, established or sent, as fits the kind
    QString vergaderjaar; // "2023-2024"
    QString dossier;      // "36450", "21501-02"
    int volgnummer = 0;   // "Nr. 6"
    QString koopId;       // "kst-36450-6", "ah-tk-20232024-1999", "kv-tk-2024Z18792"
    QString zaak;         // "2024Z18792"
    QStringList askers;   // "Boswijk (CDA)"
    QString addressee;    // "de Ministers van Financiën en voor Buitenlandse Handel ..."

    // The identifier that names the same document in every format: the KOOP id, else one
    // built from the dossier and volgnummer, else the zaak.
    QString identifier() const;
};

DocumentHead readDocumentHead(const DocumentText &text);

} // namespace overleg
