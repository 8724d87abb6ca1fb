#include "SearchTermPostings.h"

#include "FullTextRank.h"
#include "FullTextSql.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>

namespace overleg {

namespace {

std::atomic<bool> g_used{true};
std::atomic<std::int64_t> g_frequentRows{SearchTermPostings::kFrequentRows};
std::atomic<int> g_served{0}, g_servedCompound{0};

void putVarint(std::vector<std::uint8_t> *bytes, std::uint64_t value) {
    while (value >= 0x80) {
        bytes->push_back(std::uint8_t(value | 0x80));
        value >>= 7;
    }
    bytes->push_back(std::uint8_t(value));
}

std::uint64_t getVarint(const std::uint8_t *&at) {
    std::uint64_t value = 0;
    for (int shift = 0;; shift += 7) {
        const std::uint8_t byte = *at++;
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
}

// SQLite's own varint (FTS5's records): big-endian groups of 7 bits, the ninth byte whole.
std::uint64_t sqliteVarint(const unsigned char *&at, const unsigned char *end) {
    std::uint64_t value = 0;
    for (int i = 0; i < 9 && at < end; ++i) {
        const unsigned char byte = *at++;
        if (i == 8)
            return (value << 8) | byte;
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            break;
    }
    return value;
}

// What the two auxiliary functions below fill while a statement runs on this thread.
struct Collector {
    // overleg_posting: each matching row and the weighted frequency of the query's phrase (or
    // the sum over its phrases of each one's times its multiplier).
    const std::vector<double> *multipliers = nullptr;
    std::vector<std::int64_t> rowids;
    std::vector<double> frequencies;
    // overleg_terms: per held word, the weighted frequency in the row.
    const QHash<QByteArray, std::shared_ptr<const SearchTermPostings::List>> *held = nullptr;
    std::map<QByteArray, double> terms;
    QList<QByteArray> words, texts; // every word and text of the rows

    double weight = 0;
    int error = 0;
};
thread_local Collector *t_collector = nullptr;

double weightOf(int valueCount, sqlite3_value **values, int column) {
    return valueCount > column ? sqlite3_value_double(values[column]) : 1.0;
}

void collectPosting(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                    int valueCount, sqlite3_value **values) {
    sqlite3_result_null(context);
    Collector *c = t_collector;
    if (!c || c->error)
        return;
    double f = 0;
    const int phrases = c->multipliers ? int(c->multipliers->size()) : 1;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        double phraseF = 0;
        Fts5PhraseIter iterator;
        int column = -1, offset = -1;
        int rc = api->xPhraseFirst(fts, phrase, &iterator, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset))
            phraseF += weightOf(valueCount, values, column);
        if (rc != SQLITE_OK) {
            c->error = rc;
            return;
        }
        f += c->multipliers ? (*c->multipliers)[size_t(phrase)] * phraseF : phraseF;
    }
    c->rowids.push_back(api->xRowid(fts));
    c->frequencies.push_back(f);
}

int countToken(void *context, int, const char *token, int size, int, int) {
    Collector *c = static_cast<Collector *>(context);
    const QByteArray key = QByteArray::fromRawData(token, size);
    if (c->held->contains(key))
        c->terms[QByteArray(token, size)] += c->weight;
    c->words.append(QByteArray(token, size));
    return SQLITE_OK;
}

void collectTerms(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                  int valueCount, sqlite3_value **values) {
    sqlite3_result_null(context);
    Collector *c = t_collector;
    if (!c || c->error)
        return;
    for (int column = 0; column < api->xColumnCount(fts); ++column) {
        const char *text = nullptr;
        int size = 0;
        int rc = api->xColumnText(fts, column, &text, &size);
        c->weight = weightOf(valueCount, values, column);
        if (rc == SQLITE_OK && text) {
            c->texts.append(QByteArray(text, size));
            rc = api->xTokenize(fts, text, size, c, countToken);
        }
        if (rc != SQLITE_OK) {
            c->error = rc;
            return;
        }
    }
}

// The two functions on the connection, registered once (a statement naming them prepares).
bool installFunctions(sqlite3 *db) {
    sqlite3_stmt *probe = nullptr;
    const bool there = sqlite3_prepare_v2(db,
                                          "SELECT overleg_terms(entry_fts) FROM entry_fts WHERE "
                                          "rowid = -1",
                                          -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (there)
        return true;
    fts5_api *api = fulltext::fts5ApiOf(db);
    return api &&
           api->xCreateFunction(api, "overleg_posting", nullptr, collectPosting, nullptr) ==
               SQLITE_OK &&
           api->xCreateFunction(api, "overleg_terms", nullptr, collectTerms, nullptr) == SQLITE_OK;
}

// A list from rows in rowid order; false when a frequency is not a whole number (the weights
// are: 10, 1, 4).
bool encode(const std::vector<std::int64_t> &rowids, const std::vector<double> &frequencies,
            SearchTermPostings::List *list) {
    list->bytes.clear();
    list->bytes.reserve(rowids.size() * 2);
    std::int64_t previous = 0;
    for (size_t i = 0; i < rowids.size(); ++i) {
        const double f = frequencies[i];
        if (rowids[i] < previous || f < 0 || f > 4e9 || std::floor(f) != f)
            return false;
        putVarint(&list->bytes, std::uint64_t(rowids[i] - previous));
        putVarint(&list->bytes, std::uint64_t(f));
        previous = rowids[i];
    }
    list->bytes.shrink_to_fit();
    list->count = std::int64_t(rowids.size());
    return true;
}

QString weights() {
    return QStringLiteral("%1, %2, %3")
        .arg(fulltext::kTitleWeight)
        .arg(fulltext::kBodyWeight)
        .arg(fulltext::kTagsWeight);
}

} // namespace

void SearchTermPostings::List::decode(std::vector<std::int64_t> *rowids,
                                      std::vector<double> *frequencies) const {
    const std::uint8_t *at = bytes.data();
    const std::uint8_t *end = at + bytes.size();
    std::int64_t rowid = 0;
    rowids->reserve(rowids->size() + size_t(count));
    if (frequencies)
        frequencies->reserve(frequencies->size() + size_t(count));
    while (at < end) {
        rowid += std::int64_t(getVarint(at));
        const std::uint64_t f = getVarint(at);
        rowids->push_back(rowid);
        if (frequencies)
            frequencies->push_back(double(f));
    }
}

bool SearchTermPostings::readTotals(const QSqlDatabase &db) {
    // FTS5's averages record: the rows, then the tokens of each column.
    auto totals = [&](const QString &table, std::int64_t *rows, std::int64_t *tokens) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT block FROM %1 WHERE id = 1").arg(table)) || !q.next())
            return false;
        const QByteArray block = q.value(0).toByteArray();
        const auto *at = reinterpret_cast<const unsigned char *>(block.constData());
        const auto *end = at + block.size();
        *rows = std::int64_t(sqliteVarint(at, end));
        *tokens = 0;
        while (at < end)
            *tokens += std::int64_t(sqliteVarint(at, end));
        return *rows > 0;
    };
    if (!totals(QStringLiteral("entry_tri_data"), &m_trigramRowCount, &m_trigramTotalTokens))
        m_trigramRowCount = m_trigramTotalTokens = 0;
    return totals(QStringLiteral("entry_fts_data"), &m_rowCount, &m_totalTokens);
}

