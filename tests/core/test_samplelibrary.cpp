#include "TestSupport.h"

#include "document/TextExtractor.h"
#include "library/FileStore.h"
#include "library/SampleLibrary.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"

using namespace overleg;

class TestSampleLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsOnFirstStartOnly() {
        QTemporaryDir dir;
        {
            auto first = Library::open(dir.path(), Library::SampleMode::LoadWhenFresh);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QVERIFY(first.value()->loadedSample());
        }
        auto second = Library::open(dir.path(), Library::SampleMode::LoadWhenFresh);
        QVERIFY(second.ok());
        QVERIFY(!second.value()->loadedSample());
        QCOMPARE(second.value()->queries().countDocuments(), 27);
    }

    void everyDocumentHasItsRealFile() {
        test::TempLibrary lib;
        LibraryStore &store = lib->store();
        QCOMPARE(store.count(QStringLiteral("document")), 27);
        QCOMPARE(store.count(QStringLiteral("document_file")), 27);
        QCOMPARE(store.count(QStringLiteral("commissie")), 8);
        QCOMPARE(store.count(QStringLiteral("kamerstukdossier")), 8);
        for (const DocumentSummary &doc : lib->queries().allDocuments()) {
            const QString path = lib->files().pathFor(doc.id);
            QVERIFY2(!path.isEmpty(), qPrintable(doc.titel));
            const auto text = extractTextFromFile(path);
            QVERIFY2(text.ok(), qPrintable(doc.titel + QStringLiteral(": ") + text.error()));
        }
    }

    // The metadata is what the documents state; spot-check it through the queries the tree uses.
    void realMetadata() {
        test::TempLibrary lib;
        const LibraryQueries &q = lib->queries();
        const QString so = q.resolveDocument(QStringLiteral("kst-29338-289"));
        QVERIFY(!so.isEmpty());
        const auto details = q.details(so, lib->dataDirectory().root());
        QVERIFY(details.has_value());
        QCOMPARE(details->summary.soort, QStringLiteral("Verslag van een schriftelijk overleg"));
        QCOMPARE(details->citation, QStringLiteral("Kamerstuk 29 338, nr. 289"));
        QCOMPARE(details->summary.datum, QStringLiteral("2025-01-16"));
        QCOMPARE(
            details->commissies,
            QStringList{QStringLiteral("vaste commissie voor Onderwijs, Cultuur en Wetenschap")});
        QCOMPARE(details->dossierTitel, QStringLiteral("Wetenschapsbudget"));

        // Kamervragen: the question document and its answer share the zaak.
        const QString question = q.resolveDocument(QStringLiteral("kv-tk-2024Z18792"));
        const QString byZaak = q.resolveDocument(QStringLiteral("2024Z18792"));
        QVERIFY(!question.isEmpty());
        QCOMPARE(byZaak, question); // the zaak number finds its first document
        const auto kv = q.details(question, lib->dataDirectory().root());
        QCOMPARE(kv->actors.size(), 2);
        QCOMPARE(kv->actors.first().naam, QStringLiteral("Boswijk"));
        QCOMPARE(kv->actors.first().fractie, QStringLiteral("CDA"));
        QCOMPARE(kv->actors.first().relatie, QStringLiteral("Indiener"));

        // Mutluer asked in 2023 for the PvdA and sits now for GroenLinks-PvdA.
        bool found = false;
        for (const NodeSummary &p : q.kamerleden()) {
            if (p.label == QStringLiteral("Mutluer")) {
                found = true;
                QCOMPARE(p.detail, QStringLiteral("GroenLinks-PvdA"));
                QCOMPARE(p.documents, 2);
            }
        }
        QVERIFY(found);
    }

    void missingSampleIsAClearError() {
        test::TempLibrary lib(false);
        const auto loaded =
            SampleLibrary::load(lib->store(), lib->files(), QStringLiteral("/nonexistent"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "test_samplelibrary.moc"
