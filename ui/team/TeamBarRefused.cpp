// The team strip's "refused edits" button: only an outbox (OfflineNotes) has refused edits, so
// the strip asks the team features whether they are one.

#include "TeamBar.h"
#include "TeamRefusedDialog.h"
#include "models/QuestionModel.h"
#include "store/TeamFeatures.h"
#include "workspace/OfflineNotes.h"

namespace overleg::ui {

int TeamBar::refusedCount() const {
    const auto *outbox = dynamic_cast<const OfflineNotes *>(team());
    return outbox ? int(outbox->refusedEdits().size()) : 0;
}

void TeamBar::showRefused() {
    auto *outbox = dynamic_cast<OfflineNotes *>(team());
    if (!outbox)
        return;
    auto *dialog = new TeamRefusedDialog(
        *outbox,
        [this](const QString &id) {
            const auto unit = m_model->unit(id);
            return unit ? tr("Question %1").arg(unit->n) : id;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamRefusedDialog::changed, this, [this] {
        Q_EMIT notesChanged();
        reload();
    });
    dialog->show();
}

} // namespace overleg::ui
