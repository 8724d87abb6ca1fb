// SearchTermPostings: a compound part's matches in the trigram index, from the word index's
// vocabulary and lists. A part of ASCII letters and digits (`vragen`) matches, in the trigram
// index, the rows whose text holds it case folded; every such place lies inside one word of the
// word index, and that word (folded, diacritics removed) holds the part. The converse holds
// unless the text writes the part with a diacritic ("financiële" for "financiele"): the words'
// lists then say more than the trigram index. So the part's trigrams are looked up among the
// trigram index's own trigrams with a character that is not ASCII, folded as the word index
// folds them: a part none of whose trigrams is there is written the same way everywhere, and
// its matches are the rows of the words holding it, exactly; its frequency in a row is the sum
// over those words of the part's occurrences in the word times the word's frequency. A combining
// mark inside a word (dropped by the word index) rules out the parts holding the two letters
// around it. The page of hits is read through the trigram index, but the facets and the order
// are not: these checks are what keeps them the trigram index's (test_searchwords).

#include "SearchTermPostings.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QSet>

#include <algorithm>
#include <cstring>

namespace overleg {

namespace {

// Rare words (not held) that hold a part, read from FTS5 at most; more: the trigram index.
constexpr int kMostRareWords = 256;
// Rows holding a trigram that writes one of a part's with a diacritic, read from the trigram
// index at most; more: the trigram index answers the whole part.
constexpr std::int64_t kMostVariantRows = 50000;
// Rare words per statement (an OR of phrases).
constexpr int kWordsPerStatement = 64;

bool isAsciiWordCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Occurrences of `part` in `word`, overlapping ones included (as a phrase of trigrams counts).
int occurrences(const QByteArray &word, const QByteArray &part) {
    int count = 0;
    for (qsizetype at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1))
        ++count;
    return count;
}

// The words of a vocabulary ("\nword\nword...") that hold `part`.
void wordsHolding(const QByteArray &vocabulary, const QByteArray &part, QSet<QByteArray> *words) {
    const char *begin = vocabulary.constData();
    const char *end = begin + vocabulary.size();
    const char *at = begin;
    while (at < end) {
        const void *found = memmem(at, size_t(end - at), part.constData(), size_t(part.size()));
        if (!found)
            break;
        const char *hit = static_cast<const char *>(found);
        const char *wordBegin = hit;
        while (wordBegin > begin && wordBegin[-1] != '\n')
            --wordBegin;
        const char *wordEnd = static_cast<const char *>(memchr(hit, '\n', size_t(end - hit)));
        if (!wordEnd)
            wordEnd = end;
        words->insert(QByteArray(wordBegin, wordEnd - wordBegin));
        at = wordEnd;
    }
}

// Each source's rows come in rowid order: merged as they are appended.
void mergeSorted(std::vector<std::pair<std::int64_t, double>> *rows, size_t middle) {
    std::inplace_merge(rows->begin(), rows->begin() + std::ptrdiff_t(middle), rows->end(),
                       [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

bool SearchTermPostings::readVocabulary(sqlite3 *db, std::int64_t frequent,
                                        QList<QByteArray> *held) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT term, doc FROM temp.overleg_vocab", -1, &statement,
                           nullptr) != SQLITE_OK)
        return false;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *term = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const int size = sqlite3_column_bytes(statement, 0);
        m_vocabulary.append('\n');
        m_vocabulary.append(term, size);
        if (sqlite3_column_int64(statement, 1) >= frequent)
            held->append(QByteArray(term, size));
    }
    sqlite3_finalize(statement);
    m_vocabulary.squeeze();
    return rc == SQLITE_DONE;
}

void SearchTermPostings::addTrigram(const QByteArray &trigram, std::int64_t rows, sqlite3 *db,
                                    QHash<uint, QString> *folds) {
    const QList<uint> characters = QString::fromUtf8(trigram).toUcs4();
    if (characters.size() != 3)
        return;
    QByteArray key;
    bool mark[3] = {false, false, false};
    QString folded[3];
    for (int i = 0; i < 3; ++i) {
        const char32_t c = characters.at(i);
        const QChar::Category category = QChar::category(c);
        mark[i] = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                  category == QChar::Mark_Enclosing;
        if (c < 128) {
            folded[i] = QChar(c);
        } else {
            auto fold = folds->constFind(uint(c));
            if (fold == folds->cend()) {
                QList<QByteArray> tokens;
                tokenize(db, QString::fromUcs4(&c, 1), &tokens);
                fold = folds->insert(uint(c), tokens.size() == 1 ? QString::fromUtf8(tokens.first())
                                                                 : QString());
            }
            folded[i] = *fold;
        }
        key.append(folded[i].toUtf8());
    }
    if (key.size() == 3 && std::all_of(key.cbegin(), key.cend(), isAsciiWordCharacter)) {
        QList<std::pair<QByteArray, std::int64_t>> &variants = m_foldedTrigrams[key];
        if (std::none_of(variants.cbegin(), variants.cend(),
                         [&](const auto &variant) { return variant.first == trigram; }))
            variants.append({trigram, rows});
    }
    // A combining mark is dropped from the word it is part of: the word's letters around it
    // follow each other there, not in the text. A part holding those two letters is left to the
    // trigram index (the trigram with the mark in the middle names them).
    if (mark[1]) {
        if (mark[0] || mark[2]) {
            m_trigramsKnown = false; // marks in a row: not followed further
            return;
        }
        const QByteArray pair = (folded[0] + folded[2]).toUtf8();
        if (pair.size() == 2 && std::all_of(pair.cbegin(), pair.cend(), isAsciiWordCharacter))
            m_markedPairs.insert(pair);
    }
}

