#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace overleg {
class NotesBackend;
}

namespace overleg::ui {

// Rename, recolour, merge and delete tags; every change is saved at once.
class TagManagerDialog : public QDialog {
    Q_OBJECT
public:
    TagManagerDialog(NotesBackend &notes, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void tagsChanged();

private:
    void reload();
    QString current() const;
    void rename();
    void recolour();
    void merge();
    void remove();
    void report(bool ok, const QString &error);

    NotesBackend &m_notes;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_recolour;
    QPushButton *m_merge;
    QPushButton *m_delete;
};

} // namespace overleg::ui
