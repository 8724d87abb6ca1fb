#pragma once

#include "store/FullTextIndex.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace overleg {

// The results of a full-text search, grouped by document: a row per document (in the order of
// its best hit) with its hits as child rows (metadata, a page, a question, a note). Queries run
// on a worker thread with a connection of their own; hits arrive in batches as they are found
// (the first page of ranked hits first, then the rest, then the hits of compound parts), so
// typing never waits. A newer query makes the results of an older one stale: they are dropped.
class SearchModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SnippetHtmlRole, // the snippet as HTML, matched words in <b>
        PartRole,        // SearchEntry::Part as int (documents: -1)
        PageRole,
        QuestionIdRole,
        StartRole,     // the entry's offset in the document's text
        EntryRole,     // the entry's id in the index
        SubstringRole, // found through a compound part
        HitCountRole,  // documents: how many hits they have here
    };

    explicit SearchModel(QString indexPath, QObject *parent = nullptr);
    ~SearchModel() override;

    // Parses and starts the search; an error empties the results and sets error().
    void setQuery(const QString &text);
    QString queryText() const { return m_text; }
    QString error() const { return m_error; }
    bool isSearching() const { return m_searching; }
    const QList<SearchFacet> &facets() const { return m_facets; }
    int hitCount() const { return m_hitCount; }
    // The rows are the first matches the index handed over, not yet ranked: the ranked first
    // page replaces them (a reset) as soon as it is there.
    bool isProvisional() const { return m_provisional; }
    // Where the first match stands in the document's text (page hits), for opening it there.
    int matchStart(const QModelIndex &hit) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    void searchStarted();
    void searchFinished(); // every batch and the facets are in
    void facetsChanged();
    void errorChanged(const QString &message);

private:
    struct Document {
        QString id, soort, nummer, titel, datum;
        QList<SearchHit> hits;
    };
    enum class Batch { Provisional, ReplacesProvisional, Ranked };
    void append(int generation, const QList<SearchHit> &hits, Batch kind);
    void finish(int generation, const QList<SearchFacet> &facets, const QString &error);
    static QString partLabel(const SearchHit &hit);

    QString m_indexPath;
    QString m_text;
    QString m_error;
    SearchQuery m_query;
    QList<Document> m_documents;
    QHash<QString, int> m_rowOf;
    QList<SearchFacet> m_facets;
    int m_hitCount = 0;
    bool m_searching = false;
    bool m_provisional = false;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QThreadPool m_pool;
};

} // namespace overleg
