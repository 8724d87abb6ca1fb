#include "SearchModel.h"

#include "store/SearchFacetIndex.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace overleg {

namespace {

// The first batch is small so the first hits show at once; the rest come in larger ones.
constexpr int kFirstBatch = 20;
constexpr int kBatch = 100;
constexpr int kMaxHits = 500;
// Internal ids: a document row has 0, a hit row its document's row + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

SearchModel::SearchModel(QString indexPath, QObject *parent)
    : QAbstractItemModel(parent)
    , m_indexPath(std::move(indexPath)) {
    // One query at a time: a newer one waits for the running one to notice it is stale (between
    // batches), never for it to finish.
    m_pool.setMaxThreadCount(1);
}

SearchModel::~SearchModel() {
    ++*m_generation;
    m_pool.waitForDone();
}

QString SearchModel::snippetHtml(const QString &snippet) {
    return snippet.toHtmlEscaped()
        .replace(QChar(2), QStringLiteral("<b style=\"background:#ffe08a\">"))
        .replace(QChar(3), QStringLiteral("</b>"))
        .replace(u'\n', u' ');
}

void SearchModel::setQuery(const QString &text) {
    const int generation = ++*m_generation;
    m_text = text;
    beginResetModel();
    m_documents.clear();
    m_rowOf.clear();
    m_hitCount = 0;
    m_provisional = false;
    endResetModel();
    m_facets.clear();
    Q_EMIT facetsChanged();
    if (text.trimmed().isEmpty()) {
        m_error.clear();
        m_searching = false;
        Q_EMIT errorChanged(m_error);
        Q_EMIT searchFinished();
        return;
    }
    const auto parsed = SearchQuery::parse(text);
    if (!parsed) {
        m_error = parsed.error();
        m_searching = false;
        Q_EMIT errorChanged(m_error);
        Q_EMIT searchFinished();
        return;
    }
    m_error.clear();
    Q_EMIT errorChanged(m_error);
    m_query = parsed.value();
    m_searching = true;
    Q_EMIT searchStarted();

    const QPointer<SearchModel> self(this);
    const auto current = m_generation;
    const SearchQuery query = m_query;
    const QString path = m_indexPath;
    auto post = [self](auto function) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, function] {
                if (self)
                    function(self.data());
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run(&m_pool, [=] {
        auto stale = [&] { return current->load() != generation; };
        if (stale())
            return;
        auto index = FullTextIndex::open(path);
        // The documents' facets and the entries' sizes in memory (facets and ranking without
        // their costs per match), built on a thread of their own from the first query on.
        SearchFacetCache::prepare(path);
        if (!index) {
            post([generation, error = index.error()](SearchModel *m) {
                m->finish(generation, {}, error);
            });
            return;
        }
        // Ranking costs in proportion to the matches (a word in every 15th title of a million:
        // 90 ms before the first ranked hit). So the first hits the index hands over show at
        // once, unranked, and the ranked first page takes their place when it is there.
        bool provisional = false;
        if (!query.match.isEmpty()) {
            const auto first =
                index.value()->search(query, 0, kFirstBatch, false, FullTextIndex::Order::Unranked);
            if (first && !first->isEmpty() && !stale()) {
                provisional = true;
                post([generation, batch = first.value()](SearchModel *m) {
                    m->append(generation, batch, Batch::Provisional);
                });
            }
        }
        int found = 0;
        for (bool substring : {false, true}) {
            int offset = 0;
            while (found < kMaxHits && !stale()) {
                const int limit = found == 0 ? kFirstBatch : kBatch;
                const auto hits = index.value()->search(query, offset, limit, substring);
                if (!hits) {
                    post([generation, error = hits.error()](SearchModel *m) {
                        m->finish(generation, {}, error);
                    });
                    return;
                }
                const Batch kind =
                    std::exchange(provisional, false) ? Batch::ReplacesProvisional : Batch::Ranked;
                if (!hits->isEmpty() || kind == Batch::ReplacesProvisional)
                    post([generation, batch = hits.value(), kind](SearchModel *m) {
                        m->append(generation, batch, kind);
                    });
                found += int(hits->size());
                offset += int(hits->size());
                if (hits->size() < limit)
                    break;
            }
        }
        if (stale())
            return;
        const auto facets = index.value()->facets(query, stale);
        post([generation, facets = facets ? facets.value() : QList<SearchFacet>(),
              error = facets.error()](SearchModel *m) { m->finish(generation, facets, error); });
    });
}

void SearchModel::append(int generation, const QList<SearchHit> &hits, Batch kind) {
    if (generation != *m_generation)
        return;
    if (kind == Batch::ReplacesProvisional) {
        beginResetModel();
        m_documents.clear();
        m_rowOf.clear();
        m_hitCount = 0;
        endResetModel();
    }
    m_provisional = kind == Batch::Provisional;
    for (const SearchHit &hit : hits) {
        const auto row = m_rowOf.constFind(hit.documentId);
        if (row == m_rowOf.cend()) {
            const int at = int(m_documents.size());
            beginInsertRows({}, at, at);
            m_documents.append(
                {hit.documentId, hit.soort, hit.nummer, hit.titel, hit.datum, {hit}});
            m_rowOf.insert(hit.documentId, at);
            endInsertRows();
        } else {
            Document &doc = m_documents[*row];
            const int at = int(doc.hits.size());
            beginInsertRows(index(*row, 0), at, at);
            doc.hits.append(hit);
            endInsertRows();
            const QModelIndex top = index(*row, 0);
            Q_EMIT dataChanged(top, top, {Qt::DisplayRole, HitCountRole});
        }
        ++m_hitCount;
    }
}

void SearchModel::finish(int generation, const QList<SearchFacet> &facets, const QString &error) {
    if (generation != *m_generation)
        return;
    m_searching = false;
    m_facets = facets;
    if (!error.isEmpty()) {
        m_error = error;
        Q_EMIT errorChanged(m_error);
    }
    Q_EMIT facetsChanged();
    Q_EMIT searchFinished();
}

int SearchModel::matchStart(const QModelIndex &hitIndex) const {
    if (!hitIndex.isValid() || hitIndex.internalId() == kTopLevel)
        return -1;
    const SearchHit &hit = m_documents.at(int(hitIndex.internalId() - 1)).hits.at(hitIndex.row());
    if (hit.part != SearchEntry::Part::Page)
        return hit.start;
    auto index = FullTextIndex::open(m_indexPath);
    if (!index)
        return hit.start;
    const int offset = index.value()->matchOffset(hit.entry, m_query, hit.substring);
    return offset < 0 ? hit.start : hit.start + offset;
}

QModelIndex SearchModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_documents.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_documents.size())
        return {};
    return row < m_documents.at(parent.row()).hits.size()
               ? createIndex(row, 0, quintptr(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex SearchModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SearchModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_documents.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_documents.at(parent.row()).hits.size());
}

