#include "ChangeFeed.h"

#include "PgConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

namespace overleg {

namespace {
const QString kChannel = QStringLiteral("overleg_changes");
} // namespace

ChangeFeed::ChangeFeed(PgConnection &connection, qint64 workspace, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_workspace(workspace) {
    QSqlDriver *driver = m_connection.db().driver();
    m_listening = driver->subscribeToNotification(kChannel);
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
}

ChangeFeed::~ChangeFeed() {
    if (m_listening && m_connection.isOpen())
        m_connection.db().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::onNotification(const QString &name, const QVariant &payload) {
    if (name != kChannel)
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    WorkspaceChange change;
    change.workspace = o.value(QStringLiteral("workspace")).toInteger();
    if (change.workspace != m_workspace)
        return;
    change.table = o.value(QStringLiteral("table")).toString();
    change.operation = o.value(QStringLiteral("op")).toString();
    change.documentId = o.value(QStringLiteral("document")).toString();
    change.questionId = o.value(QStringLiteral("question")).toString();
    change.by = o.value(QStringLiteral("by")).toString();
    Q_EMIT changed(change);
}

} // namespace overleg
