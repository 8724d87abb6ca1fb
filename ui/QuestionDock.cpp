#include "QuestionDock.h"

#include "library/DocumentQuestions.h"

#include "QuestionDelegate.h"
#include "models/QuestionFilterModel.h"
#include "models/QuestionModel.h"
#include "questions/QuestionExtractor.h"
#include "questions/QuestionStatus.h"
#include "questions/Reanchor.h"
#include "team/TeamBar.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace overleg::ui {

QuestionDock::QuestionDock(NotesBackend &notes, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(parent)
    , m_notes(notes)
    , m_undo(undoStack)
    , m_model(new QuestionModel(this))
    , m_filter(new QuestionFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_header(new QLabel(this))
    , m_legend(new QToolButton(this))
    , m_textFilter(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
    , m_fractieFilter(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_list(new QTreeView(this))
    , m_current(new QLabel(this))
    , m_answer(new QLabel(this))
    , m_answerInfo(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_tagInput(new QLineEdit(this))
    , m_tags(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_remove(new QPushButton(this))
    , m_noteTimer(new QTimer(this))
    , m_delegate(new QuestionDelegate(this)) {
    setObjectName(QStringLiteral("questionDock"));
    m_emptyState->setObjectName(QStringLiteral("questionEmptyState"));
    m_list->setObjectName(QStringLiteral("questionList"));
    m_textFilter->setObjectName(QStringLiteral("questionFilter"));
    m_statusFilter->setObjectName(QStringLiteral("questionStatusFilter"));
    m_tagFilter->setObjectName(QStringLiteral("questionTagFilter"));
    m_fractieFilter->setObjectName(QStringLiteral("questionFractieFilter"));
    m_status->setObjectName(QStringLiteral("questionStatus"));
    m_tagInput->setObjectName(QStringLiteral("questionTagInput"));
    m_tags->setObjectName(QStringLiteral("questionTags"));
    m_note->setObjectName(QStringLiteral("questionNote"));
    m_remove->setObjectName(QStringLiteral("questionRemove"));
    m_header->setObjectName(QStringLiteral("questionHeader"));
    m_legend->setObjectName(QStringLiteral("questionLegend"));
    m_legend->setPopupMode(QToolButton::InstantPopup);
    m_legend->setMenu(new QMenu(m_legend));
    m_legend->setAutoRaise(true);
    m_sort->setObjectName(QStringLiteral("questionSort"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(16);
    m_emptyState->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::RichText);
    m_tags->setTextFormat(Qt::RichText);
    m_tags->setWordWrap(true);
    // The links (a tag's ✕, Open, Accept, the document kind) are reached with Tab and
    // followed with Enter, not with the mouse only.
    for (QLabel *label : {m_tags, m_answer, m_header, m_emptyState})
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_textFilter->setClearButtonEnabled(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);

    m_filter->setSourceModel(m_model);
    m_list->setModel(m_filter);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(m_delegate);
    m_list->setIndentation(12);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // assign several at once
    m_list->setMouseTracking(true);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &QuestionDock::showContextMenu);

    // Two rows, each choice as wide as its text needs: four in a row cut off "All tags" in a
    // dock of the default width. The sort order's short words leave the group filter room.
    auto *filters = new QVBoxLayout;
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_statusFilter, 1);
    firstRow->addWidget(m_tagFilter, 1);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_fractieFilter, 1);
    secondRow->addWidget(m_sort, 0);
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);
    for (QComboBox *combo : {m_statusFilter, m_tagFilter, m_fractieFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *editor = new QFormLayout;
    editor->addRow(m_current);
    editor->addRow(m_answer);
    editor->addRow(m_status);
    editor->addRow(m_tagInput);
    editor->addRow(m_tags);
    editor->addRow(m_note);
    editor->addRow(m_remove);

    auto *questions = new QWidget(this);
    auto *layout = new QVBoxLayout(questions);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_legend, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(m_answerInfo);
    layout->addWidget(m_textFilter);
    layout->addLayout(filters);
    m_team = new TeamBar(m_notes, m_model, m_filter, this);
    connect(m_team, &TeamBar::notesChanged, this, &QuestionDock::refresh);
    layout->addWidget(m_team);
    layout->addWidget(m_list, 1);
    layout->addLayout(editor);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(questions);
    setWidget(m_stack);

    for (const QString &status : NotesBackend::statuses())
        m_status->addItem(QuestionDelegate::statusIcon(status), QuestionModel::statusLabel(status),
                          status);
    // A throttle, not a debounce: the first keystroke of an unsaved note starts the timer and
    // later ones do not restart it, so no text stays on screen unsaved for longer than this,
    // even while the user keeps typing (README: what a crash can cost).
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteSaveDelayMs);

    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &QuestionFilterModel::setTextFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTagFilter(m_tagFilter->currentData().toString()); });
    connect(m_fractieFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFractieFilter(m_fractieFilter->currentData().toString()); });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setSortOrder(index == 1 ? QuestionFilterModel::SortOrder::ByStatus
                                          : QuestionFilterModel::SortOrder::ByNumber);
    });
    connect(m_filter, &QAbstractItemModel::modelReset, m_list, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_list, &QTreeView::expandAll);
    m_answer->setObjectName(QStringLiteral("questionAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->hide();
    m_answerInfo->setObjectName(QStringLiteral("answerInfo"));
    m_answerInfo->setWordWrap(true);
    m_answerInfo->setTextFormat(Qt::RichText);
    m_answerInfo->hide();
    connect(m_answer, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("open"))
            openCurrentAnswer();
        else if (link == QLatin1String("accept"))
            acceptProposal();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_list, &QTreeView::expandAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                // The editor still holds the previous question's note: it is saved to that
                // question before the editor shows the new one.
                flushNote();
                updateEditor();
                if (index.isValid() && !index.data(QuestionModel::IsGroupRole).toBool())
                    Q_EMIT questionActivated(index.data(QuestionModel::StartRole).toInt(),
                                             index.data(QuestionModel::EndRole).toInt(),
                                             index.data(QuestionModel::TextRole).toString());
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_updating)
            updateEditor();
    });
    connect(m_status, &QComboBox::activated, this,
            [this] { setStatus(m_status->currentData().toString()); });
    connect(m_tagInput, &QLineEdit::returnPressed, this, [this] {
        addTag(m_tagInput->text());
        m_tagInput->clear();
    });
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) { removeTag(link); });
    connect(m_header, &QLabel::linkActivated, this, &QuestionDock::chooseKind);
    connect(m_emptyState, &QLabel::linkActivated, this, &QuestionDock::chooseKind);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && !m_noteTimer->isActive())
            m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &QuestionDock::flushNote);
    m_note->installEventFilter(this);
    m_tagInput->installEventFilter(this);
    connect(m_remove, &QPushButton::clicked, this, &QuestionDock::removeCurrent);
    // A removed (or restored) question changes the total, and the editor must not keep showing
    // a question that left the list.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHeader();
        updateEditor();
    });
    createTriageActions();
    retranslate();
}

