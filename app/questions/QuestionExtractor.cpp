#include "QuestionExtractor.h"

#include "Fracties.h"
#include "Headings.h"
#include "NotaPassages.h"
#include "NumberedItems.h"
#include "SentenceSplitter.h"
#include "TextFlow.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace overleg {

QString kindName(QuestionUnit::Kind kind) {
    switch (kind) {
    case QuestionUnit::Kind::Direct:
        return QStringLiteral("direct");
    case QuestionUnit::Kind::Indirect:
        return QStringLiteral("indirect");
    case QuestionUnit::Kind::Numbered:
        return QStringLiteral("numbered");
    }
    return {};
}

namespace {

// The length of a quotation that opens the text («...», “...”, ‘...’), 0 when none does.
int quotationLength(const QString &text) {
    if (text.isEmpty())
        return 0;
    static const QList<std::pair<QChar, QChar>> quotes = {
        {QChar(0xAB), QChar(0xBB)}, {QChar(0x201C), QChar(0x201D)}, {QChar(0x2018), QChar(0x2019)}};
    for (const auto &[open, close] : quotes) {
        if (text.front() != open)
            continue;
        int depth = 0;
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == open && (open != close))
                ++depth;
            else if (text.at(i) == close && --depth == 0) {
                int end = i + 1;
                while (end < text.size() && QStringView(u".?!,;:").contains(text.at(end)))
                    ++end;
                return end;
            }
        }
    }
    return 0;
}

} // namespace

