#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace overleg::fuzz {

// The entry points the fuzz targets (tests/fuzz/fuzz_*.cpp) feed their bytes to, and the
// regression test (tests/core/test_fuzzregressions.cpp) replays saved inputs through. Each reads
// the bytes as one real input of the engine and throws the result away: what is tested is that
// it returns, within bounds.
void syncFeedPage(const QByteArray &bytes);   // SyncFeedReader::read of one feed page
void officeDocument(const QByteArray &bytes); // DOCX and ODT text (OfficeText, ZipArchive)
void htmlPage(const QByteArray &bytes);       // HTML text (HtmlText, libxml2)
void xmlDocument(const QByteArray &bytes);    // XML text (MarkupText)
void questionText(const QByteArray &bytes);   // QuestionExtractor::extract + AnswerMatcher::match
void notesBundle(const QByteArray &bytes);    // NotesBundle::import into a scratch notes database
void pdfWords(const QByteArray &bytes);       // readPdfWords (Poppler's core)

// The entry point for a target's name ("syncfeed", "office", ...), or nullptr.
using Entry = void (*)(const QByteArray &);
Entry entryFor(const QString &target);
QStringList targets();

// Qt's messages (a bundle's refused rows, the XML reader's complaints) are dropped: a fuzzer
// prints nothing per input. qFatal still aborts.
void quietQt();

} // namespace overleg::fuzz
