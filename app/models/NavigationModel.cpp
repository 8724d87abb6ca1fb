#include "NavigationModel.h"

#include "DisplayDate.h"
#include "questions/QuestionStatus.h"
#include "store/FilterFallback.h"

#include <QFutureWatcher>
#include <QLocale>

#include <QMimeData>
#include <QtConcurrentRun>

#include <map>

namespace overleg {

struct NavigationModel::Node {
    NodeType type = NodeType::Category;
    Category category = Category::Commissies;
    QString id;
    QString label;
    QString detail;
    int documentCount = 0;
    bool showAll = false; // under a filter: the node's name matched, list all documents
    bool childrenLoaded = false;
    bool moreDocuments = false; // documents are read in pages
    OpenQuestionCursor cursor;  // Open questions: where its pages stopped
    DocumentSummary document;
    QDate deadline; // under Open questions
    QString fractie;
    int openQuestions = -1;      // an open document: its open questions (-1: not known)
    bool awaitingAnswer = false; // an open document: no answering document yet
    OpenQuestion question;       // a question node
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    void append(std::unique_ptr<Node> child) {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
    }
};

NavigationModel::NavigationModel(const LibraryQueries &queries, QObject *parent)
    : QAbstractItemModel(parent)
    , m_queries(queries) {
    buildRoot();
}

void NavigationModel::prepareFastFilter() {
    m_queries.prepareFilterIndex();
    m_filterInBackground = true;
}

NavigationModel::~NavigationModel() {
    dropPendingFilter();
}

void NavigationModel::buildRoot() {
    m_root = std::make_unique<Node>();
    m_root->childrenLoaded = true;
    const std::pair<Category, QString> categories[] = {
        {Category::Commissies, tr("Committees")},
        {Category::Dossiers, tr("Parliamentary dossiers")},
        {Category::Kamerleden, tr("Members of parliament")},
        {Category::MyLibrary, tr("My library")},
        {Category::OpenQuestions, tr("Open questions")},
    };
    for (const auto &[category, label] : categories) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Category;
        node->category = category;
        node->label = label;
        m_root->append(std::move(node));
    }
    // Categories read their entries when expanded: with thousands of dossiers and kamerleden
    // the tree is there before any of them is read. Their counts are one cheap query.
    if (m_filter.isEmpty()) {
        const QHash<QString, int> counts = m_queries.nodeCounts();
        for (auto &node : m_root->children) {
            switch (node->category) {
            case Category::Commissies:
                node->documentCount = counts.value(QStringLiteral("commissie"));
                break;
            case Category::Dossiers:
                node->documentCount = counts.value(QStringLiteral("dossier"));
                break;
            case Category::Kamerleden:
                node->documentCount = counts.value(QStringLiteral("persoon"));
                break;
            case Category::MyLibrary:
                node->documentCount = counts.value(QStringLiteral("local"));
                break;
            case Category::OpenQuestions:
                countOpenQuestions(node.get());
                break;
            }
        }
    }
}

void NavigationModel::setFilter(const QString &text) {
    const QString simplified = text.simplified();
    if (!m_pendingFilter.isNull() && simplified == m_pendingFilter)
        return;
    dropPendingFilter();
    if (simplified == m_filter)
        return;
    if (m_filterInBackground && !m_queries.answersFilterAtOnce(simplified)) {
        matchInBackground(simplified);
        return;
    }
    m_filter = simplified;
    resetTree();
    Q_EMIT filterApplied();
}

void NavigationModel::dropPendingFilter() {
    ++m_filterRequest; // a result still coming is dropped
    if (m_cancelFilter)
        m_cancelFilter->store(true);
    m_cancelFilter.reset();
    m_pendingFilter = QString();
}

