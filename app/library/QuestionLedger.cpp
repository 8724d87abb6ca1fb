#include "QuestionLedger.h"

#include "DocumentQuestions.h"
#include "FileStore.h"
#include "Library.h"
#include "core/Logging.h"
#include "questions/AnswerSet.h"
#include "questions/KindRoles.h"
#include "questions/QuestionExtractor.h"
#include "store/NotesBackend.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace overleg {

namespace {

// Bump when the extractor or the matcher changes what they find, or what a row means: every
// document is read again. ledger-2: answer_documents counts the document itself when it holds
// its own answers, so 0 means its questions await their answer.
constexpr auto kLedgerVersion = "ledger-2";

// The documents the ledger covers, with a file: the question soorten; the soorten that repeat
// the questions they answer or postpone (an Antwoord, a Nota, a Verslag of a schriftelijk
// overleg, a Mededeling) unless
// a question document of the same zaak is here to carry them; and the user's imports (their
// kind is detected from the text).
QString candidatesSql() {
    return QStringLiteral(
        "SELECT d.id, coalesce(d.soort, ''), f.sha256 FROM document_file f JOIN document d ON "
        "d.id = f.document_id WHERE d.soort IN (%1) OR f.document_id IN (SELECT document_id "
        "FROM local_document) OR (d.soort IN (%2) AND NOT EXISTS (SELECT 1 FROM link la JOIN "
        "link lq ON lq.naar = la.naar AND lq.soort = 'zaak' JOIN document q ON q.id = lq.van "
        "JOIN document_file qf ON qf.document_id = q.id WHERE la.van = d.id AND la.soort = "
        "'zaak' AND q.id <> d.id AND q.soort IN (%1)))");
}

// ledger_document.answer_documents: the documents an answer could be read in, the question
// document itself included when it holds its own answers. 0: its questions await their answer
// (Open vragen and the exports say "awaiting", not "not answered").
int answersRead(const DocumentQuestions &read) {
    if (!read.answersPossible)
        return 0;
    return int(read.answerSources.size()) + (holdsOwnAnswers(read.extraction.kind) ? 1 : 0);
}

} // namespace

QuestionLedger::QuestionLedger(Library &library)
    : m_library(library) {}

QString QuestionLedger::signatureOf(const QString &documentId, const QString &soort,
                                    const QString &sha256) const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kLedgerVersion);
    hash.addData(sha256.toLatin1());
    Database &db = m_library.libraryDatabase();
    const DocumentKind kind = kindFromSoort(soort);
    for (const AnswerLocator::Source &source :
         answerSourcesWithFiles(m_library, documentId, kind)) {
        QSqlQuery q =
            db.run(QStringLiteral("SELECT sha256 FROM document_file WHERE document_id = ?"),
                   {source.documentId});
        hash.addData(source.documentId.toUtf8());
        hash.addData(q.next() ? q.value(0).toString().toLatin1() : QByteArray());
    }
    const AnswerLocator locator(db, m_library.notes());
    hash.addData(locator.deadlineFor(documentId).toString(Qt::ISODate).toLatin1());
    // The user's corrections and removed units, from the workspace in use (personal or team):
    // a colleague's correction makes the document stale too.
    NotesBackend &notes = m_library.notes();
    for (const Correction &c : notes.corrections(documentId))
        hash.addData(QByteArray(Correction::kindName(c.kind).toUtf8() +
                                QJsonDocument(c.payload).toJson(QJsonDocument::Compact) + ','));
    QStringList removed = notes.removedUnits(documentId);
    removed.sort();
    hash.addData(QByteArray(QByteArray("removed:") + removed.join(u',').toUtf8()));
    return QString::fromLatin1(hash.result().toHex());
}

QStringList QuestionLedger::staleDocuments() const {
    Database &db = m_library.libraryDatabase();
    QSqlQuery q = db.run(
        candidatesSql().arg(sqlSoortList(askingSoorten()), sqlSoortList(repeatingSoorten())));
    QList<std::array<QString, 3>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    QStringList stale;
    for (const auto &[id, soort, sha] : candidates) {
        QSqlQuery stored = db.run(
            QStringLiteral("SELECT signature FROM ledger_document WHERE document_id = ?"), {id});
        if (!stored.next() || stored.value(0).toString() != signatureOf(id, soort, sha))
            stale << id;
    }
    return stale;
}

