#include "PdfPageContent.h"

// Poppler's core (libpoppler-private-dev).
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>

#include <set>
#include <utility>

namespace overleg {

namespace {

// Forms inside forms deeper than this are not followed (Poppler itself stops at a similar depth).
constexpr int kMaxFormDepth = 16;

struct Budget {
    long long left;
    PdfStopCheck stop;
    void *stopData;
    PdfContentCheck outcome = PdfContentCheck::Within;
    std::set<std::pair<int, int>> seen; // forms already counted on this page
};

// Decodes the stream into a small buffer and forgets it: only the size is wanted.
bool drain(Stream *stream, Budget &budget) {
    unsigned char buffer[64 * 1024];
    stream->reset();
    bool within = true;
    for (;;) {
        const int n = stream->doGetChars(int(sizeof buffer), buffer);
        if (n <= 0)
            break;
        budget.left -= n;
        if (budget.left < 0) {
            budget.outcome = PdfContentCheck::TooLarge;
            within = false;
            break;
        }
        if (budget.stop && budget.stop(budget.stopData)) {
            budget.outcome = PdfContentCheck::Stopped;
            within = false;
            break;
        }
    }
    stream->close();
    return within;
}

bool countForms(Dict *resources, Budget &budget, int depth) {
    if (!resources || depth > kMaxFormDepth)
        return true;
    const Object xobjects = resources->lookup("XObject");
    if (!xobjects.isDict())
        return true;
    Dict *dict = xobjects.getDict();
    for (int i = 0; i < dict->getLength(); ++i) {
        const Object &reference = dict->getValNF(i);
        if (reference.isRef() &&
            !budget.seen.insert({reference.getRef().num, reference.getRef().gen}).second)
            continue;
        const Object xobject = dict->getVal(i);
        if (!xobject.isStream())
            continue;
        Dict *streamDict = xobject.streamGetDict();
        if (!streamDict || !streamDict->lookup("Subtype").isName("Form"))
            continue; // images are decoded only as far as their declared size needs
        if (!drain(xobject.getStream(), budget))
            return false;
        const Object formResources = streamDict->lookup("Resources");
        if (formResources.isDict() && !countForms(formResources.getDict(), budget, depth + 1))
            return false;
    }
    return true;
}

} // namespace

PdfContentCheck checkPageContent(PDFDoc &doc, int page, long long limit, PdfStopCheck stop,
                                 void *stopData) {
    Page *p = doc.getPage(page + 1);
    if (!p)
        return PdfContentCheck::Within; // nothing to draw; the reader says the page is damaged
    Budget budget{limit, stop, stopData, PdfContentCheck::Within, {}};
    const Object contents = p->getContents();
    if (contents.isStream()) {
        if (!drain(contents.getStream(), budget))
            return budget.outcome;
    } else if (contents.isArray()) {
        for (int i = 0; i < contents.arrayGetLength(); ++i) {
            const Object part = contents.arrayGet(i);
            if (part.isStream() && !drain(part.getStream(), budget))
                return budget.outcome;
        }
    }
    countForms(p->getResourceDict(), budget, 0);
    return budget.outcome;
}

namespace {
// Poppler's warnings about a damaged object are for Poppler's developers (as in PdfWords).
void ignorePopplerError(ErrorCategory, Goffset, const char *) {}
} // namespace

struct PdfContentGuard::Private {
    GlobalParamsIniter globalParams{ignorePopplerError};
    std::unique_ptr<PDFDoc> doc;
};

PdfContentGuard::PdfContentGuard(const char *data, std::size_t size)
    : d(std::make_unique<Private>()) {
    d->doc = std::make_unique<PDFDoc>(new MemStream(data, 0, Goffset(size), Object(objNull)));
}

PdfContentGuard::~PdfContentGuard() = default;

PdfContentCheck PdfContentGuard::check(int page, long long limit, PdfStopCheck stop,
                                       void *stopData) {
    if (!d->doc->isOk() || page < 0 || page >= d->doc->getNumPages())
        return PdfContentCheck::Within;
    return checkPageContent(*d->doc, page, limit, stop, stopData);
}

} // namespace overleg
