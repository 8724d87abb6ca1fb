#include "ReportBuilder.h"

#include "document/TextExtractor.h"
#include "library/AnswerLocator.h"
#include "library/FileStore.h"
#include "library/Library.h"
#include "questions/AnswerSet.h"
#include "questions/Corrections.h"
#include "questions/QuestionExtractor.h"
#include "questions/Reanchor.h"
#include "store/LibraryQueries.h"
#include "store/NotesStore.h"

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

// The answers to the questions: in the document itself, in the documents the user linked, or
// in the answering document the Kamer filed under the same zaak.
QHash<QString, FoundAnswer> answersFor(Library &library, const QString &documentId,
                                       const QuestionExtraction &extraction,
                                       const DocumentText &text) {
    QList<std::pair<QString, DocumentText>> answerDocs;
    const AnswerLocator locator(library.libraryDatabase(), library.notesDatabase());
    for (const AnswerLocator::Source &source : locator.answersFor(documentId, extraction.kind)) {
        const QString path = library.files().pathFor(source.documentId);
        if (path.isEmpty())
            continue;
        if (auto answers = extractTextFromFile(path))
            answerDocs.append({source.documentId, answers.value()});
    }
    return findAnswers(extraction, documentId, text, answerDocs);
}

} // namespace

Result<Report> ReportBuilder::build(Library &library, const ReportScope &scope) {
    Report report;
    report.scope = scope;
    NotesStore &notes = library.notes();
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
        const auto text = path.isEmpty()
                              ? Result<DocumentText>::failure(QCoreApplication::translate(
                                    "ReportBuilder", "the file is not in the library"))
                              : extractTextFromFile(path);
        QList<ReportQuestion> questions;
        if (text) {
            const QuestionExtraction extraction = applyCorrections(
                QuestionExtractor::extract(text.value(), id, doc.soort), id, notes.corrections(id));
            const QList<Annotation> detached = reattachAnnotations(notes, id, extraction);
            const QHash<QString, Annotation> annotations = notes.annotationsOf(id);
            const QStringList removed = notes.removedUnits(id);
            const QHash<QString, FoundAnswer> answers =
                answersFor(library, id, extraction, text.value());
            for (const QuestionUnit &unit : extraction.questions) {
                if (removed.contains(unit.id))
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
                if (const auto m = answers.constFind(unit.id); m != answers.cend()) {
                    q.answer = m->match.answer;
                    q.answerPage = m->match.answerPage;
                }
                questions << q;
            }
            // Notes whose question is gone are reported too: never silently left out.
            for (const Annotation &a : detached)
                questions << questionFromNote(a);
        } else {
            doc.warning = text.error();
            for (const Annotation &a : before)
                questions << questionFromNote(a);
        }
        for (const ReportQuestion &q : std::as_const(questions)) {
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
