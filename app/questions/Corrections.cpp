#include "Corrections.h"

#include "QuestionExtractor.h"

#include <algorithm>

namespace overleg {

Correction Correction::add(int start, int end, const QString &text, int page,
                           const QString &fractie) {
    return {Kind::Add, QJsonObject{{QStringLiteral("start"), start},
                                   {QStringLiteral("end"), end},
                                   {QStringLiteral("text"), text},
                                   {QStringLiteral("page"), page},
                                   {QStringLiteral("fractie"), fractie}}};
}

Correction Correction::remove(const QString &questionId) {
    return {Kind::Remove, QJsonObject{{QStringLiteral("id"), questionId}}};
}

Correction Correction::split(const QString &questionId, int at) {
    return {Kind::Split,
            QJsonObject{{QStringLiteral("id"), questionId}, {QStringLiteral("at"), at}}};
}

Correction Correction::merge(const QString &firstId, const QString &secondId) {
    return {Kind::Merge,
            QJsonObject{{QStringLiteral("id"), firstId}, {QStringLiteral("with"), secondId}}};
}

Correction Correction::soort(const QString &soort) {
    return {Kind::Soort, QJsonObject{{QStringLiteral("soort"), soort}}};
}

QString chosenSoort(const QList<Correction> &corrections) {
    QString soort;
    for (const Correction &c : corrections) {
        if (c.kind == Correction::Kind::Soort)
            soort = c.payload.value(QStringLiteral("soort")).toString();
    }
    return soort;
}

QString Correction::kindName(Kind kind) {
    switch (kind) {
    case Kind::Add:
        return QStringLiteral("add");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::Split:
        return QStringLiteral("split");
    case Kind::Merge:
        return QStringLiteral("merge");
    case Kind::Soort:
        return QStringLiteral("soort");
    }
    return {};
}

std::optional<Correction::Kind> Correction::kindFromName(const QString &name) {
    for (Kind kind : {Kind::Add, Kind::Remove, Kind::Split, Kind::Merge, Kind::Soort}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

namespace {

int indexOf(const QList<QuestionUnit> &units, const QString &id) {
    for (int i = 0; i < units.size(); ++i) {
        if (units.at(i).id == id)
            return i;
    }
    return -1;
}

QString derivedId(const QString &documentId, const QString &text, const QString &how) {
    return QuestionExtractor::stableId(documentId + u'|' + how, text, 0);
}

} // namespace

QuestionExtraction applyCorrections(QuestionExtraction extraction, const QString &documentId,
                                    const QList<Correction> &corrections) {
    QList<QuestionUnit> &units = extraction.questions;
    for (const Correction &c : corrections) {
        const QString id = c.payload.value(QStringLiteral("id")).toString();
        switch (c.kind) {
        case Correction::Kind::Add: {
            QuestionUnit unit;
            unit.text =
                QuestionExtractor::cleanText(c.payload.value(QStringLiteral("text")).toString());
            unit.start = c.payload.value(QStringLiteral("start")).toInt();
            unit.end = c.payload.value(QStringLiteral("end")).toInt();
            unit.page = c.payload.value(QStringLiteral("page")).toInt();
            unit.fractie = c.payload.value(QStringLiteral("fractie")).toString();
            unit.kind = unit.text.endsWith(u'?') ? QuestionUnit::Kind::Direct
                                                 : QuestionUnit::Kind::Indirect;
            unit.id = derivedId(documentId, unit.text, QStringLiteral("add"));
            if (indexOf(units, unit.id) >= 0)
                break;
            // In document order; the fractie of the unit before it when none was given.
            const auto at = std::find_if(units.begin(), units.end(), [&](const QuestionUnit &u) {
                return u.start > unit.start;
            });
            if (unit.fractie.isEmpty() && at != units.begin())
                unit.fractie = std::prev(at)->fractie;
            units.insert(at, unit);
            break;
        }
        case Correction::Kind::Remove:
            break; // removed units stay in the extraction; the model hides them
        case Correction::Kind::Soort:
            break; // chosen before extraction (chosenSoort)
        case Correction::Kind::Split: {
            const int i = indexOf(units, id);
            const int at = c.payload.value(QStringLiteral("at")).toInt();
            if (i < 0 || at <= 0 || at >= units.at(i).text.size())
                break;
            QuestionUnit first = units.at(i), second = units.at(i);
            first.text = units.at(i).text.left(at).trimmed();
            second.text = units.at(i).text.mid(at).trimmed();
            // The source span is shared out by the share of the text.
            const int length = units.at(i).end - units.at(i).start;
            first.end = first.start + length * at / int(units.at(i).text.size());
            second.start = first.end;
            first.id = derivedId(documentId, first.text, QStringLiteral("split"));
            second.id = derivedId(documentId, second.text, QStringLiteral("split"));
            units.replace(i, first);
            units.insert(i + 1, second);
            break;
        }
        case Correction::Kind::Merge: {
            const int i = indexOf(units, id);
            const int j = indexOf(units, c.payload.value(QStringLiteral("with")).toString());
            if (i < 0 || j < 0 || i == j)
                break;
            QuestionUnit merged = units.at(qMin(i, j));
            const QuestionUnit &other = units.at(qMax(i, j));
            merged.text = merged.text + u' ' + other.text;
            merged.end = qMax(merged.end, other.end);
            merged.id = derivedId(documentId, merged.text, QStringLiteral("merge"));
            units.replace(qMin(i, j), merged);
            units.removeAt(qMax(i, j));
            break;
        }
        }
    }
    // Numbers follow the order, except for numbered items, which keep their own.
    int n = 0;
    for (QuestionUnit &unit : units) {
        if (unit.kind != QuestionUnit::Kind::Numbered)
            unit.n = ++n;
        else
            n = unit.n;
    }
    return extraction;
}

} // namespace overleg
