#pragma once

#include <QSortFilterProxyModel>

namespace overleg {

// Narrows the question model by status, tag, fractie and free text, and sorts units by number
// or by status. Groups stay while any of their units does.
class QuestionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class SortOrder { ByNumber, ByStatus };

    explicit QuestionFilterModel(QObject *parent = nullptr);

    void setStatusFilter(const QString &status); // empty: any
    void setTagFilter(const QString &tag);
    void setFractieFilter(const QString &fractie);
    void setTextFilter(const QString &text);
    // Only the questions assigned to this member ("Mijn vragen"); empty: anyone's.
    void setAssigneeFilter(const QString &member);
    void setSortOrder(SortOrder order);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_status, m_tag, m_fractie, m_text, m_assignee;
    SortOrder m_order = SortOrder::ByNumber;
};

} // namespace overleg
