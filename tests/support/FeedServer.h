#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace overleg::test {

// A local HTTP server that speaks the Gegevensmagazijn SyncFeed protocol from fixture entities:
// Feed?category=X&skiptoken=N pages (Atom, a next link on every entry, an empty feed at the
// end), Resources/<id> files, and faults on demand. Listens on 127.0.0.1 on a free port.
class FeedServer : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        Http500,            // 500 Internal Server Error
        Stall,              // accept the request, never answer
        TruncatedXml,       // a 200 whose XML stops halfway (with a matching Content-Length)
        WrongContentType,   // a 200 with an HTML error page
        WrongContentLength, // Content-Length larger than the body, then the connection closes
        DuplicatePage,      // the previous page of the category again
        EndlessBody,        // a 200 without Content-Length whose body never ends
        Trickle,            // the right answer, one byte a second
        LyingLength,        // a 200 declaring a 1 TiB Content-Length, then an endless body
    };

    explicit FeedServer(QObject *parent = nullptr);
    ~FeedServer() override;

    bool listen();
    QString baseUrl() const; // http://127.0.0.1:PORT/SyncFeed/2.0/

    void setPageSize(int entries) { m_pageSize = entries; }
    // Every answer waits this long, so concurrent requests overlap and can be counted.
    void setResponseDelay(int ms) { m_delayMs = ms; }

    // One entity element as the XSD writes it (with its namespace declarations); it gets the next
    // skiptoken of the one sequence across categories. Returns that token.
    qint64 addEntity(const QString &category, const QString &id, const QByteArray &entityXml,
                     const QDateTime &updated = {}, bool hasResource = false);
    void addResource(const QString &id, const QByteArray &bytes);
    // Loads a feed directory as generate_sample_feed.py writes it (feed/<Category>.xml and
    // files/<id>); returns the number of entities.
    int loadFeedDirectory(const QString &directory);

    // The next `times` requests whose path contains `pathPart` get this fault.
    void injectFault(Fault fault, int times = 1, const QString &pathPart = {});

    int requestCount() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    int faultsServed() const { return m_faultsServed; }
    QStringList requestLog() const { return m_log; }
    qint64 lastToken() const { return m_nextToken - 1; }
    int entityCount() const { return int(m_items.size()); }
    int countRequests(const QString &pathPart) const;
    qint64 bytesStreamed() const { return m_streamed; } // by the endless and trickling faults
    QByteArray lastUserAgent() const { return m_userAgent; }

    // The page Feed?category=X&skiptoken=N serves (-1: the first), without a fault; for
    // benchmarks that parse pages without the network.
    QByteArray feedPage(const QString &category, qint64 skiptoken) const;

private:
    struct Item {
        QString category;
        QString element;
        QString id;
        QByteArray xml;
        QByteArray updated;
        qint64 token = 0;
        bool hasResource = false;
    };
    struct PendingFault {
        Fault fault;
        int times;
        QString pathPart;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &target);
    void send(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
              qint64 declaredLength = -1);
    bool takeFault(const QByteArray &target, Fault *fault);
    void stream(QTcpSocket *socket, Fault fault, const QByteArray &contentType,
                const QByteArray &body);

    QTcpServer *m_server = nullptr;
    int m_pageSize = 250;
    int m_delayMs = 0;
    qint64 m_nextToken = 5001;
    QList<Item> m_items;                           // in token order
    QHash<QString, QList<qsizetype>> m_byCategory; // indices into m_items, in token order
    QHash<QString, QByteArray> m_resources;
    QHash<QString, QByteArray> m_lastPage; // per category, for DuplicatePage
    QList<PendingFault> m_faults;
    QStringList m_log;
    QByteArray m_userAgent;
    int m_requests = 0;
    int m_active = 0;
    int m_maxConcurrent = 0;
    int m_faultsServed = 0;
    qint64 m_streamed = 0;
};

} // namespace overleg::test
