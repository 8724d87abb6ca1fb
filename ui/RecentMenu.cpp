#include "RecentMenu.h"

#include "AppSettings.h"
#include "DocumentOpener.h"
#include "DocumentTabs.h"
#include "library/Library.h"
#include "store/LibraryQueries.h"

#include <QMenu>

namespace overleg::ui {

RecentMenu::RecentMenu(Library &library, AppSettings &settings, DocumentTabs &documents,
                       DocumentOpener &opener, QMenu *menu)
    : QObject(menu)
    , m_library(library)
    , m_settings(settings)
    , m_opener(opener)
    , m_menu(menu) {
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    connect(&documents, &DocumentTabs::documentShown, this, [this](const QString &documentId) {
        m_settings.addRecentDocument(documentId);
        update();
    });
    update();
}

void RecentMenu::update() {
    m_menu->clear();
    const QStringList recent = m_settings.recentDocuments();
    const QString root = m_library.dataDirectory().root();
    for (const QString &id : recent) {
        const auto details = m_library.queries().details(id, root);
        if (!details)
            continue;
        // An ampersand in a title is text, not a mnemonic.
        QString text = details->summary.titel;
        QAction *action = m_menu->addAction(text.replace(u'&', QStringLiteral("&&")));
        connect(action, &QAction::triggered, this, [this, id] { m_opener.openDocument(id); });
    }
    m_menu->setEnabled(!m_menu->isEmpty());
}

} // namespace overleg::ui
