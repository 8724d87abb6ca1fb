#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace overleg {

// The one place that maps the Kamer's entities onto library tables. Element and column names
// are those of the official XSDs (tkData-v1-0-*.xsd); a new transport (e.g. a future OData
// version) only needs to produce EntityRecords with these names.
struct EntityType {
    QString element;           // "fractieZetelPersoon": the XML element and feed category term
    QString category;          // "FractieZetelPersoon": the Feed?category= value
    QString table;             // library table
    QStringList fields;        // simple fields; column name == element name
    QStringList singleRefs;    // <x ref=".."/> occurring once: column x_id
    QStringList multiRefs;     // repeatable references: rows in link(van, soort=x, naar)
    QStringList booleanFields; // stored as 0/1
    QList<bool> isBoolean;     // per field: is it one of booleanFields
    bool downloadable = false; // has contentType/contentLength and a Resources/<id> file
};

const QList<EntityType> &entityTypes();
// Case-insensitive, as the feed's category terms and element names differ in their first letter.
const EntityType *entityTypeForElement(const QString &element);
const EntityType *entityTypeForCategory(const QString &category);
// The schema's own string for an element name (an entity, field or reference), so that parsed
// records share it instead of allocating the name again; nullptr for a name the schema lacks.
const QString *schemaName(QStringView element);

} // namespace overleg
