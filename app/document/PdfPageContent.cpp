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

// Resources inside resources (a form's forms) deeper than this are not followed.
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

bool countResources(Dict *resources, Budget &budget, int depth);

// Whether an entry was counted already on this page (the same form drawn twice counts once;
// drawing it twice is what the renderer's deadline is for).
bool seenBefore(const Object &reference, Budget &budget) {
    return reference.isRef() &&
           !budget.seen.insert({reference.getRef().num, reference.getRef().gen}).second;
}

// A stream of drawing instructions (a form, a tiling pattern, a Type 3 glyph, an annotation's
// appearance): its decoded bytes count, and so do the streams its own resources name.
bool countStream(const Object &stream, Budget &budget, int depth) {
    if (!stream.isStream())
        return true;
    if (!drain(stream.getStream(), budget))
        return false;
    Dict *dict = stream.streamGetDict();
    const Object resources = dict ? dict->lookup("Resources") : Object(objNull);
    return !resources.isDict() || countResources(resources.getDict(), budget, depth + 1);
}

// Calls count(value) for each entry of the dictionary named key in resources.
template <typename Count>
bool eachEntry(Dict *resources, const char *key, Budget &budget, Count count) {
    const Object entries = resources->lookup(key);
    if (!entries.isDict())
        return true;
    Dict *dict = entries.getDict();
    for (int i = 0; i < dict->getLength(); ++i) {
        if (seenBefore(dict->getValNF(i), budget))
            continue;
        if (!count(dict->getVal(i)))
            return false;
    }
    return true;
}

bool countResources(Dict *resources, Budget &budget, int depth) {
    if (!resources || depth > kMaxFormDepth)
        return true;
    // Images are decoded only as far as their declared size needs: not counted.
    const bool forms = eachEntry(resources, "XObject", budget, [&](const Object &xobject) {
        Dict *dict = xobject.isStream() ? xobject.streamGetDict() : nullptr;
        return !dict || !dict->lookup("Subtype").isName("Form") ||
               countStream(xobject, budget, depth);
    });
    // A tiling pattern is a stream; a shading pattern a dictionary, with nothing to decode here.
    const bool patterns = forms && eachEntry(resources, "Pattern", budget, [&](const Object &p) {
                              return countStream(p, budget, depth);
                          });
    const bool fonts = patterns && eachEntry(resources, "Font", budget, [&](const Object &font) {
                           if (!font.isDict() || !font.dictLookup("Subtype").isName("Type3"))
                               return true;
                           const Object procs = font.dictLookup("CharProcs");
                           if (procs.isDict()) {
                               Dict *glyphs = procs.getDict();
                               for (int i = 0; i < glyphs->getLength(); ++i)
                                   if (!seenBefore(glyphs->getValNF(i), budget) &&
                                       !countStream(glyphs->getVal(i), budget, depth))
                                       return false;
                           }
                           const Object fontResources = font.dictLookup("Resources");
                           return !fontResources.isDict() ||
                                  countResources(fontResources.getDict(), budget, depth + 1);
                       });
    return fonts;
}

// The normal appearance of each annotation: a stream, or one per state.
bool countAnnotations(Page &page, Budget &budget) {
    const Object annotations = page.getAnnotsObject();
    if (!annotations.isArray())
        return true;
    for (int i = 0; i < annotations.arrayGetLength(); ++i) {
        const Object annotation = annotations.arrayGet(i);
        if (!annotation.isDict())
            continue;
        const Object appearances = annotation.dictLookup("AP");
        if (!appearances.isDict())
            continue;
        const Object normal = appearances.dictLookup("N");
        if (normal.isStream()) {
            if (!seenBefore(appearances.dictLookupNF("N"), budget) &&
                !countStream(normal, budget, 0))
                return false;
        } else if (normal.isDict()) {
            Dict *states = normal.getDict();
            for (int j = 0; j < states->getLength(); ++j)
                if (!seenBefore(states->getValNF(j), budget) &&
                    !countStream(states->getVal(j), budget, 0))
                    return false;
        }
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
    if (countResources(p->getResourceDict(), budget, 0))
        countAnnotations(*p, budget);
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
