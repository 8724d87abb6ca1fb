#include "SyncFeedReader.h"

#include "EntitySchema.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace overleg {

namespace {

const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kXsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

// Attribute values are read in place: per entity only the ones kept are copied.
QStringView attributeByLocalName(const QXmlStreamAttributes &attributes, QLatin1StringView name) {
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return {};
}

// The schema's string for a name the schema knows (no allocation), else a copy.
QString sharedName(QStringView name) {
    const QString *known = schemaName(name);
    return known ? *known : name.toString();
}

// Reads the text of a field element, as readElementText(IncludeChildElements) would, but straight
// into the record's buffer: no string per field. The reader stands on its StartElement and ends on
// its EndElement.
void readFieldText(QXmlStreamReader &xml, const QString &name, bool nil, EntityFields &fields) {
    fields.insert(name, QStringView(u""), nil);
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            fields.appendToLast(xml.text());
            break;
        default:
            break;
        }
    }
}

// Reads the entity element inside <content>; the reader stands on its StartElement.
void readEntity(QXmlStreamReader &xml, EntityRecord &entity) {
    const QXmlStreamAttributes attrs = xml.attributes();
    entity.type = sharedName(xml.name());
    entity.id = attributeByLocalName(attrs, QLatin1StringView("id")).toString();
    entity.deleted =
        attributeByLocalName(attrs, QLatin1StringView("verwijderd")) == QLatin1String("true");
    entity.bijgewerkt = attributeByLocalName(attrs, QLatin1StringView("bijgewerkt")).toString();
    entity.contentType = attributeByLocalName(attrs, QLatin1StringView("contentType")).toString();
    bool ok = false;
    const qint64 length =
        attributeByLocalName(attrs, QLatin1StringView("contentLength")).toLongLong(&ok);
    entity.contentLength = ok ? length : -1;

    while (xml.readNextStartElement()) {
        const QString name = sharedName(xml.name());
        const QXmlStreamAttributes childAttrs = xml.attributes();
        if (childAttrs.hasAttribute(QLatin1StringView("ref"))) {
            entity.refs.append({name, childAttrs.value(QLatin1StringView("ref")).toString()});
            xml.skipCurrentElement();
            continue;
        }
        const bool nil =
            childAttrs.value(kXsiNs, QLatin1StringView("nil")) == QLatin1String("true");
        readFieldText(xml, name, nil, entity.fields);
    }
}

void readEntry(QXmlStreamReader &xml, FeedEntry &entry) {
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("title")) {
            entry.title = xml.readElementText();
        } else if (name == QLatin1String("updated")) {
            entry.updated = xml.readElementText();
        } else if (name == QLatin1String("link")) {
            const QString rel = xml.attributes().value(QStringLiteral("rel")).toString();
            const QString href = xml.attributes().value(QStringLiteral("href")).toString();
            if (rel == QLatin1String("next"))
                entry.nextHref = href;
            else if (rel == QLatin1String("enclosure"))
                entry.enclosureHref = href;
            xml.skipCurrentElement();
        } else if (name == QLatin1String("content")) {
            while (xml.readNextStartElement()) {
                if (entry.entity.type.isEmpty())
                    readEntity(xml, entry.entity);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

SyncFeedReader::Page SyncFeedReader::read(QIODevice *device, const EntryHandler &onEntry) {
    QXmlStreamReader xml(device);
    return read(xml, onEntry);
}

SyncFeedReader::Page SyncFeedReader::read(const QByteArray &bytes, const EntryHandler &onEntry) {
    // Straight from memory: no device in between, which the parser reads in small chunks.
    QXmlStreamReader xml(bytes);
    return read(xml, onEntry);
}

SyncFeedReader::Page SyncFeedReader::read(QXmlStreamReader &xml, const EntryHandler &onEntry) {
    Page page;
    bool sawFeed = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("feed") && xml.namespaceUri() == kAtomNs) {
            sawFeed = true;
            continue;
        }
        if (xml.name() == QLatin1String("entry")) {
            FeedEntry entry;
            readEntry(xml, entry);
            if (xml.hasError())
                break;
            if (entry.entity.id.isEmpty())
                entry.entity.id = entry.title;
            ++page.entries;
            page.lastNextHref = entry.nextHref;
            onEntry(entry);
        }
    }
    if (xml.hasError())
        page.error = QCoreApplication::translate("SyncFeedReader", "Malformed feed at line %1: %2")
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
    else if (!sawFeed)
        page.error = QCoreApplication::translate("SyncFeedReader", "Not an Atom feed.");
    return page;
}

qint64 SyncFeedReader::skiptokenOf(const QString &href) {
    const QUrlQuery query(QUrl(href).query());
    bool ok = false;
    const qint64 token = query.queryItemValue(QStringLiteral("skiptoken")).toLongLong(&ok);
    return ok ? token : -1;
}

} // namespace overleg
