#include "KindRoles.h"

#include <array>

namespace overleg {

namespace {

using K = DocumentKind;

// asks, holds its own answers, postpones, answered by.
const std::array<KindRole, 10> &table() {
    static const std::array<KindRole, 10> roles{
        KindRole{K::Other, false, false, false, {}},
        KindRole{
            K::InbrengSchriftelijkOverleg, true, false, false, {K::VerslagSchriftelijkOverleg}},
        KindRole{K::VerslagSchriftelijkOverleg, false, true, false, {}},
        KindRole{K::SchriftelijkeVragen, true, false, false, {K::AntwoordSchriftelijkeVragen}},
        KindRole{K::AntwoordSchriftelijkeVragen, false, true, false, {}},
        // A Mededeling repeats the questions it postpones the answer to.
        KindRole{K::MededelingUitstel, false, false, true, {K::AntwoordSchriftelijkeVragen}},
        KindRole{K::LijstVanVragen, true, false, false, {K::LijstVanVragenEnAntwoorden}},
        KindRole{K::LijstVanVragenEnAntwoorden, false, true, false, {}},
        KindRole{K::Verslag, true, false, false, {K::NotaNaarAanleidingVanHetVerslag}},
        KindRole{K::NotaNaarAanleidingVanHetVerslag, false, true, false, {}},
    };
    return roles;
}

template <typename Keep> QStringList soortenWhere(Keep keep) {
    QList<DocumentKind> kinds;
    for (const KindRole &role : table())
        if (keep(role))
            kinds << role.kind;
    return soortenOf(kinds);
}

} // namespace

const KindRole &roleOf(DocumentKind kind) {
    for (const KindRole &role : table())
        if (role.kind == kind)
            return role;
    return table().front();
}

QStringList soortenOf(const QList<DocumentKind> &kinds) {
    QStringList soorten;
    for (const DocumentKind kind : kinds) {
        soorten << soortOf(kind);
        if (kind == DocumentKind::AntwoordSchriftelijkeVragen)
            soorten << soortOf(kind) + QStringLiteral(" (nader)");
    }
    return soorten;
}

QStringList askingSoorten() {
    return soortenWhere([](const KindRole &r) { return r.asks; });
}

QStringList answeringSoorten(DocumentKind asked) {
    return soortenOf(roleOf(asked).answeredBy);
}

QStringList allAnsweringSoorten() {
    return soortenWhere([](const KindRole &r) { return r.holdsOwnAnswers; });
}

QStringList postponingSoorten() {
    return soortenWhere([](const KindRole &r) { return r.postponesAnswer; });
}

QStringList repeatingSoorten() {
    return soortenWhere([](const KindRole &r) { return r.holdsOwnAnswers || r.postponesAnswer; });
}

QString sqlSoortList(const QStringList &soorten) {
    QStringList quoted;
    for (QString soort : soorten)
        quoted << u'\'' + soort.replace(u'\'', QStringLiteral("''")) + u'\'';
    return quoted.join(QStringLiteral(", "));
}

} // namespace overleg
