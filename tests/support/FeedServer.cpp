#include "FeedServer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace overleg::test {

FeedServer::FeedServer(QObject *parent)
    : QObject(parent) {}

FeedServer::~FeedServer() = default;

bool FeedServer::listen() {
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FeedServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString FeedServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1/SyncFeed/2.0/").arg(m_server->serverPort());
}

qint64 FeedServer::addEntity(const QString &category, const QString &id,
                             const QByteArray &entityXml, const QDateTime &updated,
                             bool hasResource) {
    Item item;
    item.category = category;
    item.element = category.left(1).toLower() + category.mid(1);
    item.id = id;
    item.xml = entityXml;
    item.updated = (updated.isValid() ? updated : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs)
                       .toLatin1();
    item.token = m_nextToken++;
    item.hasResource = hasResource;
    m_byCategory[category].append(m_items.size());
    m_items.append(std::move(item));
    return m_items.last().token;
}

void FeedServer::addResource(const QString &id, const QByteArray &bytes) {
    m_resources.insert(id, bytes);
}

int FeedServer::loadFeedDirectory(const QString &directory) {
    const QDir root(directory);
    static const QRegularExpression title(QStringLiteral("<title>([^<]+)</title>"));
    static const QRegularExpression updated(QStringLiteral("<updated>([^<]+)</updated>"));
    static const QRegularExpression content(
        QStringLiteral("<content type=\"application/xml\">\\s*(.*?)\\s*</content>"),
        QRegularExpression::DotMatchesEverythingOption);
    int count = 0;
    const QStringList pages = QDir(root.filePath(QStringLiteral("feed")))
                                  .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QString &page : pages) {
        QFile file(root.filePath(QStringLiteral("feed/") + page));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString category = page.chopped(4);
        const QStringList entries =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("<entry>")).mid(1);
        for (const QString &entry : entries) {
            const QString id = title.match(entry).captured(1);
            const bool hasResource = entry.contains(QLatin1String("rel=\"enclosure\""));
            addEntity(category, id, content.match(entry).captured(1).toUtf8(),
                      QDateTime::fromString(updated.match(entry).captured(1), Qt::ISODate),
                      hasResource);
            if (hasResource) {
                QFile blob(root.filePath(QStringLiteral("files/") + id));
                if (blob.open(QIODevice::ReadOnly))
                    addResource(id, blob.readAll());
            }
            ++count;
        }
    }
    return count;
}

void FeedServer::injectFault(Fault fault, int times, const QString &pathPart) {
    m_faults.append({fault, times, pathPart});
}

int FeedServer::countRequests(const QString &pathPart) const {
    return int(std::count_if(m_log.cbegin(), m_log.cend(),
                             [&](const QString &line) { return line.contains(pathPart); }));
}

bool FeedServer::takeFault(const QByteArray &target, Fault *fault) {
    const QString path = QString::fromUtf8(target);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        PendingFault &pending = m_faults[i];
        if (!pending.pathPart.isEmpty() && !path.contains(pending.pathPart))
            continue;
        *fault = pending.fault;
        if (--pending.times <= 0)
            m_faults.removeAt(i);
        ++m_faultsServed;
        return true;
    }
    return false;
}

void FeedServer::onConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadable(socket); });
    }
}

void FeedServer::onReadable(QTcpSocket *socket) {
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        if (line.toLower().startsWith("user-agent:"))
            m_userAgent = line.mid(11).trimmed();
    }
    ++m_requests;
    m_log.append(QString::fromUtf8(target));
    ++m_active;
    m_maxConcurrent = std::max(m_maxConcurrent, m_active);
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, socket,
                           [this, socket, target]() { respond(socket, target); });
    else
        respond(socket, target);
}