int SearchModel::columnCount(const QModelIndex &) const {
    return 1;
}

QString SearchModel::partLabel(const SearchHit &hit) {
    switch (hit.part) {
    case SearchEntry::Part::Metadata:
        return tr("Title and details");
    case SearchEntry::Part::Page:
        return tr("Page %1").arg(hit.page);
    case SearchEntry::Part::Question:
        return hit.fractie.isEmpty() ? tr("Question %1").arg(hit.n)
                                     : tr("Question %1 (%2)").arg(hit.n).arg(hit.fractie);
    case SearchEntry::Part::Note:
        return tr("Note on question %1").arg(hit.n);
    }
    return {};
}

QVariant SearchModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        const Document &doc = m_documents.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 %2 %3 — %4")
                .arg(doc.datum, doc.soort, doc.nummer, doc.titel)
                .simplified();
        case SnippetHtmlRole:
            return QStringLiteral("<b>%1</b> <span style=\"color:gray\">%2 %3 %4</span>")
                .arg(doc.titel.toHtmlEscaped(), doc.soort.toHtmlEscaped(),
                     doc.nummer.toHtmlEscaped(), doc.datum);
        case DocumentIdRole:
            return doc.id;
        case PartRole:
            return -1;
        case HitCountRole:
            return int(doc.hits.size());
        default:
            return {};
        }
    }
    const SearchHit &hit = m_documents.at(int(index.internalId() - 1)).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(partLabel(hit) + QStringLiteral(": ") +
                       QString(hit.snippet).remove(QChar(2)).remove(QChar(3)).simplified());
    case SnippetHtmlRole:
        return QStringLiteral("<span style=\"color:gray\">%1</span> %2")
            .arg(partLabel(hit).toHtmlEscaped(), snippetHtml(hit.snippet));
    case Qt::ToolTipRole:
        return hit.substring ? tr("Found as part of a longer word") : QVariant();
    case DocumentIdRole:
        return hit.documentId;
    case PartRole:
        return int(hit.part);
    case PageRole:
        return hit.page;
    case QuestionIdRole:
        return hit.questionId;
    case StartRole:
        return hit.start;
    case EntryRole:
        return hit.entry;
    case SubstringRole:
        return hit.substring;
    default:
        return {};
    }
}

} // namespace overleg