void NavigationModel::matchInBackground(const QString &text) {
    // The trigram index costs 70-150 ms at a million documents: the typing does not wait for
    // it; the tree keeps showing the previous filter until the matches arrive.
    m_pendingFilter = text;
    const quint64 request = m_filterRequest;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelFilter = cancel;
    auto *watcher = new QFutureWatcher<std::optional<FallbackMatches>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, text] {
        watcher->deleteLater();
        if (request != m_filterRequest)
            return; // superseded or the library changed: never shown
        std::optional<FallbackMatches> matches = watcher->result();
        m_pendingFilter = QString();
        m_cancelFilter.reset();
        // Failed (the connection could not be opened): matchText answers on this thread.
        if (matches)
            m_queries.adoptFilter(std::move(*matches));
        m_filter = text;
        resetTree();
        Q_EMIT filterApplied();
    });
    watcher->setFuture(QtConcurrent::run([path = m_queries.databasePath(), text, cancel] {
        return matchOffThread(path, text, *cancel);
    }));
}

void NavigationModel::resetTree() {
    // Only what the tree shows changed: the library and what is known of it stay.
    beginResetModel();
    buildRoot();
    endResetModel();
}

void NavigationModel::reload() {
    // A filter being matched was matched against the library before the change: again.
    const QString pending = m_pendingFilter;
    dropPendingFilter();
    beginResetModel();
    const_cast<LibraryQueries &>(m_queries).invalidateFilter();
    buildRoot();
    endResetModel();
    if (!pending.isNull())
        setFilter(pending);
}

void NavigationModel::loadGroups(Node *category) {
    category->childrenLoaded = true;
    Node loaded; // collects the entries; they move in under one insert notification
    auto addNodes = [&](NodeType type, const QList<NodeSummary> &nodes, Node *into) {
        for (const NodeSummary &summary : nodes) {
            auto node = std::make_unique<Node>();
            node->type = type;
            node->id = summary.id;
            node->label = summary.label;
            node->detail = summary.detail;
            node->documentCount = summary.documents;
            node->showAll = summary.nameMatched;
            into->append(std::move(node));
        }
    };
    switch (category->category) {
    case Category::Commissies:
        addNodes(NodeType::Commissie, m_queries.commissies(m_filter), &loaded);
        break;
    case Category::Dossiers:
        addNodes(NodeType::Dossier, m_queries.dossiers(m_filter), &loaded);
        break;
    case Category::Kamerleden: {
        // Grouped by fractie, fracties by name; members keep the query's order (by surname).
        std::map<QString, QList<NodeSummary>> byFractie;
        for (const NodeSummary &person : m_queries.kamerleden(m_filter))
            byFractie[person.detail.isEmpty() ? tr("No parliamentary group") : person.detail]
                << person;
        for (const auto &[fractie, members] : byFractie) {
            auto group = std::make_unique<Node>();
            group->type = NodeType::Fractie;
            group->id = fractie;
            group->label = fractie;
            group->childrenLoaded = true;
            addNodes(NodeType::Persoon, members, group.get());
            for (const auto &member : group->children)
                group->documentCount += member->documentCount;
            loaded.append(std::move(group));
        }
        break;
    }
    case Category::MyLibrary:
        for (const DocumentSummary &doc : m_queries.localDocuments(m_filter))
            loaded.append(makeDocument(category, doc));
        break;
    case Category::OpenQuestions:
        break; // read page by page in loadOpenQuestions
    }
    // A category counts its entries (commissies, dossiers, kamerleden, documents): a document
    // can hang under several commissies, so summing documents would overstate.
    category->documentCount = int(loaded.children.size());
    if (category->category == Category::Kamerleden) {
        category->documentCount = 0;
        for (const auto &group : loaded.children)
            category->documentCount += int(group->children.size());
    }
    if (loaded.children.empty())
        return;
    beginInsertRows(indexFor(category), 0, int(loaded.children.size()) - 1);
    for (auto &child : loaded.children)
        category->append(std::move(child));
    endInsertRows();
}

std::unique_ptr<NavigationModel::Node>
NavigationModel::makeDocument(Node *parent, const DocumentSummary &doc) const {
    auto node = std::make_unique<Node>();
    node->type = NodeType::Document;
    node->id = doc.id;
    node->label = doc.titel;
    node->document = doc;
    node->childrenLoaded = true;
    node->parent = parent;
    return node;
}

