#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace overleg::ui {

namespace {
// One request per connection: a JSON array of paths and a newline; the answer "ok\n".
constexpr qint64 kMaxRequest = 1 << 20;
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &dataRoot, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataRoot)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataRoot) {
    const QString canonical = QFileInfo(dataRoot).canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(
            (canonical.isEmpty() ? QDir::cleanPath(dataRoot) : canonical).toUtf8(),
            QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("overleg-%1-%2").arg(getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::forward(const QStringList &files, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance says it took them; a hung one does not, and this one starts.
    while (socket.bytesAvailable() < kAck.size())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readAll().startsWith(kAck);
}

bool SingleInstance::listen() {
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    // Only this user may hand files to this user's window.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // A socket file of an instance that is gone (nobody answered forward): replace it.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine()) {
                    if (client->bytesAvailable() > kMaxRequest)
                        client->abort();
                    return;
                }
                const QJsonArray paths = QJsonDocument::fromJson(client->readLine()).array();
                QStringList files;
                for (const QJsonValue &path : paths)
                    if (path.isString())
                        files << path.toString();
                client->write(kAck);
                client->flush();
                client->disconnectFromServer();
                Q_EMIT filesReceived(files);
            });
        }
    });
    return true;
}

} // namespace overleg::ui
