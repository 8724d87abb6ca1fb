#include "FuzzEntries.h"

#include "document/HtmlText.h"
#include "document/MarkupText.h"
#include "document/OfficeText.h"
#include "document/PdfWords.h"
#include "entities/SyncFeedReader.h"
#include "export/NotesBundle.h"
#include "library/Library.h"
#include "questions/AnswerMatcher.h"
#include "questions/QuestionExtractor.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace overleg::fuzz {

namespace {

class WordCounter : public PdfWordVisitor {
public:
    void beginPage(int) override {}
    void word(const char32_t *, std::size_t length, double, double, double, double,
              char32_t) override {
        characters += length;
    }
    std::size_t characters = 0;
};

// One library in a scratch directory for the whole process: opening the two databases (and
// their migrations) per input would be most of the time.
Library &scratchLibrary() {
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("overleg-fuzz-XXXXXX")));
    static std::unique_ptr<Library> library = [] {
        auto opened = Library::open(dir.path(), Library::SampleMode::Never);
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    return *library;
}

} // namespace

void syncFeedPage(const QByteArray &bytes) {
    int fields = 0;
    SyncFeedReader::read(bytes, [&](FeedEntry &entry) { fields += entry.entity.refs.size(); });
}

void officeDocument(const QByteArray &bytes) {
    // The same bytes as both formats: the sniffing that picks one is FileType's, not tested here.
    (void)extractDocxText(bytes);
    (void)extractOdtText(bytes);
}

void htmlPage(const QByteArray &bytes) {
    (void)extractHtmlText(bytes);
}

void xmlDocument(const QByteArray &bytes) {
    (void)extractXmlText(bytes);
}

void questionText(const QByteArray &bytes) {
    DocumentText text;
    text.type = FileType::Text;
    text.pages = QString::fromUtf8(bytes).split(u'\f');
    const QuestionExtraction questions =
        QuestionExtractor::extract(text, QStringLiteral("fuzz"), QString());
    (void)AnswerMatcher::match(questions, text);
}

void notesBundle(const QByteArray &bytes) {
    (void)NotesBundle::import(scratchLibrary(), bytes);
}

void pdfWords(const QByteArray &bytes) {
    WordCounter counter;
    std::u32string title;
    (void)readPdfWords(bytes.constData(), static_cast<std::size_t>(bytes.size()), counter, &title);
}

Entry entryFor(const QString &target) {
    static const QHash<QString, Entry> entries = {
        {QStringLiteral("syncfeed"), syncFeedPage},  {QStringLiteral("office"), officeDocument},
        {QStringLiteral("html"), htmlPage},          {QStringLiteral("xml"), xmlDocument},
        {QStringLiteral("questions"), questionText}, {QStringLiteral("notesbundle"), notesBundle},
        {QStringLiteral("pdfwords"), pdfWords},
    };
    return entries.value(target, nullptr);
}

QStringList targets() {
    return {QStringLiteral("syncfeed"), QStringLiteral("office"),    QStringLiteral("html"),
            QStringLiteral("xml"),      QStringLiteral("questions"), QStringLiteral("notesbundle"),
            QStringLiteral("pdfwords")};
}

void quietQt() {
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace overleg::fuzz