OpenQuestionFilter NavigationModel::openQuestionFilter() const {
    OpenQuestionFilter filter = m_openFilter;
    filter.text = m_filter;
    return filter;
}

void NavigationModel::countOpenQuestions(Node *category) const {
    category->documentCount = m_queries.openQuestions().countDocuments(openQuestionFilter());
}

void NavigationModel::loadOpenQuestions(Node *category) {
    const int offset = int(category->children.size());
    const QList<OpenDocument> page =
        m_queries.openQuestions().documents(openQuestionFilter(), category->cursor, kPageSize);
    category->childrenLoaded = true;
    category->moreDocuments = page.size() == kPageSize;
    if (offset == 0 && !m_filter.isEmpty())
        countOpenQuestions(category); // under a text filter the count waits until opened
    std::vector<std::unique_ptr<Node>> nodes;
    for (const OpenDocument &open : page) {
        // Documents whose questions we cannot read are open until an answering document is
        // known, or the user linked one by hand (the ledger counts those links itself).
        if (open.openQuestions < 0 && m_linkedByHand.contains(open.summary.id)) {
            --category->documentCount;
            continue;
        }
        auto node = makeDocument(category, open.summary);
        node->deadline = open.deadline;
        node->fractie = open.fractie;
        node->openQuestions = open.openQuestions;
        node->awaitingAnswer = open.awaitingAnswer;
        node->childrenLoaded = open.openQuestions <= 0;
        nodes.push_back(std::move(node));
    }
    if (nodes.empty())
        return;
    beginInsertRows(indexFor(category), offset, offset + int(nodes.size()) - 1);
    for (auto &node : nodes)
        category->append(std::move(node));
    endInsertRows();
}

void NavigationModel::loadQuestions(Node *document) {
    document->childrenLoaded = true;
    const QList<OpenQuestion> questions =
        m_queries.openQuestions().questionsOf(document->id, openQuestionFilter());
    if (questions.isEmpty())
        return;
    beginInsertRows(indexFor(document), 0, int(questions.size()) - 1);
    for (const OpenQuestion &question : questions) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Question;
        node->id = question.id;
        node->label = question.text;
        node->question = question;
        node->document = document->document;
        node->childrenLoaded = true;
        document->append(std::move(node));
    }
    endInsertRows();
}

void NavigationModel::setOpenQuestionFilter(const QString &commissieId, const QString &fractie,
                                            const QString &tag) {
    OpenQuestionFilter filter;
    filter.commissieId = commissieId;
    filter.fractie = fractie;
    filter.tag = tag;
    if (filter == m_openFilter)
        return;
    m_openFilter = filter;
    refreshOpenQuestions();
}

void NavigationModel::refreshOpenQuestions() {
    const QModelIndex index = categoryIndex(Category::OpenQuestions);
    Node *category = nodeFor(index);
    if (!index.isValid())
        return;
    const bool wasLoaded = category->childrenLoaded;
    if (!category->children.empty()) {
        beginRemoveRows(index, 0, int(category->children.size()) - 1);
        category->children.clear();
        endRemoveRows();
    }
    category->cursor = {};
    category->moreDocuments = false;
    category->childrenLoaded = false;
    // Under a text filter loading the first page counts too: not twice.
    if (!wasLoaded || m_filter.isEmpty())
        countOpenQuestions(category);
    if (wasLoaded)
        loadOpenQuestions(category);
    Q_EMIT dataChanged(index, index, {SubtitleRole, DocumentCountRole});
}

void NavigationModel::loadDocuments(Node *node) {
    const NodeKind kind = node->type == NodeType::Commissie ? NodeKind::Commissie
                          : node->type == NodeType::Dossier ? NodeKind::Dossier
                                                            : NodeKind::Persoon;
    const int offset = int(node->children.size());
    const QList<DocumentSummary> page = m_queries.documentsOf(
        kind, node->id, node->showAll ? QString() : m_filter, offset, kPageSize + 1);
    const bool more = page.size() > kPageSize;
    const int count = int(more ? kPageSize : page.size());
    node->childrenLoaded = true;
    node->moreDocuments = more;
    if (count == 0)
        return;
    beginInsertRows(indexFor(node), offset, offset + count - 1);
    for (int i = 0; i < count; ++i)
        node->append(makeDocument(node, page.at(i)));
    endInsertRows();
}

