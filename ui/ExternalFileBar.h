#pragma once

#include "store/LibraryQueries.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace overleg::ui {

// A file opened from outside the library ("Open with", a second start): shown as it is,
// without being copied into the library; this bar above it offers the import.
class ExternalFileBar : public QWidget {
    Q_OBJECT
public:
    explicit ExternalFileBar(const QString &path, QWidget *parent = nullptr);

    // The details of a page that shows path without the library: its id says so.
    static DocumentDetails detailsOf(const QString &path);
    static bool isExternal(const QString &documentId);
    QString path() const { return m_path; }

Q_SIGNALS:
    void importRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    QLabel *m_text;
    QPushButton *m_import;
};

} // namespace overleg::ui
