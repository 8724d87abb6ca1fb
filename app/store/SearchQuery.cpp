#include "SearchQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace overleg {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("SearchQuery", text);
}

struct Token {
    enum class Type { Word, Phrase, Open, Close, Comma, Minus, And, Or, Not, Near, Field, End };
    Type type = Type::End;
    QString text;  // a word, a phrase's text, a field's value
    QString field; // Field: its name as typed
    bool prefix = false;
    bool quoted = false; // Field: the value was a phrase
    int position = 0;    // 1-based, for messages
};

struct Node {
    enum class Type { Term, Phrase, Near, And, Or, Not };
    Type type = Type::Term;
    QString text;
    bool prefix = false;
    int distance = 10;
    QList<Node> children;
};

bool isSpecial(QChar c) {
    return c.isSpace() || c == u'(' || c == u')' || c == u'"' || c == u',';
}

// True when the text holds something a tokenizer keeps (a letter or a digit).
bool hasWordCharacter(const QString &text) {
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

const QStringList &knownFields() {
    static const QStringList names = {QStringLiteral("fractie"),   QStringLiteral("tag"),
                                      QStringLiteral("status"),    QStringLiteral("soort"),
                                      QStringLiteral("commissie"), QStringLiteral("dossier"),
                                      QStringLiteral("kamerlid"),  QStringLiteral("datum")};
    return names;
}

class Tokenizer {
public:
    explicit Tokenizer(const QString &text)
        : m_text(text) {}

    Result<QList<Token>> run() {
        using R = Result<QList<Token>>;
        QList<Token> tokens;
        while (true) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                break;
            Token token;
            token.position = int(m_pos) + 1;
            const QChar c = m_text.at(m_pos);
            if (c == u'(') {
                token.type = Token::Type::Open;
                ++m_pos;
            } else if (c == u')') {
                token.type = Token::Type::Close;
                ++m_pos;
            } else if (c == u',') {
                token.type = Token::Type::Comma;
                ++m_pos;
            } else if (c == u'"') {
                auto phrase = readPhrase();
                if (!phrase)
                    return R::failure(phrase.error());
                token.type = Token::Type::Phrase;
                token.text = phrase.value();
                token.prefix = m_pos < m_text.size() && m_text.at(m_pos) == u'*';
                if (token.prefix)
                    ++m_pos;
            } else if (c == u'-' && m_pos + 1 < m_text.size() && !isSpecial(m_text.at(m_pos + 1))) {
                token.type = Token::Type::Minus;
                ++m_pos;
            } else if (c == u'-' && m_pos + 1 < m_text.size() &&
                       (m_text.at(m_pos + 1) == u'"' || m_text.at(m_pos + 1) == u'(')) {
                token.type = Token::Type::Minus;
                ++m_pos;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && !isSpecial(m_text.at(m_pos)))
                    ++m_pos;
                QString word = m_text.mid(start, m_pos - start);
                const qsizetype colon = word.indexOf(u':');
                static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z]+$"));
                if (colon > 0 && fieldName.match(word.left(colon)).hasMatch()) {
                    token.type = Token::Type::Field;
                    token.field = word.left(colon).toLower();
                    if (!knownFields().contains(token.field))
                        return R::failure(
                            tr("Unknown field \"%1:\" at position %2. Fields: %3.")
                                .arg(word.left(colon))
                                .arg(token.position)
                                .arg(knownFields().join(QStringLiteral(": ")) + u':'));
                    token.text = word.mid(colon + 1);
                    if (token.text.isEmpty() && m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                        auto phrase = readPhrase();
                        if (!phrase)
                            return R::failure(phrase.error());
                        token.text = phrase.value();
                        token.quoted = true;
                    }
                    if (token.text.trimmed().isEmpty())
                        return R::failure(tr("The field \"%1:\" at position %2 needs a value.")
                                              .arg(token.field)
                                              .arg(token.position));
                } else if (word == QLatin1String("AND")) {
                    token.type = Token::Type::And;
                } else if (word == QLatin1String("OR")) {
                    token.type = Token::Type::Or;
                } else if (word == QLatin1String("NOT")) {
                    token.type = Token::Type::Not;
                } else if (word == QLatin1String("NEAR") && m_pos < m_text.size() &&
                           m_text.at(m_pos) == u'(') {
                    token.type = Token::Type::Near;
                } else {
                    token.type = Token::Type::Word;
                    token.prefix = word.endsWith(u'*');
                    while (word.endsWith(u'*'))
                        word.chop(1);
                    token.text = word;
                    if (!hasWordCharacter(word))
                        continue; // punctuation alone: nothing to search for
                }
            }
            tokens << token;
        }
        Token end;
        end.position = int(m_text.size()) + 1;
        tokens << end;
        return R(tokens);
    }