void QuestionDock::setDeadline(const QDate &deadline) {
    m_model->setDeadline(deadline);
}

QString QuestionDock::headerText() const {
    return m_header->text();
}

void QuestionDock::updateHeader() {
    if (m_documentId.isEmpty() || !m_hasText)
        return;
    // Long titles take two lines at most, so the list keeps its room; the whole is a tooltip.
    QFont bold = m_header->font();
    bold.setBold(true);
    // Wrapping breaks at words, so two lines hold somewhat less than twice the width.
    const int width = m_header->width() > 100 ? m_header->width() : 240;
    const QString title = QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, int(1.6 * width));
    m_header->setToolTip(m_title);
    // The kind is a link: where the head was read wrong, the user says what it is.
    m_header->setText(
        tr("<b>%1</b><br><a href=\"soort\">%2</a> · %n question(s)", nullptr,
           m_model->questionCount())
            .arg(title.toHtmlEscaped(), soortOf(m_model->extraction().kind).toHtmlEscaped()));
}

void QuestionDock::updateLegend() {
    m_legend->setText(tr("Legend"));
    m_legend->setToolTip(tr("What the status icons and colours mean"));
    QuestionDelegate::fillLegend(m_legend->menu());
}

void QuestionDock::setDocument(const QString &documentId, const QString &title,
                               const DocumentText &text, const QString &soort) {
    flushNote();
    m_documentId = documentId;
    m_title = title;
    m_text = text;
    m_soort = soort;
    m_hasText = !text.pages.isEmpty();
    m_answerInfo->hide();
    reload();
    retranslate();
}

void QuestionDock::setAnswers(const QHash<QString, FoundAnswer> &answers, const QString &sourceHtml,
                              bool answersPossible) {
    m_model->setAnswers(answers, answersPossible);
    m_answerInfo->setText(sourceHtml);
    m_answerInfo->setVisible(!sourceHtml.isEmpty());
    updateEditor();
}

