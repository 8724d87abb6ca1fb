#include "SearchDock.h"

#include "library/Library.h"
#include "library/SearchIndexer.h"
#include "models/SearchModel.h"
#include "store/Database.h"
#include "store/FullTextIndex.h"
#include "workspace/OfflineNotes.h"
#include "workspace/TeamNotesCopy.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace overleg::ui {

namespace {

// Draws a result's HTML (the snippet with its matched words highlighted) on one line.
class SnippetDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        doc.setHtml(index.data(SearchModel::SnippetHtmlRole).toString());
        doc.setTextWidth(opt.rect.width());
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
        doc.drawContents(painter);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(2);
        doc.setHtml(index.data(SearchModel::SnippetHtmlRole).toString());
        doc.setTextWidth(qMax(200, option.rect.width()));
        return {int(doc.idealWidth()), int(doc.size().height())};
    }
};

// Facet fields: what to type to narrow by them, and their heading.
const char *const kFacetFields[] = {"soort", "commissie", "fractie", "datum", "status", "tag"};

} // namespace

SearchDock::SearchDock(Library &library, QWidget *parent)
    : QDockWidget(parent)
    , m_library(library)
    , m_model(new SearchModel(FullTextIndex::pathIn(library.dataDirectory().root()), this))
    , m_field(new QLineEdit(this))
    , m_toolbarField(new QLineEdit(this))
    , m_help(new QLabel(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_facets(new QTreeWidget(this))
    , m_typing(new QTimer(this))
    , m_indexDelay(new QTimer(this))
    , m_searchAction(new QAction(this))
    , m_indexer(new QFutureWatcher<int>(this)) {
    setObjectName(QStringLiteral("searchDock"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_toolbarField->setObjectName(QStringLiteral("toolbarSearchField"));
    m_toolbarField->setClearButtonEnabled(true);
    m_toolbarField->setMaximumWidth(260);
    m_help->setObjectName(QStringLiteral("searchHelp"));
    m_help->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_facets->setObjectName(QStringLiteral("searchFacets"));
    m_facets->setHeaderHidden(true);
    m_facets->setRootIsDecorated(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_facets);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_help);
    setWidget(body);

    // Typing never waits: the query starts once typing pauses, on a worker thread.
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, &SearchDock::search);
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_toolbarField->setText(text);
        m_typing->start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &SearchDock::search);
    connect(m_toolbarField, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_field->setText(text);
        show();
        raise();
        m_typing->start();
    });
    connect(m_toolbarField, &QLineEdit::returnPressed, this, &SearchDock::search);
    connect(m_model, &SearchModel::searchStarted, this, &SearchDock::updateStatus);
    connect(m_model, &SearchModel::searchFinished, this, &SearchDock::updateStatus);
    connect(m_model, &SearchModel::errorChanged, this, &SearchDock::updateStatus);
    connect(m_model, &SearchModel::rowsInserted, this, [this](const QModelIndex &under) {
        if (!under.isValid() && m_model->rowCount() <= 3)
            m_results->expandAll();
        else if (under.isValid() && under.row() < 3)
            m_results->expand(under);
        updateStatus();
    });
    connect(m_model, &SearchModel::facetsChanged, this, &SearchDock::updateFacets);
    connect(m_results, &QTreeView::activated, this, &SearchDock::openResult);
    connect(m_facets, &QTreeWidget::itemActivated, this, &SearchDock::narrowBy);
    connect(m_facets, &QTreeWidget::itemClicked, this, &SearchDock::narrowBy);

    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        show();
        raise();
        m_field->setFocus();
        m_field->selectAll();
    });
    if (parent)
        parent->addAction(m_searchAction);

    m_indexDelay->setSingleShot(true);
    m_indexDelay->setInterval(500);
    connect(m_indexDelay, &QTimer::timeout, this, &SearchDock::startIndexing);
    connect(m_indexer, &QFutureWatcherBase::progressValueChanged, this, &SearchDock::updateStatus);
    connect(m_indexer, &QFutureWatcherBase::finished, this, &SearchDock::indexingDone);
    retranslate();
    // What was synced or imported since the last run is indexed once the window is up.
    m_indexDelay->start(0);
}

SearchDock::~SearchDock() {
    m_indexer->cancel();
    m_indexer->waitForFinished();
}

bool SearchDock::isIndexing() const {
    return m_indexer->isRunning() || m_indexDelay->isActive();
}

void SearchDock::libraryChanged() {
    m_indexDelay->start();
}

QString SearchDock::versionsOfOtherWriters() {
    // PRAGMA data_version changes when another connection commits to the file.
    QString versions;
    for (Database *db : {&m_library.libraryDatabase(), &m_library.notesDatabase()}) {
        QSqlQuery q(db->connection());
        versions +=
            (q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toString()
                                                                       : QString()) +
            u'/';
    }
    return versions;
}

void SearchDock::startIndexing() {
    if (m_indexer->isRunning()) {
        m_indexAgain = true;
        return;
    }
    m_indexAgain = false;
    m_indexedVersions = versionsOfOtherWriters();
    // The notes of the workspace in use: a team's from its offline copy, online or not.
    SearchNotes notes;
    if (const auto *team = dynamic_cast<const OfflineNotes *>(m_library.teamNotes()))
        notes = {team->mirrorPath(), TeamNotesCopy::opener(team->mirrorPath())};
    m_indexer->setFuture(refreshSearchIndexInBackground(m_library.dataDirectory().root(), notes));
    updateStatus();
}

