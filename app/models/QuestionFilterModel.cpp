#include "QuestionFilterModel.h"

#include "QuestionModel.h"
#include "store/NotesBackend.h"

namespace overleg {

QuestionFilterModel::QuestionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    sort(0);
}

void QuestionFilterModel::setStatusFilter(const QString &status) {
    m_status = status;
    invalidateFilter();
}
void QuestionFilterModel::setTagFilter(const QString &tag) {
    m_tag = tag;
    invalidateFilter();
}
void QuestionFilterModel::setFractieFilter(const QString &fractie) {
    m_fractie = fractie;
    invalidateFilter();
}
void QuestionFilterModel::setTextFilter(const QString &text) {
    m_text = text.simplified();
    invalidateFilter();
}
void QuestionFilterModel::setAssigneeFilter(const QString &member) {
    m_assignee = member;
    invalidateFilter();
}
void QuestionFilterModel::setSortOrder(SortOrder order) {
    m_order = order;
    invalidate();
}

bool QuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(QuestionModel::IsGroupRole).toBool())
        return false; // recursive filtering keeps a group with accepted units
    if (!m_status.isEmpty() && index.data(QuestionModel::StatusRole).toString() != m_status)
        return false;
    if (!m_tag.isEmpty() &&
        !index.data(QuestionModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_fractie.isEmpty() && index.data(QuestionModel::FractieRole).toString() != m_fractie)
        return false;
    if (!m_assignee.isEmpty() && index.data(QuestionModel::AssigneeRole).toString() != m_assignee)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = index.data(QuestionModel::TextRole).toString() + u' ' +
                                 index.data(QuestionModel::NoteRole).toString() + u' ' +
                                 index.data(QuestionModel::TagsRole).toStringList().join(u' ');
        for (const QString &word : m_text.split(u' ')) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool QuestionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (left.data(QuestionModel::IsGroupRole).toBool())
        return left.row() < right.row(); // fracties in document order
    if (m_order == SortOrder::ByStatus) {
        const QStringList order = NotesBackend::statuses();
        const int a = int(order.indexOf(left.data(QuestionModel::StatusRole).toString()));
        const int b = int(order.indexOf(right.data(QuestionModel::StatusRole).toString()));
        if (a != b)
            return a < b;
    }
    return left.data(QuestionModel::NumberRole).toInt() <
           right.data(QuestionModel::NumberRole).toInt();
}

} // namespace overleg
