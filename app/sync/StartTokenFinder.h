#pragma once

#include "FeedEndpoint.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace overleg {

class HttpFetcher;

// Finds where in a category's feed a start date lies, so a new user starts there instead of
// streaming years of history. The skiptoken is an increasing integer in change order, and each
// entry's <updated> grows with it: probe pages at doubling tokens until one starts at or after
// the date, then bisect between the last probe before it and that one.
class StartTokenFinder : public QObject {
    Q_OBJECT
public:
    // token: the skiptoken to start from (0: from the beginning); error non-empty on failure.
    using Done = std::function<void(qint64 token, const QString &error)>;

    StartTokenFinder(HttpFetcher &fetcher, FeedEndpoint endpoint, QObject *parent = nullptr);

    void find(const QString &category, const QDateTime &since, Done done);

    // Stop bisecting once the bracket is this narrow: a few hundred entries too early are cheaper
    // than more probes.
    static constexpr qint64 kTolerance = 256;
    int probes() const { return m_probes; }

private:
    struct Search {
        QString category;
        QDateTime since;
        qint64 low = 0;   // a token known to start before the date
        qint64 high = -1; // a token known to start at or after it (-1: not found yet)
        Done done;
    };
    void step(std::shared_ptr<Search> search);
    void probe(std::shared_ptr<Search> search, qint64 token);

    HttpFetcher &m_fetcher;
    FeedEndpoint m_endpoint;
    int m_probes = 0;
};

} // namespace overleg
