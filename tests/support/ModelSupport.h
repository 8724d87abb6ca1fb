#pragma once

// Helpers for tests that walk an item model (the navigation tree, the question list).

#include <QAbstractItemModel>
#include <QModelIndex>
#include <QString>

namespace overleg::test {

// The first child of `parent` whose text contains `text`, after fetching every page of children.
inline QModelIndex childContaining(QAbstractItemModel *model, const QModelIndex &parent,
                                   const QString &text) {
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().contains(text))
            return index;
    }
    return {};
}

} // namespace overleg::test
