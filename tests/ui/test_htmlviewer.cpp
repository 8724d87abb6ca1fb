// WebEngine tests: labelled "webengine" in CTest, so they can be run apart (e.g. under
// xvfb-run) where offscreen WebEngine is not available.

#include "TestSupport.h"

#include "DocumentPage.h"
#include "library/Importer.h"
#include "library/Library.h"
#include "viewer/HtmlViewer.h"
#include "viewer/PdfViewer.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace overleg;
using namespace overleg::ui;

namespace {

QString pageText(QWebEnginePage *page) {
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("page text did not arrive");
    return text;
}

HtmlViewer *waitForHtml(DocumentPage &page) {
    if (!QTest::qWaitFor([&] { return page.isTextLoaded(); }, 20000))
        return nullptr;
    auto *viewer = qobject_cast<HtmlViewer *>(page.viewer());
    if (viewer)
        if (!QTest::qWaitFor([&] { return viewer->isLoaded(); }, 20000))
            return nullptr;
    return viewer;
}

} // namespace

class TestHtmlViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsEveryMarkupFormat_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << "ah-tk-20202021-3235.html";
        QTest::newRow("koop xml") << "ah-tk-20202021-3235.xml";
        QTest::newRow("odt") << "ah-tk-20202021-3235.odt";
    }
    void showsEveryMarkupFormat() {
        QFETCH(QString, file);
        QTemporaryDir cache;
        DocumentPage page(test::fileDetails(test::dataPath(file)), cache.path());
        page.resize(900, 800);
        page.show();
        HtmlViewer *viewer = waitForHtml(page);
        QVERIFY(viewer);
        QVERIFY(pageText(viewer->view()->page())
                    .contains(QStringLiteral("Tijdelijke overbruggingsregeling")));
        // Find in page: the word occurs in the question and in the answers.
        QSignalSpy results(viewer, &DocumentViewer::findResult);
        viewer->find(QStringLiteral("TOZO"), {}, false);
        QVERIFY(results.wait(10000));
        QVERIFY2(results.last().at(1).toInt() >= 3, qPrintable(results.last().at(1).toString()));
    }

    // A local server stands in for the internet: the document references it in every way a
    // page can, and it must never see a connection.
    void documentsNeverReachTheNetworkNorRunScripts() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
        const QByteArray hostile = "<html><head><link rel=stylesheet href='" + origin +
                                   "/x.css'>"
                                   "<script>document.title='script ran'</script></head><body>"
                                   "<img src='" +
                                   origin + "/tracker.png'><iframe src='" + origin +
                                   "/frame'></iframe>"
                                   "<img src='file:///etc/hostname'><p>Vraag 1</p></body></html>";
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("hostile.html"), hostile);
        DocumentPage page(test::fileDetails(path), dir.filePath(QStringLiteral("cache")));
        page.show();
        HtmlViewer *viewer = waitForHtml(page);
        QVERIFY(viewer);
        QVERIFY(pageText(viewer->view()->page()).contains(QStringLiteral("Vraag 1")));
        // The hostile requests were made and refused (no fixed wait: until the interceptor saw
        // one).
        QTRY_VERIFY_WITH_TIMEOUT(viewer->blockedRequests() >= 1, 10000);
        QCOMPARE(connections, 0);
        QVERIFY(viewer->view()->title() != QStringLiteral("script ran"));
        qInfo("requests blocked by the interceptor: %d", viewer->blockedRequests());
        // Following a link is refused: the view stays on the document.
        const QUrl before = viewer->view()->url();
        QSignalSpy finished(viewer->view()->page(), &QWebEnginePage::loadFinished);
        viewer->view()->page()->load(
            QUrl(QString::fromLatin1(origin) + QStringLiteral("/elsewhere")));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(viewer->view()->url(), before);
        QCOMPARE(connections, 0);
    }

    // One document here as PDF, HTML and ODT: the reader chooses the format shown; the
    // questions' text stays the document's own file, and a passage marked in another format
    // lands where that text has it.
    void chooseTheFormatShown() {
        test::TempLibrary lib(false);
        Importer importer(lib->libraryDatabase(), lib->dataDirectory().root());
        QString id;
        for (const QString &file :
             {QStringLiteral("ah-tk-20202021-3235.pdf"), QStringLiteral("ah-tk-20202021-3235.html"),
              QStringLiteral("ah-tk-20202021-3235.odt")}) {
            const auto imported = importer.importFile(test::dataPath(file));
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            id = imported->documentId;
        }
        const auto details = lib->queries().details(id, lib->dataDirectory().root());
        QVERIFY(details);
        QCOMPARE(details->renditions.size(), 2);
        QTemporaryDir cache;
        DocumentPage page(*details, cache.path());
        page.resize(900, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isTextLoaded(), 20000);
        QVERIFY(qobject_cast<PdfViewer *>(page.viewer()));
        QComboBox *chooser = page.renditionChooser();
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 3);
        QVERIFY(chooser->itemText(0).startsWith(QStringLiteral("PDF")));
        QVERIFY(chooser->itemText(1).startsWith(QStringLiteral("HTML")));
        QVERIFY(chooser->itemText(2).startsWith(QStringLiteral("ODT")));
        QVERIFY(!chooser->accessibleName().isEmpty());
        const QString questionsText = page.documentText().plainText();

        page.showRendition(1);
        QCOMPARE(page.viewedPath(), details->renditions.at(0).path);
        HtmlViewer *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (viewer = qobject_cast<HtmlViewer *>(page.viewer())) && viewer->isLoaded(), 20000);
        QVERIFY(pageText(viewer->view()->page())
                    .contains(QStringLiteral("Tijdelijke overbruggingsregeling")));
        QCOMPARE(page.documentText().plainText(), questionsText);

        // Marked in the HTML: the offsets are those of the PDF's text.
        QSignalSpy marked(&page, &DocumentPage::markAsQuestion);
        const QString passage = QStringLiteral("Tijdelijke overbruggingsregeling");
        Q_EMIT viewer->markAsQuestion(0, 0, passage);
        QCOMPARE(marked.size(), 1);
        const int start = marked.first().at(0).toInt(), end = marked.first().at(1).toInt();
        QVERIFY(start >= 0 && end > start);
        QCOMPARE(questionsText.mid(start, end - start).simplified(), passage);

        // A question shown in the HTML is found by its words.
        QSignalSpy found(viewer, &DocumentViewer::findResult);
        page.highlightSpan(start, end, passage);
        QVERIFY(found.wait(10000));
        QVERIFY(found.last().at(1).toInt() >= 1);

        page.showRendition(0);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<PdfViewer *>(page.viewer()), 20000);
        QCOMPARE(page.viewedPath(), details->filePath);
    }

    void docxThroughTheConverter() {
        QTemporaryDir cache;
        DocumentPage page(test::fileDetails(test::dataPath(
                              QStringLiteral("2023Z16994_JenV_Argos-Sammy-Baker.docx"))),
                          cache.path());
        page.show();
        HtmlViewer *viewer = waitForHtml(page);
        QVERIFY(viewer);
        QVERIFY(pageText(viewer->view()->page()).contains(QStringLiteral("Sammy Baker")));
        viewer->zoomIn();
        QVERIFY(viewer->view()->zoomFactor() > 1.0);
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestHtmlViewer test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_htmlviewer.moc"