private:
    Result<QString> readPhrase() {
        const int position = int(m_pos) + 1;
        const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
        if (close < 0)
            return Result<QString>::failure(
                tr("The quotation mark at position %1 is not closed.").arg(position));
        const QString phrase = m_text.mid(m_pos + 1, close - m_pos - 1);
        m_pos = close + 1;
        return phrase;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser {
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens)) {}

    Result<Node> parse(QList<SearchField> *fields) {
        m_fields = fields;
        Node root;
        root.type = Node::Type::And;
        if (peek().type != Token::Type::End) {
            if (!parseOr(root))
                return Result<Node>::failure(m_error);
        }
        if (peek().type != Token::Type::End) {
            const Token &t = peek();
            return Result<Node>::failure(
                t.type == Token::Type::Close
                    ? tr("The parenthesis at position %1 closes "
                         "nothing.")
                          .arg(t.position)
                    : tr("Unexpected \"%1\" at position %2.").arg(describe(t)).arg(t.position));
        }
        return Result<Node>(root);
    }

private:
    const Token &peek() const { return m_tokens.at(m_index); }
    const Token &next() { return m_tokens.at(m_index++); }

    static QString describe(const Token &t) {
        switch (t.type) {
        case Token::Type::Open:
            return QStringLiteral("(");
        case Token::Type::Close:
            return QStringLiteral(")");
        case Token::Type::Comma:
            return QStringLiteral(",");
        case Token::Type::And:
            return QStringLiteral("AND");
        case Token::Type::Or:
            return QStringLiteral("OR");
        case Token::Type::Not:
            return QStringLiteral("NOT");
        default:
            return t.text;
        }
    }

    bool fail(const QString &message) {
        m_error = message;
        return false;
    }

    bool startsOperand(Token::Type type) const {
        return type == Token::Type::Word || type == Token::Type::Phrase ||
               type == Token::Type::Open || type == Token::Type::Minus ||
               type == Token::Type::Not || type == Token::Type::Near || type == Token::Type::Field;
    }

    bool parseOr(Node &out) {
        const qsizetype fieldsBefore = m_fields->size();
        Node first;
        if (!parseAnd(first))
            return false;
        if (peek().type != Token::Type::Or) {
            out = std::move(first);
            return true;
        }
        Node orNode;
        orNode.type = Node::Type::Or;
        orNode.children << first;
        while (peek().type == Token::Type::Or) {
            const Token &op = next();
            if (!startsOperand(peek().type) || peek().type == Token::Type::Minus ||
                peek().type == Token::Type::Not)
                return fail(tr("OR at position %1 needs a word after it.").arg(op.position));
            Node operand;
            if (!parseAnd(operand))
                return false;
            orNode.children << operand;
        }
        if (m_fields->size() != fieldsBefore)
            return fail(tr("Fields such as fractie: cannot be combined with OR; write them "
                           "beside the words, they narrow the whole search."));
        for (const Node &child : orNode.children) {
            if (child.type == Node::Type::Not)
                return fail(tr("OR needs words on both sides, not only excluded ones."));
        }
        out = std::move(orNode);
        return true;
    }

    bool parseAnd(Node &out) {
        Node andNode;
        andNode.type = Node::Type::And;
        while (true) {
            const Token &t = peek();
            if (t.type == Token::Type::And) {
                next();
                if (andNode.children.isEmpty() && m_fields->isEmpty())
                    return fail(tr("AND at position %1 needs a word before it.").arg(t.position));
                if (!startsOperand(peek().type))
                    return fail(tr("AND at position %1 needs a word after it.").arg(t.position));
                continue;
            }
            if (!startsOperand(t.type))
                break;
            if (t.type == Token::Type::Field) {
                if (!takeField(next(), false))
                    return false;
                continue;
            }
            Node operand;
            if (!parseUnary(operand))
                return false;
            if (operand.type == Node::Type::Term && operand.text.isEmpty())
                continue; // a field taken by NOT/minus
            andNode.children << operand;
        }
        if (andNode.children.size() == 1)
            out = andNode.children.first();
        else
            out = std::move(andNode);
        return true;
    }

    bool parseUnary(Node &out) {
        const Token &t = peek();
        if (t.type == Token::Type::Not || t.type == Token::Type::Minus) {
            next();
            if (peek().type == Token::Type::Field) {
                if (!takeField(next(), true))
                    return false;
                out = Node(); // empty Term: nothing to add to the expression
                return true;
            }
            if (!startsOperand(peek().type) || peek().type == Token::Type::Not ||
                peek().type == Token::Type::Minus)
                return fail(tr("%1 at position %2 needs a word after it.")
                                .arg(t.type == Token::Type::Not ? QStringLiteral("NOT")
                                                                : QStringLiteral("-"))
                                .arg(t.position));
            Node operand;
            if (!parsePrimary(operand))
                return false;
            out.type = Node::Type::Not;
            out.children = {operand};
            return true;
        }
        return parsePrimary(out);
    }

    bool parsePrimary(Node &out) {
        const Token t = next();
        switch (t.type) {
        case Token::Type::Word:
            out.type = Node::Type::Term;
            out.text = t.text;
            out.prefix = t.prefix;
            return true;
        case Token::Type::Phrase:
            if (!hasWordCharacter(t.text))
                return fail(tr("The phrase at position %1 has no words.").arg(t.position));
            out.type = Node::Type::Phrase;
            out.text = t.text;
            out.prefix = t.prefix;
            return true;
        case Token::Type::Open: {
            ++m_depth;
            if (peek().type == Token::Type::Close)
                return fail(tr("The parentheses at position %1 are empty.").arg(t.position));
            if (!parseOr(out))
                return false;
            --m_depth;
            if (next().type != Token::Type::Close)
                return fail(tr("The parenthesis at position %1 is not closed.").arg(t.position));
            return true;
        }
        case Token::Type::Near:
            return parseNear(t, out);
        case Token::Type::Field:
            return fail(tr("The field \"%1:\" at position %2 cannot stand here; write it "
                           "beside the words.")
                            .arg(t.field)
                            .arg(t.position));
        default:
            return fail(tr("Unexpected \"%1\" at position %2.").arg(describe(t)).arg(t.position));
        }
    }

    bool parseNear(const Token &nearToken, Node &out) {
        next(); // (
        out.type = Node::Type::Near;
        while (peek().type == Token::Type::Word || peek().type == Token::Type::Phrase) {
            const Token t = next();
            Node term;
            term.type = t.type == Token::Type::Word ? Node::Type::Term : Node::Type::Phrase;
            term.text = t.text;
            term.prefix = t.prefix;
            out.children << term;
        }
        if (peek().type == Token::Type::Comma) {
            next();
            const Token t = next();
            bool ok = false;
            const int distance = t.text.toInt(&ok);
            if (t.type != Token::Type::Word || !ok || distance < 0 || distance > 1000)
                return fail(tr("NEAR at position %1 expects a distance from 0 to 1000 after the "
                               "comma.")
                                .arg(nearToken.position));
            out.distance = distance;
        }
        if (next().type != Token::Type::Close)
            return fail(tr("NEAR at position %1 takes words and an optional distance: "
                           "NEAR(word word, 10).")
                            .arg(nearToken.position));
        if (out.children.size() < 2)
            return fail(
                tr("NEAR at position %1 needs at least two words.").arg(nearToken.position));
        return true;
    }

    bool takeField(const Token &t, bool excluded) {
        if (m_depth > 0)
            return fail(tr("The field \"%1:\" at position %2 cannot stand inside parentheses; "
                           "write it beside the words.")
                            .arg(t.field)
                            .arg(t.position));
        auto field = makeField(t, excluded);
        if (!field)
            return fail(field.error());
        m_fields->append(field.value());
        return true;
    }

    static Result<SearchField> makeField(const Token &t, bool excluded) {
        using R = Result<SearchField>;
        SearchField field;
        field.excluded = excluded;
        const QString value = t.text.trimmed();
        field.value = value.toLower();
        const QString &name = t.field;
        if (name == QLatin1String("fractie"))
            field.name = SearchField::Name::Fractie;
        else if (name == QLatin1String("tag"))
            field.name = SearchField::Name::Tag;
        else if (name == QLatin1String("soort"))
            field.name = SearchField::Name::Soort;
        else if (name == QLatin1String("commissie"))
            field.name = SearchField::Name::Commissie;
        else if (name == QLatin1String("kamerlid"))
            field.name = SearchField::Name::Kamerlid;
        else if (name == QLatin1String("status")) {
            field.name = SearchField::Name::QuestionStatus;
            static const QList<std::pair<QStringList, QString>> statuses = {
                {{QStringLiteral("open")}, QStringLiteral("open")},
                {{QStringLiteral("answered"), QStringLiteral("beantwoord")},
                 QStringLiteral("answered")},
                {{QStringLiteral("partial"), QStringLiteral("deels"),
                  QStringLiteral("gedeeltelijk")},
                 QStringLiteral("partial")},
                {{QStringLiteral("unanswered"), QStringLiteral("onbeantwoord")},
                 QStringLiteral("unanswered")},
                {{QStringLiteral("not_applicable"), QStringLiteral("nvt"), QStringLiteral("n.v.t."),
                  QStringLiteral("niet van toepassing")},
                 QStringLiteral("not_applicable")}};
            field.value.clear();
            for (const auto &[spellings, stored] : statuses) {
                if (spellings.contains(value.toLower()))
                    field.value = stored;
            }
            if (field.value.isEmpty())
                return R::failure(tr("Unknown status \"%1\" at position %2: use open, beantwoord, "
                                     "deels, onbeantwoord or nvt.")
                                      .arg(value)
                                      .arg(t.position));
        } else if (name == QLatin1String("dossier")) {
            field.name = SearchField::Name::Dossier;
            field.value = value;
            field.value.remove(u' ');
            static const QRegularExpression number(QStringLiteral("^\\d+$"));
            if (!number.match(field.value).hasMatch())
                return R::failure(tr("dossier: at position %1 expects a dossier number such as "
                                     "36450.")
                                      .arg(t.position));
        } else {
            field.name = SearchField::Name::Datum;
            auto range = dateRange(value);
            if (!range)
                return R::failure(tr("datum: at position %1 expects a date such as 2024, "
                                     "2024-06, 2024-06-30 or a range 2024-01..2024-06.")
                                      .arg(t.position));
            field.from = range->first;
            field.to = range->second;
        }
        return R(field);
    }

    // A year, month or day; the first day it covers and the first day after it.
    static std::optional<std::pair<QDate, QDate>> period(const QString &text) {
        static const QRegularExpression shape(
            QStringLiteral("^(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?$"));
        const auto m = shape.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        const int year = m.captured(1).toInt();
        if (m.captured(2).isEmpty())
            return std::pair{QDate(year, 1, 1), QDate(year + 1, 1, 1)};
        const QDate month(year, m.captured(2).toInt(), 1);
        if (!month.isValid())
            return std::nullopt;
        if (m.captured(3).isEmpty())
            return std::pair{month, month.addMonths(1)};
        const QDate day(year, month.month(), m.captured(3).toInt());
        if (!day.isValid())
            return std::nullopt;
        return std::pair{day, day.addDays(1)};
    }

    static std::optional<std::pair<QString, QString>> dateRange(const QString &value) {
        const qsizetype dots = value.indexOf(QStringLiteral(".."));
        const QString left = dots < 0 ? value : value.left(dots);
        const QString right = dots < 0 ? value : value.mid(dots + 2);
        if (left.isEmpty() && right.isEmpty())
            return std::nullopt;
        QString from, to;
        if (!left.isEmpty()) {
            const auto p = period(left);
            if (!p)
                return std::nullopt;
            from = p->first.toString(Qt::ISODate);
        }
        if (!right.isEmpty()) {
            const auto p = period(right);
            if (!p)
                return std::nullopt;
            to = p->second.toString(Qt::ISODate);
        }
        if (!from.isEmpty() && !to.isEmpty() && from >= to)
            return std::nullopt;
        return std::pair{from, to};
    }

    QList<Token> m_tokens;
    qsizetype m_index = 0;
    int m_depth = 0;
    QList<SearchField> *m_fields = nullptr;
    QString m_error;
};

