#include "PopplerBackend.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
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
        return R::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is damaged or incomplete and cannot be read."));
    if (doc->isLocked())
        return R::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is encrypted with a password and cannot be read."));
    if (doc->numPages() <= 0)
        return R::failure(QCoreApplication::translate(
            "PopplerBackend", "The PDF is damaged or incomplete: it has no readable pages."));
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

QString PdfDocument::pageText(int page, QList<TextWord> *words) const {
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p(d->doc->page(page));
    if (!p)
        return {};
    QString text;
    // Words in Poppler's reading order; a word without a next word ends its line.
    const auto boxes = p->textList();
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Poppler::TextBox *box = boxes[i].get();
        if (words)
            words->append(TextWord{int(text.size()), int(box->text().size()), box->boundingBox()});
        text += box->text();
        if (i + 1 == boxes.size())
            text += u'\n';
        else if (box->nextWord() == nullptr)
            text += u'\n';
        else if (box->hasSpaceAfter())
            text += u' ';
    }
    return text;
}

Result<DocumentText> PopplerBackend::extractText(const QByteArray &pdf) {
    auto opened = PdfDocument::open(pdf);
    if (!opened)
        return Result<DocumentText>::failure(opened.error());
    const PdfDocument &doc = *opened.value();
    DocumentText text;
    text.type = FileType::Pdf;
    text.title = doc.title();
    for (int i = 0; i < doc.pageCount(); ++i) {
        QList<TextWord> words;
        text.pages << doc.pageText(i, &words);
        text.words << words;
    }
    if (text.isEmpty())
        text.warning = QCoreApplication::translate(
            "PopplerBackend", "This PDF has no text layer (a scan): it can be viewed, but its "
                              "text cannot be searched or analysed.");
    return text;
}

} // namespace overleg
