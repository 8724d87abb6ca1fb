#pragma once

#include "store/LibraryQueries.h"
#include "store/OpenQuestionQueries.h"

#include <QAbstractItemModel>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace overleg {

// The navigation tree: Commissies -> documents, Kamerstukdossiers -> documents, Kamerleden
// grouped by fractie -> documents, Mijn bibliotheek -> imported documents. Children are read
// from the library only when a node is expanded, documents in pages, so the tree stays instant
// on a library of 100,000 documents. A filter narrows every level by typing. Open questions
// lists the documents with questions still open, earliest deadline first, each with its open
// questions as children, narrowed further by commissie, fractie and tag.
class NavigationModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeType { Category, Commissie, Dossier, Fractie, Persoon, Document, Question };
    enum class Category { Commissies, Dossiers, Kamerleden, MyLibrary, OpenQuestions };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1,
        DocumentIdRole,
        NodeIdRole,
        DocumentCountRole,
        SoortRole,
        NummerRole,
        DatumRole,
        TitelRole,
        SubtitleRole,      // "Soort · nummer · datum" for documents, a count for groups
        FollowedRole,      // a commissie or dossier the user follows
        DeadlineRole,      // under Open questions: the date the answer is due
        OverdueRole,       // under Open questions: days past the deadline (negative: days left)
        QuestionIdRole,    // a question under Open questions
        QuestionStartRole, // its offset in the document's text
        OpenQuestionsRole, // an open document: its open questions (-1: not known)
    };
    Q_ENUM(NodeType)

    static constexpr int kPageSize = 250;

    explicit NavigationModel(const LibraryQueries &queries, QObject *parent = nullptr);
    ~NavigationModel() override;

    // The filter the tree shows.
    QString filter() const { return m_filter; }
    // Narrows the tree to nodes whose name or documents match; empty shows everything. With
    // setFilterInBackground, a filter the library cannot answer at once is matched off the GUI
    // thread and shown when it arrives (filterApplied); a newer filter drops it.
    void setFilter(const QString &text);
    // The filter being matched in the background; null when none.
    QString pendingFilter() const { return m_pendingFilter; }
    void setFilterInBackground(bool background) { m_filterInBackground = background; }
    // Reads the filter index in the background (LibraryQueries::prepareFilterIndex): filters at
    // a million documents are then answered from memory; until then, and for words it cannot
    // answer, filters are matched in the background. The window's tree asks for it.
    void prepareFastFilter();
    // Re-reads the library (after an import or a sync), keeping the filter.
    void reload();
    // Which commissies and dossiers the user follows, as "commissie:<id>" and "dossier:<id>".
    void setFollowed(const QSet<QString> &keys);
    static QString followKey(NodeType type, const QString &id);
    // Whether a filter opens the category to show its matches (the navigation dock does). Open
    // questions is a worklist of its own: it filters too, but opens when the user opens it.
    bool opensUnderFilter(const QModelIndex &category) const;
    // Question documents the user linked to an answer by hand: not open any more.
    void setLinkedByHand(const QSet<QString> &documentIds);
    // Narrows Open questions by commissie (id), fractie and tag; the text filter applies too.
    void setOpenQuestionFilter(const QString &commissieId, const QString &fractie,
                               const QString &tag);
    OpenQuestionFilter openQuestionFilter() const;
    // Re-reads Open questions only (a status changed, the ledger was refreshed), keeping the
    // rest of the tree as it is.
    void refreshOpenQuestions();

    QModelIndex categoryIndex(Category category) const;
    QModelIndex findDocument(const QString &documentId, const QModelIndex &parent) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    // The tree shows a new filter (after the reset); for a filter matched in the background,
    // when its result arrived.
    void filterApplied();

private:
    struct Node;
    void matchInBackground(const QString &text);
    void dropPendingFilter();
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node) const;
    void buildRoot();
    void resetTree();
    void loadGroups(Node *category);
    void loadDocuments(Node *node);
    void loadOpenQuestions(Node *category);
    void loadQuestions(Node *document);
    void countOpenQuestions(Node *category) const;
    QVariant questionData(const OpenQuestion &question, int role) const;
    std::unique_ptr<Node> makeDocument(Node *parent, const DocumentSummary &doc) const;

    const LibraryQueries &m_queries;
    std::unique_ptr<Node> m_root;
    QString m_filter;
    QSet<QString> m_followed;
    QSet<QString> m_linkedByHand;
    OpenQuestionFilter m_openFilter; // commissie, fractie, tag; the text is m_filter
    // The filter matched off the GUI thread: the newest request's number wins.
    bool m_filterInBackground = false;
    QString m_pendingFilter;
    quint64 m_filterRequest = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFilter;
};

} // namespace overleg
