#pragma once

#include <QDockWidget>

class QLabel;

namespace overleg::ui {

// The right dock for the question units of the current document. Until a document with
// questions is open it explains what will appear here.
class QuestionDock : public QDockWidget {
    Q_OBJECT
public:
    explicit QuestionDock(QWidget *parent = nullptr);

    // The document shown in the centre; empty when no document is open.
    void setDocument(const QString &documentId, const QString &title);
    QString emptyStateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_emptyState;
    QString m_documentId;
    QString m_title;
};

} // namespace overleg::ui