std::shared_ptr<const SearchTermPostings>
SearchTermPostings::build(const QSqlDatabase &db, const std::function<bool()> &cancelled) {
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || !installFunctions(handle))
        return nullptr;
    auto postings = std::make_shared<SearchTermPostings>();
    if (!postings->readTotals(db))
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.overleg_vocab USING "
                               "fts5vocab(main, 'entry_fts', 'row')")))
        return nullptr;
    q.finish();
    // The words and their counts: a pass over the whole vocabulary.
    QList<QByteArray> terms;
    if (!postings->readVocabulary(handle, g_frequentRows.load(), &terms) ||
        !postings->readTrigrams(handle))
        return nullptr;
    for (const QByteArray &term : terms) {
        if (cancelled && cancelled())
            return nullptr;
        QString quoted = QString::fromUtf8(term);
        quoted.replace(u'"', QStringLiteral("\"\""));
        std::vector<std::int64_t> rowids;
        std::vector<double> frequencies;
        auto list = std::make_shared<List>();
        if (!collectRows(db, u'"' + quoted + u'"', nullptr, &rowids, &frequencies) ||
            !encode(rowids, frequencies, list.get()))
            return nullptr;
        postings->m_lists.insert(term, std::move(list));
    }
    return postings;
}

bool SearchTermPostings::collectRows(const QSqlDatabase &db, const QString &match,
                                     const std::vector<double> *multipliers,
                                     std::vector<std::int64_t> *rowids,
                                     std::vector<double> *frequencies, const char *table) {
    if (!installFunctions(sqliteHandle(db)))
        return false;
    Collector collector;
    collector.multipliers = multipliers;
    Collector *const previous = t_collector;
    t_collector = &collector;
    SqliteStatement rows(db, QStringLiteral("SELECT overleg_posting(%2, %1) FROM %2 WHERE %2 "
                                            "MATCH ?")
                                 .arg(weights(), QLatin1String(table)));
    rows.bindText(1, match);
    while (rows.next()) {
    }
    t_collector = previous;
    if (!rows.error().isEmpty() || collector.error)
        return false;
    rowids->insert(rowids->end(), collector.rowids.cbegin(), collector.rowids.cend());
    frequencies->insert(frequencies->end(), collector.frequencies.cbegin(),
                        collector.frequencies.cend());
    return true;
}

