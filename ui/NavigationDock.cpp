#include "NavigationDock.h"

#include "NavigationDelegate.h"
#include "OpenQuestionFilterBar.h"
#include "models/NavigationModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace overleg::ui {

NavigationDock::NavigationDock(NavigationModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_filterDelay(new QTimer(this))
    , m_openFilter(new OpenQuestionFilterBar(this)) {
    setObjectName(QStringLiteral("navigationDock"));
    // Typing a filter into a million documents is answered from memory once this is read.
    model->prepareFastFilter();
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                QDockWidget::DockWidgetFloatable);

    m_filter->setObjectName(QStringLiteral("navigationFilter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new NavigationDelegate(m_tree));
    m_tree->setDragEnabled(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->header()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_openFilter);
    layout->addWidget(m_tree);
    setWidget(content);

    // Typing filters after a short pause, so a fast typist does not query for every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &NavigationDock::applyFilter);
    connect(m_model, &NavigationModel::filterApplied, this, &NavigationDock::openMatches);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        applyFilter();
        m_tree->setFocus();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &NavigationDock::showContextMenu);
    auto openIndex = [this](const QModelIndex &index) {
        const QString id = index.data(NavigationModel::DocumentIdRole).toString();
        const QString question = index.data(NavigationModel::QuestionIdRole).toString();
        if (!question.isEmpty())
            Q_EMIT questionActivated(id, question);
        else if (!id.isEmpty())
            Q_EMIT documentActivated(id);
    };
    // One click opens a document, as the empty page promises ("choose a document"); Enter and a
    // double click do too. Opening an open document only switches to its tab.
    connect(m_tree, &QTreeView::activated, this, openIndex);
    connect(m_tree, &QTreeView::clicked, this, openIndex);
    connect(m_openFilter, &OpenQuestionFilterBar::filterChanged, this, [this] {
        m_model->setOpenQuestionFilter(m_openFilter->commissieId(), m_openFilter->fractie(),
                                       m_openFilter->tag());
        const QModelIndex open = m_model->categoryIndex(NavigationModel::Category::OpenQuestions);
        m_model->fetchMore(open);
        m_tree->expand(open);
    });
    connect(m_tree, &QTreeView::expanded, this, &NavigationDock::updateOpenFilterVisibility);
    connect(m_tree, &QTreeView::collapsed, this, &NavigationDock::updateOpenFilterVisibility);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &NavigationDock::updateOpenFilterVisibility);
    updateOpenFilterVisibility();
    retranslate();
}

void NavigationDock::updateOpenFilterVisibility() {
    const QModelIndex open = m_model->categoryIndex(NavigationModel::Category::OpenQuestions);
    m_openFilter->setVisible(m_openFilter->isNarrowing() || m_tree->isExpanded(open));
}

void NavigationDock::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void NavigationDock::applyFilter() {
    m_model->setFilter(m_filter->text()); // shown now, or when matched (filterApplied)
}

void NavigationDock::openMatches() {
    if (m_model->filter().isEmpty())
        return;
    // Show where the matches are: open every category that has any.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex category = m_model->index(row, 0);
        if (!m_model->opensUnderFilter(category))
            continue;
        m_model->fetchMore(category);
        if (m_model->rowCount(category) > 0)
            m_tree->expand(category);
    }
}

void NavigationDock::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void NavigationDock::retranslate() {
    setWindowTitle(tr("Navigation"));
    m_filter->setPlaceholderText(tr("Filter: committee, dossier, member, number or title…"));
    m_filter->setAccessibleName(tr("Filter the navigation"));
    m_filter->setAccessibleDescription(
        tr("Shows only committees, dossiers, members and documents matching the words typed"));
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setAccessibleDescription(
        tr("Committees, dossiers, members, open questions and your library; Enter opens a "
           "document"));
}

void NavigationDock::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_tree->indexAt(position);
    const auto type = index.data(NavigationModel::NodeTypeRole).value<NavigationModel::NodeType>();
    if (!index.isValid() || (type != NavigationModel::NodeType::Commissie &&
                             type != NavigationModel::NodeType::Dossier))
        return;
    const QString kind = type == NavigationModel::NodeType::Commissie ? QStringLiteral("commissie")
                                                                      : QStringLiteral("dossier");
    const QString id = index.data(NavigationModel::NodeIdRole).toString();
    const bool followed = index.data(NavigationModel::FollowedRole).toBool();
    QMenu menu(this);
    QAction *follow = menu.addAction(tr("&Follow (download its documents when syncing)"));
    follow->setObjectName(QStringLiteral("followAction"));
    follow->setCheckable(true);
    follow->setChecked(followed);
    connect(follow, &QAction::toggled, this,
            [this, kind, id](bool on) { Q_EMIT followToggled(kind, id, on); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace overleg::ui
