#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace overleg {
class OfflineNotes;
}

namespace overleg::ui {

// The edits made offline that the server refused when they were sent (OfflineNotes keeps them,
// never drops them): which question, which field, the value, the server's reason and when. The
// user sends an edit again (after being made an editor again, say) or discards it; the edits of
// one panel edit go together.
class TeamRefusedDialog : public QDialog {
    Q_OBJECT
public:
    // `describe` names a question for the list (its number when the panel shows it).
    TeamRefusedDialog(OfflineNotes &outbox, std::function<QString(const QString &)> describe,
                      QWidget *parent = nullptr);

    // Retries or discards the selected edit's group; false with the reason shown.
    bool retrySelected();
    bool discardSelected();

Q_SIGNALS:
    // A refused edit was sent or discarded: the panel reads the notes again.
    void changed();

private:
    void reload();
    qint64 selectedGroup() const;

    OfflineNotes &m_outbox;
    std::function<QString(const QString &)> m_describe;
    QTreeWidget *m_list;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QLabel *m_message;
};

} // namespace overleg::ui
