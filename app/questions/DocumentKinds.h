#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// What a document is, as far as questions go. The names are the Kamer's Document.Soort.
enum class DocumentKind {
    Other,
    InbrengSchriftelijkOverleg,
    VerslagSchriftelijkOverleg,
    SchriftelijkeVragen,
    AntwoordSchriftelijkeVragen,
    MededelingUitstel,
    LijstVanVragen,
    LijstVanVragenEnAntwoorden,
    Verslag,
    NotaNaarAanleidingVanHetVerslag,
};
QString soortOf(DocumentKind kind);
// Every kind but Other, in the enum's order.
QList<DocumentKind> allDocumentKinds();
// Numbered items (Kamervragen, lijsten van vragen) rather than sentences in fractie sections.
bool hasNumberedQuestions(DocumentKind kind);

// The kind from the library's metadata (Document.Soort); Other when the soort names none.
DocumentKind kindFromSoort(const QString &soort);

// The kind from the document's own head: the title block and the first lines, as a reader
// knows what a document is ("NOTA NAAR AANLEIDING VAN HET VERSLAG", "Mededeling van ...",
// "Vragen van het lid ... (ingezonden ...)"), never from a phrase in the body. The paragraphs
// are the document's first ones, in order; Other when the head names no kind.
DocumentKind kindFromHead(const QStringList &headParagraphs);

// When the head says nothing: what the body's structure shows (numbered questions, with or
// without numbered answers; fractie sections of an inbreng). Paragraphs in order.
DocumentKind kindFromBody(const QStringList &paragraphs);

} // namespace overleg
