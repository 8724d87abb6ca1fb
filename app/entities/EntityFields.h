#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>
#include <utility>

namespace overleg {

// The simple fields of one entity by their XSD element names, in the order they came. A sync
// parses hundreds of thousands of entities on one thread and frees them on another (the
// writer's); in a hash of strings each field cost two allocations and the writer spent an eighth
// of its time freeing them. Here the values lie back to back in one UTF-8 buffer (what SQLite
// stores, so the writer binds them as they are) and the names are usually shared with the schema.
class EntityFields {
public:
    EntityFields() = default;
    EntityFields(std::initializer_list<std::pair<QString, QString>> fields);

    // Sets `name`: a nil value is xsi:nil, an empty one an empty text. A later value wins.
    void insert(const QString &name, QStringView value, bool nil);
    // A null QString is nil.
    void insert(const QString &name, const QString &value) {
        insert(name, QStringView(value), value.isNull());
    }

    // Appends to the value last inserted: text the parser reads in pieces (around an entity
    // reference, say). A nil value stays nil.
    void appendToLast(QStringView more);

    bool contains(QStringView name) const { return find(name) != nullptr; }
    bool isEmpty() const { return m_slots.isEmpty(); }
    qsizetype size() const { return m_slots.size(); }
    // The value as text: a null QString when the field is absent or nil.
    QString value(QStringView name) const;
    // The value in UTF-8, pointing into this object: nothing when absent or nil.
    std::optional<QByteArrayView> utf8(QStringView name) const;

private:
    struct Slot {
        QString name;
        qsizetype offset = 0;
        qsizetype length = -1; // -1: nil
    };
    const Slot *find(QStringView name) const;
    void appendText(QStringView text);

    QByteArray m_text;
    QList<Slot> m_slots;
};

} // namespace overleg