bool SearchTermPostings::readTrigrams(sqlite3 *db) {
    m_trigramsKnown = false;
    sqlite3_stmt *probe = nullptr;
    sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE name = 'entry_tri'", -1, &probe,
                       nullptr);
    const bool hasTrigram = probe && sqlite3_step(probe) == SQLITE_ROW;
    sqlite3_finalize(probe);
    if (!hasTrigram)
        return true; // no compound pass to serve
    char *error = nullptr;
    if (sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.overleg_trigrams USING "
                     "fts5vocab(main, 'entry_tri', 'row')",
                     nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        return false;
    }
    // The trigrams with a character that is not ASCII, without a pass over the whole index:
    // ranges of the sorted vocabulary (UTF-8 bytes) by the position of the first such
    // character: [\xC2\x80, end), [a\xC2\x80, a+1), [ab\xC2\x80, ab+1). Only those whose ASCII
    // characters are letters or digits can fold to a part's trigram (or hold a combining mark
    // inside a word).
    sqlite3_stmt *range = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT term, doc FROM temp.overleg_trigrams WHERE term >= ?1 AND "
                           "term < ?2",
                           -1, &range, nullptr) != SQLITE_OK)
        return false;
    m_trigramsKnown = true;
    QHash<uint, QString> folds;
    std::vector<QByteArray> prefixes = {QByteArray()};
    const QByteArray ascii("0123456789abcdefghijklmnopqrstuvwxyz");
    for (const char a : ascii) {
        prefixes.push_back(QByteArray(1, a));
        for (const char b : ascii)
            prefixes.push_back(QByteArray(1, a) + b);
    }
    bool ok = true;
    for (const QByteArray &prefix : prefixes) {
        const QByteArray from = prefix + "\xC2\x80";
        QByteArray to = prefix.isEmpty() ? QByteArray("\xF8") : prefix;
        if (!prefix.isEmpty())
            to.back() = char(to.back() + 1);
        sqlite3_bind_text(range, 1, from.constData(), int(from.size()), SQLITE_STATIC);
        sqlite3_bind_text(range, 2, to.constData(), int(to.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(range)) == SQLITE_ROW) {
            const auto *term = reinterpret_cast<const char *>(sqlite3_column_text(range, 0));
            addTrigram(QByteArray(term, sqlite3_column_bytes(range, 0)),
                       sqlite3_column_int64(range, 1), db, &folds);
        }
        ok = ok && rc == SQLITE_DONE;
        sqlite3_reset(range);
    }
    sqlite3_finalize(range);
    if (!ok)
        m_trigramsKnown = false;
    return true;
}

void SearchTermPostings::learn(const QList<QByteArray> &words, const QList<QByteArray> &texts,
                               sqlite3 *db) {
    for (const QByteArray &word : words) {
        const QByteArray line = '\n' + word + '\n';
        const QByteArray learnt = m_learnt + '\n';
        if (!learnt.contains(line))
            m_learnt += '\n' + word;
    }
    if (!m_trigramsKnown)
        return;
    QHash<uint, QString> folds;
    for (const QByteArray &text : texts) {
        if (std::all_of(text.cbegin(), text.cend(), [](char c) { return (c & 0x80) == 0; }))
            continue;
        QList<QByteArray> trigrams;
        if (!tokenize(db, QString::fromUtf8(text), &trigrams, true)) {
            m_trigramsKnown = false;
            return;
        }
        for (const QByteArray &trigram : trigrams) {
            if (std::any_of(trigram.cbegin(), trigram.cend(), [](char c) { return c & 0x80; }))
                addTrigram(trigram, 1, db, &folds);
        }
    }
}

