#include "AnswerMatcher.h"

#include "AnswerSet.h"

#include "Fracties.h"
#include "Headings.h"
#include "NotaPassages.h"
#include "NumberedItems.h"
#include "QuestionExtractor.h"
#include "ReactionMatcher.h"
#include "SentenceSplitter.h"
#include "TextFlow.h"
#include "TextSimilarity.h"

namespace overleg {

namespace {

struct Block {
    QList<int> numbers;
    int start = 0; // in the flow
    QString text;
    double confidence = 0.95;
};

// Numbered answer blocks: "Antwoord N" headings, and for a question followed by answer text
// without a heading of its own, that text.
QList<Block> numberedBlocks(const TextFlow &flow, bool answersFollowItems) {
    QList<Block> blocks;
    const auto paragraphs = flow.paragraphs();
    const QList<NumberedItem> items = numberedItems(flow);
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).text().trimmed();
        const auto answer = headings::answer().match(p);
        const auto question = headings::question().match(p);
        if (headings::bareAnswer().match(p).hasMatch()) {
            // "Antwoord:" answers the item just above it.
            const NumberedItem *above = nullptr;
            for (const NumberedItem &item : items) {
                if (item.end <= paragraphs.at(i).start)
                    above = &item;
            }
            QStringList body;
            int j = i + 1;
            for (; j < paragraphs.size(); ++j) {
                const TextFlow::Paragraph &next = paragraphs.at(j);
                if (std::any_of(items.begin(), items.end(),
                                [&](const NumberedItem &item) {
                                    return item.start >= next.start && item.start < next.end;
                                }) ||
                    headings::bareAnswer().match(next.text().trimmed()).hasMatch())
                    break;
                body << next.text().trimmed();
            }
            if (above && !body.isEmpty()) {
                Block block{{above->n}, paragraphs.at(i + 1).start, body.join(u' ')};
                if (const auto referral = headings::referral().match(block.text);
                    referral.hasMatch())
                    block.numbers += headings::numbersIn(referral.captured(1));
                blocks << block;
            }
            i = j - 1;
            continue;
        }
        if (!answer.hasMatch() && !question.hasMatch())
            continue;
        QStringList body;
        int bodyStart = -1;
        int j = i + 1;
        for (; j < paragraphs.size(); ++j) {
            const QString q = paragraphs.at(j).text().trimmed();
            if (headings::answer().match(q).hasMatch() || headings::question().match(q).hasMatch())
                break;
            body << q;
            if (bodyStart < 0)
                bodyStart = paragraphs.at(j).start;
        }
        if (answer.hasMatch()) {
            Block block{headings::numbersIn(answer.captured(1)), bodyStart, body.join(u' ')};
            if (const auto referral = headings::referral().match(block.text); referral.hasMatch())
                block.numbers += headings::numbersIn(referral.captured(1));
            if (!block.text.isEmpty())
                blocks << block;
        } else if (j >= paragraphs.size() ||
                   !headings::answer().match(paragraphs.at(j).text().trimmed()).hasMatch()) {
            // The question's own paragraphs end with its last "?"; what follows answers it.
            int last = -1;
            for (int k = 0; k < body.size(); ++k) {
                if (QuestionExtractor::cleanText(body.at(k)).endsWith(u'?'))
                    last = k;
            }
            if (last >= 0 && last + 1 < body.size()) {
                const QStringList rest = body.mid(last + 1);
                Block block{headings::numbersIn(question.captured(1)),
                            paragraphs.at(i + 2 + last).start, rest.join(u' '), 0.8};
                blocks << block;
            }
        }
        i = j - 1;
    }
    // In an answer document or a list of questions and answers the answer may stand right
    // after its question with no heading: the text up to the next item answers it.
    for (int k = 0; answersFollowItems && k < items.size(); ++k) {
        const NumberedItem &item = items.at(k);
        if (std::any_of(blocks.begin(), blocks.end(),
                        [&](const Block &b) { return b.numbers.contains(item.n); }))
            continue;
        const int end = k + 1 < items.size() ? items.at(k + 1).start : int(flow.text().size());
        int start = item.end;
        while (start < end && flow.text().at(start).isSpace())
            ++start;
        QString text = flow.text().mid(start, end - start).trimmed();
        // A heading run into the next item ("Vraag 3") is not part of the answer.
        const qsizetype lastBreak = text.lastIndexOf(u'\n');
        if (lastBreak >= 0 && (headings::question().match(text.mid(lastBreak + 1)).hasMatch() ||
                               headings::answer().match(text.mid(lastBreak + 1)).hasMatch()))
            text.truncate(lastBreak);
        if (std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); }) >= 2)
            blocks << Block{{item.n}, start, text.simplified(), 0.8};
    }
    return blocks;
}

} // namespace