QString QuestionDock::answerText() const {
    return m_answer->isVisible() ? m_answer->text() : QString();
}

QString QuestionDock::answerInfoText() const {
    return m_answerInfo->isVisible() ? m_answerInfo->text() : QString();
}

void QuestionDock::refresh() {
    reload();
}

void QuestionDock::reload() {
    flushNote();
    const QString current = currentQuestionId();
    if (m_documentId.isEmpty() || !m_hasText) {
        m_model->clear();
    } else {
        const QuestionExtraction extraction =
            userExtraction(m_notes, m_text, m_documentId, m_soort);
        // Notes of units that changed move to their new unit first; the rest stay visible.
        const QList<Annotation> detached = reattachAnnotations(m_notes, m_documentId, extraction);
        m_model->setDocument(m_documentId, extraction, m_notes.annotationsOf(m_documentId),
                             m_notes.removedUnits(m_documentId), detached);
    }
    updateTagChoices();
    {
        // The fracties of this document, in the order of their sections.
        const QString chosen = m_fractieFilter->currentData().toString();
        const QSignalBlocker block(m_fractieFilter);
        m_fractieFilter->clear();
        m_fractieFilter->addItem(tr("All parliamentary groups"), QString());
        QStringList fracties;
        for (const QuestionUnit &unit : m_model->extraction().questions) {
            if (!unit.fractie.isEmpty() && !fracties.contains(unit.fractie))
                fracties << unit.fractie;
        }
        for (const QString &fractie : fracties)
            m_fractieFilter->addItem(fractie, fractie);
        const int index = m_fractieFilter->findData(chosen);
        m_fractieFilter->setCurrentIndex(qMax(0, index));
        if (index < 0)
            m_filter->setFractieFilter({});
    }
    m_list->expandAll();
    if (!current.isEmpty())
        selectQuestion(current);
    updateEditor();
}

QString QuestionDock::emptyStateText() const {
    return m_emptyState->text();
}

QString QuestionDock::currentQuestionId() const {
    return m_list->currentIndex().data(QuestionModel::QuestionIdRole).toString();
}

void QuestionDock::selectQuestion(const QString &questionId) {
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfQuestion(questionId));
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void QuestionDock::updateTagChoices() {
    QStringList names;
    QHash<QString, QString> colors;
    for (const Tag &tag : m_notes.tags()) {
        names << tag.name;
        colors.insert(tag.name, tag.color);
    }
    m_delegate->setTagColors(colors);
    m_list->viewport()->update();
    if (QCompleter *old = m_tagInput->completer(); old && old->parent() == m_tagInput)
        old->deleteLater();
    auto *completer = new QCompleter(names, m_tagInput);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagInput->setCompleter(completer);
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker block(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &name : names)
        m_tagFilter->addItem(name, name);
    m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(current)));
}

