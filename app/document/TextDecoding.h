#pragma once

#include <QByteArray>
#include <QString>

namespace overleg {

// The characters of a text file or an HTML page whose encoding is not declared reliably:
// UTF-8 (with or without BOM), UTF-16 (little or big endian, with a BOM or recognised by its
// zero bytes), and otherwise Windows-1252, the superset of Latin-1 that older Dutch government
// pages and Word exports use. Never fails: every byte sequence is some text.
struct DecodedText {
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    QString text;
    Encoding encoding = Encoding::Utf8;
};
DecodedText decodeText(const QByteArray &bytes);

// True when the bytes look like UTF-16 without a BOM: many zero bytes in the odd or even
// positions of the first few kilobytes.
bool looksLikeUtf16(const QByteArray &head, bool *bigEndian = nullptr);

} // namespace overleg
