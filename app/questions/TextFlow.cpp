#include "TextFlow.h"

#include "Headings.h"
#include "SentenceSplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace overleg {

namespace {

struct Line {
    int page = 0;
    int start = 0; // offset in the page text
    QString text;
    double height = 0;        // median word height (PDF), 0 when unknown
    bool blankBefore = false; // an empty line (or a page start) precedes it
};

// Characters that are layout, not text: dropped (soft hyphens, zero-width marks, a BOM) or
// read as a plain space (no-break and narrow spaces, tabs, carriage returns).
enum class CharClass { Keep, Drop, Space };
CharClass classify(QChar c) {
    switch (c.unicode()) {
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return CharClass::Drop;
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case u'\t':
    case u'\r':
        return CharClass::Space;
    default:
        return CharClass::Keep;
    }
}

// A line that starts a numbered or bulleted item ("3. Klopt het ...", "• De leden ...").
bool startsItem(const QString &line) {
    static const QRegularExpression item(QStringLiteral("^(\\d{1,3}[.)]\\s+\\S|[•▪●◦·–-]\\s+\\S)"));
    return item.match(line).hasMatch();
}

struct Segment {
    int start = 0;
    int end = 0;
    bool blankBefore = false;
};

// A line of a page. In plain text, a very long line whose line breaks were flattened into
// runs of spaces by some extraction ("...de meeste winst  worden behaald voor het  verbeteren")
// is cut at those runs again: two or three spaces were a line break, four or more a blank line.
QList<Segment> splitLines(const QString &page, bool plainText) {
    QList<Segment> segments;
    int start = 0;
    while (start <= page.size()) {
        int end = int(page.indexOf(u'\n', start));
        if (end < 0)
            end = int(page.size());
        static const QRegularExpression run(QStringLiteral("(?<=[\\p{L}\\d,;)])( {2,})(?=\\S)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
        const QString line = page.mid(start, end - start);
        QList<std::pair<int, int>> cuts; // offset and length of a run of spaces
        if (plainText && line.size() > 1000) {
            auto it = run.globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                cuts << std::pair{int(m.capturedStart(1)), int(m.capturedLength(1))};
            }
        }
        if (cuts.size() * 200 < line.size()) {
            segments << Segment{start, end, false};
        } else {
            static const QRegularExpression anyRun(QStringLiteral(" {2,}"));
            int from = 0;
            bool blank = false;
            auto it = anyRun.globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                segments << Segment{start + from, start + int(m.capturedStart()), blank};
                blank = m.capturedLength() >= 4;
                from = int(m.capturedEnd());
            }
            segments << Segment{start + from, end, blank};
        }
        start = end + 1;
    }
    return segments;
}

// The running heads and feet of the Kamer's publications, recognised by their wording where
// the text has no pages to compare ("Tweede Kamer, vergaderjaar 2024–2025, Vragen 2",
// "kv-tk-2024Z18893", "ISSN 0921-7371", "’s-Gravenhage 2024").
bool isRunningHeadOrFoot(const QString &line) {
    static const QRegularExpression furniture(
        QStringLiteral("^(tweede kamer, vergaderjaar \\d{4}\\s*[–-]\\s*\\d{4},.*|"
                       "tweede kamer der staten-generaal\\s*\\d*|"
                       "(\\d+\\s+)?(kv|ah|kst|blg|h)-tk-[\\w-]+(\\s+\\d+)?|"
                       "(\\d+\\s+)?(kv|ah|kst|blg)-[\\w-]+\\s+(issn|’s-gravenhage|'s-gravenhage)"
                       ".*|issn \\d{4}\\s*-\\s*\\d{3}[\\dx]|[’']s-gravenhage \\d{4}.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (line.size() > 200)
        return false;
    // Most lines hold none of the words: only those that do are matched. (Folded to ASCII
    // lower case once: Qt's case-insensitive search folds every character of every try.)
    char16_t folded[200];
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        folded[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    const QStringView view(folded, line.size());
    static const std::array<QStringView, 6> words = {u"kamer", u"-tk-",       u"kst-",
                                                     u"issn",  u"gravenhage", u"blg-"};
    bool candidate = false;
    for (qsizetype i = 0; i < view.size() && !candidate; ++i) {
        // One pass: only where a word's first letter stands is the word compared.
        for (QStringView word : words) {
            if (view.at(i) == word.front() && view.sliced(i).startsWith(word)) {
                candidate = true;
                break;
            }
        }
    }
    if (!candidate)
        return false;
    const QString t = line.trimmed();
    return t.size() <= 160 && furniture.match(t).hasMatch();
}

// A line with one token that holds a digit: a page number, a document id, a footnote mark.
bool isLoneToken(const QString &line) {
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return false;
    for (const QChar c : t) {
        if (c.isSpace())
            return false;
    }
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
}

// Footnotes at the foot of a page of plain text, where no font size tells them apart: from a
// line "N text" to the page's end, when the page's body carries N as a marker glued to a word
// ("onderzoek»6", "gesprokenis2"). Indices into lines.
bool isHeading(const QString &line);
bool endsSentence(const QString &line);

QSet<int> footnoteLines(const QList<Line> &lines, const QSet<int> &furniture) {
    QSet<int> result;
    // "1 Kamerstuk 29338, nr. 279", or glued by an extractor: "1de Limburger, 15 november",
    // "2Handelingen II". (A bare number is no start: pdftotext sets a marker on its own line.)
    static const QRegularExpression note(QStringLiteral("^(\\d{1,2})(\\s+\\S|\\p{L})"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bareNote(QStringLiteral("^(\\d{1,2})$"));
    int first = 0;
    while (first < lines.size()) {
        // A page ends at a form feed, or where its running footer stands when the text has
        // lost its form feeds.
        int end = first;
        while (end < lines.size() && lines.at(end).page == lines.at(first).page &&
               (end == first || !furniture.contains(end)))
            ++end;
        // Lines first .. end-1 are one page. Its footnotes: the highest line "N text" in the
        // page's last lines whose N is glued to a word above it.
        int start = -1;
        // Footnotes are small print at the very foot: a dozen lines at most.
        for (int k = end - 1; k > first && k >= end - 12; --k) {
            auto m = note.match(lines.at(k).text.trimmed());
            // pdftotext sets a footnote's number on a line of its own above its text; a
            // bare number before a heading is the mark of the question above instead.
            if (!m.hasMatch() && k + 1 < end && end - k <= 6 && !isHeading(lines.at(k + 1).text))
                m = bareNote.match(lines.at(k).text.trimmed());
            if (!m.hasMatch())
                continue;
            // The mark glued to a word, or set between words by the extraction ("vragen 17 een").
            const QRegularExpression marker(
                QStringLiteral("[\\p{L}.,;:?!»”’)] ?%1(?!\\d)").arg(m.captured(1)),
                QRegularExpression::UseUnicodePropertiesOption);
            for (int j = first; j < k; ++j) {
                if (marker.match(lines.at(j).text).hasMatch()) {
                    start = k;
                    break;
                }
            }
        }
        // pdftotext puts a page's footnotes among its running feet, the number on a line of
        // its own: a short stretch between two feet, after a bare number that stands glued to
        // a word in the text above ("...regenboogbeleid»?1").
        if (start < 0 && first > 0 && furniture.contains(first - 1) && end < lines.size() &&
            furniture.contains(end) && end - first <= 4) {
            static const QRegularExpression bare(QStringLiteral("^\\d{1,2}$"));
            for (int f = first - 1; f >= 0 && f >= first - 6 && furniture.contains(f); --f) {
                const QString number = lines.at(f).text.trimmed();
                if (!bare.match(number).hasMatch())
                    continue;
                const QRegularExpression marker(
                    QStringLiteral("[\\p{L}.,;:?!»”’)]%1(?!\\d)").arg(number),
                    QRegularExpression::UseUnicodePropertiesOption);
                for (int j = qMax(0, f - 200); j < f && start < 0; ++j) {
                    if (!furniture.contains(j) && marker.match(lines.at(j).text).hasMatch())
                        start = first;
                }
            }
        }
        // The notes run on while a line continues the one before it or starts another note;
        // a new sentence after a finished note is the body again (an OCR may set a footnote
        // above the text it belongs under).
        for (int k = qMax(start, first); start >= 0 && k < end; ++k) {
            if (k > start) {
                const QString previous = lines.at(k - 1).text.trimmed();
                const QString line = lines.at(k).text.trimmed();
                const bool continues = !endsSentence(previous) || line.front().isLower() ||
                                       note.match(line).hasMatch() ||
                                       bareNote.match(line).hasMatch();
                if (!continues)
                    break;
            }
            result.insert(k);
        }
        first = end == first ? end + 1 : end;
    }
    return result;
}

// In a numbered question document, a line that opens an item: "1 Kunnen ...", "2a Betreft ...",
// "3. Klopt het ...".
bool startsNumberedQuestion(const QString &line) {
    static const QRegularExpression item(
        QStringLiteral("^\\d{1,3}[a-z]?(?:[.)]\\s+|\\s+)[«“‘(]?\\p{Lu}\\p{Ll}"),
        QRegularExpression::UseUnicodePropertiesOption);
    return item.match(line).hasMatch();
}

// Plain text wrapped at a fixed width (pdftotext, a mail, PyPDF2) rather than one line per
// paragraph (the Kamer's site, OpenTK, Markdown, a converted Word file): long lines that stop
// in the middle of a sentence are what wrapping leaves behind.
bool looksWrapped(const QList<Line> &lines) {
    int longLines = 0;
    int continued = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString text = lines.at(i).text.trimmed();
        if (text.size() < 40)
            continue;
        ++longLines;
        // Stopped in the middle of a sentence, and the next line goes on with it.
        const QChar last = text.back();
        const QString next = lines.at(i + 1).text.trimmed();
        if ((last.isLetterOrNumber() || last == u',' || last == u'-') && !next.isEmpty() &&
            next.front().isLower() && !lines.at(i + 1).blankBefore)
            ++continued;
    }
    return continued >= 2 && continued * 10 >= longLines * 2;
}

// A line's text with digits and white space left out, to compare running heads and feet.
QString withoutDigitsOrSpaces(const QString &line) {
    QString key;
    key.reserve(line.size());
    for (const QChar c : line) {
        if (!c.isDigit() && !c.isSpace())
            key += c;
    }
    return key;
}

// The median, reordering the values instead of copying them.
double medianInPlace(QList<double> &values) {
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool endsSentence(const QString &line) {
    // By hand: a pattern anchored at the end is tried at every position of the line.
    qsizetype i = line.size();
    while (i > 0 && line.at(i - 1).isSpace())
        --i;
    return i > 0 && QStringView(u".?!:;»”\"’)").contains(line.at(i - 1));
}

// A question mark ends the line, perhaps with a footnote mark after it ("voor? 1)", "?2").
bool endsQuestion(const QString &line) {
    static const QRegularExpression end(QStringLiteral("\\?[»”’]?\\s*(\\d{1,2}\\)?)?$"));
    return end.match(line).hasMatch();
}

// Lines that stand on their own: numbered items, their answers, section headings.
bool isHeading(const QString &line) {
    static const QRegularExpression heading(
        QStringLiteral("^(Vraag|Vragen|Antwoord|Antwoorden)\\s+(op\\s+(vraag|vragen)\\s+)?\\d+(["
                       "\\s,]+(en|t/m|tot en met)?\\s*\\d+)*\\s*[:.]?$|"
                       "^(Inbreng|Vragen en opmerkingen) van de leden van de .*fractie$|"
                       "^(I|II|III|IV)\\s+\\S.*$|^Vragen en opmerkingen uit de fracties$|"
                       "^(Reactie|Antwoord) van de (minister|staatssecretaris|bewindspersoon).*$"));
    const QString trimmed = line.trimmed();
    // Every heading opens with one of these letters; most lines are ruled out here.
    if (trimmed.isEmpty() || !QStringView(u"vVaAiIrR").contains(trimmed.front()))
        return false;
    return heading.match(trimmed).hasMatch() || headings::question().match(trimmed).hasMatch() ||
           headings::answer().match(trimmed).hasMatch() ||
           headings::bareAnswer().match(trimmed).hasMatch();
}

} // namespace

QString TextFlow::Paragraph::text() const {
    return flow->text().mid(start, end - start);
}

int TextFlow::pageAt(int i) const {
    const int offset = sourceOffset(i);
    const auto it = std::upper_bound(m_pageStarts.begin(), m_pageStarts.end(), offset);
    return qMax(0, int(it - m_pageStarts.begin()) - 1);
}

TextFlow::TextFlow(const DocumentText &document, QuestionMarks questionMarks) {
    const bool pdf =
        document.type == FileType::Pdf && document.words.size() == document.pages.size();
    QList<Line> lines;
    QList<double> allHeights;
    QList<double> heights; // of one line, reused
    int pageStart = 0;
    for (int page = 0; page < document.pages.size(); ++page) {
        m_pageStarts << pageStart;
        const QString &text = document.pages.at(page);
        int word = 0;
        const QList<TextWord> noWords;
        const QList<TextWord> &words = pdf ? document.words.at(page) : noWords;
        // A page break is not a paragraph break: a sentence may run on to the next page.
        bool blank = page == 0;
        for (const Segment &segment : splitLines(text, document.type == FileType::Text)) {
            const int end = segment.end;
            Line line{page, segment.start, text.mid(segment.start, end - segment.start), 0};
            heights.clear();
            while (word < words.size() && words.at(word).start < end) {
                heights << words.at(word).box.height();
                ++word;
            }
            allHeights << heights;
            line.height = medianInPlace(heights);
            if (!line.text.trimmed().isEmpty()) {
                line.blankBefore = blank || segment.blankBefore;
                lines << line;
                blank = false;
            } else {
                blank = true;
            }
        }
        pageStart += int(text.size()) + 1; // the form feed
    }

    // Small print (footnotes, running headers) is set smaller than the body.
    const double bodyHeight = medianInPlace(allHeights);
    // Lines repeated on several pages (headers, footers), digits aside.
    // Only the first and last lines of a page are candidates: a sentence may well recur.
    QHash<QString, QSet<int>> repeats;
    // Digits (page numbers) and spacing aside: "1 ah-tk-20232024-1314" on page one and
    // "ah-tk-20232024-1314 2" on page two are the same footer.
    QHash<int, QList<int>> linesOfPage;
    for (int i = 0; i < lines.size(); ++i)
        linesOfPage[lines.at(i).page] << i;
    QSet<int> edgeLines;
    for (const QList<int> &indices : linesOfPage) {
        for (int k = 0; k < indices.size(); ++k) {
            if (k < 3 || k >= indices.size() - 3)
                edgeLines.insert(indices.at(k));
        }
    }
    for (int i : edgeLines)
        repeats[withoutDigitsOrSpaces(lines.at(i).text)].insert(lines.at(i).page);
    const int pages = int(document.pages.size());
    QSet<int> furniture;
    for (int i = 0; i < lines.size(); ++i) {
        if (isRunningHeadOrFoot(lines.at(i).text))
            furniture.insert(i);
    }
    // A bare page number next to a running head or foot, or at a page's edge, belongs to it.
    static const QRegularExpression pageNumber(QStringLiteral("^\\d{1,3}$"));
    for (int i = 0; !pdf && i < lines.size(); ++i) {
        if (!pageNumber.match(lines.at(i).text.trimmed()).hasMatch())
            continue;
        const bool pageEdge = (i == 0 || lines.at(i - 1).page != lines.at(i).page ||
                               i + 1 == lines.size() || lines.at(i + 1).page != lines.at(i).page) &&
                              pages >= 2;
        if (pageEdge || furniture.contains(i - 1) || furniture.contains(i + 1))
            furniture.insert(i);
    }
    const QSet<int> footnotes = pdf ? QSet<int>{} : footnoteLines(lines, furniture);
    auto keep = [&](int index) {
        if (furniture.contains(index))
            return false;
        const Line &line = lines.at(index);
        if (pdf && bodyHeight > 0 && line.height > 0 && line.height < 0.85 * bodyHeight)
            return false;
        if (footnotes.contains(index))
            return false;
        // Headings such as "Vraag 3" may open several pages; they are text, not page furniture.
        if (pages >= 2 && edgeLines.contains(index) && !isHeading(line.text)) {
            const QString key = withoutDigitsOrSpaces(line.text);
            if (repeats.value(key).size() >= qMax(2, pages / 2) && key.size() < 120)
                return false;
        }
        return true;
    };

    // Paragraph breaks: in PDFs after a heading, before one, or after a short line that ends a
    // sentence; in other formats every line is a paragraph.
    QList<int> lengths;
    for (const Line &line : lines)
        lengths << int(line.text.size());
    std::sort(lengths.begin(), lengths.end());
    const int typical = lengths.isEmpty() ? 80 : lengths.at(lengths.size() * 3 / 4);

    // Wrapped plain text is joined into paragraphs like a PDF's lines (blank lines always
    // separate); other formats already give one line per paragraph.
    const bool wrapped = pdf || (document.type == FileType::Text && looksWrapped(lines));
    // Wrapped text that separates its paragraphs by blank lines says where each ends; only
    // text without them (pdftotext, most extractions) needs the layout rules.
    int blankSeparated = 0;
    for (const Line &line : lines)
        blankSeparated += line.blankBefore ? 1 : 0;
    const bool blankLineParagraphs = !pdf && wrapped && blankSeparated * 10 >= lines.size();
    QList<Line> kept;
    for (int i = 0; i < lines.size(); ++i) {
        if (keep(i))
            kept << lines.at(i);
        else if (i + 1 < lines.size())
            lines[i + 1].blankBefore = lines[i + 1].blankBefore || lines.at(i).blankBefore;
    }
    qsizetype total = 0;
    QList<bool> headingLine; // per kept line, asked twice below
    headingLine.reserve(kept.size());
    for (const Line &line : kept) {
        total += line.text.size() + 1;
        headingLine << isHeading(line.text);
    }
    m_text.reserve(total);
    m_source.reserve(total);
    for (int i = 0; i < kept.size(); ++i) {
        const Line &line = kept.at(i);
        const QString trimmed = line.text.trimmed();
        const int base = m_pageStarts.at(line.page) + line.start;
        const int lead = int(line.text.indexOf(trimmed));
        // "Vraag 1 en 2 De uiteindelijke ...": a heading run into its text stands apart.
        static const QRegularExpression runIn = headings::re(
            "^(?:vraag|vragen|antwoord|antwoorden)(?:\\s+op\\s+(?:vraag|vragen))?\\s+\\d{1,3}"
            "(?:(?:\\s*,\\s*en\\s+|\\s*,\\s*|\\s+en\\s+|\\s*t/m\\s*)\\d{1,3})*[:.]?\\s+"
            "(?=[«“‘(]?\\p{Lu})");
        int headingEnd = -1;
        if (!trimmed.isEmpty() && QStringView(u"vVaA").contains(trimmed.front())) {
            if (const auto runInHeading = runIn.match(trimmed); runInHeading.hasMatch())
                headingEnd = int(runInHeading.capturedEnd());
        }
        for (int c = 0; c < trimmed.size(); ++c) {
            if (c == headingEnd) {
                while (!m_text.isEmpty() && m_text.back() == u' ') {
                    m_text.chop(1);
                    m_source.removeLast();
                }
                m_text += u'\n';
                m_source << base + lead + c - 1;
            }
            switch (classify(trimmed.at(c))) {
            case CharClass::Drop:
                continue;
            case CharClass::Space:
                if (m_text.isEmpty() || m_text.back() == u' ' || m_text.back() == u'\n')
                    continue;
                m_text += u' ';
                break;
            case CharClass::Keep:
                m_text += trimmed.at(c);
                break;
            }
            m_source << base + lead + c;
        }
        if (i + 1 == kept.size())
            break;
        const QString next = kept.at(i + 1).text.trimmed();
        // In text, a blank line ends a paragraph; in a PDF it is only the gap between two
        // lines that pdftotext happened to see, so the layout rules below decide there.
        const bool blankBetween = !pdf && kept.at(i + 1).blankBefore;
        // Across a page break the layout decides even in text that marks paragraphs with
        // blank lines, since a page may end with a paragraph.
        const bool pageBreak = kept.at(i + 1).page != line.page;
        const bool layoutBreak =
            (!blankLineParagraphs || pageBreak) &&
            ((endsSentence(trimmed) && trimmed.size() < typical * 0.8) ||
             (endsSentence(trimmed) && startsItem(next)) ||
             // A question ends its item; page numbers and ids stand alone.
             (questionMarks == QuestionMarks::EndItems && endsQuestion(trimmed) &&
              !next.isEmpty() && next.front().isUpper()) ||
             (questionMarks == QuestionMarks::EndItems && startsNumberedQuestion(next)) ||
             (!endsSentence(trimmed) && trimmed.size() < typical * 0.5 && !next.isEmpty() &&
              next.front().isUpper()));
        const bool hardBreak = !wrapped || blankBetween || headingLine.at(i) ||
                               headingLine.at(i + 1) || isLoneToken(trimmed) || isLoneToken(next) ||
                               layoutBreak;
        if (hardBreak) {
            m_text += u'\n';
            m_source << (m_source.isEmpty() ? 0 : m_source.last() + 1);
            continue;
        }
        // A hyphen ending a line: between two lowercase letters a word break ("regen-
        // boogprovincie"), unless a conjunction follows ("onderwijs- en onderzoeksbudgetten");
        // after a capital or digit part of a compound ("D66-fractie"), kept without a space.
        if (m_text.size() >= 2 && m_text.endsWith(u'-') && !next.isEmpty() &&
            next.front().isLower()) {
            static const QRegularExpression conjunction(QStringLiteral("^(en|of|tot|noch)\\b"));
            const bool suspended = conjunction.match(next).hasMatch();
            if (m_text.at(m_text.size() - 2).isLower() && !suspended) {
                m_text.chop(1);
                m_source.removeLast();
                continue;
            }
            if (!suspended)
                continue;
        }
        m_text += u' ';
        m_source << (m_source.isEmpty() ? 0 : m_source.last() + 1);
    }
    splitRunTogetherParagraphs();
}

void TextFlow::splitRunTogetherParagraphs() {
    // Text that lost all its line breaks (a whole document on one line, or wrapped as one
    // block) comes out as paragraphs of thousands of characters. Such a paragraph is cut where
    // a sentence ends and around the headings run into it, by turning the space there into a
    // line break: offsets and the source map stay as they are.
    // Longer than any real paragraph of a consultation, or most of the document in one.
    constexpr int kLongest = 8000;
    constexpr int kLong = 2500;
    static const QRegularExpression headingStart = headings::re(
        "\\s(?=(?:inbreng|vragen en opmerkingen|reactie op de inbreng) van de leden van de |"
        "vragen en opmerkingen uit de fracties|(?:ii\\s+)?(?:reactie|antwoord) van de "
        "(?:minister|staatssecretaris|bewindspersoon)|(?:vraag|vragen|antwoord)\\s+\\d{1,3}\\b|"
        "verslag van een schriftelijk overleg|nota naar aanleiding van het|lijst van vragen|"
        "mededeling van|vragen van (?:het lid|de leden) )");
    static const QRegularExpression headingEnd = headings::re(
        "(?:van de leden van de [\\p{L}\\d-]+-fractie|uit de "
        "fracties|(?:vraag|antwoord)\\s+\\d{1,3}"
        "(?:(?:\\s*,\\s*|\\s+en\\s+|\\s*t/m\\s*)\\d{1,3})*|schriftelijk overleg)(\\s)(?=\\p{Lu})");
    int start = 0;
    while (start < m_text.size()) {
        int end = int(m_text.indexOf(u'\n', start));
        if (end < 0)
            end = int(m_text.size());
        const int length = end - start;
        if (length > kLongest || (length > kLong && length * 2 > m_text.size())) {
            const QString paragraph = m_text.mid(start, end - start);
            QList<int> cuts;
            for (const SentenceSpan &span : splitSentences(paragraph)) {
                if (span.start > 0 && paragraph.at(span.start - 1) == u' ')
                    cuts << span.start - 1;
            }
            auto it = headingStart.globalMatch(paragraph);
            while (it.hasNext())
                cuts << int(it.next().capturedStart());
            it = headingEnd.globalMatch(paragraph);
            while (it.hasNext())
                cuts << int(it.next().capturedStart(1));
            for (int cut : cuts) {
                if (cut > 0 && m_text.at(start + cut) == u' ')
                    m_text[start + cut] = u'\n';
            }
        }
        start = end + 1;
    }
}

QStringList TextFlow::headParagraphs() const {
    QStringList head;
    int length = 0;
    for (const Paragraph &p : paragraphs()) {
        if (head.size() >= 25 || length > 3000)
            break;
        head << p.text();
        length += int(head.last().size());
    }
    return head;
}

QList<TextFlow::Paragraph> TextFlow::paragraphs() const {
    QList<Paragraph> list;
    int start = 0;
    while (start < m_text.size()) {
        int end = int(m_text.indexOf(u'\n', start));
        if (end < 0)
            end = int(m_text.size());
        if (end > start)
            list << Paragraph{start, end, this};
        start = end + 1;
    }
    return list;
}

} // namespace overleg