void QuestionDock::updateEditor() {
    const QModelIndex index = m_list->currentIndex();
    const bool unit = index.isValid() && !index.data(QuestionModel::IsGroupRole).toBool();
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_tagInput, m_note, m_remove})
        w->setEnabled(unit);
    m_updating = true;
    if (!unit) {
        m_answer->hide();
        m_current->setText(
            tr("<i>Select a question to tag it, set its status or note a remark.</i>"));
        m_tags->clear();
        m_note->clear();
        m_note->setProperty("questionId", QString());
        m_updating = false;
        return;
    }
    const QString id = index.data(QuestionModel::QuestionIdRole).toString();
    const Annotation a = m_model->annotationOf(id);
    m_current->setText(tr("<b>Question %1</b> · %2 · p. %3")
                           .arg(index.data(QuestionModel::NumberRole).toInt())
                           .arg(index.data(QuestionModel::FractieRole).toString().toHtmlEscaped())
                           .arg(index.data(QuestionModel::PageRole).toInt()));
    m_status->setCurrentIndex(qMax(0, m_status->findData(a.status)));
    // The answer found, and the matcher's proposal while the user has not decided.
    const QString proposed = index.data(QuestionModel::ProposedStatusRole).toString();
    if (proposed.isEmpty()) {
        m_answer->hide();
    } else {
        QString html;
        const QString excerpt = index.data(QuestionModel::AnswerRole).toString();
        if (!excerpt.isEmpty())
            html = tr("<b>Answer</b> (p. %1): %2… <a href=\"open\">Open</a>")
                       .arg(index.data(QuestionModel::AnswerPageRole).toInt())
                       .arg(excerpt.toHtmlEscaped());
        else if (proposed == kAwaitingProposal)
            html = tr("<i>No answer yet: the answer is awaited.</i>");
        else
            html = tr("<i>No answer found.</i>");
        // Nothing to accept while the answer is awaited: the question stays open.
        const bool awaited = proposed == kAwaitingProposal;
        const bool open = isStatus(a.status, QuestionStatus::Open);
        if (!awaited && open && !excerpt.isEmpty())
            html += QStringLiteral("<br>") +
                    tr("Proposed: %1 (%2) · <a href=\"accept\">Accept</a>")
                        .arg(QuestionModel::statusLabel(proposed),
                             QuestionModel::confidenceLabel(
                                 index.data(QuestionModel::ConfidenceRole).toDouble()));
        else if (!awaited && open)
            html += QStringLiteral("<br>") + tr("Proposed: %1 · <a href=\"accept\">Accept</a>")
                                                 .arg(QuestionModel::statusLabel(proposed));
        m_answer->setText(html);
        m_answer->show();
    }
    QHash<QString, QString> colors;
    for (const Tag &tag : m_notes.tags())
        colors.insert(tag.name, tag.color);
    QStringList chips;
    for (const QString &tag : a.tags) {
        // The colour goes into the markup only as a colour QColor parsed (#rrggbb), never as
        // the text stored in the notes.
        const QColor background = QuestionDelegate::chipBackground(colors.value(tag));
        chips << QStringLiteral("<a href=\"%1\" "
                                "style=\"color:%2;background:%3;text-decoration:none\">&nbsp;%4 "
                                "✕&nbsp;</a>")
                     .arg(tag.toHtmlEscaped(), QuestionDelegate::chipText(background).name(),
                          background.name(), tag.toHtmlEscaped());
    }
    m_tags->setText(chips.join(QStringLiteral(" ")));
    m_tags->setAccessibleName(
        a.tags.isEmpty() ? tr("No tags") : tr("Tags: %1").arg(a.tags.join(QStringLiteral(", "))));
    if (m_note->property("questionId").toString() != id || m_note->toPlainText() != a.note) {
        m_note->setPlainText(a.note);
        m_note->setProperty("questionId", id);
    }
    m_updating = false;
}

bool QuestionDock::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        // The list shrinks when the answers' source line appears above it: the current
        // question, in view before, stays in view.
        const auto *resize = static_cast<QResizeEvent *>(event);
        const QRect current = m_list->visualRect(m_list->currentIndex());
        if (current.isValid() && current.top() >= 0 &&
            current.bottom() < resize->oldSize().height() &&
            current.bottom() >= resize->size().height())
            m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::EnsureVisible);
    }
    if (watched == m_note && event->type() == QEvent::FocusOut)
        flushNote();
    if ((watched == m_note || watched == m_tagInput) && event->type() == QEvent::KeyPress) {
        // Esc and Ctrl+Enter leave a field for the list, so the next J/K/1-5 triage again
        // instead of being typed into the note or the tag box. Both keep what was typed.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() == Qt::Key_Escape || (enter && (key->modifiers() & Qt::ControlModifier))) {
            if (watched == m_tagInput && !m_tagInput->text().trimmed().isEmpty() && enter) {
                addTag(m_tagInput->text());
                m_tagInput->clear();
            }
            flushNote();
            m_list->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        // The triage actions' shortcuts act through the shortcut map while the window is
        // active; a key that still arrives here (an inactive window) triggers the same action.
        const QKeySequence pressed(key->key());
        for (QAction *action : std::as_const(m_triage)) {
            if (action->shortcut() == pressed) {
                action->trigger();
                return true;
            }
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void QuestionDock::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        flushNote();
        retranslate();
    }
    QDockWidget::changeEvent(event);
}

