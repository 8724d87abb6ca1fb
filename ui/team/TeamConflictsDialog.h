#pragma once

#include "store/TeamFeatures.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace overleg::ui {

// The conflicts of a team workspace: a field the user changed offline while a colleague changed
// it on the server. Both versions side by side; the user keeps theirs, keeps mine, or writes a
// version of their own (a merge of both notes). Nothing is overwritten without that choice.
class TeamConflictsDialog : public QDialog {
    Q_OBJECT
public:
    // `describe` names a question for the list (its number when the panel shows it).
    TeamConflictsDialog(TeamFeatures &team, std::function<QString(const QString &)> describe,
                        QWidget *parent = nullptr);

    // Resolves the selected conflict; false with the reason shown.
    bool resolveSelected(ConflictChoice choice);

Q_SIGNALS:
    void resolved();

private:
    void reload();
    void showSelected();
    const TeamConflict *selected() const;

    TeamFeatures &m_team;
    std::function<QString(const QString &)> m_describe;
    QList<TeamConflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_mineLabel;
    QLabel *m_theirsLabel;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_edited;
    QComboBox *m_editedStatus;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_saveEdited;
    QLabel *m_message;
};

} // namespace overleg::ui
