#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
template <typename T> class QFutureWatcher;

namespace overleg {
class Library;
class SearchModel;
} // namespace overleg

namespace overleg::ui {

// Search everything (Ctrl+Shift+F, or the field in the toolbar): ranked results grouped by
// document with their snippets, matched words highlighted, and facet counts that narrow the
// search when clicked. Keeps the full-text index current in the background (after imports,
// syncs, new versions and notes: libraryChanged) and shows its progress. A result opens its
// document at the match: openRequested.
class SearchDock : public QDockWidget {
    Q_OBJECT
public:
    SearchDock(Library &library, QWidget *parent = nullptr);
    ~SearchDock() override;

    SearchModel *model() const { return m_model; }
    // The field for the main toolbar; typing there searches here.
    QLineEdit *toolbarField() const { return m_toolbarField; }
    QAction *searchAction() const { return m_searchAction; }
    bool isIndexing() const;

    // The library, a file or the notes changed: index what changed (coalesced).
    void libraryChanged();

Q_SIGNALS:
    // questionId empty: open the document and show [start, end) (the match, or the page).
    void openRequested(const QString &documentId, const QString &questionId, int start, int end,
                       const QString &text);
    void indexingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startIndexing();
    void indexingDone();
    void search();
    void updateStatus();
    void updateFacets();
    void openResult(const QModelIndex &index);
    void narrowBy(QTreeWidgetItem *item);

    // The data_version of the library and the notes databases (what other connections and
    // processes committed), as when the last indexing started.
    QString versionsOfOtherWriters();

    Library &m_library;
    SearchModel *m_model;
    QLineEdit *m_field;
    QLineEdit *m_toolbarField;
    QLabel *m_help;
    QLabel *m_status;
    QTreeView *m_results;
    QTreeWidget *m_facets;
    QTimer *m_typing;
    QTimer *m_indexDelay;
    QAction *m_searchAction;
    QFutureWatcher<int> *m_indexer;
    bool m_indexAgain = false;
    QString m_indexedVersions;
    bool m_searchWhenIndexed = false; // another process wrote: search again once indexed
    bool m_searchingIndexed = false;  // that search, run when the indexing is done
};

} // namespace overleg::ui