void QuestionDock::retranslate() {
    setWindowTitle(tr("Questions"));
    m_textFilter->setPlaceholderText(tr("Filter questions, notes and tags…"));
    {
        const QSignalBlocker block(m_statusFilter);
        const QString current = m_statusFilter->currentData().toString();
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"), QString());
        for (const QString &status : NotesBackend::statuses())
            m_statusFilter->addItem(QuestionModel::statusLabel(status), status);
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(current)));
    }
    {
        const QSignalBlocker block(m_sort);
        const int current = m_sort->currentIndex();
        m_sort->clear();
        m_sort->addItems({tr("By number"), tr("By status")});
        m_sort->setCurrentIndex(qMax(0, current));
    }
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, QuestionModel::statusLabel(m_status->itemData(i).toString()));
    m_tagInput->setPlaceholderText(tr("Add a tag (Enter)"));
    m_note->setPlaceholderText(tr("Note"));
    // What a screen reader says for each field: its purpose, not its current content.
    m_textFilter->setAccessibleName(tr("Filter questions"));
    m_textFilter->setAccessibleDescription(tr("Shows only questions whose text, note or tags "
                                              "contain the words typed"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Shows only questions with this status"));
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_tagFilter->setAccessibleDescription(tr("Shows only questions with this tag"));
    m_fractieFilter->setAccessibleName(tr("Parliamentary group filter"));
    m_fractieFilter->setAccessibleDescription(
        tr("Shows only the questions of this parliamentary group"));
    m_sort->setAccessibleName(tr("Sort order"));
    m_list->setAccessibleName(tr("Questions of the document"));
    m_list->setAccessibleDescription(
        tr("J and K move, 1 to 5 set the status, T adds a tag, N edits the note, A accepts the "
           "proposed status, O opens the answer, R removes a tag"));
    m_status->setAccessibleName(tr("Status of the question"));
    m_tagInput->setAccessibleName(tr("Add a tag"));
    m_tagInput->setAccessibleDescription(tr("Type a tag and press Enter"));
    m_tags->setAccessibleDescription(tr("Tab to a tag and press Enter to remove it"));
    m_note->setAccessibleName(tr("Note on the question"));
    m_note->setAccessibleDescription(tr("Saved as you type; Escape goes back to the list"));
    m_legend->setAccessibleName(tr("What the signs mean"));
    m_answer->setAccessibleName(tr("Answer"));
    m_header->setAccessibleName(tr("Document"));
    m_remove->setText(tr("Not a question"));
    m_remove->setToolTip(
        tr("Remove this unit: the extractor took something for a question that is none (Delete)"));
    if (m_documentId.isEmpty()) {
        m_emptyState->setText(
            tr("<p><b>No document open</b></p><p>Open a document from the navigation on the "
               "left. The questions the parliamentary groups asked in it will be listed here, "
               "so you can tag them, note remarks and track the answers.</p>"));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!m_hasText) {
        m_emptyState->setText(
            tr("<p><b>%1</b></p><p>Reading the document…</p>").arg(m_title.toHtmlEscaped()));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (m_model->questionCount() == 0 && m_model->extraction().questions.isEmpty()) {
        const DocumentKind kind = m_model->extraction().kind;
        const QString why =
            kind == DocumentKind::Other
                ? tr("No questions of parliamentary groups or members were found in this "
                     "document: it is not an inbreng, a verslag, a list of questions or written "
                     "questions.")
                : tr("No questions of parliamentary groups or members were found in this "
                     "document (kind: %1).")
                      .arg(soortOf(kind).toHtmlEscaped());
        m_emptyState->setText(tr("<p><b>%1</b></p><p>%2</p><p>To track a passage anyway, select "
                                 "it in the document and choose \"Mark as question\". Or <a "
                                 "href=\"soort\">say what kind of document this is</a>.</p>")
                                  .arg(m_title.toHtmlEscaped(), why));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        updateHeader();
        m_emptyState->clear(); // no stale text in the other language behind the list
        m_stack->setCurrentWidget(m_stack->widget(1));
    }
    // Texts made outside this function: the filters' first choices, the editor, the legend.
    m_fractieFilter->setItemText(0, tr("All parliamentary groups"));
    updateTagChoices();
    updateLegend();
    const QHash<QString, QString> triageTexts{
        {QStringLiteral("nextQuestionAction"), tr("&Next question")},
        {QStringLiteral("previousQuestionAction"), tr("&Previous question")},
        {QStringLiteral("tagQuestionAction"), tr("Add a &tag")},
        {QStringLiteral("noteQuestionAction"), tr("&Edit the note")},
        {QStringLiteral("removeQuestionAction"), tr("Not a &question")},
        {QStringLiteral("acceptProposalAction"), tr("&Accept the proposed status")},
        {QStringLiteral("openAnswerAction"), tr("&Open the answer")},
        {QStringLiteral("removeTagAction"), tr("&Remove a tag…")},
    };
    for (QAction *action : std::as_const(m_triage)) {
        const QString name = action->objectName();
        if (name.startsWith(QLatin1String("statusAction_")))
            action->setText(
                tr("Status: %1").arg(QuestionModel::statusLabel(name.section(u'_', 1))));
        else
            action->setText(triageTexts.value(name));
    }
    updateEditor();
}

} // namespace overleg::ui
