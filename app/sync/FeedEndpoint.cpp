#include "FeedEndpoint.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace overleg {

QString FeedEndpoint::defaultBaseUrl() {
    return QStringLiteral("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/");
}

FeedEndpoint::FeedEndpoint(const QString &baseUrl) {
    QString text = baseUrl.trimmed();
    // Accept the address of the Feed itself as well as the base under which it lives.
    if (text.endsWith(QLatin1String("/Feed")))
        text.chop(4);
    if (!text.endsWith(u'/'))
        text.append(u'/');
    m_base = QUrl(text, QUrl::StrictMode);
    const QString scheme = m_base.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        m_base = QUrl();
}

QUrl FeedEndpoint::feedUrl(const QString &category, qint64 skiptoken) const {
    QUrl url = m_base.resolved(QUrl(QStringLiteral("Feed")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("category"), category);
    if (skiptoken >= 0)
        query.addQueryItem(QStringLiteral("skiptoken"), QString::number(skiptoken));
    url.setQuery(query);
    return url;
}

QUrl FeedEndpoint::resourceUrl(const QString &documentId) const {
    if (!isGuid(documentId))
        return {};
    return m_base.resolved(QUrl(QStringLiteral("Resources/") + documentId));
}

bool FeedEndpoint::isGuid(const QString &text) {
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

} // namespace overleg
