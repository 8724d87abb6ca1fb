#pragma once

#include <QDockWidget>

class QLineEdit;
class QTimer;
class QTreeView;

namespace overleg {
class NavigationModel;
}

namespace overleg::ui {

class OpenQuestionFilterBar;

// The left dock: a filter field over the navigation tree, and the commissie, fractie and tag
// lists that narrow Open questions. Activating a document asks the main window to open it;
// activating an open question, to open its document at that question.
class NavigationDock : public QDockWidget {
    Q_OBJECT
public:
    NavigationDock(NavigationModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    OpenQuestionFilterBar *openQuestionFilter() const { return m_openFilter; }
    void focusFilter();

Q_SIGNALS:
    void documentActivated(const QString &documentId);
    void questionActivated(const QString &documentId, const QString &questionId);
    // The user (un)followed a commissie ("commissie") or dossier ("dossier") by its id.
    void followToggled(const QString &kind, const QString &id, bool follow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    // Opens every category with matches of the filter the tree now shows.
    void openMatches();
    void showContextMenu(const QPoint &position);
    void retranslate();
    void updateOpenFilterVisibility();

    NavigationModel *m_model;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QTimer *m_filterDelay;
    OpenQuestionFilterBar *m_openFilter;
};

} // namespace overleg::ui
