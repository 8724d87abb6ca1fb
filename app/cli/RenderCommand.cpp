#include "CliOutput.h"
#include "Commands.h"
#include "InputOutput.h"

#include "document/DocumentLimits.h"
#include "document/FileType.h"
#include "document/PopplerBackend.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace overleg::cli {

namespace {

int runRender(const Invocation &inv) {
    const QString input = inv.args.constFirst();
    const QString out = inv.value(QStringLiteral("out"));
    bool ok = true;
    const int page = inv.value(QStringLiteral("page"), QStringLiteral("1")).toInt(&ok);
    if (!ok)
        return inv.usageError(Cli::tr("--page takes a page number, not '%1'.")
                                  .arg(inv.value(QStringLiteral("page"))));
    double dpi = inv.value(QStringLiteral("dpi"), QStringLiteral("150")).toDouble(&ok);
    if (!ok || dpi < 10 || dpi > 1200)
        return inv.usageError(Cli::tr("--dpi must be between 10 and 1200."));
    if (out.isEmpty())
        return inv.usageError(Cli::tr("--out is required: a PNG file, or '-' for stdout."));

    const auto read = readInput(input, inv.dataDir);
    if (!read)
        return fail(read.error());
    const QByteArray &bytes = read.value();
    if (sniffFileType(bytes) != FileType::Pdf)
        return fail(Cli::tr("%1: render draws PDF pages; this is %2 (use 'text' for its text).")
                        .arg(input, displayNameOf(sniffFileType(bytes))));
    auto doc = PdfDocument::open(bytes);
    if (!doc)
        return fail(QStringLiteral("%1: %2").arg(input, doc.error()));
    if (page < 1 || page > doc.value()->pageCount())
        return fail(
            Cli::tr("%1 has %n page(s); there is no page %2.", nullptr, doc.value()->pageCount())
                .arg(input)
                .arg(page));
    // A page of 14,400 pt at 150 dpi is 900 megapixels: render it at the resolution that fits
    // kMaxRenderPixels instead, and say so.
    const QSizeF points = doc.value()->pageSize(page - 1);
    const double pixels = points.width() / 72.0 * dpi * points.height() / 72.0 * dpi;
    if (pixels > double(kMaxRenderPixels)) {
        const double fitted = dpi * std::sqrt(double(kMaxRenderPixels) / pixels);
        if (fitted < 1)
            return fail(Cli::tr("%1: page %2 is too large to render (%3 x %4 pt).")
                            .arg(input)
                            .arg(page)
                            .arg(points.width())
                            .arg(points.height()));
        printError(Cli::tr("%1: page %2 is %3 x %4 pt; rendered at %5 dpi to stay under %6 "
                           "megapixels.")
                       .arg(input)
                       .arg(page)
                       .arg(points.width())
                       .arg(points.height())
                       .arg(std::floor(fitted * 10) / 10)
                       .arg(kMaxRenderPixels / 1000000));
        dpi = std::floor(fitted * 10) / 10;
    }
    RenderControl control;
    control.deadlineMs = kCliRenderDeadlineMs;
    const PageRendering rendering = doc.value()->render(page - 1, dpi, control);
    if (rendering.status == PageRendering::Status::TooLarge ||
        rendering.status == PageRendering::Status::TimedOut)
        return fail(QStringLiteral("%1: page %2: %3")
                        .arg(input)
                        .arg(page)
                        .arg(PageRendering::messageFor(rendering.status, control.deadlineMs)));
    const QImage &image = rendering.image;
    // Poppler answers a page it cannot draw with a 1x1 image: that is no success.
    const QSize expected(qRound(points.width() / 72.0 * dpi), qRound(points.height() / 72.0 * dpi));
    if (image.isNull() || (image.width() <= 1 && expected.width() > 2) ||
        (image.height() <= 1 && expected.height() > 2))
        return fail(Cli::tr("%1: page %2 cannot be rendered.").arg(input).arg(page));
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return fail(Cli::tr("%1: page %2 cannot be saved as PNG.").arg(input).arg(page));
    if (const Status written = writeOutput(out, png); !written)
        return fail(written.error());
    if (inv.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                            {QStringLiteral("page"), page},
                                            {QStringLiteral("dpi"), dpi},
                                            {QStringLiteral("width"), image.width()},
                                            {QStringLiteral("height"), image.height()}}));
    return kExitOk;
}

} // namespace

CommandSpec renderCommand() {
    CommandSpec c;
    c.name = QStringLiteral("render");
    c.synopsis = QStringLiteral("FILE|DOC");
    c.summary = QT_TRANSLATE_NOOP("Cli", "one PDF page as a PNG image");
    c.options = {{QStringLiteral("page"), QStringLiteral("N"),
                  QT_TRANSLATE_NOOP("Cli", "the page, from 1 (default 1)")},
                 {QStringLiteral("dpi"), QStringLiteral("D"),
                  QT_TRANSLATE_NOOP("Cli", "the resolution, 10 to 1200 (default 150)")},
                 {QStringLiteral("out"), QStringLiteral("PNG"),
                  QT_TRANSLATE_NOOP("Cli", "the image file to write; '-' writes it to stdout")}};
    c.minArguments = c.maxArguments = 1;
    c.run = runRender;
    return c;
}

} // namespace overleg::cli
