#include "NotesBackend.h"

namespace overleg {

QStringList NotesBackend::statuses() {
    return storedQuestionStatuses();
}

} // namespace overleg
