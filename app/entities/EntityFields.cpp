#include "EntityFields.h"

#include "core/Utf8.h"

namespace overleg {

EntityFields::EntityFields(std::initializer_list<std::pair<QString, QString>> fields) {
    for (const auto &[name, value] : fields)
        insert(name, value);
}

void EntityFields::insert(const QString &name, QStringView value, bool nil) {
    Slot slot{name, m_text.size(), -1};
    if (!nil) {
        appendText(value);
        slot.length = m_text.size() - slot.offset;
    }
    // A repeated name takes the existing slot, which moves to the end: the last value is
    // always in the last slot, where appendToLast() finds it.
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).name == name) {
            m_slots.removeAt(i);
            break;
        }
    }
    m_slots.append(slot);
}

void EntityFields::appendToLast(QStringView more) {
    if (m_slots.isEmpty() || m_slots.last().length < 0)
        return;
    Slot &last = m_slots.last();
    // Values lie back to back and the last one ends the buffer, so it simply grows.
    appendText(more);
    last.length = m_text.size() - last.offset;
}

void EntityFields::appendText(QStringView text) {
    if (m_text.capacity() == 0)
        m_text.reserve(256); // most entities fit: one allocation for all their values
    appendUtf8(m_text, text);
}

const EntityFields::Slot *EntityFields::find(QStringView name) const {
    for (const Slot &slot : m_slots) {
        // The parser hands in the schema's own strings: mostly a pointer comparison.
        if ((slot.name.constData() == name.data() && slot.name.size() == name.size()) ||
            slot.name == name)
            return &slot;
    }
    return nullptr;
}

QString EntityFields::value(QStringView name) const {
    const auto text = utf8(name);
    if (!text)
        return {};
    return text->isEmpty() ? QStringLiteral("") : QString::fromUtf8(*text);
}

std::optional<QByteArrayView> EntityFields::utf8(QStringView name) const {
    const Slot *slot = find(name);
    if (!slot || slot->length < 0)
        return std::nullopt;
    return QByteArrayView(m_text.constData() + slot->offset, slot->length);
}

} // namespace overleg
