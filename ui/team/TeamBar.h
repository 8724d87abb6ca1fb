#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

namespace overleg {
class NotesBackend;
class QuestionFilterModel;
class QuestionModel;
class TeamFeatures;
} // namespace overleg

namespace overleg::ui {

// The question panel's strip for a team workspace: "My questions", the consultation's progress
// per member and per status, the conflicts and the refused offline edits waiting for the user; and
// the panel's "Assign to" and "History" menu entries. It asks Library::notes() for its team
// features each time, so it shows itself when the notes are a team workspace's and hides in the
// personal one. It follows the question model: when the panel reads the notes again (a colleague's
// change arrives, the user edits), the assignees and the progress are read again too.
class TeamBar : public QWidget {
    Q_OBJECT
public:
    TeamBar(NotesBackend &notes, QuestionModel *model, QuestionFilterModel *filter,
            QWidget *parent = nullptr);

    // "Assign to ▸ member" and "History…" for the questions selected in the panel.
    void addQuestionActions(QMenu *menu, const QStringList &questionIds);
    // "Assign all questions of this group to ▸ member", for a fractie's row of the model.
    void addGroupActions(QMenu *menu, const QString &fractie);
    // Assigns questions of the panel's document (empty member: to nobody); false with the reason
    // shown in the strip.
    bool assign(const QStringList &questionIds, const QString &member);
    void showHistory(const QString &questionId);
    void showConflicts();
    // The offline edits the server refused, to retry or discard (TeamBarRefused.cpp).
    void showRefused();
    // Reads the assignees, the progress and the conflicts again.
    void reload();
    QString progressText() const;

Q_SIGNALS:
    // The shared notes changed here (a conflict resolved): the panel reads them again.
    void notesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    TeamFeatures *team() const;
    int refusedCount() const;
    void retranslate();
    void addAssignMenu(QMenu *menu, const QString &title, const QStringList &questionIds);
    QStringList questionsOf(const QString &fractie) const;

    NotesBackend &m_notes;
    QuestionModel *m_model;
    QuestionFilterModel *m_filter;
    QToolButton *m_mine;
    QLabel *m_progress;
    QPushButton *m_conflicts;
    QPushButton *m_refused;
    QLabel *m_message;
    QTimer *m_reload;
    int m_conflictCount = 0;
    int m_refusedCount = 0;
};

} // namespace overleg::ui
