#pragma once

#include <QObject>

class QMenu;

namespace overleg {
class Library;
}

namespace overleg::ui {

class AppSettings;
class DocumentOpener;
class DocumentTabs;

// File > Recent documents: every document shown (from anywhere) goes to the top of the list
// kept in the settings; a document no longer in the library is left out.
class RecentMenu : public QObject {
    Q_OBJECT
public:
    RecentMenu(Library &library, AppSettings &settings, DocumentTabs &documents,
               DocumentOpener &opener, QMenu *menu);

    void update();

private:
    Library &m_library;
    AppSettings &m_settings;
    DocumentOpener &m_opener;
    QMenu *m_menu;
};

} // namespace overleg::ui
