#include "TextDecoding.h"

#include <QStringDecoder>

namespace overleg {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign).
QString fromWindows1252(const QByteArray &bytes) {
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

QString utf16(const QByteArray &bytes, bool bigEndian) {
    QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
    return decoder.decode(bytes);
}

} // namespace

bool looksLikeUtf16(const QByteArray &head, bool *bigEndian) {
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return false;
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head.at(i) == '\0';
        oddZeros += head.at(i + 1) == '\0';
    }
    const int pairs = int(n / 2);
    // Latin text in UTF-16 has a zero in every other byte; allow some non-Latin characters.
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
        if (bigEndian)
            *bigEndian = false;
        return true;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
        if (bigEndian)
            *bigEndian = true;
        return true;
    }
    return false;
}

DecodedText decodeText(const QByteArray &bytes) {
    DecodedText result;
    if (bytes.startsWith("\xFF\xFE")) {
        result.text = utf16(bytes.mid(2), false);
        result.encoding = DecodedText::Encoding::Utf16LE;
        return result;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        result.text = utf16(bytes.mid(2), true);
        result.encoding = DecodedText::Encoding::Utf16BE;
        return result;
    }
    bool bigEndian = false;
    if (looksLikeUtf16(bytes, &bigEndian)) {
        result.text = utf16(bytes, bigEndian);
        result.encoding =
            bigEndian ? DecodedText::Encoding::Utf16BE : DecodedText::Encoding::Utf16LE;
        return result;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8);
    result.text = utf8.decode(body);
    if (utf8.hasError()) {
        result.text = fromWindows1252(body);
        result.encoding = DecodedText::Encoding::Windows1252;
    }
    return result;
}

} // namespace overleg
