#pragma once

#include "FileType.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace overleg {

// Turns a document into a self-contained HTML page for the HTML viewer: HTML as it is, KOOP's
// official XML by its structure, DOCX and ODT through pandoc when it is installed and through
// a built-in converter (paragraphs, headings, lists, tables, emphasis, footnotes) otherwise,
// plain text as preformatted text. Nothing in the result refers to anything outside the page.
class HtmlConverter {
public:
    enum class Engine { Automatic, BuiltIn };
    static Result<QString> toHtml(const QByteArray &bytes, Engine engine = Engine::Automatic);
    static bool pandocAvailable();

    // The built-in converters, public for tests.
    static Result<QString> docxToHtml(const QByteArray &docx);
    static Result<QString> odtToHtml(const QByteArray &odt);
    static Result<QString> koopXmlToHtml(const QByteArray &xml);
};

} // namespace overleg
