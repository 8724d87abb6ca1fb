#include "PdfReport.h"

#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace overleg {

namespace {

struct Block {
    std::unique_ptr<QTextDocument> doc;
    QString running;      // the running header of a page that starts with this block
    bool newPage = false; // starts on a fresh page
    qreal height = 0;
};

struct Placement {
    const Block *block;
    int page;
    qreal y;        // top on the page, in body coordinates
    qreal sliceTop; // which part of the block (for one taller than a page)
    qreal sliceHeight;
};

} // namespace

Status PdfReport::render(const Report &report, const ReportLabels &labels,
                         QPagedPaintDevice *device) {
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(
            QCoreApplication::translate("PdfReport", "Cannot start writing the report."));
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal dpi = device->logicalDpiY();
    const qreal mm = dpi / 25.4;
    const qreal headerHeight = 9 * mm;
    const qreal footerHeight = 9 * mm;
    const QRectF body(0, headerHeight, paper.width(), paper.height() - headerHeight - footerHeight);

    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(10);
    auto makeBlock = [&](const QString &html, bool newPage, const QString &running = {}) {
        Block block;
        block.running = running;
        block.doc = std::make_unique<QTextDocument>();
        block.doc->documentLayout()->setPaintDevice(device);
        block.doc->setDefaultFont(base);
        block.doc->setDefaultStyleSheet(ReportHtml::styleSheet());
        block.doc->setDocumentMargin(0);
        block.doc->setHtml(html);
        block.doc->setTextWidth(body.width());
        block.height = block.doc->size().height();
        block.newPage = newPage;
        return block;
    };

    std::vector<Block> blocks;
    blocks.push_back(makeBlock(ReportHtml::titlePage(report, labels), false));
    blocks.push_back(makeBlock(ReportHtml::summary(report, labels), true));
    for (const ReportDocument &doc : report.documents) {
        blocks.push_back(makeBlock(ReportHtml::documentHeading(doc, labels), true, doc.titel));
        if (doc.questions.isEmpty())
            blocks.push_back(makeBlock(ReportHtml::noQuestions(labels), false, doc.titel));
        for (const ReportQuestion &q : doc.questions)
            blocks.push_back(makeBlock(ReportHtml::question(q, report, labels), false, doc.titel));
    }

    // First pass: which block goes where. A block that does not fit the rest of the page moves
    // to the next; only one taller than a whole page is cut, at page height.
    std::vector<Placement> placements;
    const qreal gap = 2 * mm;
    int page = 0;
    qreal y = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        // A heading keeps at least its first question with it.
        qreal keep = block.height;
        if (i + 1 < blocks.size() && !blocks[i + 1].newPage && i > 0 && blocks[i].newPage)
            keep += std::min(blocks[i + 1].height, body.height() / 3);
        if ((block.newPage && y > 0) || (y > 0 && y + keep > body.height())) {
            ++page;
            y = 0;
        }
        qreal top = 0;
        while (top < block.height) {
            const qreal slice = std::min(block.height - top, body.height() - y);
            placements.push_back({&block, page, y, top, slice});
            top += slice;
            y += slice;
            if (top < block.height) {
                ++page;
                y = 0;
            }
        }
        y += gap;
    }
    const int pageCount = page + 1;

    // Second pass: draw, with the running header and the page numbers.
    QFont small = base;
    small.setPointSizeF(8);
    std::size_t next = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0 && !device->newPage())
            return Status::failure(
                QCoreApplication::translate("PdfReport", "Cannot add a page to the report."));
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        // The document whose questions this page holds, else the report's title.
        const QString running = next < placements.size() && placements[next].page == p &&
                                        !placements[next].block->running.isEmpty()
                                    ? placements[next].block->running
                                : report.documents.size() == 1 ? report.documents.first().titel
                                                               : labels.reportTitle;
        if (p > 0) {
            const QRectF header(0, 0, paper.width(), headerHeight - 2 * mm);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                             painter.fontMetrics().elidedText(running, Qt::ElideRight,
                                                              int(header.width() * 0.75)));
            painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, labels.reportTitle);
            painter.drawLine(QPointF(0, headerHeight - 1.5 * mm),
                             QPointF(paper.width(), headerHeight - 1.5 * mm));
        }
        painter.drawText(
            QRectF(0, paper.height() - footerHeight + 2 * mm, paper.width(), footerHeight - 2 * mm),
            Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1 / %2").arg(p + 1).arg(pageCount));
        painter.restore();
        while (next < placements.size() && placements[next].page == p) {
            const Placement &place = placements[next++];
            painter.save();
            painter.translate(body.left(), body.top() + place.y - place.sliceTop);
            const QRectF clip(0, place.sliceTop, body.width(), place.sliceHeight);
            place.block->doc->drawContents(&painter, clip);
            painter.restore();
        }
    }
    if (!painter.end())
        return Status::failure(
            QCoreApplication::translate("PdfReport", "The report could not be finished."));
    return success();
}

Status PdfReport::write(const Report &report, const ReportLabels &labels, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("PdfReport", "Cannot write %1: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.documents.size() == 1 ? report.documents.first().titel
                                                     : labels.reportTitle);
        writer.setCreator(QStringLiteral("Overleg"));
        if (const Status rendered = render(report, labels, &writer); !rendered) {
            file.cancelWriting();
            return rendered;
        }
    }
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("PdfReport", "Cannot save %1: %2 (nothing was written)")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return success();
}

} // namespace overleg
