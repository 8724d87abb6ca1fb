#pragma once

#include "store/LibraryQueries.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace overleg::ui {

// One tab of the document area: the document's metadata and its text. The text is read off
// the GUI thread; a file that cannot be read shows why instead.
class DocumentPage : public QWidget {
    Q_OBJECT
public:
    DocumentPage(const DocumentDetails &details, QWidget *parent = nullptr);

    QString documentId() const { return m_details.summary.id; }
    QString title() const;
    const DocumentDetails &details() const { return m_details; }
    bool isTextLoaded() const { return m_textLoaded; }
    QString text() const;
    QString message() const;

Q_SIGNALS:
    void textLoaded();

private:
    void loadText();
    QString metadataHtml() const;

    DocumentDetails m_details;
    QLabel *m_header;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    bool m_textLoaded = false;
};

} // namespace overleg::ui
