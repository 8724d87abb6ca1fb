#pragma once

#include "document/DocumentText.h"
#include "store/LibraryQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace overleg::ui {

class DocumentViewer;
class FindBar;

// One tab of the document area: the document's metadata, the viewer that fits its format
// (PDF pages, HTML for HTML/XML/DOCX/ODT, plain text) and the find bar. The file is read and
// converted off the GUI thread; a file that cannot be read shows why instead.
class DocumentPage : public QWidget {
    Q_OBJECT
public:
    // cacheDirectory: where converted HTML is kept (the data directory's cache).
    DocumentPage(const DocumentDetails &details, const QString &cacheDirectory,
                 QWidget *parent = nullptr);
    ~DocumentPage() override;

    QString documentId() const { return m_details.summary.id; }
    QString title() const;
    const DocumentDetails &details() const { return m_details; }

    DocumentViewer *viewer() const { return m_viewer; }
    FindBar *findBar() const { return m_findBar; }
    bool isTextLoaded() const { return m_textLoaded; }
    const DocumentText &documentText() const { return m_text; }
    QString text() const { return m_text.plainText(); }
    QString message() const;

    // The formats of this document here (its file first, then other renditions); the one
    // shown can be chosen. Questions are always read from the document's own file.
    QComboBox *renditionChooser() const { return m_renditionChooser; }
    QString viewedPath() const { return m_viewedPath; }
    void showRendition(int index);

    void showFind();
    // Shows a span of the document's plain text (a question) highlighted and in view.
    void highlightSpan(int start, int end, const QString &text);
    void goToPage(); // focuses the page box of a PDF
    // While the file is fetched from the Kamer, and when that failed.
    void showDownloadState(const QString &message) { showMessage(message); }

Q_SIGNALS:
    void textLoaded();
    void markAsQuestion(int start, int end, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const QString &path, bool primary);
    void showViewer(DocumentViewer *viewer);
    void removeViewer();
    void forwardMarkAsQuestion(int start, int end, const QString &text);
    void retranslateRenditions();
    void showMessage(const QString &message);
    void finishText(const DocumentText &text);
    QString metadataHtml() const;

    DocumentDetails m_details;
    QString m_cacheDirectory;
    QLabel *m_header;
    QLabel *m_renditionLabel = nullptr;
    QComboBox *m_renditionChooser = nullptr;
    QString m_viewedPath;
    int m_loadGeneration = 0; // a load finishing after the user chose another rendition is dropped
    bool m_reading = true;    // the message says the document is being read
    QLabel *m_message;
    DocumentViewer *m_viewer = nullptr;
    FindBar *m_findBar;
    DocumentText m_text;
    bool m_textLoaded = false;
};

} // namespace overleg::ui