void SearchDock::indexingDone() {
    const int read = m_indexer->future().resultCount() > 0 ? m_indexer->result() : 0;
    // New texts may answer the search on screen; so may what another process wrote.
    const bool searchAgain = !m_indexAgain && std::exchange(m_searchWhenIndexed, false);
    if ((read != 0 || searchAgain) && !m_model->queryText().trimmed().isEmpty()) {
        m_searchingIndexed = true; // (once per indexing: never a loop of indexing and search)
        search();
        m_searchingIndexed = false;
    }
    updateStatus();
    Q_EMIT indexingFinished();
    if (m_indexAgain)
        startIndexing();
}

void SearchDock::search() {
    m_typing->stop();
    // The library or the notes written by another process since the last indexing (overleg-cli
    // import or sync, a second window: nothing here announces those): indexed now, and this
    // search run again when that is done, so its hits are not of the library as it was.
    if (!m_searchingIndexed && !m_searchWhenIndexed &&
        versionsOfOtherWriters() != m_indexedVersions) {
        m_searchWhenIndexed = true;
        startIndexing();
    }
    m_model->setQuery(m_field->text());
}

void SearchDock::updateStatus() {
    QStringList parts;
    if (!m_model->error().isEmpty())
        parts << m_model->error();
    else if (m_model->isSearching())
        parts << tr("Searching…");
    else if (!m_model->queryText().trimmed().isEmpty())
        parts << tr("%n document(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ") +
                     tr("%n hit(s)", nullptr, m_model->hitCount());
    if (m_indexer->isRunning() && m_indexer->progressMaximum() > 0)
        parts << tr("Indexing texts: %1 of %2")
                     .arg(m_indexer->progressValue())
                     .arg(m_indexer->progressMaximum());
    else if (m_indexer->isRunning())
        parts << tr("Updating the search index…");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void SearchDock::updateFacets() {
    m_facets->clear();
    const QHash<QString, QString> headings = {
        {QStringLiteral("soort"), tr("Kind")},    {QStringLiteral("commissie"), tr("Committee")},
        {QStringLiteral("fractie"), tr("Party")}, {QStringLiteral("datum"), tr("Year")},
        {QStringLiteral("status"), tr("Status")}, {QStringLiteral("tag"), tr("Tag")}};
    for (const char *field : kFacetFields) {
        const QString name = QString::fromLatin1(field);
        QTreeWidgetItem *heading = nullptr;
        for (const SearchFacet &facet : m_model->facets()) {
            if (facet.field != name)
                continue;
            if (!heading) {
                heading = new QTreeWidgetItem(m_facets, {headings.value(name)});
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
                heading->setFlags(Qt::ItemIsEnabled);
            }
            auto *item = new QTreeWidgetItem(
                heading, {QStringLiteral("%1 (%2)").arg(facet.label).arg(facet.documents)});
            item->setData(0, Qt::UserRole, QStringLiteral("%1:\"%2\"").arg(name, facet.value));
        }
    }
    m_facets->expandAll();
}

void SearchDock::narrowBy(QTreeWidgetItem *item) {
    const QString term = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (term.isEmpty() || m_field->text().contains(term))
        return;
    m_field->setText(QString(m_field->text().trimmed() + u' ' + term).trimmed());
    m_toolbarField->setText(m_field->text());
    search();
}

void SearchDock::openResult(const QModelIndex &index) {
    QModelIndex hit = index;
    if (!hit.parent().isValid()) // a document: its best hit
        hit = m_model->index(0, 0, index);
    if (!hit.isValid())
        return;
    const QString documentId = hit.data(SearchModel::DocumentIdRole).toString();
    const auto part = SearchEntry::Part(hit.data(SearchModel::PartRole).toInt());
    if (part == SearchEntry::Part::Question || part == SearchEntry::Part::Note) {
        Q_EMIT openRequested(documentId, hit.data(SearchModel::QuestionIdRole).toString(), -1, -1,
                             {});
        return;
    }
    if (part == SearchEntry::Part::Page) {
        const int start = m_model->matchStart(hit);
        Q_EMIT openRequested(documentId, {}, start, start + 1, {});
        return;
    }
    Q_EMIT openRequested(documentId, {}, -1, -1, {});
}

void SearchDock::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SearchDock::retranslate() {
    setWindowTitle(tr("Search"));
    m_searchAction->setText(tr("&Search everything…"));
    m_field->setPlaceholderText(tr("Search texts, questions, notes and details"));
    m_toolbarField->setPlaceholderText(tr("Search (Ctrl+Shift+F)"));
    m_field->setAccessibleName(tr("Search everything"));
    m_field->setAccessibleDescription(
        tr("Words, phrases, prefix*, OR, NOT and fields such as fractie: or tag:; the results "
           "appear below as you type"));
    m_toolbarField->setAccessibleName(tr("Search everything"));
    m_toolbarField->setAccessibleDescription(m_field->accessibleDescription());
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(tr("By document; Enter opens the document at the match"));
    m_facets->setAccessibleName(tr("Narrow the search"));
    m_facets->setAccessibleDescription(
        tr("Counts by kind, committee, parliamentary group, year, status and tag; choosing one "
           "narrows the results"));
    m_help->setText(
        tr("Words must all occur; \"a phrase\"; prefix*; OR; NOT or -word; NEAR(word word, 10); "
           "fields: fractie:VVD tag:navragen status:open soort:\"Nota naar aanleiding van het "
           "verslag\" commissie:DiZa dossier:36450 kamerlid:name datum:2024-01..2024-06."));
    updateStatus();
    updateFacets();
}

} // namespace overleg::ui
