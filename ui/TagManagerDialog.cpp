#include "TagManagerDialog.h"

#include "store/NotesBackend.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace overleg::ui {

namespace {
QIcon swatch(const QString &color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor::fromString(color));
    return QIcon(pixmap);
}
} // namespace

TagManagerDialog::TagManagerDialog(NotesBackend &notes, QWidget *parent)
    : QDialog(parent)
    , m_notes(notes)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_recolour(new QPushButton(tr("&Colour…"), this))
    , m_merge(new QPushButton(tr("&Merge into…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this)) {
    setObjectName(QStringLiteral("tagManager"));
    setWindowTitle(tr("Tags"));
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleName(tr("Your tags"));
    m_list->setAccessibleDescription(
        tr("Each tag with its colour and how many questions carry it"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_recolour, m_merge, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::rename);
    connect(m_recolour, &QPushButton::clicked, this, &TagManagerDialog::recolour);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::merge);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int selected) {
        for (QPushButton *b : {m_rename, m_recolour, m_merge, m_delete})
            b->setEnabled(selected >= 0);
    });
    reload();
}

void TagManagerDialog::reload() {
    const QString selected = current();
    m_list->clear();
    for (const Tag &tag : m_notes.tags()) {
        auto *item = new QListWidgetItem(swatch(tag.color), tag.name, m_list);
        if (tag.name == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

QString TagManagerDialog::current() const {
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

void TagManagerDialog::report(bool ok, const QString &error) {
    if (!ok)
        QMessageBox::warning(this, tr("Tags"), error);
    reload();
    Q_EMIT tagsChanged();
}

void TagManagerDialog::rename() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tag"), tr("New name:"),
                                               QLineEdit::Normal, current(), &ok);
    if (!ok || name.simplified().isEmpty() || name == current())
        return;
    const Status status = m_notes.renameTag(current(), name);
    report(status.ok(), status.error());
}

void TagManagerDialog::recolour() {
    QString color;
    for (const Tag &tag : m_notes.tags()) {
        if (tag.name == current())
            color = tag.color;
    }
    const QColor chosen = QColorDialog::getColor(QColor::fromString(color), this, tr("Tag colour"));
    if (!chosen.isValid())
        return;
    const Status status = m_notes.recolourTag(current(), chosen.name());
    report(status.ok(), status.error());
}

void TagManagerDialog::merge() {
    QStringList others;
    for (const Tag &tag : m_notes.tags()) {
        if (tag.name != current())
            others << tag.name;
    }
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge tags"), tr("Merge '%1' into:").arg(current()), others, 0, false, &ok);
    if (!ok)
        return;
    const Status status = m_notes.mergeTags(current(), into);
    report(status.ok(), status.error());
}

void TagManagerDialog::remove() {
    if (QMessageBox::question(this, tr("Delete tag"),
                              tr("Delete the tag '%1'? It is taken off every question that has it.")
                                  .arg(current())) != QMessageBox::Yes)
        return;
    const Status status = m_notes.deleteTag(current());
    report(status.ok(), status.error());
}

} // namespace overleg::ui