std::shared_ptr<const SearchTermPostings>
SearchTermPostings::updated(const SearchTermPostings &base, const QSqlDatabase &db,
                            const std::vector<std::int64_t> &gone,
                            const std::vector<std::int64_t> &added) {
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || !installFunctions(handle))
        return nullptr;
    auto postings = std::make_shared<SearchTermPostings>(base);
    if (!postings->readTotals(db))
        return nullptr;
    // The held words of each entry now, from its text tokenized as the index tokenizes it.
    std::map<QByteArray, std::vector<std::pair<std::int64_t, double>>> now;
    {
        Collector collector;
        collector.held = &base.m_lists;
        t_collector = &collector;
        struct Reset {
            ~Reset() { t_collector = nullptr; }
        } reset;
        SqliteStatement rows(db, QStringLiteral("SELECT overleg_terms(entry_fts, %1) FROM "
                                                "entry_fts WHERE rowid = ?")
                                     .arg(weights()));
        for (const std::int64_t id : added) {
            collector.terms.clear();
            rows.bindInt(1, id);
            while (rows.next()) {
            }
            if (!rows.error().isEmpty() || collector.error)
                return nullptr;
            for (const auto &[term, f] : collector.terms)
                now[term].emplace_back(id, f);
        }
        postings->learn(collector.words, collector.texts, handle);
    }
    std::vector<std::int64_t> touched = gone;
    touched.insert(touched.end(), added.cbegin(), added.cend());
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (auto it = postings->m_lists.begin(); it != postings->m_lists.end(); ++it) {
        const auto fresh = now.find(it.key());
        // Whether the list holds a touched entry: a pass over its rowids.
        bool holds = false;
        if (fresh == now.end() && !touched.empty()) {
            const std::uint8_t *at = (*it)->bytes.data();
            const std::uint8_t *end = at + (*it)->bytes.size();
            std::int64_t rowid = 0;
            size_t cursor = 0;
            while (at < end && !holds) {
                rowid += std::int64_t(getVarint(at));
                getVarint(at);
                while (cursor < touched.size() && touched[cursor] < rowid)
                    ++cursor;
                holds = cursor < touched.size() && touched[cursor] == rowid;
            }
        }
        if (fresh == now.end() && !holds)
            continue;
        std::vector<std::int64_t> rowids, kept;
        std::vector<double> frequencies, keptFrequencies;
        (*it)->decode(&rowids, &frequencies);
        std::vector<std::pair<std::int64_t, double>> merged;
        merged.reserve(rowids.size() + 8);
        for (size_t i = 0; i < rowids.size(); ++i) {
            if (!std::binary_search(touched.cbegin(), touched.cend(), rowids[i]))
                merged.emplace_back(rowids[i], frequencies[i]);
        }
        if (fresh != now.end())
            merged.insert(merged.end(), fresh->second.cbegin(), fresh->second.cend());
        std::sort(merged.begin(), merged.end());
        kept.reserve(merged.size());
        keptFrequencies.reserve(merged.size());
        for (const auto &[rowid, f] : merged) {
            kept.push_back(rowid);
            keptFrequencies.push_back(f);
        }
        auto list = std::make_shared<List>();
        if (!encode(kept, keptFrequencies, list.get()))
            return nullptr;
        it.value() = std::move(list);
    }
    return postings;
}

std::int64_t SearchTermPostings::postings() const {
    std::int64_t total = 0;
    for (const auto &list : m_lists)
        total += list->count;
    return total;
}

qint64 SearchTermPostings::bytes() const {
    qint64 total = m_vocabulary.capacity() + m_learnt.capacity() +
                   (m_foldedTrigrams.size() + m_markedPairs.size()) * 64;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        total += qint64(it.key().size() + 64) + qint64((*it)->bytes.capacity());
    return total;
}

bool SearchTermPostings::tokenize(sqlite3 *db, const QString &text, QList<QByteArray> *tokens,
                                  bool trigram) {
    fts5_api *api = db ? fulltext::fts5ApiOf(db) : nullptr;
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    if (!api || api->xFindTokenizer(api, trigram ? "trigram" : "unicode61", &userData,
                                    &tokenizer) != SQLITE_OK)
        return false;
    const char *arguments[] = {"remove_diacritics", "2"};
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(userData, arguments, trigram ? 0 : 2, &instance) != SQLITE_OK)
        return false;
    const QByteArray utf8 = text.toUtf8();
    auto add = [](void *list, int, const char *token, int size, int, int) {
        static_cast<QList<QByteArray> *>(list)->append(QByteArray(token, size));
        return SQLITE_OK;
    };
    const int rc = tokenizer.xTokenize(instance, tokens, FTS5_TOKENIZE_QUERY, utf8.constData(),
                                       int(utf8.size()), add);
    tokenizer.xDelete(instance);
    return rc == SQLITE_OK;
}

void SearchTermPostings::setUsed(bool used) {
    g_used = used;
}

bool SearchTermPostings::used() {
    return g_used;
}

void SearchTermPostings::setFrequentRows(std::int64_t rows) {
    g_frequentRows = rows;
}

std::int64_t SearchTermPostings::frequentRows() {
    return g_frequentRows;
}

void SearchTermPostings::noteServed(bool compound) {
    ++(compound ? g_servedCompound : g_served);
}

int SearchTermPostings::served(bool compound) {
    return compound ? g_servedCompound : g_served;
}

} // namespace overleg