NavigationModel::Node *NavigationModel::nodeFor(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationModel::indexFor(Node *node) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex NavigationModel::categoryIndex(Category category) const {
    for (const auto &node : m_root->children) {
        if (node->category == category)
            return indexFor(node.get());
    }
    return {};
}

QModelIndex NavigationModel::findDocument(const QString &documentId,
                                          const QModelIndex &parent) const {
    const Node *node = nodeFor(parent);
    for (const auto &child : node->children) {
        if (child->type == NodeType::Document && child->id == documentId)
            return indexFor(child.get());
    }
    return {};
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int NavigationModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigationModel::columnCount(const QModelIndex &) const {
    return 1;
}

bool NavigationModel::hasChildren(const QModelIndex &parent) const {
    const Node *node = nodeFor(parent);
    if (node->type == NodeType::Question)
        return false;
    if (node->type == NodeType::Document) // open questions under Open questions only
        return node->childrenLoaded ? !node->children.empty() : node->openQuestions > 0;
    if (!node->childrenLoaded)
        return node->type == NodeType::Category || node->documentCount > 0;
    return !node->children.empty();
}

bool NavigationModel::canFetchMore(const QModelIndex &parent) const {
    const Node *node = nodeFor(parent);
    if (node == m_root.get() || node->type == NodeType::Fractie || node->type == NodeType::Question)
        return false;
    return !node->childrenLoaded || node->moreDocuments;
}

void NavigationModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    if (node->type == NodeType::Category && node->category == Category::OpenQuestions)
        loadOpenQuestions(node);
    else if (node->type == NodeType::Document)
        loadQuestions(node);
    else if (node->type == NodeType::Category)
        loadGroups(node);
    else
        loadDocuments(node);
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const bool isDocument = node->type == NodeType::Document;
    if (node->type == NodeType::Question)
        return questionData(node->question, role);
    switch (role) {
    case Qt::DisplayRole:
    case TitelRole:
        if (isDocument)
            return node->document.titel.isEmpty() ? tr("(untitled)") : node->document.titel;
        return node->label;
    case Qt::ToolTipRole:
        if (isDocument)
            return QStringLiteral("%1\n%2").arg(node->document.titel,
                                                data(index, SubtitleRole).toString());
        return node->label;
    case SubtitleRole: {
        if (isDocument && node->deadline.isValid()) {
            // Open questions: who asked, and how the deadline stands.
            const qint64 overdue = node->deadline.daysTo(QDate::currentDate());
            QStringList parts{
                node->document.soort, node->fractie,
                node->openQuestions > 0 ? tr("%n open question(s)", nullptr, node->openQuestions)
                                        : QString(),
                // Awaiting: no answering document yet; else one came and left these open.
                node->awaitingAnswer ? tr("awaiting the answer") : tr("answer received"),
                tr("due %1").arg(QLocale().toString(node->deadline, QLocale::ShortFormat))};
            parts << (overdue > 0 ? tr("%n day(s) overdue", nullptr, int(overdue))
                                  : tr("%n day(s) left", nullptr, int(-overdue)));
            parts.removeAll(QString());
            return parts.join(QStringLiteral(" · "));
        }
        if (isDocument) {
            QStringList parts{node->document.soort, node->document.nummer,
                              displayDate(node->document.datum)};
            parts.removeAll(QString());
            return parts.join(QStringLiteral(" · "));
        }
        if (node->type == NodeType::Category) {
            switch (node->category) {
            case Category::Commissies:
                return tr("%n committee(s)", nullptr, node->documentCount);
            case Category::Dossiers:
                return tr("%n dossier(s)", nullptr, node->documentCount);
            case Category::Kamerleden:
                return tr("%n member(s)", nullptr, node->documentCount);
            case Category::OpenQuestions:
                if (!m_openFilter.commissieId.isEmpty() || m_openFilter.narrowsQuestions())
                    return tr("%n document(s), narrowed", nullptr, node->documentCount);
                break;
            case Category::MyLibrary:
                break;
            }
        }
        return tr("%n document(s)", nullptr, node->documentCount);
    }
    case NodeTypeRole:
        return QVariant::fromValue(node->type);
    case FollowedRole:
        return m_followed.contains(followKey(node->type, node->id));
    case DeadlineRole:
        return node->deadline;
    case OverdueRole:
        return node->deadline.isValid() ? QVariant(node->deadline.daysTo(QDate::currentDate()))
                                        : QVariant();
    case DocumentIdRole:
        return isDocument ? node->id : QString();
    case OpenQuestionsRole:
        return node->openQuestions;
    case NodeIdRole:
        return node->id;
    case DocumentCountRole:
        return node->documentCount;
    case SoortRole:
        return node->document.soort;
    case NummerRole:
        return node->document.nummer;
    case DatumRole:
        return node->document.datum;
    default:
        return {};
    }
}

QVariant NavigationModel::questionData(const OpenQuestion &question, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case TitelRole:
        return question.text;
    case Qt::ToolTipRole:
        return QString(question.text + u'\n' + questionData(question, SubtitleRole).toString());
    case SubtitleRole: {
        QStringList parts{tr("Question %1").arg(question.n), question.fractie,
                          question.page > 0 ? tr("p. %1").arg(question.page) : QString()};
        if (isStatus(question.status, QuestionStatus::Unanswered))
            parts << tr("marked unanswered");
        else if (isStatus(question.status, QuestionStatus::Partial))
            parts << tr("marked partially answered");
        else if (question.awaiting)
            parts << tr("awaiting the answer");
        else
            parts << tr("not answered");
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    case NodeTypeRole:
        return QVariant::fromValue(NodeType::Question);
    case DocumentIdRole:
        return question.documentId;
    case NodeIdRole:
    case QuestionIdRole:
        return question.id;
    case QuestionStartRole:
        return question.start;
    default:
        return {};
    }
}

QString NavigationModel::followKey(NodeType type, const QString &id) {
    if (type == NodeType::Commissie)
        return QStringLiteral("commissie:") + id;
    if (type == NodeType::Dossier)
        return QStringLiteral("dossier:") + id;
    return {};
}

bool NavigationModel::opensUnderFilter(const QModelIndex &category) const {
    const Node *node = category.isValid() ? nodeFor(category) : nullptr;
    return node && node->type == NodeType::Category && node->category != Category::OpenQuestions;
}

void NavigationModel::setLinkedByHand(const QSet<QString> &documentIds) {
    if (documentIds == m_linkedByHand)
        return;
    m_linkedByHand = documentIds;
    resetTree();
}

void NavigationModel::setFollowed(const QSet<QString> &keys) {
    m_followed = keys;
    // Only the groups under the categories can be followed; repaint those that are loaded.
    for (int row = 0; row < rowCount({}); ++row) {
        const QModelIndex category = index(row, 0, {});
        const int groups = rowCount(category);
        if (groups > 0)
            Q_EMIT dataChanged(index(0, 0, category), index(groups - 1, 0, category),
                               {FollowedRole});
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *node = nodeFor(index);
    if (node->type == NodeType::Document)
        f |= Qt::ItemIsDragEnabled;
    if (node->type == NodeType::Question ||
        (node->type == NodeType::Document && node->openQuestions < 0))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> NavigationModel::roleNames() const {
    auto names = QAbstractItemModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(DocumentCountRole, "documentCount");
    return names;
}

QStringList NavigationModel::mimeTypes() const {
    return {QStringLiteral("application/x-overleg-document-ids")};
}

QMimeData *NavigationModel::mimeData(const QModelIndexList &indexes) const {
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = data(index, DocumentIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeTypes().constFirst(), ids.join(u'\n').toUtf8());
    return mime;
}

} // namespace overleg
