#pragma once

#include "export/Report.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QRadioButton;

namespace overleg {
class Library;
}

namespace overleg::ui {

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

private:
    void rebuild();
    void chooseAndExport();
    void print();

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
};

} // namespace overleg::ui
