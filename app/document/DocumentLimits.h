#pragma once

// Every size, count and time limit on input Overleg reads, in one place (the README's "Limits"
// section lists them). A file or a server past a limit is refused, or cut, with a message; it
// never costs unbounded memory or time.

namespace overleg {

constexpr long long kMiB = 1024LL * 1024;

// Files larger than this are refused rather than read into memory.
constexpr long long kMaxDocumentSize = 512 * kMiB;

// The text of one document, in characters (UTF-16 code units), once expanded from its markup:
// a DOCX, ODT, HTML or XML file whose text grows past this is refused.
constexpr long long kMaxDocumentTextChars = 64 * kMiB;

// One member of a ZIP container (DOCX, ODT) uncompressed, and all the members one document reads
// together: a zip bomb is refused from its declared sizes before anything is inflated, and a
// member whose declared size lies cannot inflate past it.
constexpr long long kMaxZipMemberSize = 64 * kMiB;
constexpr long long kMaxZipExpandedTotal = 96 * kMiB;

// A repeat count in a document's markup (ODF's <text:s text:c="n"/> runs of spaces).
constexpr int kMaxRepeatCount = 1024;

// Rendering one PDF page: more pixels than this are rendered at a lower resolution.
constexpr long long kMaxRenderPixels = 64LL * 1000 * 1000;

// A PDF page's drawing instructions once decoded (its content streams and the forms it can draw):
// a page past this (a flate bomb: a few MB inflating to gigabytes) is neither drawn nor read. The
// messages in PdfWords.cpp name the value; change them with it.
constexpr long long kMaxPageContentBytes = 64 * kMiB;

// Characters Poppler may lay out on one PDF page for its text (a dense page holds 5,000): more
// are dropped and the document refused, so one page's text model cannot take gigabytes.
constexpr long long kMaxPageCharacters = 1000 * 1000;

// Reading a whole PDF's text (text, questions, import, the window's text model): past this the
// document is refused. A 1,000-page report takes a few seconds.
constexpr int kPdfTextDeadlineMs = 60 * 1000;

// Drawing one PDF page: in the window a page not drawn in this time is abandoned with a message
// on the page (the window never waits for it); `overleg-cli render` gives up after the longer one.
constexpr int kPageRenderDeadlineMs = 5 * 1000;
constexpr int kCliRenderDeadlineMs = 30 * 1000;

// A note in the PDF (and printed) report: the rest is named, not drawn; the Markdown and CSV
// exports hold the whole note.
constexpr long long kMaxReportNoteChars = 64 * 1024;

// The network (SyncFeed): a feed page and a file are cut off as soon as the bytes received pass
// these sizes or the declared Content-Length, and a request that has not finished by its deadline
// (a server sending a byte a second) is aborted, not retried. A host that cannot be resolved fails
// at once, one that refuses connections after kMaxUnreachableAttempts tries; either ends the sync.
constexpr long long kMaxFeedPageBytes = 32 * kMiB;
constexpr long long kMaxDownloadBytes = 250 * kMiB;
constexpr int kFeedPageDeadlineMs = 2 * 60 * 1000;
constexpr int kFileDeadlineMs = 10 * 60 * 1000;
constexpr int kMaxUnreachableAttempts = 2;

} // namespace overleg
