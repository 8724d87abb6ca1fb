#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// What an export shows, in the order it shows it: per document its identification, then each
// question with the user's status, tags and note and the answer found for it. Every format
// (PDF, Markdown, CSV) is written from this one model.
// What the matcher says of a question's answer: found, skipped by the answer that came (not
// answered), or still to come (awaiting: no answering document yet); unknown for a note whose
// question is gone or a document that could not be read.
enum class ReportAnswer { Unknown, Found, NotAnswered, Awaiting };

struct ReportQuestion {
    int n = 0;
    QString id;
    QString fractie;
    QString text;
    int page = 0;
    QString status = QStringLiteral("open"); // the user's: open, answered, partial, ...
    QStringList tags;
    QString note;     // as the user wrote it; every report shows it as text
    QString assignee; // in a team workspace: the member who answers for it (empty: nobody)
    QString answer;
    int answerPage = 0;
    ReportAnswer answerState = ReportAnswer::Unknown;
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
    bool team = false; // from a team workspace: progress per member, and each assignee
    int questionCount() const {
        int n = 0;
        for (const ReportDocument &d : documents)
            n += int(d.questions.size());
        return n;
    }
};

// The words of the report in a language ("nl" or "en"), from the UI's translations of that
// language whatever translator is installed (the CLI has none): a status reads as in the panel.
struct ReportLabels {
    QString language;
    QString reportTitle, question, questions, fractie, status, tags, note, answer, page, document,
        number, citation, commissie, date, bewindspersoon, summary, byFractie, byTag, total,
        noFractie, noQuestions, filteredBy, generatedOn, noAnswer;
    QString awaitingAnswer;                   // no answering document yet (not "not answered")
    QString byMember, assignedTo, unassigned; // a team workspace's progress
    QHash<QString, QString> statusNames;      // stored status -> its word
    QString statusName(const QString &status) const;
    // "awaiting the answer", "No answer found." or, for a found one, the word for answered.
    QString answerStateName(ReportAnswer state) const;

    static ReportLabels forLanguage(const QString &language);
};

} // namespace overleg
