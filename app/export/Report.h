#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// What an export shows, in the order it shows it: per document its identification, then each
// question with the user's status, tags and note and the answer found for it. Every format
// (PDF, Markdown, CSV) is written from this one model.
struct ReportQuestion {
    int n = 0;
    QString id;
    QString fractie;
    QString text;
    int page = 0;
    QString status = QStringLiteral("open"); // the user's: open, answered, partial, ...
    QStringList tags;
    QString note; // as the user wrote it; every report shows it as text
    QString answer;
    int answerPage = 0;
};

struct ReportDocument {
    QString id;
    QString titel;
    QString onderwerp;
    QString soort;
    QString nummer;    // documentNummer, e.g. 2025D01234
    QString citation;  // "Kamerstuk 29 338, nr. 289"
    QString commissie; // names, joined
    QString datum;     // yyyy-MM-dd
    QString bewindspersoon;
    QString warning; // why the questions could not be read, if so
    QList<ReportQuestion> questions;
};

struct ReportScope {
    QStringList documentIds; // empty: every document with notes
    QString tag;             // only questions with this tag
    QString status;          // only questions with this status
    QString fractie;         // only questions of this fractie
    bool isFiltered() const { return !tag.isEmpty() || !status.isEmpty() || !fractie.isEmpty(); }
};

struct Report {
    ReportScope scope;
    QList<ReportDocument> documents;
    QHash<QString, QString> tagColors; // name -> #rrggbb
    int questionCount() const {
        int n = 0;
        for (const ReportDocument &d : documents)
            n += int(d.questions.size());
        return n;
    }
};

// The words of the report in the UI's language ("nl" or "en"): a report goes out as it is, so it
// does not depend on a translator being installed (the CLI has none).
struct ReportLabels {
    QString language;
    QString reportTitle, question, questions, fractie, status, tags, note, answer, page, document,
        number, citation, commissie, date, bewindspersoon, summary, byFractie, byTag, total,
        noFractie, noQuestions, filteredBy, generatedOn, noAnswer;
    QString statusName(const QString &status) const;

    static ReportLabels forLanguage(const QString &language);
};

} // namespace overleg
