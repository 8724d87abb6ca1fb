// libFuzzer target: the fuzzer's bytes through overleg::fuzz::officeDocument (FuzzEntries.h).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    overleg::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    overleg::fuzz::officeDocument(QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                          static_cast<qsizetype>(size)));
    return 0;
}
