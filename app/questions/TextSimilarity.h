#pragma once

#include <QString>

namespace overleg {

// How alike two sentences are, by their words in order (a longest common subsequence of
// words, 2·common / (|a| + |b|)), in [0, 1]. Case and punctuation do not count.
double textSimilarity(const QString &a, const QString &b);

} // namespace overleg
