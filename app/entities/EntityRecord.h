#pragma once

#include "EntityFields.h"

#include <QList>
#include <QString>

#include <utility>

namespace overleg {

// One entity as the SyncFeed carries it, before it is stored: the element name (the feed's
// category term, e.g. "fractieZetelPersoon"), its GUID, and its fields and references by the
// XSD's element names. Transport-neutral, so another source can produce the same records.
struct EntityRecord {
    QString type;
    QString id;
    bool deleted = false;
    QString bijgewerkt;
    QString contentType;
    qint64 contentLength = -1;
    EntityFields fields;                     // absent and xsi:nil both read as null
    QList<std::pair<QString, QString>> refs; // (element, referenced GUID), in document order
};

// An Atom <entry> of the feed around the entity.
struct FeedEntry {
    QString title;   // the entity GUID
    QString updated; // ApiGewijzigdOp, UTC
    QString nextHref;
    QString enclosureHref;
    EntityRecord entity;
};

} // namespace overleg
