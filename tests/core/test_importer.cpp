#include "TestSupport.h"

#include "library/Importer.h"
#include "store/Database.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"

#include <QDirIterator>
#include <QSqlQuery>

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

    // An imported file says what it is: its title, kind and date come from its head, not from
    // its name and the import date.
    void anImportedFileKnowsWhatItIs() {
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto imported =
            importer.importFile(test::dataPath(QStringLiteral("ah-tk-20202021-3235.pdf")));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY2(imported->title.startsWith(QStringLiteral("Vragen van de leden Van Weyenberg")),
                 qPrintable(imported->title));
        QSqlQuery q = lib->libraryDatabase().run(
            QStringLiteral("SELECT soort, datum, vergaderjaar FROM document WHERE id = ?"),
            {imported->documentId});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Antwoord schriftelijke vragen"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2021-06-21"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2020-2021"));
    }

    // The same document in four formats is one document with renditions, one set of notes.
    void otherFormatsAreRenditionsOfOneDocument() {
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        QString id;
        for (const QString &file :
             {QStringLiteral("ah-tk-20202021-3235.pdf"), QStringLiteral("ah-tk-20202021-3235.html"),
              QStringLiteral("ah-tk-20202021-3235.odt"),
              QStringLiteral("ah-tk-20202021-3235.xml")}) {
            const auto imported = importer.importFile(test::dataPath(file));
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            if (id.isEmpty()) {
                id = imported->documentId;
                QVERIFY(!imported->rendition);
            } else {
                QCOMPARE(imported->documentId, id);
                QVERIFY2(imported->rendition, qPrintable(file));
            }
        }
        QCOMPARE(lib->queries().localDocuments().size(), 1);
        QSqlQuery q = lib->libraryDatabase().run(
            QStringLiteral("SELECT count(*) FROM document_rendition WHERE document_id = ?"), {id});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    // A file of a document the library knows from the Kamer's metadata joins that document.
    void aFileOfAKnownDocumentJoinsIt() {
        test::TempLibrary lib; // with the sample library
        const QString known = lib->queries().resolveDocument(QStringLiteral("ah-tk-20202021-3235"));
        QVERIFY(!known.isEmpty());
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        const auto imported =
            importer.importFile(test::dataPath(QStringLiteral("ah-tk-20202021-3235.html")));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->documentId, known);
        QVERIFY(imported->rendition || imported->linked);
        QVERIFY(lib->queries().localDocuments().isEmpty());
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
