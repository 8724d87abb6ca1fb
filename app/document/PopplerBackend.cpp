#include "PopplerBackend.h"

#include "PdfText.h"

#include <poppler-qt6.h>

#include <QMutexLocker>

namespace overleg {

struct PdfDocument::Private {
    std::unique_ptr<Poppler::Document> doc;
    QByteArray bytes; // Poppler reads from this buffer for the document's lifetime
};

PdfDocument::~PdfDocument() = default;

Result<std::shared_ptr<PdfDocument>> PdfDocument::open(const QByteArray &pdf) {
    using R = Result<std::shared_ptr<PdfDocument>>;
    std::shared_ptr<PdfDocument> result(new PdfDocument);
    result->d = std::make_unique<Private>();
    result->d->bytes = pdf;
    result->d->doc = Poppler::Document::loadFromData(result->d->bytes);
    Poppler::Document *doc = result->d->doc.get();
    if (!doc)
        return R::failure(pdf_messages::damaged());
    if (doc->isLocked())
        return R::failure(pdf_messages::encrypted());
    if (doc->numPages() <= 0)
        return R::failure(pdf_messages::noPages());
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->setRenderHint(Poppler::Document::TextHinting);
    result->m_title = doc->info(QStringLiteral("Title")).trimmed();
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        result->m_pageSizes << (page ? page->pageSizeF() : QSizeF(595, 842));
    }
    return R(std::move(result));
}

namespace {

OutlineEntry convert(const Poppler::OutlineItem &item) {
    OutlineEntry entry;
    entry.title = item.name();
    if (const auto destination = item.destination()) {
        entry.page = destination->pageNumber() - 1;
        entry.top = destination->isChangeTop() ? destination->top() : 0.0;
    }
    for (const Poppler::OutlineItem &child : item.children())
        entry.children << convert(child);
    return entry;
}

} // namespace

QList<OutlineEntry> PdfDocument::outline() const {
    QMutexLocker lock(&m_mutex);
    QList<OutlineEntry> entries;
    for (const Poppler::OutlineItem &item : d->doc->outline())
        entries << convert(item);
    return entries;
}

QImage PdfDocument::render(int page, double dpi) const {
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p(d->doc->page(page));
    if (!p)
        return {};
    return p->renderToImage(dpi, dpi);
}

} // namespace overleg
