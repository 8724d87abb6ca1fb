// overleg-cli: the library, the documents and the notes for scripts.
//
// This launcher links neither Qt nor the engine. `text FILE` on a PDF is printed here, straight
// from Poppler's core (the same reading as the text model's, PdfWords.h), as fast as pdftotext;
// every other command, and every case this path does not cover (another format, --json, a
// document of the library, a file it cannot read), runs in the commands module, loaded on demand.
// Loading QtCore alone costs about 5 ms and QtGui with QtNetwork and QtSql another 15: more than
// reading a short PDF, and a script that extracts the text of thousands of files pays it each time.

#include "document/DocumentLimits.h"
#include "document/PdfWords.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace {

// The text of the words, UTF-8, pages joined by form feeds: what DocumentText::plainText() holds.
class PlainTextWriter : public overleg::PdfWordVisitor {
public:
    void beginPage(int page) override {
        if (page > 0)
            m_out.push_back('\f');
    }
    void word(const char32_t *text, std::size_t length, double, double, double, double,
              char32_t after) override {
        for (std::size_t i = 0; i < length; ++i)
            append(text[i]);
        if (after)
            append(after);
        m_words += length > 0;
    }
    const std::string &text() const { return m_out; }
    bool hasText() const { return m_words > 0; }

private:
    void append(char32_t c) {
        if (c < 0x80) {
            m_out.push_back(char(c));
        } else if (c < 0x800) {
            m_out.push_back(char(0xC0 | (c >> 6)));
            m_out.push_back(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            m_out.push_back(char(0xE0 | (c >> 12)));
            m_out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            m_out.push_back(char(0x80 | (c & 0x3F)));
        } else {
            m_out.push_back(char(0xF0 | (c >> 18)));
            m_out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            m_out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            m_out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
    std::string m_out;
    long m_words = 0;
};

// Prints the text of the PDF at path as the commands module would, and returns the exit code;
// nothing, having printed nothing, for what is not a PDF file with text that this path reads (a
// directory, another format, a file too large, a broken file): the module handles and explains
// it.
std::optional<int> printPdfText(const char *path) {
    // Only a regular file: opening a FIFO would block until a writer comes, a device never ends.
    struct stat info {};
    if (stat(path, &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = file ? std::streamoff(file.tellg()) : -1;
    if (size < 5 || size > overleg::kMaxDocumentSize)
        return std::nullopt;
    std::vector<char> bytes(std::size_t(size), '\0');
    file.seekg(0);
    if (!file.read(bytes.data(), std::streamsize(bytes.size())) ||
        std::memcmp(bytes.data(), "%PDF-", 5) != 0)
        return std::nullopt;
    PlainTextWriter writer;
    const overleg::PdfReadStatus status = overleg::readPdfWords(bytes.data(), bytes.size(), writer);
    // A file it cannot read, or one without text: the module says why, in the user's language.
    if (overleg::messageFor(status) || !writer.hasText())
        return std::nullopt;
    std::fwrite(writer.text().data(), 1, writer.text().size(), stdout);
    return 0;
}

// The arguments are `[--data-dir DIR] text FILE`, and FILE is a file: the fast path's case.
const char *textFileArgument(int argc, char *argv[]) {
    std::vector<const char *> rest;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0 && i + 1 < argc)
            ++i;
        else if (std::strncmp(argv[i], "--data-dir=", 11) != 0)
            rest.push_back(argv[i]);
    }
    if (rest.size() != 2 || std::strcmp(rest[0], "text") != 0 || rest[1][0] == '-')
        return nullptr;
    return rest[1];
}

// The commands module: beside the executable in the build tree, in the library directory once
// installed.
std::string commandsModulePath() {
    char executable[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    std::string dir = length > 0 ? std::string(executable, std::size_t(length)) : std::string();
    dir = dir.substr(0, dir.rfind('/') + 1);
    const std::string beside = dir + OVERLEG_CLI_MODULE_NAME;
    if (access(beside.c_str(), R_OK) == 0)
        return beside;
    return dir + OVERLEG_CLI_MODULE_DIR_FROM_BIN "/" OVERLEG_CLI_MODULE_NAME;
}

} // namespace

int main(int argc, char *argv[]) {
    if (const char *file = textFileArgument(argc, argv))
        if (const std::optional<int> printed = printPdfText(file))
            return *printed;
    const std::string path = commandsModulePath();
    void *module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    using Run = int (*)(int, char *[]);
    const auto run = module ? reinterpret_cast<Run>(dlsym(module, "overlegCliRun")) : nullptr;
    if (!run) {
        std::fprintf(stderr, "overleg-cli: cannot load the commands module %s: %s\n", path.c_str(),
                     dlerror());
        return 1;
    }
    return run(argc, argv);
}
