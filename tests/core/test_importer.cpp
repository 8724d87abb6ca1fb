#include "TestSupport.h"

#include "library/Importer.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"

#include <QDirIterator>

using namespace overleg;

namespace {
int filesUnder(const QString &dir) {
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsEverySupportedType_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mime");
        QTest::newRow("pdf") << "ah-tk-20202021-3235.pdf"
                             << "application/pdf";
        QTest::newRow("docx")
            << "2023Z16994_JenV_Argos-Sammy-Baker.docx"
            << "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        QTest::newRow("odt") << "ah-tk-20202021-3235.odt"
                             << "application/vnd.oasis.opendocument.text";
        QTest::newRow("html") << "ah-tk-20202021-3235.html"
                              << "text/html";
        QTest::newRow("xml") << "ah-tk-20202021-3235.xml"
                             << "application/xml";
        QTest::newRow("txt") << "kv-tk-2024Z18792.txt"
                             << "text/plain";
    }
    void importsEverySupportedType() {
        QFETCH(QString, file);
        QFETCH(QString, mime);
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto imported = importer.importFile(test::dataPath(file));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(!imported->duplicate);
        const auto local = lib->queries().localDocuments();
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.first().id, imported->documentId);
        const auto details =
            lib->queries().details(imported->documentId, lib->dataDirectory().root());
        QVERIFY(details.has_value());
        QVERIFY(details->isLocal);
        QCOMPARE(details->originalName, file);
        QCOMPARE(details->mime, mime);
        QVERIFY(QFile::exists(details->filePath));
        QCOMPARE(QFileInfo(details->filePath).size(), QFileInfo(test::dataPath(file)).size());
    }

    void recognisesDuplicatesByContent() {
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto first =
            importer.importFile(test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf")));
        QVERIFY(first.ok());
        // The same bytes under another name are the same document.
        QTemporaryDir other;
        const QString copy = other.filePath(QStringLiteral("renamed.pdf"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf")), copy));
        const auto second = importer.importFile(copy);
        QVERIFY(second.ok());
        QVERIFY(second->duplicate);
        QCOMPARE(second->documentId, first->documentId);
        QCOMPARE(lib->queries().localDocuments().size(), 1);
        QCOMPARE(filesUnder(lib->dataDirectory().filesDirectory()), 1);
    }

    void brokenFilesLeaveNothingBehind_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        const QByteArray pdf = test::readFixture(QStringLiteral("ah-tk-20202021-3235.pdf"));
        QTest::newRow("truncated pdf") << pdf.left(4000) << QStringLiteral("kapot.pdf");
        QTest::newRow("binary junk")
            << QByteArray("\x00\x01\x02\x03", 4).repeated(50) << QStringLiteral("x.bin");
        QTest::newRow("legacy doc")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(64, 'x')
            << QStringLiteral("oud.doc");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("leeg.txt");
    }
    void brokenFilesLeaveNothingBehind() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        test::TempLibrary lib(false);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, name, bytes);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto imported = importer.importFile(path);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(name + QStringLiteral(" was not imported")),
                 qPrintable(imported.error()));
        QCOMPARE(lib->queries().countDocuments(), 0);
        QCOMPARE(filesUnder(lib->dataDirectory().filesDirectory()), 0);
    }

    void missingFile() {
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto imported = importer.importFile(QStringLiteral("/nonexistent/x.pdf"));
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().contains(QStringLiteral("no such file")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