bool SearchTermPostings::substringRows(const QSqlDatabase &db, const QString &text,
                                       std::vector<std::int64_t> *rowids,
                                       std::vector<double> *frequencies) const {
    if (!m_trigramsKnown || m_trigramRowCount == 0)
        return false;
    // (ASCII before folding too: a few other letters lower to ASCII in Qt.)
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 128; }))
        return false;
    const QByteArray part = text.toLower().toUtf8();
    if (part.size() < 3 || !std::all_of(part.cbegin(), part.cend(), isAsciiWordCharacter))
        return false;
    // The trigrams that write one of the part's with a diacritic: the rows holding them are
    // asked of the trigram index itself.
    QStringList variants;
    std::int64_t variantRows = 0;
    for (qsizetype i = 0; i + 3 <= part.size(); ++i) {
        const auto found = m_foldedTrigrams.constFind(part.mid(i, 3));
        if (found == m_foldedTrigrams.cend())
            continue;
        for (const auto &[trigram, count] : *found) {
            QString quoted = QString::fromUtf8(trigram);
            quoted.replace(u'"', QStringLiteral("\"\""));
            quoted = u'"' + quoted + u'"';
            if (!variants.contains(quoted)) {
                variants << quoted;
                variantRows += count;
            }
        }
    }
    if (variantRows > kMostVariantRows)
        return false;
    for (qsizetype i = 0; i + 2 <= part.size(); ++i) {
        if (m_markedPairs.contains(part.mid(i, 2)))
            return false; // written with a combining mark between two of its letters
    }
    QSet<QByteArray> words;
    wordsHolding(m_vocabulary, part, &words);
    wordsHolding(m_learnt, part, &words);
    // A part no frequent word holds has few matches: the trigram index lists them quickly.
    // (Tests hold every word: then every part is told from the words, new words included.)
    if (frequentRows() > 1 &&
        std::none_of(words.cbegin(), words.cend(),
                     [&](const QByteArray &word) { return find(word) != nullptr; }))
        return false;
    std::vector<std::pair<std::int64_t, double>> rows;
    QStringList rare;
    std::vector<double> rareTimes;
    for (const QByteArray &word : std::as_const(words)) {
        const double times = occurrences(word, part);
        if (const List *list = find(word)) {
            std::vector<std::int64_t> ids;
            std::vector<double> f;
            list->decode(&ids, &f);
            const size_t middle = rows.size();
            for (size_t i = 0; i < ids.size(); ++i)
                rows.emplace_back(ids[i], times * f[i]);
            mergeSorted(&rows, middle);
            continue;
        }
        if (rare.size() >= kMostRareWords)
            return false;
        // A word of the vocabulary is made of word characters: no quote to escape.
        rare << u'"' + QString::fromUtf8(word) + u'"';
        rareTimes.push_back(times);
    }
    for (qsizetype first = 0; first < rare.size(); first += kWordsPerStatement) {
        const QStringList batch = rare.mid(first, kWordsPerStatement);
        const std::vector<double> times(rareTimes.cbegin() + first,
                                        rareTimes.cbegin() + first + batch.size());
        std::vector<std::int64_t> ids;
        std::vector<double> f;
        if (!collectRows(db, batch.join(QStringLiteral(" OR ")), &times, &ids, &f))
            return false;
        const size_t middle = rows.size();
        for (size_t i = 0; i < ids.size(); ++i)
            rows.emplace_back(ids[i], f[i]);
        mergeSorted(&rows, middle);
    }
    // One row per entry, its frequencies summed (whole numbers: exact in any order).
    if (!variants.isEmpty()) {
        // The rows holding a variant: the words cannot say whether they hold the part (as it
        // is written there); the trigram index says which do, and how often.
        const QString any = u'(' + variants.join(QStringLiteral(" OR ")) + u')';
        std::vector<std::int64_t> unsure, sure;
        std::vector<double> unused, sureFrequencies;
        if (!collectRows(db, any, nullptr, &unsure, &unused, "entry_tri") ||
            !collectRows(db, u'"' + QString::fromLatin1(part) + QStringLiteral("\" AND ") + any,
                         nullptr, &sure, &sureFrequencies, "entry_tri"))
            return false;
        std::erase_if(rows, [&](const auto &row) {
            return std::binary_search(unsure.cbegin(), unsure.cend(), row.first);
        });
        const size_t middle = rows.size();
        for (size_t i = 0; i < sure.size(); ++i)
            rows.emplace_back(sure[i], sureFrequencies[i]);
        mergeSorted(&rows, middle);
    }
    rowids->clear();
    frequencies->clear();
    for (const auto &[rowid, f] : rows) {
        if (!rowids->empty() && rowids->back() == rowid) {
            frequencies->back() += f;
            continue;
        }
        rowids->push_back(rowid);
        frequencies->push_back(f);
    }
    return true;
}

} // namespace overleg
