#pragma once

#include "QuestionUnit.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace overleg {

// A user's correction of the extractor, kept in the notes database and applied to every later
// extraction of the document, in the order it was made.
struct Correction {
    enum class Kind { Add, Remove, Split, Merge, Soort };
    Kind kind = Kind::Add;
    QJsonObject payload;

    // Add: a span of the document's plain text the user marked as a question.
    static Correction add(int start, int end, const QString &text, int page,
                          const QString &fractie);
    static Correction remove(const QString &questionId);
    // Split: the unit into two, after `at` characters of its text.
    static Correction split(const QString &questionId, int at);
    // Merge: a unit with the one after it.
    static Correction merge(const QString &firstId, const QString &secondId);
    // Soort: what kind of document this is (DocumentKind's soort), where the extractor read it
    // wrong; an empty soort lets the document's head decide again.
    static Correction soort(const QString &soort);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

// The soort the user chose for the document: the last Soort correction; empty when none (or
// when the last one handed the choice back to the document).
QString chosenSoort(const QList<Correction> &corrections);

// The extraction with the corrections applied; units they create get stable ids too.
QuestionExtraction applyCorrections(QuestionExtraction extraction, const QString &documentId,
                                    const QList<Correction> &corrections);

} // namespace overleg
