// Team workspace figures on a real PostgreSQL 15 server started here (tests/support/PgServer):
// how fast a colleague's change reaches another client (LISTEN/NOTIFY), edits per second per
// client, and a 10,000-question workspace opened from cold. Prints what one run measured.

#include "PgServer.h"

#include "workspace/ChangeFeed.h"
#include "workspace/OfflineNotes.h"
#include "workspace/ServerSchema.h"
#include "workspace/TeamNotes.h"
#include "workspace/Workspaces.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace overleg;
using overleg::test::PgServer;

namespace {

const QString kDoc = QStringLiteral("bench-document");

ServerAddress addressOf(int port, const QString &user, const QString &password) {
    ServerAddress a;
    a.host = PgServer::host();
    a.port = port;
    a.database = QStringLiteral("postgres");
    a.user = user;
    a.password = password;
    a.sslMode = QStringLiteral("disable");
    return a;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size()))));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    qRegisterMetaType<WorkspaceChange>();
    if (const QString why = PgServer::unavailableReason(); !why.isEmpty()) {
        std::printf("skipped: %s\n", qPrintable(why));
        return 0;
    }
    PgServer server;
    if (const QString error = server.start(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (const char *user : {"alice", "bob"})
        server.psql(PgServer::adminUser(), PgServer::adminPassword(), QStringLiteral("postgres"),
                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(QLatin1String(user)));
    auto admin = PgConnection::open(
        addressOf(server.port(), PgServer::adminUser(), PgServer::adminPassword()));
    ServerSchema::migrate(*admin.value());
    auto aliceConnection =
        PgConnection::open(addressOf(server.port(), QStringLiteral("alice"), QStringLiteral("pw")));
    const qint64 ws = Workspaces::create(*aliceConnection.value(), QStringLiteral("Bench")).value();
    Workspaces::addMember(*aliceConnection.value(), ws, QStringLiteral("bob"),
                          QStringLiteral("editor"));

    // 1. Propagation: bob saves a note; alice's client hears of it and reads the row.
    {
        TeamNotes bob(std::move(PgConnection::open(addressOf(server.port(), QStringLiteral("bob"),
                                                             QStringLiteral("pw")))
                                    .value()),
                      ws);
        TeamNotes alice(std::move(aliceConnection).value(), ws);
        ChangeFeed feed(alice.connection(), ws);
        std::vector<double> heard;
        std::vector<double> shown;
        for (int i = 0; i < 300; ++i) {
            QEventLoop loop;
            QElapsedTimer clock;
            double heardAt = -1;
            const auto c = QObject::connect(&feed, &ChangeFeed::changed, &loop,
                                            [&](const WorkspaceChange &change) {
                                                heardAt = double(clock.nsecsElapsed()) / 1e6;
                                                alice.annotation(change.questionId);
                                                shown.push_back(double(clock.nsecsElapsed()) / 1e6);
                                                loop.quit();
                                            });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            clock.start();
            bob.setNote(kDoc, QStringLiteral("p-%1").arg(i % 20), {}, QStringLiteral("v%1").arg(i));
            if (heardAt < 0)
                loop.exec();
            QObject::disconnect(c);
            if (heardAt >= 0)
                heard.push_back(heardAt);
        }
        std::printf("Propagation, bob's save to alice's client (%zu changes): notified median %.2f "
                    "ms, p99 %.2f ms; with the row read: median %.2f ms, p99 %.2f ms\n",
                    heard.size(), percentile(heard, 0.5), percentile(heard, 0.99),
                    percentile(shown, 0.5), percentile(shown, 0.99));
    }

    // 2. Edits per second per client: 1 client, then 4 at once (each its own connection).
    for (const int clients : {1, 4}) {
        const int edits = 1000;
        std::vector<std::thread> pool;
        std::vector<double> rates(size_t(clients), 0);
        for (int c = 0; c < clients; ++c)
            pool.emplace_back([&, c] {
                TeamNotes notes(
                    std::move(PgConnection::open(addressOf(server.port(), QStringLiteral("bob"),
                                                           QStringLiteral("pw")))
                                  .value()),
                    ws);
                QElapsedTimer clock;
                clock.start();
                for (int i = 0; i < edits; ++i)
                    notes.setNote(kDoc, QStringLiteral("e-%1-%2").arg(c).arg(i % 100), {},
                                  QStringLiteral("edit %1").arg(i));
                rates[size_t(c)] = edits / (double(clock.nsecsElapsed()) / 1e9);
            });
        for (std::thread &t : pool)
            t.join();
        std::printf("Edits per second per client, %d client(s) at once: %.0f (direct)\n", clients,
                    *std::min_element(rates.begin(), rates.end()));
    }
    {
        QTemporaryDir dir;
        auto offline = OfflineNotes::open(
            addressOf(server.port(), QStringLiteral("bob"), QStringLiteral("pw")), ws,
            dir.filePath(QStringLiteral("outbox.sqlite")));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 500; ++i)
            offline.value()->setNote(kDoc, QStringLiteral("o-%1").arg(i % 100), {},
                                     QStringLiteral("edit %1").arg(i));
        std::printf("Edits per second, one client through the outbox layer (online, base checked): "
                    "%.0f\n",
                    500 / (double(clock.nsecsElapsed()) / 1e9));
    }

    // 2b. One panel edit (status, note and a tag): field by field, a transaction each (as
    // before inOneTransaction reached the server), against one transaction for the edit.
    // Transactions counted from the history rows' transaction ids (xmin).
    for (const bool together : {false, true}) {
        const QString prefix = together ? QStringLiteral("t-") : QStringLiteral("f-");
        TeamNotes notes(std::move(PgConnection::open(addressOf(server.port(), QStringLiteral("bob"),
                                                               QStringLiteral("pw")))
                                      .value()),
                        ws);
        const int panelEdits = 300;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < panelEdits; ++i) {
            const QString q = prefix + QString::number(i % 100);
            const auto fields = [&]() -> Status {
                if (Status s = notes.setStatus(kDoc, q, {},
                                               i % 2 ? QStringLiteral("answered")
                                                     : QStringLiteral("partial"));
                    !s)
                    return s;
                if (Status s = notes.setNote(kDoc, q, {}, QStringLiteral("edit %1").arg(i)); !s)
                    return s;
                return notes.addTag(kDoc, q, {}, QStringLiteral("tag%1").arg(i % 5));
            };
            if (!(together ? notes.inOneTransaction(fields) : fields()))
                std::printf("panel edit %d failed\n", i);
        }
        const double rate = panelEdits / (double(clock.nsecsElapsed()) / 1e9);
        QSqlQuery tx = admin.value()->run(
            QStringLiteral("SELECT count(DISTINCT xmin::text) FROM overleg.history WHERE "
                           "table_name = 'annotation' AND question_id LIKE ?"),
            {QString(prefix + QStringLiteral("%"))});
        const int transactions = tx.next() ? tx.value(0).toInt() : -1;
        std::printf("Panel edits (status, note, tag) per second, %s: %.0f; server transactions "
                    "per edit: %.2f\n",
                    together ? "one transaction (inOneTransaction)" : "field by field", rate,
                    double(transactions) / panelEdits);
    }

    // 3. A 10,000-question consultation, opened from cold (server restarted, new client).
    admin.value()->run(
        QStringLiteral("INSERT INTO overleg.annotation (workspace_id, question_id, "
                       "document_id, status, note, tags) SELECT ?, 'big-' || g, 'big-doc', "
                       "(ARRAY['open','answered','partial'])[1 + g % 3], 'Notitie ' || g, "
                       "ARRAY['tag' || (g % 12)] FROM generate_series(1, 10000) g"),
        {ws});
    admin.value().reset();
    server.stop();
    server.restart();
    QElapsedTimer clock;
    clock.start();
    auto cold =
        PgConnection::open(addressOf(server.port(), QStringLiteral("alice"), QStringLiteral("pw")));
    const bool usable = ServerSchema::checkUsable(*cold.value()).ok();
    const auto found = Workspaces::find(*cold.value(), QStringLiteral("Bench"));
    TeamNotes notes(std::move(cold).value(), found->id);
    const int loaded = int(notes.annotationsOf(QStringLiteral("big-doc")).size());
    const double direct = double(clock.nsecsElapsed()) / 1e6;
    QTemporaryDir dir;
    clock.restart();
    auto offline =
        OfflineNotes::open(addressOf(server.port(), QStringLiteral("alice"), QStringLiteral("pw")),
                           ws, dir.filePath(QStringLiteral("cold.sqlite")));
    const int cached = int(offline.value()->annotationsOf(QStringLiteral("big-doc")).size());
    const double withCache = double(clock.nsecsElapsed()) / 1e6;
    std::printf("10,000-question workspace from cold (server restarted): connect, schema check, "
                "find, %d annotations read in %.0f ms%s; with the offline copy written too (%d): "
                "%.0f ms\n",
                loaded, direct, usable ? "" : " (schema not usable!)", cached, withCache);
    return 0;
}