Status QuestionLedger::update(const QString &documentId) {
    Database &db = m_library.libraryDatabase();
    QSqlQuery doc = db.run(QStringLiteral("SELECT coalesce(d.soort, ''), f.sha256 FROM document d "
                                          "JOIN document_file f ON f.document_id = d.id WHERE "
                                          "d.id = ?"),
                           {documentId});
    if (!doc.next())
        return Status::failure(QStringLiteral("%1: no file in the library").arg(documentId));
    const QString soort = doc.value(0).toString();
    const QString signature = signatureOf(documentId, soort, doc.value(1).toString());
    const QString path = m_library.files().pathFor(documentId);
    const auto read = path.isEmpty()
                          ? Result<DocumentQuestions>::failure(QStringLiteral("file missing"))
                          : readDocumentQuestions(m_library, documentId, soort, path);

    const AnswerLocator locator(db, m_library.notes());
    const QDate deadline = locator.deadlineFor(documentId);
    Transaction tx(db.connection());
    db.run(QStringLiteral("DELETE FROM ledger_question WHERE document_id = ?"), {documentId});
    int questions = 0;
    int answered = 0;
    if (read) {
        QSqlQuery insert = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO ledger_question (question_id, document_id, n, fractie, text, "
            "page, start, answered, answer_document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QuestionUnit &unit : read->extraction.questions) {
            if (read->removed.contains(unit.id))
                continue;
            const auto answer = read->answers.constFind(unit.id);
            const bool isAnswered = answer != read->answers.cend();
            for (const QVariant &v :
                 {QVariant(unit.id), QVariant(documentId), QVariant(unit.n), QVariant(unit.fractie),
                  QVariant(unit.text), QVariant(unit.page), QVariant(unit.start),
                  QVariant(isAnswered ? 1 : 0),
                  isAnswered ? QVariant(answer->documentId) : QVariant()})
                insert.addBindValue(v);
            if (!db.exec(insert))
                return Status::failure(insert.lastError().text());
            ++questions;
            answered += isAnswered ? 1 : 0;
        }
    }
    db.run(QStringLiteral("INSERT OR REPLACE INTO ledger_document (document_id, signature, "
                          "deadline, delayed, answer_documents, questions, answered) VALUES (?, "
                          "?, ?, ?, ?, ?, ?)"),
           {documentId, signature,
            deadline.isValid() ? QVariant(deadline.toString(Qt::ISODate)) : QVariant(),
            locator.hasDelayNotice(documentId) ? 1 : 0, read ? answersRead(read.value()) : 0,
            questions, answered});
    if (!tx.commit())
        return Status::failure(db.connection().lastError().text());
    if (!read)
        return Status::failure(read.error());
    return success();
}

void QuestionLedger::prune() {
    Database &db = m_library.libraryDatabase();
    Transaction tx(db.connection());
    db.run(QStringLiteral("DELETE FROM ledger_question WHERE document_id NOT IN (SELECT "
                          "document_id FROM document_file)"));
    db.run(QStringLiteral("DELETE FROM ledger_document WHERE document_id NOT IN (SELECT "
                          "document_id FROM document_file)"));
    tx.commit();
}

int QuestionLedger::refresh(const std::function<bool()> &cancelled) {
    prune();
    int read = 0;
    for (const QString &id : staleDocuments()) {
        if (cancelled && cancelled())
            break;
        if (const Status updated = update(id); !updated)
            qCInfo(lcLibrary) << "question ledger:" << id << updated.error();
        ++read;
    }
    return read;
}

QFuture<int> refreshQuestionLedgerInBackground(const QString &dataRoot,
                                               const NotesInWorker &teamNotes) {
    return QtConcurrent::run([dataRoot, teamNotes](QPromise<int> &promise) {
        // SQLite connections belong to one thread: this worker opens its own.
        auto library = Library::open(dataRoot);
        if (!library) {
            qCWarning(lcLibrary) << "question ledger:" << library.error();
            promise.addResult(0);
            return;
        }
        if (teamNotes) {
            // A team workspace: its notes through a connection of this thread. Without it
            // (the server away) the rows stay as they are rather than follow other notes.
            auto team = teamNotes();
            if (!team) {
                promise.addResult(0);
                return;
            }
            library.value()->setTeamNotes(std::move(team));
        }
        QuestionLedger ledger(*library.value());
        promise.addResult(ledger.refresh([&promise] { return promise.isCanceled(); }));
    });
}

} // namespace overleg
