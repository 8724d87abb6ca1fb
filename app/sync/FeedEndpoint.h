#pragma once

#include <QString>
#include <QUrl>

namespace overleg {

// Where the SyncFeed lives and how its addresses are formed. The base is the Kamer's real
// SyncFeed unless the user (or a test) points elsewhere.
class FeedEndpoint {
public:
    static QString defaultBaseUrl();

    explicit FeedEndpoint(const QString &baseUrl = defaultBaseUrl());

    bool isValid() const { return m_base.isValid() && !m_base.host().isEmpty(); }
    QUrl base() const { return m_base; }

    // Feed?category=X[&skiptoken=N]; a negative token means "from the start".
    QUrl feedUrl(const QString &category, qint64 skiptoken = -1) const;
    // Resources/<id>; id must be a GUID (see isGuid), otherwise the result is invalid.
    QUrl resourceUrl(const QString &documentId) const;

    // The Kamer's ids are GUIDs. Anything else from a feed is never put into a URL or a path.
    static bool isGuid(const QString &text);

private:
    QUrl m_base; // always ends with a slash
};

} // namespace overleg
