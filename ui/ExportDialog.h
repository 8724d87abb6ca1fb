#pragma once

#include "export/Report.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QStackedWidget;
class QStatusBar;
class QToolButton;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QRadioButton;

namespace overleg {
class Library;
}

namespace overleg::ui {

class AppSettings;

// "Exporteren": what goes in (this document, or every document with notes; filtered by tag,
// status and fractie), a preview of the PDF report as it will print, and Export (PDF, Markdown,
// CSV, or the JSON bundle of all notes) or Print.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // openDocumentIds: the documents open in tabs, offered as a selection to export together.
    ExportDialog(Library &library, const QString &currentDocumentId, const QString &language,
                 const QStringList &openDocumentIds = {}, QWidget *parent = nullptr);

    const Report &report() const { return m_report; }
    int previewPageCount() const;

    // The format chosen: "pdf", "md", "csv" or "json".
    QString format() const;
    // Writes the chosen format to path; false (and a message shown) on failure.
    bool exportTo(const QString &path);
    void printTo(QPrinter *printer);
    // Remembers the folder and format of each export there, and starts with the last ones.
    void rememberIn(AppSettings *settings);
    // The file written by the last successful export from the dialog (empty: none).
    QString exportedPath() const { return m_exportedPath; }
    // The file name offered for a report on a document titled title: its words, without the
    // extension an imported file's name carries ("2025D21651.pdf" -> "2025D21651.md").
    static QString suggestedFileName(const QString &title, const QString &format);
    // The PDF preview, or the text of a Markdown or CSV export, or what a bundle holds.
    QWidget *currentPreview() const;

private:
    void rebuild();
    void chooseAndExport();
    void print();
    void formatChanged();
    void updateTextPreview();

    Library &m_library;
    QString m_currentDocument;
    QStringList m_openDocuments;
    ReportLabels m_labels;
    Report m_report;
    QRadioButton *m_thisDocument;
    QRadioButton *m_openDocumentsChoice;
    QRadioButton *m_allDocuments;
    QComboBox *m_tag;
    QComboBox *m_status;
    QComboBox *m_fractie;
    QComboBox *m_format;
    QLabel *m_count;
    QPrintPreviewWidget *m_preview;
    QPlainTextEdit *m_textPreview;
    QStackedWidget *m_previews;
    AppSettings *m_settings = nullptr;
    QString m_exportedPath;
};

// After an export, in the window's status bar: where the file went, and Open folder for as
// long as that message shows.
class ExportNotice : public QObject {
    Q_OBJECT
public:
    ExportNotice(QStatusBar *statusBar, QObject *parent);
    void show(const QString &path);
    void retranslate();

private:
    QStatusBar *m_statusBar;
    QToolButton *m_openFolder;
    QString m_folder;
};

} // namespace overleg::ui