QString QuestionExtractor::cleanText(const QString &text) {
    static const QRegularExpression footnote(
        QStringLiteral("(?<=[a-zà-ÿ?»”’)\\.])\\d{1,2}(?=[\\s,.;:?!)]|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "... voor? 1)": a footnote mark set apart after the sentence.
    static const QRegularExpression separateMark(
        QStringLiteral("(?<=[?.!»”’])\\s+\\d{1,2}\\)(?=\\s|$)"));
    QString cleaned = text;
    cleaned.replace(separateMark, QString());
    cleaned.replace(footnote, QString());
    return cleaned.simplified();
}

QString QuestionExtractor::stableId(const QString &documentId, const QString &text, int ordinal) {
    // Letters and digits only, by code point (what "[^\\p{L}\\p{N}]" removed, without
    // compiling a pattern per unit): ids stored with notes must not change.
    const QString lower = text.toLower();
    QString normalised;
    normalised.reserve(lower.size());
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (c.isHighSurrogate() && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            if (QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, lower.at(i + 1))))
                normalised.append(c).append(lower.at(i + 1));
            ++i;
        } else if (c.isLetterOrNumber()) {
            normalised += c;
        }
    }
    const QByteArray digest = QCryptographicHash::hash(
        (documentId + u'|' + normalised + u'|' + QString::number(ordinal)).toUtf8(),
        QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

DocumentKind QuestionExtractor::detectKind(const TextFlow &flow, const QString &soortHint) {
    if (const DocumentKind kind = kindFromSoort(soortHint); kind != DocumentKind::Other)
        return kind;
    if (const DocumentKind kind = kindFromHead(flow.headParagraphs()); kind != DocumentKind::Other)
        return kind;
    QStringList paragraphs;
    for (const TextFlow::Paragraph &p : flow.paragraphs())
        paragraphs << p.text();
    return kindFromBody(paragraphs);
}

DocumentKind QuestionExtractor::detectKind(const DocumentText &text, const QString &soortHint) {
    if (const DocumentKind kind = kindFromSoort(soortHint); kind != DocumentKind::Other)
        return kind;
    // The head is on the first pages: a long document need not be laid out whole for it.
    constexpr int kHeadPages = 3;
    if (text.pages.size() > kHeadPages) {
        DocumentText head;
        head.type = text.type;
        head.title = text.title;
        head.pages = text.pages.mid(0, kHeadPages);
        if (text.words.size() == text.pages.size())
            head.words = text.words.mid(0, kHeadPages);
        if (const DocumentKind kind = kindFromHead(TextFlow(head).headParagraphs());
            kind != DocumentKind::Other)
            return kind;
    }
    return detectKind(TextFlow(text), {});
}

QuestionExtraction QuestionExtractor::extract(const DocumentText &text, const QString &documentId,
                                              const QString &soortHint) {
    QuestionExtraction result;
    result.kind = detectKind(text, soortHint);
    if (hasNumberedQuestions(result.kind))
        extractNumbered(TextFlow(text, TextFlow::QuestionMarks::EndItems), result);
    else if (result.kind == DocumentKind::NotaNaarAanleidingVanHetVerslag)
        extractNota(TextFlow(text), result);
    else if (result.kind == DocumentKind::InbrengSchriftelijkOverleg ||
             result.kind == DocumentKind::VerslagSchriftelijkOverleg ||
             result.kind == DocumentKind::Verslag)
        extractConsultation(TextFlow(text), result);
    QHash<QString, int> seen;
    for (QuestionUnit &unit : result.questions)
        unit.id = stableId(documentId, unit.text, seen[unit.text]++);
    return result;
}

void QuestionExtractor::extractNumbered(const TextFlow &flow, QuestionExtraction &result) {
    // Askers: "Vragen van het lid X (Party)" / "Vragen van de leden X (P) en Y (Q)".
    static const QRegularExpression party(QStringLiteral("\\(([^()]+?)\\)"));
    const QString head = flow.text().left(1500);
    const qsizetype askersAt = head.indexOf(QRegularExpression(
        QStringLiteral("(Kamervragen|Vragen) van (het van het lid|het lid|de leden)")));
    if (askersAt >= 0) {
        const QString askers =
            head.mid(askersAt, head.indexOf(QLatin1String(" aan de"), askersAt) - askersAt);
        auto it = party.globalMatch(askers);
        while (it.hasNext()) {
            QString name = it.next().captured(1);
            name.remove(QRegularExpression(QStringLiteral("^(allen|beiden)\\s+")));
            const QString fractie = normaliseFractie(name);
            if (!result.fracties.contains(fractie))
                result.fracties << fractie;
        }
    }
    const QString fractie = result.fracties.join(QStringLiteral(", "));

    for (const NumberedItem &item : numberedItems(flow)) {
        QuestionUnit unit;
        unit.n = item.n;
        unit.fractie = fractie;
        unit.text = cleanText(flow.text().mid(item.start, item.end - item.start));
        unit.kind = QuestionUnit::Kind::Numbered;
        unit.page = flow.pageAt(item.start) + 1;
        unit.start = flow.sourceOffset(item.start);
        unit.end = flow.sourceOffset(item.end - 1) + 1;
        result.questions << unit;
    }
    // Kamervragen list questions once; an answer document that quotes them may list a number
    // twice only by mistake: keep the first.
    QSet<int> numbers;
    QList<QuestionUnit> unique;
    for (const QuestionUnit &unit : result.questions) {
        if (!numbers.contains(unit.n)) {
            numbers.insert(unit.n);
            unique << unit;
        }
    }
    result.questions = unique;
}

QuestionExtractor::Judgement QuestionExtractor::judge(const QString &sentence) {
    const QString s = cleanText(sentence);
    if (s.endsWith(u'?'))
        return Judgement::Direct;
    // An announcement of questions asks nothing yet.
    static const QRegularExpression announcement = headings::re(
        "\\bhebben\\b.{0,40}\\b(nog |enkele |een aantal |de volgende |aanvullende |enige "
        "|kritische |verdere |een paar |twee |drie )+"
        "(\\w+ )?vragen(\\s+(en|over|bij|aan|naar aanleiding)\\b.*)?[.:]?$");
    if (announcement.match(s).hasMatch())
        return Judgement::None;
    static const QList<QRegularExpression> asking = {
        // "De leden vragen (de minister) of/hoe/wat ..." and "vragen zich af"
        headings::re(
            "\\b(vragen|vraagt|vroegen)\\b(\\s+(de|het|mij|u|zich|zij|deze|leden|daarom|tevens|"
            "verder|ook|voorts|nog|graag|bovendien|dan|in|dat|verband|hierbij|daarbij|minister|"
            "regering|kabinet|staatssecretaris|bewindspersoon|af|van|fractie|[\\p{L}\\d]+-fractie))"
            "*"
            "\\s+(of|hoe|wat|welke|welk|waarom|wanneer|wie|in "
            "hoeverre|waar|waarop|waarin|waardoor|waarmee|om|naar|te|op welke|met welke|per "
            "wanneer|hoeveel)\\b"),
        // "vragen bij lid 1c hoe ...", "vragen de regering inhoudelijk in te gaan op ...": a
        // few words of any kind before the asking word.
        headings::re(
            "\\b(vragen|vraagt)\\s+(?!aandacht\\b)([\\p{L}\\d-]+\\s+){1,4}(of|hoe|wat|welke|"
            "waarom|wanneer|in hoeverre|te)\\s"),
        // "vragen een (nadere) toelichting op ...", "vragen om een reactie".
        headings::re("\\b(vragen|vraagt|verzoeken)\\s+((om|naar)\\s+)?(een|de|nadere|graag|"
                     "uitgebreide|schriftelijke|\\s)*(toelichting|reactie|overzicht|appreciatie|"
                     "reflectie|uitleg|onderbouwing|verduidelijking|inzicht|analyse)\\b"),
        headings::re("\\bverzoeken\\b"),
        headings::re("\\bwillen\\b.{0,30}\\b(weten|graag)\\b"),
        headings::re(
            "\\b(horen|ontvangen|krijgen|vernemen|zien|lezen)\\s+([\\p{L}-]+\\s+){0,3}graag\\b"),
        headings::re(
            "\\bgraag\\s+(\\w+\\s+){0,4}(horen|ontvangen|vernemen|toelichting|reactie|overzicht|"
            "appreciatie|reflectie|uitleg|onderbouwing|verduidelijking)\\b"),
        headings::re("\\bzijn\\s+(\\w+\\s+)?benieuwd\\b"),
        headings::re("\\b(rijst|doemt|rijzen)\\s+(\\w+\\s+)?(de|een)?\\s*vraag\\b"),
        headings::re("\\bde vraag (op|rijst)\\b"),
        headings::re("^de vraag is (of|hoe|wat|welke|waarom|wanneer|in hoeverre)\\b"),
    };
    for (const QRegularExpression &pattern : asking) {
        if (pattern.match(s).hasMatch())
            return Judgement::Indirect;
    }
    return Judgement::None;
}

void QuestionExtractor::extractConsultation(const TextFlow &flow, QuestionExtraction &result) {
    const QList<TextFlow::Paragraph> paragraphs = flow.paragraphs();
    const QRegularExpression &partOne = headings::partOne();
    const QRegularExpression &partTwo = headings::partTwo();
    const QRegularExpression &section = headings::fractieSection();

    // Part I starts after the last "Vragen en opmerkingen uit de fracties" heading that is not
    // the table of contents (the one followed by text rather than by the part II entry).
    int from = 0;
    int to = int(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (partOne.match(paragraphs.at(i).text().trimmed()).hasMatch())
            from = i + 1;
    }
    for (int i = from; i < paragraphs.size(); ++i) {
        if (partTwo.match(paragraphs.at(i).text().trimmed()).hasMatch()) {
            to = i;
            break;
        }
    }
    if (from == 0) {
        // No part heading: the fractie sections themselves mark the inbreng.
        for (int i = 0; i < paragraphs.size(); ++i) {
            if (section.match(paragraphs.at(i).text().trimmed()).hasMatch()) {
                from = i;
                break;
            }
        }
    }

    QString fractie;
    for (int i = from; i < to; ++i) {
        const QString paragraph = paragraphs.at(i).text();
        if (const auto heading = section.match(paragraph.trimmed()); heading.hasMatch()) {
            fractie = normaliseFractie(heading.captured(1));
            if (!result.fracties.contains(fractie))
                result.fracties << fractie;
            continue;
        }
        addSentenceUnits(flow, paragraphs.at(i), i, fractie, result);
    }
}

void QuestionExtractor::addSentenceUnits(const TextFlow &flow, const TextFlow::Paragraph &para,
                                         int paragraphIndex, QString &fractie,
                                         QuestionExtraction &result, int from, int to) {
    // "De leden van de VVD-fractie", and in older documents "de leden van de fractie van D'66".
    static const QRegularExpression leden =
        headings::re("\\bde leden van de (?:([\\p{L}\\d.'’-]+?)[- ]?fractie\\b|fractie van (?:de )?"
                     "([\\p{L}\\d.'’-]+))");
    const QString paragraph = para.text();
    for (const SentenceSpan &span : splitSentences(paragraph)) {
        if (para.start + span.start < from || para.start + span.start >= to)
            continue;
        QString sentence = paragraph.mid(span.start, span.end - span.start);
        int sentenceStart = span.start;
        // A quotation opening the sentence is the government's text, not the question:
        // the unit starts after it; a sentence that is all quotation asks nothing.
        if (const int quoted = quotationLength(sentence); quoted > 0) {
            const QString rest = sentence.mid(quoted);
            if (rest.trimmed().isEmpty() || rest.trimmed().size() < 3)
                continue;
            sentenceStart += quoted + int(rest.size() - rest.trimmed().size());
            sentence = rest.trimmed();
        }
        // "... stelden deze leden nog de volgende vragen: Komt het ...?": the announcement before
        // the colon asks nothing; the unit is what follows it.
        static const QRegularExpression announced =
            headings::re("^(.*\\b(volgende|enkele|een aantal|nog) "
                         "(vraag|vragen)(\\s+\\w+){0,3}\\s*:\\s+)(?=\\p{Lu})");
        if (const auto intro = announced.match(sentence); intro.hasMatch()) {
            if (const auto named = leden.match(sentence.left(intro.capturedLength(1)));
                named.hasMatch())
                fractie = normaliseFractie(named.captured(1).isEmpty() ? named.captured(2)
                                                                       : named.captured(1));
            sentenceStart += int(intro.capturedLength(1));
            sentence = sentence.mid(intro.capturedLength(1));
        }
        // The text names the fractie too (a heading can be missing).
        if (const auto named = leden.match(sentence); named.hasMatch()) {
            fractie = normaliseFractie(named.captured(1).isEmpty() ? named.captured(2)
                                                                   : named.captured(1));
            if (!result.fracties.contains(fractie))
                result.fracties << fractie;
        }
        const Judgement judgement = judge(sentence);
        if (judgement == Judgement::None)
            continue;
        QuestionUnit unit;
        unit.n = int(result.questions.size()) + 1;
        unit.fractie = fractie;
        unit.paragraph = paragraphIndex;
        unit.text = cleanText(sentence);
        unit.kind = judgement == Judgement::Direct ? QuestionUnit::Kind::Direct
                                                   : QuestionUnit::Kind::Indirect;
        const int start = para.start + sentenceStart;
        unit.page = flow.pageAt(start) + 1;
        unit.start = flow.sourceOffset(start);
        unit.end = flow.sourceOffset(para.start + span.end - 1) + 1;
        result.questions << unit;
    }
}

void QuestionExtractor::extractNota(const TextFlow &flow, QuestionExtraction &result) {
    // The units are the fracties' sentences in the passages the nota quotes; "Deze leden"
    // refers back across passages to the fractie last named.
    const QList<TextFlow::Paragraph> paragraphs = flow.paragraphs();
    QString fractie;
    for (const NotaPassage &passage : notaPassages(flow)) {
        for (int i = 0; i < paragraphs.size(); ++i) {
            if (paragraphs.at(i).end > passage.start && paragraphs.at(i).start < passage.end)
                addSentenceUnits(flow, paragraphs.at(i), i, fractie, result, passage.start,
                                 passage.end);
        }
    }
}
} // namespace overleg