QString quoted(const QString &text) {
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Compiles the tree to FTS5 syntax. For the trigram index (substring) a term shorter than three
// characters matches nothing, and NEAR counts trigrams, not words: such a query has no substring
// form and *usable is cleared.
QString compile(const Node &node, bool substring, bool *usable) {
    switch (node.type) {
    case Node::Type::Term:
    case Node::Type::Phrase:
        if (substring) {
            if (node.text.trimmed().size() < 3)
                *usable = false;
            return quoted(node.text.trimmed());
        }
        return quoted(node.text) + (node.prefix ? QStringLiteral("*") : QString());
    case Node::Type::Near: {
        if (substring)
            *usable = false;
        QStringList parts;
        for (const Node &child : node.children)
            parts << compile(child, false, usable);
        return QStringLiteral("NEAR(%1, %2)").arg(parts.join(u' ')).arg(node.distance);
    }
    case Node::Type::Or: {
        QStringList parts;
        for (const Node &child : node.children)
            parts << compile(child, substring, usable);
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    case Node::Type::Not:
        return compile(node.children.first(), substring, usable);
    case Node::Type::And: {
        QStringList positive, negative;
        for (const Node &child : node.children)
            (child.type == Node::Type::Not ? negative : positive)
                << compile(child, substring, usable);
        QString out = u'(' + positive.join(QStringLiteral(" AND ")) + u')';
        for (const QString &n : negative)
            out += QStringLiteral(" NOT ") + n;
        return out;
    }
    }
    return {};
}

void collectTerms(const Node &node, QStringList *terms) {
    if (node.type == Node::Type::Term || node.type == Node::Type::Phrase) {
        terms->append(node.text);
        return;
    }
    if (node.type == Node::Type::Not)
        return;
    for (const Node &child : node.children)
        collectTerms(child, terms);
}

bool hasPositive(const Node &node) {
    if (node.type == Node::Type::Not)
        return false;
    if (node.type != Node::Type::And)
        return true;
    for (const Node &child : node.children) {
        if (hasPositive(child))
            return true;
    }
    return false;
}

bool isWordOrPhrase(const Node &node) {
    return node.type == Node::Type::Term || node.type == Node::Type::Phrase;
}

// The query's plain form (SearchQuery::required, excluded) when it has one.
void plainForm(const Node &node, SearchQuery *query) {
    QStringList required, excluded;
    if (isWordOrPhrase(node)) {
        if (node.prefix)
            return;
        required << node.text;
    } else if (node.type == Node::Type::And) {
        for (const Node &child : node.children) {
            if (isWordOrPhrase(child) && !child.prefix) {
                required << child.text;
            } else if (child.type == Node::Type::Not && isWordOrPhrase(child.children.first())) {
                bool usable = true;
                excluded << compile(child, false, &usable);
            } else {
                return;
            }
        }
    } else {
        return;
    }
    if (required.isEmpty())
        return;
    query->required = required;
    query->excluded = excluded;
}

} // namespace

QStringList SearchQuery::fieldNames() {
    return knownFields();
}

Result<SearchQuery> SearchQuery::parse(const QString &text) {
    using R = Result<SearchQuery>;
    auto tokens = Tokenizer(text).run();
    if (!tokens)
        return R::failure(tokens.error());
    SearchQuery query;
    auto root = Parser(tokens.value()).parse(&query.fields);
    if (!root)
        return R::failure(root.error());
    const Node &node = root.value();
    const bool empty = node.type == Node::Type::And && node.children.isEmpty();
    if (empty && query.fields.isEmpty())
        return R::failure(tr("The search has no words to look for."));
    if (!empty && !hasPositive(node))
        return R::failure(tr("The search only excludes words; add a word to look for."));
    if (empty)
        return R(query);
    bool usable = true;
    query.match = compile(node, false, &usable);
    usable = true;
    query.substring = compile(node, true, &usable);
    if (!usable)
        query.substring.clear();
    collectTerms(node, &query.terms);
    // A word excluded beside the others excludes the document, not only the passage: "regels
    // -quantumveilige" must not find a document whose title says "regels" and whose text says
    // "quantumveilige".
    if (node.type == Node::Type::And) {
        QStringList excluded;
        for (const Node &child : node.children) {
            if (child.type == Node::Type::Not)
                excluded << compile(child, false, &usable);
        }
        query.exclude = excluded.join(QStringLiteral(" OR "));
    }
    plainForm(node, &query);
    return R(query);
}

} // namespace overleg
