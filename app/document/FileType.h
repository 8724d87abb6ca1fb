#pragma once

#include <QByteArray>
#include <QString>

namespace overleg {

// What a file really is, judged from its bytes (names and the feed's ContentType lie).
enum class FileType { Unknown, Pdf, Docx, Odt, Html, Xml, Text, LegacyWord, Rtf, OtherZip };

FileType sniffFileType(const QByteArray &bytes);
bool isSupported(FileType type);
QString mimeTypeOf(FileType type);
QString extensionOf(FileType type);   // "pdf", "docx", ... without the dot
QString displayNameOf(FileType type); // "PDF", "Word (DOCX)", ...

} // namespace overleg
