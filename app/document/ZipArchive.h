#pragma once

#include "DocumentLimits.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace overleg {

// Reads the members of a ZIP container (DOCX and ODT are ZIPs) from memory. Only what those
// formats use: stored and deflated members. Sizes are capped (kMaxZipMemberSize for a member,
// kMaxZipExpandedTotal for everything one archive inflates) so a crafted file cannot exhaust
// memory: a member is refused from its declared size before it is inflated, and inflating stops
// at the declared size.
class ZipArchive {
public:
    explicit ZipArchive(QByteArray data);

    bool isValid() const { return m_valid; }
    QStringList names() const { return m_entries.keys(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    enum class ReadError { None, Missing, Damaged, TooLarge };
    // The uncompressed member, or a null QByteArray when it is missing, damaged or past the
    // limits (then *error says which).
    QByteArray read(const QString &name, ReadError *error = nullptr) const;

    static constexpr qint64 kMaxMemberSize = kMaxZipMemberSize;

private:
    struct Entry {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 uncompressedSize = 0;
        quint32 localHeaderOffset = 0;
    };
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
    bool m_valid = false;
    mutable qint64 m_expanded = 0; // bytes inflated so far, against kMaxZipExpandedTotal
};

} // namespace overleg
