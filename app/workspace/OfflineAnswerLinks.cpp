// Answer links of a team workspace that may be offline: they are the server's. Links are rare,
// deliberate edits, so they are not queued: while the server is away, reads show none and a link
// or unlink is refused with a message that says the server is needed.

#include "OfflineNotes.h"

namespace overleg {

QStringList OfflineNotes::answerLinks(const QString &questionDocumentId) const {
    return m_online && m_team ? m_team->answerLinks(questionDocumentId) : QStringList();
}

QStringList OfflineNotes::documentsWithAnswerLinks() const {
    return m_online && m_team ? m_team->documentsWithAnswerLinks() : QStringList();
}

Status OfflineNotes::linkAnswer(const QString &questionDocumentId,
                                const QString &answerDocumentId) {
    return reachServer() && sync() ? m_team->linkAnswer(questionDocumentId, answerDocumentId)
                                   : needsServer();
}

Status OfflineNotes::unlinkAnswer(const QString &questionDocumentId,
                                  const QString &answerDocumentId) {
    return reachServer() && sync() ? m_team->unlinkAnswer(questionDocumentId, answerDocumentId)
                                   : needsServer();
}

} // namespace overleg
