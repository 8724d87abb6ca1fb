#pragma once

#include "questions/AnswerSet.h"
#include "questions/QuestionUnit.h"
#include "store/NotesBackend.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDate>
#include <QSet>

#include <optional>

namespace overleg {

// The question units of one document grouped by fractie (a group row with its counts, then
// its units), with what the user set on each. The question dock shows it through
// QuestionFilterModel; edits go to the NotesBackend and come back through setAnnotation.
class QuestionModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1,
        NumberRole,
        TextRole,
        FractieRole,
        KindRole,
        StatusRole,
        TagsRole,
        NoteRole,
        PageRole,
        StartRole,
        EndRole,
        IsGroupRole,
        CountsRole,         // for a group: "12 vragen · 3 open"
        ProposedStatusRole, // "answered" / "unanswered" once answers were looked for, else empty
        AnswerRole,         // the excerpt of the answer found
        AnswerPageRole,
        AnswerDocumentRole, // the document holding the answer
        AnswerStartRole,    // offset in that document's plain text
        ConfidenceRole,
        DeadlineRole, // for an open unit: the date its answer is due, when known
        AssigneeRole, // in a team workspace: the member the question is assigned to
    };

    explicit QuestionModel(QObject *parent = nullptr);

    // detached: notes whose question is no longer in the document (shown in a group of their own).
    void setDocument(const QString &documentId, const QuestionExtraction &extraction,
                     const QHash<QString, Annotation> &annotations, const QStringList &removed,
                     const QList<Annotation> &detached = {});
    int detachedCount() const { return int(m_detached.size()); }
    void clear();
    void setAnnotation(const QString &questionId, const Annotation &annotation);
    // In a team workspace: who each question is assigned to (question id -> member).
    void setAssignees(const QHash<QString, QString> &assignees);
    QString assigneeOf(const QString &questionId) const { return m_assignees.value(questionId); }
    // Hides (or shows again) a unit the user marked as no question.
    void setRemoved(const QString &questionId, bool removed);
    // The answers found (by question id); questions not in it are proposed unanswered.
    // answersPossible: an answering document was read, or the document holds its own answers;
    // when none can be here yet, an unanswered question is proposed as "awaiting" (its answer
    // is still to come) rather than "unanswered" (an answer came and left it out).
    void setAnswers(const QHash<QString, FoundAnswer> &answers, bool answersPossible = true);
    bool hasAnswers() const { return m_answersKnown; }
    std::optional<FoundAnswer> answerOf(const QString &questionId) const;

    QString documentId() const { return m_documentId; }
    const QuestionExtraction &extraction() const { return m_extraction; }
    QModelIndex indexOfQuestion(const QString &questionId) const;
    int questionCount() const;
    std::optional<QuestionUnit> unit(const QString &questionId) const;
    Annotation annotationOf(const QString &questionId) const;

    static QString statusLabel(const QString &status);
    static QColor statusColor(const QString &status);
    // A matcher's confidence as a word: certain, likely or uncertain (a number means little).
    static QString confidenceLabel(double confidence);
    // The date the answers to this document are due (invalid: not known, or not asked).
    void setDeadline(const QDate &deadline);
    QDate deadline() const { return m_deadline; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        QString fractie;
        QList<int> units; // indices into m_visible
    };
    void rebuild();

    QString m_documentId;
    QuestionExtraction m_extraction;
    QHash<QString, Annotation> m_annotations;
    QHash<QString, QString> m_assignees;
    QSet<QString> m_removed;
    QList<Annotation> m_detached;
    QHash<QString, FoundAnswer> m_answers;
    bool m_answersKnown = false;
    bool m_answersPossible = true;
    QDate m_deadline;
    QList<QuestionUnit> m_visible;
    QList<Group> m_groups;
};

} // namespace overleg
