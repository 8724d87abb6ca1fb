#pragma once

#include "QuestionUnit.h"
#include "TextFlow.h"

#include "document/DocumentText.h"

#include <limits>

namespace overleg {

// Finds the question units of a document (LABELING.md): numbered items in Kamervragen and
// lists of questions, and direct and indirect question sentences per fractie in the inbreng
// of a written consultation (part I of a Verslag). Other documents have none.
class QuestionExtractor {
public:
    // soortHint: the library's Document.Soort, when known; the text decides otherwise.
    static QuestionExtraction extract(const DocumentText &text, const QString &documentId,
                                      const QString &soortHint = {});
    // The library's soort when it names a kind, else the document's head, else its body.
    static DocumentKind detectKind(const TextFlow &flow, const QString &soortHint);
    // The same from the document's text, laying out only its first pages when they name it.
    static DocumentKind detectKind(const DocumentText &text, const QString &soortHint);

    // Exposed for tests: the sentence-level judgement.
    enum class Judgement { None, Direct, Indirect };
    static Judgement judge(const QString &sentence);
    // Footnote markers glued to words ("(KOZP)?1"), collapsed white space.
    static QString cleanText(const QString &text);
    static QString stableId(const QString &documentId, const QString &text, int ordinal);

private:
    static void extractNumbered(const TextFlow &flow, QuestionExtraction &result);
    static void extractConsultation(const TextFlow &flow, QuestionExtraction &result);
    static void extractNota(const TextFlow &flow, QuestionExtraction &result);
    // The question sentences of one paragraph of the flow that start in [from, to), numbered
    // on from the last unit;
    // fractie follows "De leden van de X-fractie" in the text.
    static void addSentenceUnits(const TextFlow &flow, const TextFlow::Paragraph &paragraph,
                                 int paragraphIndex, QString &fractie, QuestionExtraction &result,
                                 int from = 0, int to = std::numeric_limits<int>::max());
};

} // namespace overleg
