#include "SoortChooser.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QStringList>

namespace overleg::ui {

std::optional<QString> chooseSoort(QWidget *parent, DocumentKind current, bool chosenByUser) {
    const QString automatic =
        QCoreApplication::translate("SoortChooser", "As the document itself says");
    QStringList items{automatic};
    for (DocumentKind kind : allDocumentKinds())
        items << soortOf(kind);
    const int currentIndex = chosenByUser ? int(items.indexOf(soortOf(current))) : 0;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate("SoortChooser", "Kind of document"),
        QCoreApplication::translate(
            "SoortChooser",
            "Read this document as (its questions and answers are found accordingly):"),
        items, qMax(0, currentIndex), false, &ok);
    if (!ok)
        return std::nullopt;
    return chosen == automatic ? QString() : chosen;
}

} // namespace overleg::ui
