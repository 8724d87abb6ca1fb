#include "PopplerBackend.h"

#include <poppler-qt6.h>

#include <QCoreApplication>

#include <memory>

namespace overleg {

Result<DocumentText> PopplerBackend::extractText(const QByteArray &pdf) {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is damaged or incomplete and cannot be read."));
    if (doc->isLocked())
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is encrypted with a password and cannot be read."));
    if (doc->numPages() <= 0)
        return Result<DocumentText>::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is damaged or incomplete: it has no readable pages."));

    DocumentText text;
    text.type = FileType::Pdf;
    text.title = doc->info(QStringLiteral("Title")).trimmed();
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        text.pages << (page ? page->text(QRectF()) : QString());
    }
    if (text.isEmpty())
        text.warning = QCoreApplication::translate(
            "PopplerBackend", "This PDF has no text layer (a scan): it can be viewed, but its "
                              "text cannot be searched or analysed.");
    return text;
}

} // namespace overleg
