#pragma once

#include "document/DocumentText.h"
#include "store/NotesBackend.h"

#include "questions/AnswerSet.h"

#include <QDate>
#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace overleg {
class QuestionFilterModel;
class QuestionModel;
} // namespace overleg

namespace overleg::ui {

class QuestionDelegate;
class TeamBar;

// The right dock: the current document's question units grouped by fractie, with status,
// tags and note per question, filters, and keyboard triage (J/K or arrows to move, 1-5 for
// the status, T for a tag, N for the note, Delete for "not a question"). Every edit is saved at
// once and can be undone. QuestionDock.cpp builds and refreshes the panel; QuestionDockEdits.cpp
// holds the edits (each an undoable command) and the keys and context menu that make them.
class QuestionDock : public QDockWidget {
    Q_OBJECT
public:
    QuestionDock(NotesBackend &notes, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The document in the centre; an empty id clears the dock.
    void setDocument(const QString &documentId, const QString &title, const DocumentText &text,
                     const QString &soort);
    QString emptyStateText() const;
    QuestionModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    TeamBar *teamBar() const { return m_team; }     // assignment and progress in a team workspace
    void selectQuestion(const QString &questionId); // and scrolls it into view
    // The date the answers are due (shown on open questions); invalid when not known.
    void setDeadline(const QDate &deadline);
    // The single-key triage actions (J, K, 1-5, T, N, Delete): they act while the list has the
    // focus; the main window lists them in its Questions menu.
    QList<QAction *> triageActions() const { return m_triage; }
    QString headerText() const;
    QString currentQuestionId() const;

    void setStatus(const QString &status); // on the current question
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    // The panel's links from the keyboard (A, O, R in the list): accept the matcher's proposed
    // status, open the answer found, choose one of the question's tags to remove.
    bool acceptProposal();
    bool openCurrentAnswer();
    void chooseTagToRemove();
    void setNote(const QString &note);
    // Saves what is typed in the note editor and not yet stored (closing, switching language).
    void flushPendingEdits();
    // The longest a typed note stays on screen unsaved.
    static constexpr int kNoteSaveDelayMs = 250;
    void removeCurrent();
    // Corrections: a span of the document's plain text as a new question; the current
    // question split after its first sentence, or merged with the next one.
    void addQuestion(int start, int end, const QString &text);
    void splitCurrent();
    // What kind of document this is read as (a soort; empty: as its head says), undoable.
    void setKind(const QString &soort);
    void mergeCurrentWithNext();
    // Reads the notes again (after tags were renamed or merged elsewhere).
    void refresh();
    // The answers found for the document's questions, and a line saying where they come from.
    void setAnswers(const QHash<QString, FoundAnswer> &answers, const QString &sourceHtml,
                    bool answersPossible = true);
    QString answerText() const;     // what the answer line shows for the current question
    QString answerInfoText() const; // where the answers come from

Q_SIGNALS:
    // The user picked a question: show it in the document (offsets in its plain text).
    void questionActivated(int start, int end, const QString &text);
    // The user asked to read a question's answer: in documentId, at these plain-text offsets.
    void answerActivated(const QString &documentId, int start, int end, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void chooseKind();
    void updateEditor();
    void updateTagChoices();
    void flushNote();
    void edit(const Annotation &after, const QString &what);
    void edit(const QString &questionId, const Annotation &after, const QString &what);
    void reload(); // extracts again, with the corrections, keeping the current question
    void showContextMenu(const QPoint &pos);
    void createTriageActions();
    void updateHeader();
    void updateLegend();
    void moveCurrent(int step);

    NotesBackend &m_notes;
    QUndoStack *m_undo;
    QuestionModel *m_model;
    QuestionFilterModel *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QLabel *m_header;
    QToolButton *m_legend; // what the status icons and colours mean
    QLineEdit *m_textFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_tagFilter;
    QComboBox *m_fractieFilter;
    QComboBox *m_sort;
    QTreeView *m_list;
    QLabel *m_current;
    QLabel *m_answer;     // the answer found for the current question, with Open and Accept
    QLabel *m_answerInfo; // where the answers come from, or the deadline when there are none
    QComboBox *m_status;
    QLineEdit *m_tagInput;
    QLabel *m_tags;
    QPlainTextEdit *m_note;
    QPushButton *m_remove;
    QTimer *m_noteTimer;
    QuestionDelegate *m_delegate;
    TeamBar *m_team = nullptr;
    QList<QAction *> m_triage;
    QString m_documentId;
    QString m_title;
    bool m_hasText = false;
    DocumentText m_text;
    QString m_soort;
    bool m_updating = false;
};

} // namespace overleg::ui
