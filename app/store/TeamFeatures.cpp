#include "TeamFeatures.h"

#include "questions/QuestionStatus.h"

namespace overleg {

QList<MemberProgress> progressByMember(const QList<TeamProgress> &rows, const QStringList &members,
                                       int questionCount) {
    QList<MemberProgress> result;
    for (const QString &member : members)
        if (!member.isEmpty())
            result.append(MemberProgress{member, {}, 0});
    MemberProgress nobody;
    auto rowOf = [&](const QString &member) -> MemberProgress & {
        if (member.isEmpty())
            return nobody;
        for (MemberProgress &p : result)
            if (p.member == member)
                return p;
        result.append(MemberProgress{member, {}, 0});
        return result.last();
    };
    int counted = 0;
    for (const TeamProgress &row : rows) {
        MemberProgress &p = rowOf(row.member);
        p.byStatus[row.status] += row.questions;
        p.total += row.questions;
        counted += row.questions;
    }
    // Questions nobody touched have no shared row: they are open and nobody's.
    if (questionCount > counted) {
        nobody.byStatus[toStored(QuestionStatus::Open)] += questionCount - counted;
        nobody.total += questionCount - counted;
    }
    if (nobody.total > 0)
        result.append(nobody);
    return result;
}

} // namespace overleg
