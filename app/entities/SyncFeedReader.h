#pragma once

#include "EntityRecord.h"

#include <QString>

#include <functional>

class QIODevice;
class QXmlStreamReader;

namespace overleg {

// Reads one page of the Gegevensmagazijn SyncFeed (Atom) and hands each entry over as it is
// parsed. Namespace-aware: the entity's attributes come with a tk:, ns1: or no prefix, so they
// are matched by local name, never by prefix.
class SyncFeedReader {
public:
    struct Page {
        int entries = 0;
        QString lastNextHref; // the next link of the last entry: where the feed continues
        QString error;        // non-empty when the page is malformed or truncated
        bool ok() const { return error.isEmpty(); }
    };

    // The entry is the handler's to keep (move from it); the reader does not use it afterwards.
    using EntryHandler = std::function<void(FeedEntry &)>;

    static Page read(QIODevice *device, const EntryHandler &onEntry);
    static Page read(const QByteArray &xml, const EntryHandler &onEntry);
    static Page read(QXmlStreamReader &xml, const EntryHandler &onEntry);

    // The skiptoken in a next link ("...Feed?category=X&skiptoken=N"), or -1.
    static qint64 skiptokenOf(const QString &href);
};

} // namespace overleg
