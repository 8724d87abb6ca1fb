#include "PdfText.h"

#include "PdfWords.h"

#include <QCoreApplication>

namespace overleg {

namespace pdf_messages {
QString damaged() {
    return QCoreApplication::translate("PopplerBackend", messageFor(PdfReadStatus::Damaged));
}
QString encrypted() {
    return QCoreApplication::translate("PopplerBackend", messageFor(PdfReadStatus::Encrypted));
}
QString noPages() {
    return QCoreApplication::translate("PopplerBackend", messageFor(PdfReadStatus::NoPages));
}
QString noTextLayer() {
    return QCoreApplication::translate("PopplerBackend", kNoTextLayerMessage);
}
} // namespace pdf_messages

namespace {

// The text model of a page: the words' characters joined as readPdfWords says, with their boxes.
class TextModelBuilder : public PdfWordVisitor {
public:
    explicit TextModelBuilder(DocumentText &text)
        : m_text(text) {}
    void beginPage(int) override {
        m_text.pages.append(QString());
        m_text.words.append(QList<overleg::TextWord>());
    }
    void word(const char32_t *characters, std::size_t length, double x0, double y0, double x1,
              double y1, char32_t after) override {
        QString &page = m_text.pages.last();
        const int start = int(page.size());
        for (std::size_t i = 0; i < length; ++i) {
            if (characters[i] < 0x10000)
                page.append(QChar(char16_t(characters[i])));
            else
                page.append(QStringView(QChar::fromUcs4(characters[i])));
        }
        m_text.words.last().append(
            overleg::TextWord{start, int(page.size()) - start, QRectF(x0, y0, x1 - x0, y1 - y0)});
        if (after)
            page.append(QChar(char16_t(after)));
    }

private:
    DocumentText &m_text;
};

} // namespace

Result<DocumentText> extractPdfText(const QByteArray &pdf) {
    using R = Result<DocumentText>;
    DocumentText text;
    text.type = FileType::Pdf;
    TextModelBuilder builder(text);
    std::u32string title;
    const PdfReadStatus status =
        readPdfWords(pdf.constData(), std::size_t(pdf.size()), builder, &title);
    if (const char *message = messageFor(status))
        return R::failure(QCoreApplication::translate("PopplerBackend", message));
    text.title = QString::fromUcs4(title.data(), qsizetype(title.size())).trimmed();
    if (text.isEmpty())
        text.warning = pdf_messages::noTextLayer();
    return text;
}

} // namespace overleg