void FeedServer::respond(QTcpSocket *socket, const QByteArray &target) {
    const QUrl url(QString::fromUtf8(target));
    const QString path = url.path();
    Fault fault{};
    const bool faulty = takeFault(target, &fault);
    if (faulty && fault == Fault::Stall)
        return; // the socket stays open and silent; --m_active never happens, on purpose
    --m_active;
    if (faulty && fault == Fault::Http500) {
        send(socket, 500, "text/plain", "Internal Server Error");
        return;
    }
    if (faulty && fault == Fault::WrongContentType) {
        send(socket, 200, "text/html; charset=utf-8",
             "<html><body><h1>Onderhoud</h1><p>De dienst is tijdelijk niet beschikbaar."
             "</p></body></html>");
        return;
    }

    QByteArray body;
    QByteArray contentType = "application/atom+xml; charset=utf-8";
    if (path.endsWith(QLatin1String("/Feed"))) {
        const QUrlQuery query(url);
        const QString category = query.queryItemValue(QStringLiteral("category"));
        bool hasToken = false;
        const qint64 token =
            query.queryItemValue(QStringLiteral("skiptoken")).toLongLong(&hasToken);
        if (faulty && fault == Fault::DuplicatePage && m_lastPage.contains(category)) {
            body = m_lastPage.value(category);
        } else {
            body = feedPage(category, hasToken ? token : -1);
            m_lastPage.insert(category, body);
        }
    } else if (path.contains(QLatin1String("/Resources/"))) {
        const QString id = path.section(u'/', -1);
        if (!m_resources.contains(id)) {
            send(socket, 404, "application/json",
                 "{\"error\":\"Resource not found\",\"status\":404}");
            return;
        }
        body = m_resources.value(id);
        contentType = "application/pdf"; // as unreliable as the Kamer's
    } else {
        send(socket, 404, "text/plain", "Not found");
        return;
    }

    if (faulty &&
        (fault == Fault::EndlessBody || fault == Fault::Trickle || fault == Fault::LyingLength)) {
        stream(socket, fault, contentType, body);
        return;
    }
    if (faulty && fault == Fault::TruncatedXml)
        body.truncate(body.size() * 3 / 5);
    if (faulty && fault == Fault::WrongContentLength) {
        send(socket, 200, contentType, body, body.size() + 4096);
        return;
    }
    send(socket, 200, contentType, body);
}

QByteArray FeedServer::feedPage(const QString &category, qint64 skiptoken) const {
    const QByteArray base = baseUrl().toUtf8();
    QByteArray out;
    out.reserve(m_pageSize * 1200);
    out +=
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        "<title>Gegevensmagazijn SyncFeed</title><id>";
    out += base + "Feed?category=" + category.toUtf8();
    out += "</id><updated>" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() +
           "</updated>\n";
    const QList<qsizetype> indices = m_byCategory.value(category);
    auto first = std::upper_bound(
        indices.cbegin(), indices.cend(), skiptoken,
        [this](qint64 token, qsizetype index) { return token < m_items.at(index).token; });
    const QByteArray categoryUtf8 = category.toUtf8();
    for (int n = 0; first != indices.cend() && n < m_pageSize; ++first, ++n) {
        const Item &item = m_items.at(*first);
        const QByteArray id = item.id.toUtf8();
        out += "<entry><title>" + id + "</title><id>" + base + "Entiteiten/" + id +
               "</id><author><name>Tweede Kamer der Staten-Generaal</name></author><updated>" +
               item.updated + "</updated><category term=\"" + item.element.toUtf8() +
               "\"/><link rel=\"next\" href=\"" + base + "Feed?category=" + categoryUtf8 +
               "&amp;skiptoken=" + QByteArray::number(item.token) + "\"/>";
        if (item.hasResource)
            out += "<link rel=\"enclosure\" href=\"" + base + "Resources/" + id + "\"/>";
        out += "<content type=\"application/xml\">" + item.xml + "</content></entry>\n";
    }
    out += "</feed>\n";
    return out;
}

void FeedServer::stream(QTcpSocket *socket, Fault fault, const QByteArray &contentType,
                        const QByteArray &body) {
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType;
    if (fault == Fault::Trickle)
        head += "\r\nContent-Length: " + QByteArray::number(body.size());
    else if (fault == Fault::LyingLength)
        head += "\r\nContent-Length: 1099511627776";
    head += "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    // The timer is the socket's: it stops when the client goes and the socket is deleted.
    auto *timer = new QTimer(socket);
    if (fault == Fault::Trickle) {
        auto next = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, body, next]() {
            if (*next < body.size() && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(body.mid((*next)++, 1));
                ++m_streamed;
            }
        });
        timer->start(1000);
        return;
    }
    // Endless: 64 KiB whenever the client has taken what was written.
    const QByteArray chunk = body.left(64 * 1024).leftJustified(64 * 1024, ' ');
    connect(timer, &QTimer::timeout, socket, [this, socket, chunk]() {
        if (socket->state() == QAbstractSocket::ConnectedState &&
            socket->bytesToWrite() < 4 * chunk.size()) {
            socket->write(chunk);
            m_streamed += chunk.size();
        }
    });
    timer->start(1);
}

void FeedServer::send(QTcpSocket *socket, int status, const QByteArray &contentType,
                      const QByteArray &body, qint64 declaredLength) {
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Error";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: " + contentType + "\r\nContent-Length: " +
                      QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) +
                      "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    socket->disconnectFromHost();
}

} // namespace overleg::test
