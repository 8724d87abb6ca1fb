#pragma once

#include "Report.h"
#include "core/Result.h"

namespace overleg {

class Library;

// Collects a Report from the library: the documents in scope (or every document with notes),
// their question units exactly as the question panel shows them (extraction, the user's
// corrections and removals, notes re-attached), the user's annotations, and the answers found
// in the document itself or in the answer document linked to it.
class ReportBuilder {
public:
    static Result<Report> build(Library &library, const ReportScope &scope);
};

} // namespace overleg
