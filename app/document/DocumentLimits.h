#pragma once

namespace overleg {

// Files larger than this are refused rather than read into memory.
constexpr long long kMaxDocumentSize = 512LL * 1024 * 1024;

} // namespace overleg
