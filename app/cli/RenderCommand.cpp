#include "CliOutput.h"
#include "Commands.h"

#include "document/FileType.h"
#include "document/PopplerBackend.h"
#include "document/TextExtractor.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace overleg::cli {

int runRender(const Invocation &inv) {
    QString input, out;
    int page = 1;
    double dpi = 150;
    for (qsizetype i = 0; i < inv.args.size(); ++i) {
        const QString &arg = inv.args.at(i);
        const bool hasValue = i + 1 < inv.args.size();
        bool ok = true;
        if (arg == QLatin1String("--page") && hasValue)
            page = inv.args.at(++i).toInt(&ok);
        else if (arg == QLatin1String("--dpi") && hasValue)
            dpi = inv.args.at(++i).toDouble(&ok);
        else if (arg == QLatin1String("--out") && hasValue)
            out = inv.args.at(++i);
        else if (!arg.startsWith(QLatin1String("--")) && input.isEmpty())
            input = arg;
        else
            ok = false;
        if (!ok)
            return fail(
                QStringLiteral("usage: overleg-cli render FILE|DOC --page N [--dpi D] --out PNG"));
    }
    if (input.isEmpty() || out.isEmpty())
        return fail(
            QStringLiteral("usage: overleg-cli render FILE|DOC --page N [--dpi D] --out PNG"));
    if (dpi < 10 || dpi > 1200)
        return fail(QStringLiteral("--dpi must be between 10 and 1200."));

    QString error;
    const QString path = resolveFileArgument(input, inv.dataDir, &error);
    if (path.isEmpty())
        return fail(error);
    QFile file(path);
    if (file.size() > kMaxDocumentSize || !file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read the file.").arg(input));
    const QByteArray bytes = file.readAll();
    if (sniffFileType(bytes) != FileType::Pdf)
        return fail(
            QStringLiteral("%1: render draws PDF pages; this is %2 (use 'text' for its text).")
                .arg(input, displayNameOf(sniffFileType(bytes))));
    auto doc = PdfDocument::open(bytes);
    if (!doc)
        return fail(QStringLiteral("%1: %2").arg(input, doc.error()));
    if (page < 1 || page > doc.value()->pageCount())
        return fail(QStringLiteral("%1 has %2 page(s); there is no page %3.")
                        .arg(input)
                        .arg(doc.value()->pageCount())
                        .arg(page));
    // A page of 14,400 pt at 150 dpi is 900 megapixels: render it at the resolution that fits
    // kMaxRenderPixels instead, and say so.
    const QSizeF points = doc.value()->pageSize(page - 1);
    const double pixels = points.width() / 72.0 * dpi * points.height() / 72.0 * dpi;
    if (pixels > double(kMaxRenderPixels)) {
        const double fitted = dpi * std::sqrt(double(kMaxRenderPixels) / pixels);
        if (fitted < 1)
            return fail(QStringLiteral("%1: page %2 is too large to render (%3 x %4 pt).")
                            .arg(input)
                            .arg(page)
                            .arg(points.width())
                            .arg(points.height()));
        printError(QStringLiteral("%1: page %2 is %3 x %4 pt; rendered at %5 dpi to stay under "
                                  "%6 megapixels.")
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
        return fail(QStringLiteral("%1: page %2 cannot be rendered.").arg(input).arg(page));
    QSaveFile target(out);
    if (!target.open(QIODevice::WriteOnly) || !image.save(&target, "PNG") || !target.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(out, target.errorString()));
    if (inv.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                            {QStringLiteral("page"), page},
                                            {QStringLiteral("dpi"), dpi},
                                            {QStringLiteral("width"), image.width()},
                                            {QStringLiteral("height"), image.height()}}));
    return kExitOk;
}

} // namespace overleg::cli
