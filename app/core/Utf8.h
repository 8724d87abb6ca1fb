#pragma once

#include <QByteArray>
#include <QStringConverter>
#include <QStringView>

namespace overleg {

// Appends `text` as UTF-8 to `out` without a temporary QByteArray, so a buffer reused from row to
// row (a parsed entity's values, a statement's parameters) keeps its capacity.
inline void appendUtf8(QByteArray &out, QStringView text) {
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    out.resize(encoder.appendToBuffer(out.data() + start, text) - out.constData());
}

} // namespace overleg
