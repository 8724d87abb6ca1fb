// Benchmark: the navigation tree on a generated library of 100,000 documents.
//
// Builds the library through LibraryStore::apply (the path the sync and the sample use), then
// measures what a user waits for: building the tree, expanding nodes, filtering by typing.
// Prints the median and worst of several runs per operation. Not a test: nothing fails here.
//
//   bench_navigation [--documents N] [--keep DIR] [--only TEXT]
//
// --only measures only the operations whose name contains TEXT (while working on one).

#include "entities/EntityRecord.h"
#include "library/Library.h"
#include "models/NavigationModel.h"
#include "store/Database.h"
#include "store/FilterFallback.h"
#include "store/FilterIndex.h"
#include "store/LibraryQueries.h"
#include "store/LibraryStore.h"
#include "store/OpenQuestionMemory.h"
#include "store/OpenQuestionQueries.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace overleg;

namespace {

QString guid(char kind, int n) {
    return QStringLiteral("%1%2-0000-4000-8000-%3")
        .arg(QLatin1Char(kind))
        .arg(n % 10000000, 7, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

const char *kWords[] = {"begroting",  "zorg",         "onderwijs",  "stikstof",   "wonen",
                        "asiel",      "energie",      "klimaat",    "defensie",   "pensioenen",
                        "jeugdzorg",  "politie",      "landbouw",   "digitale",   "overheid",
                        "wetenschap", "cultuur",      "verkeer",    "water",      "belastingen",
                        "toeslagen",  "arbeidsmarkt", "gezondheid", "veiligheid", "Europese",
                        "Raad",       "rechtsstaat",  "Caribisch",  "Groningen",  "gaswinning"};
const char *kSoorten[] = {"Brief regering",
                          "Motie",
                          "Schriftelijke vragen",
                          "Antwoord schriftelijke vragen",
                          "Verslag van een schriftelijk overleg",
                          "Inbreng verslag schriftelijk overleg",
                          "Amendement",
                          "Nota naar aanleiding van het verslag"};

struct Timing {
    QString name;
    std::vector<double> ms;
    std::vector<double> cpuMs; // this thread's CPU time: what the work costs on an idle machine
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The process's resident memory now and at its peak (kB), from /proc.
std::pair<long, long> memoryKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    long rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toLong();
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return {rss, peak};
}

void generate(Library &library, int documents) {
    auto *rng = QRandomGenerator::global();
    LibraryStore &store = library.store();
    const int commissies = 40, fracties = 15, personen = 600, dossiers = 3000;
    const int zaken = documents / 2;
    Transaction tx(library.libraryDatabase().connection());
    auto apply = [&](EntityRecord r) {
        r.bijgewerkt = QStringLiteral("2026-11-01T09:00:00Z");
        store.apply(r);
    };
    for (int i = 0; i < commissies; ++i)
        apply({QStringLiteral("commissie"),
               guid('c', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("naamNl"), QStringLiteral("vaste commissie voor %1 %2")
                                               .arg(QLatin1String(kWords[i % 30]))
                                               .arg(i)},
                {QStringLiteral("afkorting"), QStringLiteral("C%1").arg(i)}},
               {}});
    for (int i = 0; i < fracties; ++i) {
        apply({QStringLiteral("fractie"),
               guid('f', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("afkorting"), QStringLiteral("F%1").arg(i)}},
               {}});
        apply({QStringLiteral("fractieZetel"),
               guid('z', i),
               false,
               {},
               {},
               -1,
               {},
               {{QStringLiteral("fractie"), guid('f', i)}}});
    }
    for (int i = 0; i < personen; ++i) {
        apply({QStringLiteral("persoon"),
               guid('p', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("achternaam"), QStringLiteral("Lid%1").arg(i)}},
               {}});
        apply({QStringLiteral("fractieZetelPersoon"),
               guid('q', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("van"), QStringLiteral("2023-12-06")}},
               {{QStringLiteral("fractieZetel"), guid('z', i % fracties)},
                {QStringLiteral("persoon"), guid('p', i)}}});
    }
    for (int i = 0; i < dossiers; ++i)
        apply({QStringLiteral("kamerstukdossier"),
               guid('k', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("nummer"), QString::number(30000 + i)},
                {QStringLiteral("titel"),
                 QStringLiteral("Dossier over %1").arg(QLatin1String(kWords[i % 30]))}},
               {}});
    for (int i = 0; i < zaken; ++i) {
        apply({QStringLiteral("zaak"),
               guid('a', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("nummer"),
                 QStringLiteral("2024Z%1").arg(i, 5, 10, QLatin1Char('0'))}},
               {}});
        apply({QStringLiteral("zaakActor"),
               guid('b', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("relatie"), QStringLiteral("Voortouwcommissie")}},
               {{QStringLiteral("zaak"), guid('a', i)},
                {QStringLiteral("commissie"), guid('c', int(rng->bounded(commissies)))}}});
        if (i % 3 == 0)
            apply({QStringLiteral("zaakActor"),
                   guid('e', i),
                   false,
                   {},
                   {},
                   -1,
                   {{QStringLiteral("relatie"), QStringLiteral("Indiener")}},
                   {{QStringLiteral("zaak"), guid('a', i)},
                    {QStringLiteral("persoon"), guid('p', int(rng->bounded(personen)))}}});
    }
    for (int i = 0; i < documents; ++i) {
        const QString title =
            QStringLiteral("%1 over %2 en %3")
                .arg(QLatin1String(kSoorten[i % 8]), QLatin1String(kWords[rng->bounded(30)]),
                     QLatin1String(kWords[rng->bounded(30)]));
        QList<std::pair<QString, QString>> refs{{QStringLiteral("zaak"), guid('a', i % zaken)}};
        if (i % 5 < 2)
            refs.append(
                {QStringLiteral("kamerstukdossier"), guid('k', int(rng->bounded(dossiers)))});
        apply({QStringLiteral("document"),
               guid('d', i),
               false,
               {},
               {},
               -1,
               {{QStringLiteral("soort"), QLatin1String(kSoorten[i % 8])},
                {QStringLiteral("documentNummer"),
                 QStringLiteral("2024D%1").arg(i, 6, 10, QLatin1Char('0'))},
                {QStringLiteral("titel"), title},
                {QStringLiteral("onderwerp"), title},
                {QStringLiteral("datum"),
                 QDate(2015, 1, 1).addDays(rng->bounded(4000)).toString(Qt::ISODate)},
                {QStringLiteral("volgnummer"), QString::number(i % 400)}},
               refs});
    }
    tx.commit();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int documents = 100000;
    QString keep;
    QString only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--documents"))
            documents = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    auto opened = Library::open(dir);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Library &library = *opened.value();

    QElapsedTimer t;
    t.start();
    // A kept library is reused as it is (its navigation tables were built with it): at
    // 1,000,000 documents generating takes an hour and the rebuild minutes.
    const bool generated = library.queries().countDocuments() < documents;
    if (generated)
        generate(library, documents);
    const double generateMs = double(t.elapsed());
    t.restart();
    if (generated || library.store().count(QStringLiteral("nav_membership")) == 0)
        library.store().rebuildDerived();
    const double derivedMs = double(t.elapsed());
    std::printf("library: %d documents, %lld navigation links; generated in %.0f ms, index rebuilt "
                "in %.0f ms\n",
                library.queries().countDocuments(),
                static_cast<long long>(library.store().count(QStringLiteral("nav_membership"))),
                generateMs, derivedMs);

    // The filter index the window reads in the background after opening (FilterIndex): until
    // it is there a filter goes through the trigram index, measured below as well.
    t.restart();
    const auto [rssBefore, peakBefore] = memoryKb();
    Q_UNUSED(peakBefore);
    library.queries().prepareFilterIndex();
    // The same thread reads the open questions after the index: the index is there when it
    // is handed over, before that thread ends.
    for (int waited = 0; !library.queries().filterIndexReady() && waited < 600000; ++waited)
        QThread::msleep(1);
    const double indexMs = double(t.elapsed());
    if (!library.queries().waitForFilterIndex())
        std::printf("the filter index could not be read\n");
    const auto [rssAfter, peakAfter] = memoryKb();
    Q_UNUSED(peakAfter);
    std::printf("filter index %s in the background in %.0f ms wall: %.1f MB held (%.1f MB "
                "more resident)\n",
                library.queries().filterIndexFromFile() ? "read from its kept file" : "built",
                indexMs, double(library.queries().filterIndexBytes()) / 1e6,
                double(rssAfter - rssBefore) / 1024);
    const QFileInfo kept(FilterIndex::fileFor(library.libraryDatabase().path()));
    std::printf("kept filter index file: %.1f MB\n", double(kept.size()) / 1e6);
    // Read on the same thread after the index (before it when the index must be built).
    {
        const std::atomic<bool> notCancelled{false};
        t.restart();
        const double cpu = threadCpuMs();
        const auto open = OpenQuestionMemory::load(library.libraryDatabase().path(), notCancelled);
        std::printf("open questions read into memory in %.0f ms wall, %.0f ms cpu: %zu rows, "
                    "%.1f MB held\n",
                    double(t.elapsed()), threadCpuMs() - cpu,
                    open ? open->rowCount() : std::size_t(0),
                    open ? double(open->memoryBytes()) / 1e6 : 0.0);
    }

    std::vector<Timing> timings;
    auto measure = [&](const QString &name, int runs, const std::function<void()> &setup,
                       const std::function<void()> &work) {
        if (!only.isEmpty() && !name.contains(only))
            return;
        Timing timing{name, {}, {}};
        for (int i = 0; i < runs; ++i) {
            setup();
            QElapsedTimer timer;
            const double cpu = threadCpuMs();
            timer.start();
            work();
            timing.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            timing.cpuMs.push_back(threadCpuMs() - cpu);
        }
        timings.push_back(timing);
    };

    std::unique_ptr<LibraryQueries> coldQueries; // outlives the model that reads through it
    std::unique_ptr<NavigationModel> model;
    auto fresh = [&] { model = std::make_unique<NavigationModel>(library.queries()); };
    auto none = [] {};
    using Category = NavigationModel::Category;
    auto largest = [&](Category category) {
        const QModelIndex parent = model->categoryIndex(category);
        QModelIndex best;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            QModelIndex index = model->index(row, 0, parent);
            if (category == Category::Kamerleden)
                index = model->index(0, 0, index);
            if (!best.isValid() || index.data(NavigationModel::DocumentCountRole).toInt() >
                                       best.data(NavigationModel::DocumentCountRole).toInt())
                best = index;
        }
        return best;
    };

    // The categories the navigation dock opens (Open questions opens when the user opens it).
    auto openAll = [&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->opensUnderFilter(model->index(row, 0)) || model->filter().isEmpty())
                model->fetchMore(model->index(row, 0));
    };
    auto freshOpen = [&] {
        fresh();
        openAll();
    };
    // What a start costs before the window is usable: open both databases, build the tree and
    // open its categories as the navigation dock does.
    measure(QStringLiteral("open library to a usable tree"), 3, none, [&] {
        auto reopened = Library::open(dir);
        NavigationModel tree(reopened.value()->queries());
        for (int row = 0; row < tree.rowCount(); ++row)
            tree.fetchMore(tree.index(row, 0));
    });
    measure(QStringLiteral("build tree"), 7, none, fresh);
    measure(QStringLiteral("open Commissies"), 7, fresh,
            [&] { model->fetchMore(model->categoryIndex(Category::Commissies)); });
    measure(QStringLiteral("open Kamerstukdossiers"), 7, fresh,
            [&] { model->fetchMore(model->categoryIndex(Category::Dossiers)); });
    // The queries hold the tree's nodes in memory once read: the first category opened after
    // a start (or a sync) reads them all.
    measure(
        QStringLiteral("open Kamerstukdossiers, nodes not yet read"), 7,
        [&] {
            model.reset();
            coldQueries = std::make_unique<LibraryQueries>(library.libraryDatabase());
            model = std::make_unique<NavigationModel>(*coldQueries);
        },
        [&] { model->fetchMore(model->categoryIndex(Category::Dossiers)); });
    measure(QStringLiteral("open Kamerleden"), 7, fresh,
            [&] { model->fetchMore(model->categoryIndex(Category::Kamerleden)); });
    measure(QStringLiteral("expand largest commissie (first page)"), 7, freshOpen,
            [&] { model->fetchMore(largest(Category::Commissies)); });
    measure(QStringLiteral("expand largest dossier"), 7, freshOpen,
            [&] { model->fetchMore(largest(Category::Dossiers)); });
    measure(QStringLiteral("expand a kamerlid"), 7, freshOpen,
            [&] { model->fetchMore(largest(Category::Kamerleden)); });
    measure(
        QStringLiteral("next page of a commissie"), 7,
        [&] {
            freshOpen();
            model->fetchMore(largest(Category::Commissies));
        },
        [&] { model->fetchMore(largest(Category::Commissies)); });
    // Filtering as the navigation dock does it: filter, then open every category.
    for (const QString &filter :
         {QStringLiteral("stikstof"), QStringLiteral("2024D0123"), QStringLiteral("zorg motie"),
          QStringLiteral("ab"), QStringLiteral("Lid42"), QStringLiteral("vaste commissie"),
          QStringLiteral("xyzzy")}) {
        // The queries keep the last filter's answer: another filter first, as when typing.
        measure(
            QStringLiteral("filter \"%1\"").arg(filter), 7,
            [&] {
                fresh();
                model->setFilter(QStringLiteral("qqqq"));
                openAll();
                fresh();
            },
            [&] {
                model->setFilter(filter);
                openAll();
            });
    }
    // The same filters before the index is there (the first seconds after opening, or after a
    // sync): answered by the trigram index.
    std::unique_ptr<LibraryQueries> trigramQueries;
    for (const QString &filter : {QStringLiteral("stikstof"), QStringLiteral("zorg motie")}) {
        measure(
            QStringLiteral("filter \"%1\" before the index is read").arg(filter), 7,
            [&] {
                model.reset();
                trigramQueries = std::make_unique<LibraryQueries>(library.libraryDatabase());
                model = std::make_unique<NavigationModel>(*trigramQueries);
            },
            [&] {
                model->setFilter(filter);
                openAll();
            });
    }
    // The window does that work off the GUI thread (FilterFallback): the matching on a
    // thread of its own, then on the GUI thread only the taking over of the result and the
    // tree.
    for (const QString &filter : {QStringLiteral("stikstof"), QStringLiteral("zorg motie")}) {
        std::optional<FallbackMatches> matched;
        const std::atomic<bool> notCancelled{false};
        measure(
            QStringLiteral("  background: \"%1\" matched off the GUI thread").arg(filter), 7, [] {},
            [&] {
                matched = matchOffThread(library.libraryDatabase().path(), filter, notCancelled);
            });
        if (!matched && (only.isEmpty() || filter.contains(only)))
            std::printf("the background match of \"%s\" failed\n", qPrintable(filter));
        measure(
            QStringLiteral("  background: \"%1\" shown (GUI thread)").arg(filter), 7,
            [&] {
                model.reset();
                trigramQueries = std::make_unique<LibraryQueries>(library.libraryDatabase());
                model = std::make_unique<NavigationModel>(*trigramQueries);
            },
            [&] {
                if (matched)
                    trigramQueries->adoptFilter(*matched);
                model->setFilter(filter);
                openAll();
            });
    }
    model.reset();
    measure(QStringLiteral("open Open questions"), 7, fresh,
            [&] { model->fetchMore(model->categoryIndex(Category::OpenQuestions)); });
    measure(
        QStringLiteral("filter \"stikstof\", open Open questions"), 7,
        [&] {
            fresh();
            model->setFilter(QStringLiteral("stikstof"));
        },
        [&] { model->fetchMore(model->categoryIndex(Category::OpenQuestions)); });
    measure(
        QStringLiteral("filter \"stikstof\" then expand commissie"), 7,
        [&] {
            fresh();
            model->setFilter(QStringLiteral("stikstof"));
            openAll();
        },
        [&] { model->fetchMore(largest(Category::Commissies)); });

    // Open questions narrowed by the largest commissie (the filter bar above the tree), with
    // and without a text filter, as the dock does it: narrow, then open the category; its next
    // page; and the list's last page (the cursor a user scrolling to the end reaches).
    QString bigCommissie;
    QString otherCommissie; // narrowed to first, so nothing is kept for the largest
    {
        freshOpen();
        bigCommissie = largest(Category::Commissies).data(NavigationModel::NodeIdRole).toString();
        const QModelIndex commissies = model->categoryIndex(Category::Commissies);
        for (int row = 0; row < model->rowCount(commissies) && otherCommissie.isEmpty(); ++row) {
            const QString id =
                model->index(row, 0, commissies).data(NavigationModel::NodeIdRole).toString();
            if (id != bigCommissie)
                otherCommissie = id;
        }
        model.reset();
    }
    auto narrow = [&](const QString &commissie) {
        model->setOpenQuestionFilter(commissie, {}, {});
        model->fetchMore(model->categoryIndex(Category::OpenQuestions));
    };
    const QStringList openFilters{QString(), QStringLiteral("stikstof"),
                                  QStringLiteral("zorg motie"), QStringLiteral("2024D0123")};
    for (const QString &filter : openFilters) {
        const QString under =
            filter.isEmpty() ? QString() : QStringLiteral("filter \"%1\", ").arg(filter);
        auto setup = [&, filter] {
            fresh();
            if (!filter.isEmpty()) {
                model->setFilter(filter);
                openAll();
            }
            model->fetchMore(model->categoryIndex(Category::OpenQuestions));
        };
        measure(
            under + QStringLiteral("Open questions by largest commissie"), 7,
            [&] {
                setup();
                narrow(otherCommissie);
            },
            [&] { narrow(bigCommissie); });
        measure(
            under + QStringLiteral("Open questions by commissie, next page"), 7,
            [&] {
                setup();
                narrow(bigCommissie);
            },
            [&] { model->fetchMore(model->categoryIndex(Category::OpenQuestions)); });
        // The last page as the list's cursor reaches it after scrolling to the end.
        for (const QString &commissie : {QString(), bigCommissie}) {
            OpenQuestionFilter open;
            open.text = filter;
            open.commissieId = commissie;
            const OpenQuestionQueries &queries = library.queries().openQuestions();
            int count = 0;
            measure(
                under + QStringLiteral("Open questions%1, last page")
                            .arg(commissie.isEmpty() ? QString() : QStringLiteral(" by commissie")),
                7, [&] { count = queries.countDocuments(open); },
                [&] {
                    OpenQuestionCursor cursor;
                    cursor.otherOffset = std::max(0, count - NavigationModel::kPageSize);
                    queries.documents(open, cursor, NavigationModel::kPageSize);
                });
        }
    }
    // A filter matched in the background (before the index is read, or a word with
    // punctuation): a commissie expanded under it, its next page, Open questions by commissie.
    for (const QString &filter : {QStringLiteral("stikstof"), QStringLiteral("zorg motie")}) {
        const QString name = QStringLiteral("  adopted \"%1\": ").arg(filter);
        if (!only.isEmpty() &&
            !QString(name + QStringLiteral("expand largest commissie, commissie next page, Open "
                                           "questions by commissie, rows in memory"))
                 .contains(only))
            continue;
        std::optional<FallbackMatches> matched;
        const std::atomic<bool> notCancelled{false};
        matched = matchOffThread(library.libraryDatabase().path(), filter, notCancelled);
        auto adopted = [&, filter] {
            model.reset();
            trigramQueries = std::make_unique<LibraryQueries>(library.libraryDatabase());
            model = std::make_unique<NavigationModel>(*trigramQueries);
            if (matched)
                trigramQueries->adoptFilter(*matched);
            model->setFilter(filter);
            openAll();
        };
        measure(name + QStringLiteral("expand largest commissie"), 7, adopted,
                [&] { model->fetchMore(largest(Category::Commissies)); });
        measure(
            name + QStringLiteral("commissie next page"), 7,
            [&] {
                adopted();
                model->fetchMore(largest(Category::Commissies));
            },
            [&] { model->fetchMore(largest(Category::Commissies)); });
        measure(
            name + QStringLiteral("Open questions by commissie"), 7,
            [&] {
                adopted();
                model->fetchMore(model->categoryIndex(Category::OpenQuestions));
                narrow(otherCommissie);
            },
            [&] { narrow(bigCommissie); });
        // The same while the filter index and the open questions are in memory (a word the
        // index cannot answer, or an index built again while the rows are read already).
        auto beside = std::make_unique<LibraryQueries>(library.libraryDatabase());
        if (!beside->waitForOpenQuestionMemory())
            std::printf("the open questions could not be read\n");
        measure(
            name + QStringLiteral("Open questions by commissie, rows in memory"), 7,
            [&] {
                model = std::make_unique<NavigationModel>(*beside);
                if (matched)
                    beside->adoptFilter(*matched); // taken over anew: nothing kept from before
                model->setFilter(filter);
                openAll();
                model->fetchMore(model->categoryIndex(Category::OpenQuestions));
                narrow(otherCommissie);
            },
            [&] { narrow(bigCommissie); });
        model.reset();
    }
    // A node scrolled to its end: the page the tree asks for last, at the offset it reached.
    for (const QString &filter : {QString(), QStringLiteral("stikstof")}) {
        const QString under =
            filter.isEmpty() ? QString() : QStringLiteral("filter \"%1\", ").arg(filter);
        for (const Category category : {Category::Commissies, Category::Dossiers}) {
            freshOpen();
            const QModelIndex node = largest(category);
            const QString id = node.data(NavigationModel::NodeIdRole).toString();
            const NodeKind kind =
                category == Category::Commissies ? NodeKind::Commissie : NodeKind::Dossier;
            int count = node.data(NavigationModel::DocumentCountRole).toInt();
            if (!filter.isEmpty()) {
                model->setFilter(filter);
                openAll();
                const QModelIndex narrowed = largest(category);
                count = narrowed.data(NavigationModel::DocumentCountRole).toInt();
            }
            measure(under + QStringLiteral("largest %1, last page")
                                .arg(category == Category::Commissies ? QStringLiteral("commissie")
                                                                      : QStringLiteral("dossier")),
                    7, none, [&] {
                        library.queries().documentsOf(
                            kind, id, filter, std::max(0, count - NavigationModel::kPageSize),
                            NavigationModel::kPageSize + 1);
                    });
        }
    }
    model.reset();
    // Jumping to a document (a search result, a number typed): resolve it and read what the
    // document pane shows.
    {
        QSqlQuery q = library.libraryDatabase().run(
            QStringLiteral("SELECT id, documentNummer FROM document WHERE rowid = (SELECT "
                           "max(rowid) / 2 FROM document)"));
        const QString id = q.next() ? q.value(0).toString() : QString();
        const QString number = q.value(1).toString();
        measure(QStringLiteral("jump to a document by number"), 7, none,
                [&] { library.queries().details(library.queries().resolveDocument(number), dir); });
        measure(QStringLiteral("jump to a document (details)"), 7, none,
                [&] { library.queries().details(id, dir); });
        measure(QStringLiteral("count the library's documents (status bar)"), 7, none,
                [&] { library.queries().countDocuments(); });
    }
    // After an answer is marked or the ledger refreshed: Open questions read again, and the
    // filter bar's choices (OpenQuestionsController::updateChoices).
    measure(
        QStringLiteral("Open questions refreshed after a change"), 7,
        [&] {
            fresh();
            model->fetchMore(model->categoryIndex(Category::OpenQuestions));
        },
        [&] {
            model->refreshOpenQuestions();
            library.queries().commissies();
            library.queries().openQuestions().fracties();
        });
    measure(QStringLiteral("Open questions' fracties (filter bar)"), 7, none,
            [&] { library.queries().openQuestions().fracties(); });

    const auto [rss, peak] = memoryKb();
    std::printf("\nmemory: %.0f MB resident now, %.0f MB at the peak (generation included)\n",
                double(rss) / 1024, double(peak) / 1024);
    std::printf("\n%-48s %10s %10s %10s %10s   (target: under 20 ms median, 50 ms worst)\n",
                "operation", "median ms", "worst ms", "cpu median", "cpu worst");
    for (const Timing &timing : timings)
        std::printf("%-48s %10.1f %10.1f %10.1f %10.1f\n", qPrintable(timing.name),
                    median(timing.ms), *std::max_element(timing.ms.begin(), timing.ms.end()),
                    median(timing.cpuMs),
                    *std::max_element(timing.cpuMs.begin(), timing.cpuMs.end()));
    return 0;
}
