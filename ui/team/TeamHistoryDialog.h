#pragma once

#include <QDialog>

class QTreeWidget;

namespace overleg {
class TeamFeatures;
} // namespace overleg

namespace overleg::ui {

// The history of one question's shared notes in a team workspace: who changed which field when,
// and what it was before and after, oldest first, as the server recorded it.
class TeamHistoryDialog : public QDialog {
    Q_OBJECT
public:
    TeamHistoryDialog(TeamFeatures &team, const QString &questionId, int number,
                      QWidget *parent = nullptr);

    // A field of the history as the dialog names it, and a value as it shows it.
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QString &value);

private:
    QTreeWidget *m_list;
};

} // namespace overleg::ui
