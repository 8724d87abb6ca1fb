#include "NotesBackend.h"

namespace overleg {

QStringList NotesBackend::statuses() {
    return {QStringLiteral("open"), QStringLiteral("answered"), QStringLiteral("partial"),
            QStringLiteral("unanswered"), QStringLiteral("not_applicable")};
}

} // namespace overleg
