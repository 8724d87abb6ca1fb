#include "EntityFields.h"

#include <QStringEncoder>

namespace overleg {

EntityFields::EntityFields(std::initializer_list<std::pair<QString, QString>> fields) {
    for (const auto &[name, value] : fields)
        insert(name, value);
}

void EntityFields::insert(const QString &name, QStringView value, bool nil) {
    Slot slot{name, m_text.size(), -1};
    if (!nil) {
        if (m_text.capacity() == 0)
            m_text.reserve(256); // most entities fit: one allocation for all their values
        QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        m_text.resize(slot.offset + utf8.requiredSpace(value.size()));
        const char *end = utf8.appendToBuffer(m_text.data() + slot.offset, value);
        m_text.resize(end - m_text.constData());
        slot.length = m_text.size() - slot.offset;
    }
    if (auto *existing = const_cast<Slot *>(find(name)))
        *existing = slot;
    else
        m_slots.append(slot);
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
