#include "ReportBuilder.h"

#include "library/DocumentQuestions.h"
#include "library/Library.h"
#include "questions/Reanchor.h"
#include "store/LibraryQueries.h"
#include "store/NotesBackend.h"
#include "store/TeamFeatures.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace overleg {

namespace {

QString bewindspersoonOf(const DocumentDetails &details) {
    for (const ActorSummary &actor : details.actors) {
        const QString role = (actor.functie + u' ' + actor.relatie).toLower();
        if (role.contains(QLatin1String("minister")) ||
            role.contains(QLatin1String("staatssecretaris")) ||
            role.contains(QLatin1String("bewindspersoon")))
            return actor.functie.isEmpty() ||
                           actor.naam.contains(actor.functie, Qt::CaseInsensitive)
                       ? actor.naam
                       : QStringLiteral("%1 (%2)").arg(actor.naam, actor.functie);
    }
    return {};
}

QStringList annotatedDocuments(Database &notes) {
    QStringList ids;
    QSqlQuery q = notes.run(QStringLiteral(
        "SELECT document_id FROM annotation GROUP BY document_id ORDER BY min(updated_at)"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// A note whose question cannot be placed (gone from a new version, or the file unreadable):
// reported by the text it was written on.
ReportQuestion questionFromNote(const Annotation &a) {
    ReportQuestion q;
    q.id = a.questionId;
    q.text = a.anchorText;
    q.status = a.status;
    q.tags = a.tags;
    q.note = a.note;
    return q;
}

bool inScope(const ReportQuestion &q, const ReportScope &scope) {
    if (!scope.status.isEmpty() && q.status != scope.status)
        return false;
    if (!scope.fractie.isEmpty() && q.fractie.compare(scope.fractie, Qt::CaseInsensitive) != 0)
        return false;
    if (!scope.tag.isEmpty() && !q.tags.contains(scope.tag, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace

Result<Report> ReportBuilder::build(Library &library, const ReportScope &scope) {
    Report report;
    report.scope = scope;
    NotesBackend &notes = library.notes();
    TeamFeatures *team = notes.team();
    report.team = team != nullptr;
    for (const Tag &tag : notes.tags())
        report.tagColors.insert(tag.name, tag.color);

    const QStringList ids = scope.documentIds.isEmpty()
                                ? annotatedDocuments(library.notesDatabase())
                                : scope.documentIds;
    for (const QString &requested : ids) {
        const QString id = library.queries().resolveDocument(requested).isEmpty()
                               ? requested
                               : library.queries().resolveDocument(requested);
        ReportDocument doc;
        doc.id = id;
        const auto details = library.queries().details(id, library.dataDirectory().root());
        if (details) {
            doc.titel = details->summary.titel;
            doc.onderwerp = details->onderwerp;
            doc.soort = details->summary.soort;
            doc.nummer = details->summary.nummer;
            doc.citation = details->citation;
            doc.commissie = details->commissies.join(QStringLiteral(", "));
            doc.datum = details->summary.datum;
            doc.bewindspersoon = bewindspersoonOf(*details);
        } else if (!scope.documentIds.isEmpty()) {
            return Result<Report>::failure(
                QCoreApplication::translate("ReportBuilder", "%1: no such document in the "
                                                             "library.")
                    .arg(requested));
        } else {
            doc.titel = id;
        }

        const QHash<QString, Annotation> before = notes.annotationsOf(id);
        const QString path = details ? details->filePath : QString();
        const auto read = path.isEmpty()
                              ? Result<DocumentQuestions>::failure(QCoreApplication::translate(
                                    "ReportBuilder", "the file is not in the library"))
                              : readDocumentQuestions(library, id, doc.soort, path);
        QList<ReportQuestion> questions;
        if (read) {
            const QuestionExtraction &extraction = read->extraction;
            const QList<Annotation> detached = reattachAnnotations(notes, id, extraction);
            const QHash<QString, Annotation> annotations = notes.annotationsOf(id);
            for (const QuestionUnit &unit : extraction.questions) {
                if (read->removed.contains(unit.id))
                    continue;
                ReportQuestion q;
                q.n = unit.n;
                q.id = unit.id;
                q.fractie = unit.fractie;
                q.text = unit.text;
                q.page = unit.page;
                if (const auto a = annotations.constFind(unit.id); a != annotations.cend()) {
                    q.status = a->status;
                    q.tags = a->tags;
                    q.note = a->note;
                }
                if (const auto m = read->answers.constFind(unit.id); m != read->answers.cend()) {
                    q.answer = m->match.answer;
                    q.answerPage = m->match.answerPage;
                    q.answerState = ReportAnswer::Found;
                } else {
                    q.answerState = read->awaiting(unit.id) ? ReportAnswer::Awaiting
                                                            : ReportAnswer::NotAnswered;
                }
                questions << q;
            }
            // Notes whose question is gone are reported too: never silently left out.
            for (const Annotation &a : detached)
                questions << questionFromNote(a);
        } else {
            doc.warning = read.error();
            for (const Annotation &a : before)
                questions << questionFromNote(a);
        }
        const QHash<QString, QString> assignees =
            team ? team->assignees(id) : QHash<QString, QString>();
        for (ReportQuestion &q : questions) {
            q.assignee = assignees.value(q.id);
            if (inScope(q, scope))
                doc.questions << q;
        }
        // A filter that leaves nothing of a document leaves the document out.
        if (doc.questions.isEmpty() && scope.isFiltered())
            continue;
        report.documents << doc;
    }
    return report;
}

} // namespace overleg
