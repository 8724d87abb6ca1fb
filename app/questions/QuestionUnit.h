#pragma once

#include "DocumentKinds.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// One question a fractie or a member put, as LABELING.md defines it.
struct QuestionUnit {
    enum class Kind { Direct, Indirect, Numbered };
    int n = 0;       // 1-based, in document order (numbered items: their own number)
    QString fractie; // normalised party abbreviation ("GL-PvdA"); may be empty
    QString text;    // whitespace collapsed, footnote markers and line-break hyphens removed
    Kind kind = Kind::Direct;
    int page = 0;  // 1-based page where it starts
    int start = 0; // offsets in the document's plain text (pages joined by form feeds)
    int end = 0;
    QString id;         // stable: document + normalised text + ordinal
    int paragraph = -1; // the paragraph it stands in (units asked together share one)
};
QString kindName(QuestionUnit::Kind kind); // "direct", "indirect", "numbered"

struct QuestionExtraction {
    DocumentKind kind = DocumentKind::Other;
    QStringList fracties; // in the order their sections appear (or the askers' parties)
    QList<QuestionUnit> questions;
};

} // namespace overleg