QList<AnswerMatch> AnswerMatcher::match(const QuestionExtraction &questions,
                                        const DocumentText &answers) {
    QList<AnswerMatch> matches = matchAnswers(questions, answers);
    const DocumentKind kind = QuestionExtractor::detectKind(answers, {});
    if (!holdsOwnAnswers(kind)) {
        for (AnswerMatch &m : matches)
            m.awaiting = m.status != QuestionStatus::Answered;
    }
    return matches;
}

QList<AnswerMatch> AnswerMatcher::matchAnswers(const QuestionExtraction &questions,
                                               const DocumentText &answers) {
    QList<AnswerMatch> matches;
    const DocumentKind kind = QuestionExtractor::detectKind(answers, {});
    const bool numbered = hasNumberedQuestions(questions.kind) || hasNumberedQuestions(kind);
    // Read the way the questions were read (see TextFlow::QuestionMarks).
    const TextFlow flow(answers, numbered ? TextFlow::QuestionMarks::EndItems
                                          : TextFlow::QuestionMarks::InParagraph);
    auto place = [&](AnswerMatch &m, int flowStart, const QString &text) {
        m.status = QuestionStatus::Answered;
        m.answer = QuestionExtractor::cleanText(wholeSentencesExcerpt(text));
        m.answerPage = flow.pageAt(flowStart) + 1;
        m.answerStart = flow.sourceOffset(flowStart);
    };

    if (kind == DocumentKind::NotaNaarAanleidingVanHetVerslag) {
        // The nota quotes each passage of the Verslag before answering it: a question is
        // answered by the block after the passage that quotes it.
        auto letters = [](const QString &text) {
            QString out;
            for (const QChar c : QuestionExtractor::cleanText(text)) {
                if (c.isLetterOrNumber())
                    out += c.toLower();
            }
            return out;
        };
        const QList<NotaPassage> passages = notaPassages(flow);
        QStringList quoted;
        for (const NotaPassage &passage : passages)
            quoted << letters(flow.text().mid(passage.start, passage.end - passage.start));
        for (const QuestionUnit &unit : questions.questions) {
            AnswerMatch m;
            m.questionId = unit.id;
            m.n = unit.n;
            m.confidence = 0.8;
            const QString needle = letters(unit.text);
            for (int k = 0; k < passages.size() && !needle.isEmpty(); ++k) {
                const NotaPassage &passage = passages.at(k);
                if (!quoted.at(k).contains(needle) || passage.answerEnd <= passage.answerStart)
                    continue;
                place(
                    m, passage.answerStart,
                    flow.text().mid(passage.answerStart, passage.answerEnd - passage.answerStart));
                m.confidence = 0.95;
                m.answerNumbers = passage.numbers;
                break;
            }
            matches << m;
        }
        return matches;
    }

    if (numbered) {
        // A Mededeling announces a delay or points elsewhere: it answers nothing itself.
        const QList<Block> blocks =
            kind == DocumentKind::MededelingUitstel
                ? QList<Block>{}
                : numberedBlocks(flow, kind == DocumentKind::LijstVanVragenEnAntwoorden ||
                                           kind == DocumentKind::AntwoordSchriftelijkeVragen);
        for (const QuestionUnit &unit : questions.questions) {
            AnswerMatch m;
            m.questionId = unit.id;
            m.n = unit.n;
            for (const Block &block : blocks) {
                if (!block.numbers.contains(unit.n))
                    continue;
                if (m.status != QuestionStatus::Answered) {
                    place(m, block.start, block.text);
                    m.confidence = block.confidence;
                }
                for (int n : block.numbers) {
                    if (!m.answerNumbers.contains(n))
                        m.answerNumbers << n;
                }
            }
            if (m.status != QuestionStatus::Answered)
                m.confidence = kind == DocumentKind::MededelingUitstel ? 0.95 : 0.8;
            std::sort(m.answerNumbers.begin(), m.answerNumbers.end());
            matches << m;
        }
        return matches;
    }

    return matchReaction(questions, flow);
}

} // namespace overleg
