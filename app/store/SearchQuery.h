#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// A field that narrows a search (fractie:VVD, datum:2024-01..2024-06). Repeating a field accepts
// any of its values; a field written with a leading minus excludes its values.
struct SearchField {
    enum class Name { Fractie, Tag, QuestionStatus, Soort, Commissie, Dossier, Kamerlid, Datum };
    Name name = Name::Fractie;
    QString value;    // folded to lower case; a status in its stored form (open, answered, ...)
    QString from, to; // datum: [from, to) as yyyy-MM-dd strings; either may be empty
    bool excluded = false;
};

// The search language, parsed by our own parser and compiled to FTS5 expressions whose every
// term is quoted, so user text never reaches MATCH as syntax:
//   words (all must occur), "a phrase", prefix*, AND, OR, NOT and -word, (groups),
//   NEAR(word word [, distance]), and fields: fractie: tag: status: soort: commissie: dossier:
//   kamerlid: datum:2024, datum:2024-01..2024-06.
struct SearchQuery {
    QString match;     // for the unicode61 index (case and diacritics folded); empty: fields only
    QString substring; // the same for the trigram index (compound parts); empty when unusable
    QString exclude;   // words excluded from the whole document (top-level NOT and -word)
    QStringList terms; // the words and phrases searched for, to highlight
    QList<SearchField> fields;
    // The plain form, when the query is one (words and phrases that must all occur, none a
    // prefix, and excluded words or phrases beside them): `match` is then `(required AND ...)
    // NOT excluded ...` with the phrases numbered in that order, so the matches and their bm25
    // can be computed from the words' lists in memory (SearchTermPostings). Empty otherwise.
    QStringList required; // the texts of the required words and phrases
    QStringList excluded; // each excluded word or phrase, compiled (one FTS5 phrase each)

    static Result<SearchQuery> parse(const QString &text);
    // The fields the language knows, as they are typed.
    static QStringList fieldNames();
};

} // namespace overleg
