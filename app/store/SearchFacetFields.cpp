// A query's fields decided from the facet index in memory, as FullTextIndex's SQL decides them
// (fieldCondition and fieldsCondition in FullTextIndex.cpp), so that a query with fields needs
// no join of every match with its entry and document.

#include "SearchFacetIndex.h"

namespace overleg {

namespace {

QString foldAscii(QString s) {
    for (QChar &c : s) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return s;
}

// SQLite's LIKE '%value%': case folded for ASCII letters only.
bool likeContains(const QString &text, const QString &value) {
    return foldAscii(text).contains(foldAscii(value));
}

bool perDocument(SearchField::Name name) {
    using Name = SearchField::Name;
    return name == Name::Soort || name == Name::Datum || name == Name::Commissie;
}

} // namespace

bool SearchFacetIndex::foldsAsSqlite(const QString &label) {
    return label.toLower() == foldAscii(label);
}

std::shared_ptr<const SearchFieldFilter>
SearchFacetIndex::fieldFilter(const QList<SearchField> &fields) const {
    using Name = SearchField::Name;
    for (const SearchField &field : fields) {
        if (field.name == Name::Dossier || field.name == Name::Kamerlid)
            return nullptr;
        const bool valued = field.name == Name::Fractie || field.name == Name::Tag ||
                            field.name == Name::QuestionStatus;
        // SQL would compare with '' (an empty tag, a document's empty fractie): never asked.
        if (valued && field.value.isEmpty())
            return nullptr;
        if (field.name == Name::Fractie && !m_fractiesFoldAscii)
            return nullptr;
    }
    // Per field, which of its names (soorten, dates, commissies, fracties, ...) it accepts.
    auto namesAccepted = [&](const SearchField &field) {
        const auto &names = field.name == Name::Soort            ? m_soortNames
                            : field.name == Name::Datum          ? m_datumNames
                            : field.name == Name::Commissie      ? m_commissieNames
                            : field.name == Name::Fractie        ? m_fractieNames
                            : field.name == Name::QuestionStatus ? m_statusNames
                                                                 : m_tagNames;
        std::vector<bool> yes(size_t(names.size()), false);
        for (qsizetype n = 1; n < names.size(); ++n) {
            const auto &[value, label] = names.at(n);
            if (field.name == Name::Soort)
                yes[size_t(n)] = likeContains(value, field.value);
            else if (field.name == Name::Commissie)
                yes[size_t(n)] = value == field.value || likeContains(label, field.value);
            else if (field.name == Name::Datum)
                yes[size_t(n)] = (field.from.isEmpty() || value >= field.from) &&
                                 (field.to.isEmpty() || value < field.to);
            else // fractie (a unit's lower case, a document's value), status, tag: equal
                yes[size_t(n)] = value == field.value;
        }
        // A document without a soort or date has '' there: LIKE '%v%' fails, a date
        // bound holds only for ''>= '' (no lower bound and no upper one). Number 0 of the
        // others is '', which no (non-empty) value equals.
        if (field.name == Name::Datum)
            yes[0] = field.to.isEmpty() && field.from.isEmpty();
        return yes;
    };
    auto filter = std::make_shared<SearchFieldFilter>();
    filter->m_index = this;
    auto documentHolds = [&](const SearchField &field, const std::vector<bool> &yes, size_t doc) {
        if (field.name == Name::Soort)
            return bool(yes[m_soort[doc]]);
        if (field.name == Name::Datum)
            return bool(yes[m_datum[doc]]);
        for (auto c = m_commissieBegin[doc]; c < m_commissieBegin[doc + 1]; ++c) {
            if (yes[m_commissies[c]])
                return true;
        }
        return false;
    };
    const size_t documents = m_soort.size();
    std::vector<bool> &accepted = filter->m_documents;
    accepted.assign(documents, true);
    // As fieldsCondition: excluded values must all fail, a repeated field accepts any value,
    // different fields must all hold.
    QList<Name> names;
    for (const SearchField &field : fields) {
        if (!field.excluded) {
            if (!names.contains(field.name))
                names << field.name;
        } else if (perDocument(field.name)) {
            const std::vector<bool> yes = namesAccepted(field);
            for (size_t doc = 0; doc < documents; ++doc) {
                if (accepted[doc] && documentHolds(field, yes, doc))
                    accepted[doc] = false;
            }
        } else {
            filter->m_conditions.push_back({true, {{field.name, namesAccepted(field)}}});
        }
    }
    for (const Name name : names) {
        if (!perDocument(name)) {
            SearchFieldFilter::Condition condition;
            for (const SearchField &field : fields) {
                if (!field.excluded && field.name == name)
                    condition.alternatives.push_back({name, namesAccepted(field)});
            }
            filter->m_conditions.push_back(std::move(condition));
            continue;
        }
        QList<std::pair<const SearchField *, std::vector<bool>>> alternatives;
        for (const SearchField &field : fields) {
            if (!field.excluded && field.name == name)
                alternatives.append({&field, namesAccepted(field)});
        }
        for (size_t doc = 0; doc < documents; ++doc) {
            if (!accepted[doc])
                continue;
            bool any = false;
            for (const auto &[field, yes] : alternatives)
                any = any || documentHolds(*field, yes, doc);
            accepted[doc] = any;
        }
    }
    return filter;
}

bool SearchFieldFilter::holds(const Alternative &alternative, qint64 entry, size_t doc) const {
    using Name = SearchField::Name;
    const SearchFacetIndex &index = *m_index;
    const std::int32_t extra = index.m_entryExtra[size_t(entry)];
    const SearchFacetIndex::Extra none;
    const SearchFacetIndex::Extra &e = extra < 0 ? none : index.m_extras[size_t(extra)];
    switch (alternative.name) {
    case Name::QuestionStatus:
        return alternative.yes[e.status];
    case Name::Tag:
        for (auto t = e.tagsBegin; t < e.tagsEnd; ++t) {
            if (alternative.yes[index.m_tags[t]])
                return true;
        }
        return false;
    case Name::Fractie:
        // The unit's own fractie; an entry without one (metadata, a page) has its document's.
        if (e.fractie != 0)
            return alternative.yes[e.fractie];
        for (auto f = index.m_fractieBegin[doc]; f < index.m_fractieBegin[doc + 1]; ++f) {
            if (alternative.yes[index.m_fracties[f]])
                return true;
        }
        return false;
    default:
        return false; // fields held per document are in m_documents
    }
}

bool SearchFieldFilter::accepts(qint64 entry) const {
    const int doc = m_index->documentOf(entry);
    if (doc < 0 || !m_documents[size_t(doc)])
        return false;
    for (const Condition &condition : m_conditions) {
        bool any = false;
        for (const Alternative &alternative : condition.alternatives)
            any = any || holds(alternative, entry, size_t(doc));
        if (any == condition.negated)
            return false;
    }
    return true;
}

std::vector<qint64> SearchFacetIndex::entriesOf(const SearchFieldFilter &filter) const {
    std::vector<qint64> entries;
    for (size_t id = 0; id < m_entryDoc.size(); ++id) {
        if ((m_entryPart[id] == 0 || m_entryPart[id] == 2) && filter.accepts(qint64(id)))
            entries.push_back(qint64(id));
    }
    return entries;
}

} // namespace overleg
