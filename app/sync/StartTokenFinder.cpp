#include "StartTokenFinder.h"

#include "HttpFetcher.h"
#include "entities/SyncFeedReader.h"

namespace overleg {

namespace {
constexpr qint64 kFirstProbe = 1024;
} // namespace

StartTokenFinder::StartTokenFinder(HttpFetcher &fetcher, FeedEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_endpoint(std::move(endpoint)) {}

void StartTokenFinder::find(const QString &category, const QDateTime &since, Done done) {
    auto search = std::make_shared<Search>();
    search->category = category;
    search->since = since.toUTC();
    search->done = std::move(done);
    // Does the very beginning already lie after the date? Then there is nothing to skip.
    probe(search, 0);
}

void StartTokenFinder::step(std::shared_ptr<Search> search) {
    if (search->high < 0) {
        probe(search, std::max(kFirstProbe, search->low * 2));
        return;
    }
    if (search->high - search->low <= kTolerance) {
        search->done(search->low, {});
        return;
    }
    probe(search, search->low + (search->high - search->low) / 2);
}

void StartTokenFinder::probe(std::shared_ptr<Search> search, qint64 token) {
    ++m_probes;
    m_fetcher.get(
        m_endpoint.feedUrl(search->category, token),
        [this, search, token](const FetchResponse &response) -> QString {
            QDateTime first;
            bool any = false;
            const auto page = SyncFeedReader::read(response.body, [&](const FeedEntry &entry) {
                if (!any)
                    first = QDateTime::fromString(entry.updated, Qt::ISODateWithMs);
                any = true;
            });
            if (!page.ok())
                return page.error;
            // An empty page lies past the end, which is after any date.
            const bool atOrAfter = !any || !first.isValid() || first >= search->since;
            if (token == 0 && atOrAfter) {
                search->done(0, {});
                return {};
            }
            if (atOrAfter)
                search->high = token;
            else
                search->low = token;
            step(search);
            return {};
        },
        [search](const QString &error) { search->done(-1, error); });
}

} // namespace overleg
