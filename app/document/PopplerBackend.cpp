#include "PopplerBackend.h"

#include "DocumentLimits.h"
#include "PdfPageContent.h"
#include "PdfText.h"

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

QString PageRendering::messageFor(Status status, int deadlineMs) {
    switch (status) {
    case Status::Failed:
        return QCoreApplication::translate("PopplerBackend", "This page cannot be rendered.");
    case Status::TooLarge:
        return QCoreApplication::translate(
                   "PopplerBackend",
                   "This page is not rendered: its drawing instructions unpack to more than %1 MB "
                   "(a compression bomb).")
            .arg(kMaxPageContentBytes / kMiB);
    case Status::TimedOut:
        return QCoreApplication::translate("PopplerBackend",
                                           "This page could not be rendered in time (%1 s).")
            .arg(deadlineMs / 1000.0);
    case Status::Rendered:
    case Status::Cancelled:
        break;
    }
    return {};
}

QImage PdfDocument::render(int page, double dpi) const {
    RenderControl control;
    return render(page, dpi, control).image;
}

namespace {

struct AbortState {
    RenderControl *control;
    qint64 deadline; // steadyMs, or 0
    bool timedOut = false;

    bool stop() {
        if (control->cancel.load())
            return true;
        if (deadline > 0 && RenderControl::steadyMs() > deadline)
            timedOut = true;
        return timedOut;
    }
    static bool stopCheck(void *data) { return static_cast<AbortState *>(data)->stop(); }
    static bool stopQuery(const QVariant &closure) {
        return reinterpret_cast<AbortState *>(closure.value<quintptr>())->stop();
    }
};

} // namespace

PageRendering PdfDocument::render(int page, double dpi, RenderControl &control) const {
    using S = PageRendering::Status;
    QMutexLocker lock(&m_mutex);
    if (control.cancel.load())
        return {S::Cancelled, {}};
    const qint64 started = RenderControl::steadyMs();
    control.startedMs.store(started);
    AbortState abort{&control, control.deadlineMs > 0 ? started + control.deadlineMs : 0};
    if (page < 0 || page >= pageCount())
        return {S::Failed, {}};
    if (!m_contentGuard) {
        m_contentGuard =
            std::make_unique<PdfContentGuard>(d->bytes.constData(), std::size_t(d->bytes.size()));
        m_contentChecked = QList<bool>(pageCount(), false);
    }
    if (!m_contentChecked.at(page)) {
        switch (m_contentGuard->check(page, kMaxPageContentBytes, &AbortState::stopCheck, &abort)) {
        case PdfContentCheck::TooLarge:
            return {S::TooLarge, {}};
        case PdfContentCheck::Stopped:
            return {abort.timedOut ? S::TimedOut : S::Cancelled, {}};
        case PdfContentCheck::Within:
            m_contentChecked[page] = true;
            break;
        }
    }
    std::unique_ptr<Poppler::Page> p(d->doc->page(page));
    if (!p)
        return {S::Failed, {}};
    QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                                    nullptr, &AbortState::stopQuery,
                                    QVariant::fromValue(reinterpret_cast<quintptr>(&abort)));
    // A drawing stopped halfway is no rendering of the page.
    if (abort.timedOut)
        return {S::TimedOut, {}};
    if (control.cancel.load())
        return {S::Cancelled, {}};
    if (image.isNull())
        return {S::Failed, {}};
    return {S::Rendered, std::move(image)};
}

} // namespace overleg
