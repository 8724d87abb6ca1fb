#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace overleg {

// Reads the members of a ZIP container (DOCX and ODT are ZIPs) from memory. Only what those
// formats use: stored and deflated members. Sizes are capped so a crafted file cannot exhaust
// memory.
class ZipArchive {
public:
    explicit ZipArchive(QByteArray data);

    bool isValid() const { return m_valid; }
    QStringList names() const { return m_entries.keys(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // The uncompressed member, or a null QByteArray when it is missing or damaged.
    QByteArray read(const QString &name) const;

    static constexpr qint64 kMaxMemberSize = 256 * 1024 * 1024;

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
};

} // namespace overleg
