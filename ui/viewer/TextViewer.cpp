#include "TextViewer.h"

#include "Contrast.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace overleg::ui {

TextViewer::TextViewer(const QString &text, QWidget *parent)
    : DocumentViewer(parent)
    , m_editor(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("textViewer"));
    m_editor->setObjectName(QStringLiteral("documentText"));
    m_editor->setAccessibleName(tr("Text of the document"));
    m_editor->setAccessibleDescription(
        tr("Arrows move the caret, Shift and the arrows select, Ctrl+M marks the selection as a "
           "question"));
    m_editor->setReadOnly(true);
    // Read-only text keeps a caret for the keyboard: arrows move it, Shift+arrows select.
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setPlainText(text);
    m_model.pages << m_editor->toPlainText();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu());
        const QTextCursor cursor = m_editor->textCursor();
        QAction *mark = menu->addAction(tr("&Mark as question"), this, &TextViewer::markSelection);
        mark->setEnabled(cursor.hasSelection());
        menu->exec(m_editor->viewport()->mapToGlobal(pos));
    });
}

void TextViewer::find(const QString &text, SearchOptions options, bool backwards) {
    const bool same = text == m_findText && options.caseSensitive == m_findOptions.caseSensitive &&
                      options.wholeWords == m_findOptions.wholeWords;
    if (!same) {
        m_findText = text;
        m_findOptions = options;
        m_matches = findAll(m_model, text, options);
        m_current = m_matches.isEmpty() ? -1 : 0;
        const int cursor = m_editor->textCursor().position();
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).start >= cursor) {
                m_current = i;
                break;
            }
        }
    } else if (!m_matches.isEmpty()) {
        const int n = int(m_matches.size());
        m_current = ((m_current + (backwards ? -1 : 1)) % n + n) % n;
    }
    highlight();
    Q_EMIT findResult(m_current + 1, int(m_matches.size()));
}

void TextViewer::highlight() {
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(m_matches.at(i).start);
        selection.cursor.setPosition(m_matches.at(i).start + m_matches.at(i).length,
                                     QTextCursor::KeepAnchor);
        // The palette's text is light in a dark theme: on yellow it would not read, so the
        // match's text takes the colour that does.
        const QColor background = i == m_current ? QColor(255, 140, 0) : QColor(255, 230, 0);
        selection.format.setBackground(background);
        selection.format.setForeground(textOn(background));
        selections << selection;
    }
    m_editor->setExtraSelections(selections);
    if (m_current >= 0) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(m_matches.at(m_current).start);
        m_editor->setTextCursor(cursor);
        m_editor->ensureCursorVisible();
    }
}

void TextViewer::clearFind() {
    m_findText.clear();
    m_matches.clear();
    m_current = -1;
    m_editor->setExtraSelections({});
}

void TextViewer::setCaretBrowsing(bool on) {
    if (on)
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

bool TextViewer::markSelection() {
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    Q_EMIT markAsQuestion(cursor.selectionStart(), cursor.selectionEnd(), cursor.selectedText());
    return true;
}

void TextViewer::zoomIn() {
    ++m_zoomSteps;
    m_editor->zoomIn(1);
}

void TextViewer::zoomOut() {
    --m_zoomSteps;
    m_editor->zoomOut(1);
}

void TextViewer::resetZoom() {
    m_editor->zoomOut(m_zoomSteps);
    m_zoomSteps = 0;
}

} // namespace overleg::ui
