#include "ReactionMatcher.h"

#include "Fracties.h"
#include "Headings.h"
#include "QuestionExtractor.h"
#include "SentenceSplitter.h"
#include "TextFlow.h"
#include "TextSimilarity.h"

#include <QRegularExpression>

namespace overleg {

namespace {

struct Sentence {
    QString fractie;
    QString text;
    int start = 0; // in the flow
    int end = 0;
    bool restates = false; // the minister restates the members' question here
    int block = -1;
};

struct ReactionBlock {
    int answerStart = -1; // in the flow; -1 when the block has no answer of its own
    QString answer;
};

// "De leden van de NSC-fractie vragen ...", "Deze leden vragen mij ...", "Ook vragen zij ...":
// the members are the subject, near the start.
bool restatesQuestion(const QString &sentence) {
    static const QRegularExpression members =
        headings::re("^.{0,40}\\b(de leden|deze leden|de "
                     "[\\p{L}\\d-]+-fractie|zij|ze)\\b.{0,80}\\b(vragen|vraagt|"
                     "willen|wil|zijn benieuwd|verzoeken|vragen zich af)\\b");
    return members.match(sentence).hasMatch();
}

bool followsUp(const QString &question) {
    static const QRegularExpression followUp = headings::re(
        "^(zo\\s+(ja|nee|neen|niet)\\b|indien\\s+(ja|nee|niet|dat|zo)\\b|en\\s+zo\\s+ja\\b|"
        "waarom\\s+(niet|dan)\\b|is de (minister|regering|staatssecretaris) het (daar|hier)mee "
        "eens)");
    return followUp.match(question).hasMatch();
}

QList<Sentence> reactionSentences(const TextFlow &flow) {
    QList<Sentence> sentences;
    const auto paragraphs = flow.paragraphs();
    int from = -1;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (headings::partOne().match(paragraphs.at(i).text().trimmed()).hasMatch())
            from = -1; // the table of contents names part II before part I begins
        if (headings::partTwo().match(paragraphs.at(i).text().trimmed()).hasMatch())
            from = i + 1;
    }
    if (from < 0)
        return sentences;
    QString fractie;
    for (int i = from; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).text();
        if (const auto section = headings::fractieSection().match(p.trimmed());
            section.hasMatch()) {
            fractie = normaliseFractie(section.captured(1));
            continue;
        }
        for (const SentenceSpan &span : splitSentences(p)) {
            Sentence s;
            s.fractie = fractie;
            s.text = p.mid(span.start, span.end - span.start);
            s.start = paragraphs.at(i).start + span.start;
            s.end = paragraphs.at(i).start + span.end;
            s.restates = restatesQuestion(s.text);
            sentences << s;
        }
    }
    return sentences;
}

// Blocks: a run of restatements and the answer after them, within one fractie's reaction.
// Restatements in a row share the answer that follows the last of them.
QList<ReactionBlock> blocksOf(QList<Sentence> &sentences, const TextFlow &flow) {
    QList<ReactionBlock> blocks;
    bool inAnswer = true;
    QString fractie;
    for (Sentence &s : sentences) {
        if (blocks.isEmpty() || s.fractie != fractie || (s.restates && inAnswer)) {
            blocks << ReactionBlock{};
            inAnswer = false;
            fractie = s.fractie;
        }
        s.block = int(blocks.size()) - 1;
        if (s.restates && !inAnswer)
            continue;
        inAnswer = true;
        ReactionBlock &block = blocks.last();
        if (block.answerStart < 0)
            block.answerStart = s.start;
        block.answer = flow.text().mid(block.answerStart, s.end - block.answerStart);
    }
    return blocks;
}

} // namespace

QList<AnswerMatch> matchReaction(const QuestionExtraction &questions, const TextFlow &flow) {
    QList<Sentence> sentences = reactionSentences(flow);
    const QList<ReactionBlock> blocks = blocksOf(sentences, flow);
    constexpr double kThreshold = 0.40;

    QList<AnswerMatch> matches;
    QList<int> blockOf; // per question: the block that answers it, -1 when none
    for (const QuestionUnit &unit : questions.questions) {
        AnswerMatch m;
        m.questionId = unit.id;
        m.n = unit.n;
        double best = 0.0;
        const Sentence *where = nullptr;
        for (const Sentence &sentence : sentences) {
            if (sentence.fractie != unit.fractie)
                continue;
            const double score = textSimilarity(unit.text, sentence.text);
            if (score > best) {
                best = score;
                where = &sentence;
            }
        }
        m.confidence = qBound(0.0, qAbs(best - kThreshold) * 2 + 0.5, 1.0);
        blockOf << (where && best >= kThreshold ? where->block : -1);
        matches << m;
    }
    const QList<int> restatedBlocks = blockOf;
    QList<bool> restated;
    for (int b : restatedBlocks)
        restated << (b >= 0);
    // Between two questions of one fractie answered by the same block, or following up the
    // question before it: answered with them.
    for (int i = 0; i < matches.size(); ++i) {
        if (blockOf.at(i) >= 0)
            continue;
        const QString fractie = questions.questions.at(i).fractie;
        int before = -1;
        int after = -1;
        for (int k = i - 1; k >= 0 && before < 0; --k) {
            if (questions.questions.at(k).fractie == fractie)
                before = k;
        }
        for (int k = i + 1; k < matches.size() && after < 0; ++k) {
            if (questions.questions.at(k).fractie == fractie)
                after = k;
        }
        const int previous = before >= 0 ? blockOf.at(before) : -1;
        if (previous >= 0 && ((after >= 0 && blockOf.at(after) == previous) ||
                              followsUp(questions.questions.at(i).text))) {
            blockOf[i] = previous;
            matches[i].confidence = 0.6;
        }
    }
    // Questions the members asked in one paragraph are answered together: the reaction
    // restates the main one and answers the others with it.
    for (int i = 0; i < matches.size(); ++i) {
        const int paragraph = questions.questions.at(i).paragraph;
        if (blockOf.at(i) >= 0 || paragraph < 0)
            continue;
        for (int k = 0; k < matches.size(); ++k) {
            if (k != i && restated.at(k) && questions.questions.at(k).paragraph == paragraph) {
                blockOf[i] = blockOf.at(k);
                matches[i].confidence = 0.6;
                break;
            }
        }
    }
    for (int i = 0; i < matches.size(); ++i) {
        const int b = blockOf.at(i);
        if (b < 0 || blocks.at(b).answerStart < 0)
            continue;
        AnswerMatch &m = matches[i];
        m.status = QuestionStatus::Answered;
        m.answer = QuestionExtractor::cleanText(wholeSentencesExcerpt(blocks.at(b).answer));
        m.answerStart = flow.sourceOffset(blocks.at(b).answerStart);
        m.answerPage = flow.pageAt(blocks.at(b).answerStart) + 1;
    }
    return matches;
}

} // namespace overleg
