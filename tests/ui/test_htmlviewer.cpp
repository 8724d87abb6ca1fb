// WebEngine tests: labelled "webengine" in CTest, so they can be run apart (e.g. under
// xvfb-run) where offscreen WebEngine is not available.

#include "TestSupport.h"

#include "DocumentPage.h"
#include "viewer/HtmlViewer.h"

#include <QApplication>
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
