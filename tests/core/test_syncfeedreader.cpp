#include "TestSupport.h"

#include "entities/SyncFeedReader.h"

#include <QTest>

using namespace overleg;

namespace {

QByteArray feed(const QByteArray &entries) {
    return "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
           "<title>Gegevensmagazijn SyncFeed</title>" +
           entries + "</feed>";
}

// Fixtures in tests/data/syncfeed: the real fractieZetelPersoon entry of
// ../shared/reference/samples with its namespace as on the wire (the notebook that printed it
// dropped the declarations), and the real commissieZetelVastPersoon content (tk: prefixed
// attributes) wrapped in an entry.

} // namespace

class TestSyncFeedReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRealEntry() {
        QList<FeedEntry> entries;
        const auto page = SyncFeedReader::read(
            feed(test::readFixture(QStringLiteral("syncfeed/fractieZetelPersoon-entry.xml"))),
            [&](const FeedEntry &e) { entries << e; });
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.entries, 1);
        const FeedEntry &e = entries.first();
        QCOMPARE(e.updated, QStringLiteral("2023-08-29T13:23:13Z"));
        QCOMPARE(SyncFeedReader::skiptokenOf(page.lastNextHref), 16687327);
        QCOMPARE(e.entity.type, QStringLiteral("fractieZetelPersoon"));
        QCOMPARE(e.entity.id, QStringLiteral("808fcd50-a0dc-4f60-8b9d-c404a2eb5b2e"));
        QCOMPARE(e.entity.bijgewerkt, QStringLiteral("2023-08-29T11:10:24Z"));
        QVERIFY(!e.entity.deleted);
        QCOMPARE(e.entity.fields.value(QStringLiteral("functie")), QStringLiteral("Lid"));
        QCOMPARE(e.entity.fields.value(QStringLiteral("totEnMet")), QStringLiteral("2010-10-11"));
        QCOMPARE(e.entity.refs.size(), 2);
        QCOMPARE(e.entity.refs.at(1).first, QStringLiteral("persoon"));
        QCOMPARE(e.entity.refs.at(1).second,
                 QStringLiteral("ec273841-069f-408b-b434-8524904ae314"));
    }

    void prefixesDoNotMatter_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("tk:") << test::readFixture(
            QStringLiteral("syncfeed/commissieZetelVastPersoon-entry.xml"));
        QByteArray ns1 =
            test::readFixture(QStringLiteral("syncfeed/commissieZetelVastPersoon-entry.xml"));
        ns1.replace("xmlns:tk=", "xmlns:ns1=")
            .replace("tk:bijgewerkt", "ns1:bijgewerkt")
            .replace("tk:verwijderd", "ns1:verwijderd");
        QTest::newRow("ns1:") << ns1;
        QByteArray none =
            test::readFixture(QStringLiteral("syncfeed/commissieZetelVastPersoon-entry.xml"));
        none.replace("tk:bijgewerkt", "bijgewerkt").replace("tk:verwijderd", "verwijderd");
        QTest::newRow("no prefix") << none;
    }
    void prefixesDoNotMatter() {
        QFETCH(QByteArray, xml);
        QList<FeedEntry> entries;
        const auto page =
            SyncFeedReader::read(feed(xml), [&](const FeedEntry &e) { entries << e; });
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().entity.bijgewerkt, QStringLiteral("2023-08-29T11:09:59Z"));
        QCOMPARE(entries.first().entity.deleted, false);
        // xsi:nil gives a null value, an empty element would give an empty one.
        QVERIFY(entries.first().entity.fields.contains(QStringLiteral("totEnMet")));
        QVERIFY(entries.first().entity.fields.value(QStringLiteral("totEnMet")).isNull());
    }

    // Values are kept as UTF-8 side by side (EntityFields): each must come back as it was read.
    void fieldValuesComeBackAsRead() {
        const QByteArray xml =
            "<entry><title>a1</title><content type=\"application/xml\">"
            "<document xmlns=\"http://www.tweedekamer.nl/xsd/tkData/v1-0\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"a1\">"
            "<titel>Brief over de Waddenzee &amp; \xc3\xa9\xc3\xa9n \xe2\x82\xac-bedrag</titel>"
            "<onderwerp></onderwerp><datum xsi:nil=\"true\"/>"
            "<soort>Brief</soort><nieuwVeld>iets</nieuwVeld><soort>Motie</soort>"
            "<citeertitel>Brief <i>over</i> stikstof</citeertitel>"
            "</document></content></entry>";
        QList<FeedEntry> entries;
        const auto page =
            SyncFeedReader::read(feed(xml), [&](const FeedEntry &e) { entries << e; });
        QVERIFY2(page.ok(), qPrintable(page.error));
        const EntityFields &fields = entries.first().entity.fields;
        QCOMPARE(fields.value(u"titel"),
                 QStringLiteral("Brief over de Waddenzee & \u00e9\u00e9n \u20ac-bedrag"));
        QCOMPARE(fields.utf8(u"titel")->size(), 42); // 38 characters, three of them multi-byte
        // Empty is not nil: an empty text is stored as such, nil as NULL.
        QVERIFY(!fields.value(u"onderwerp").isNull());
        QVERIFY(fields.value(u"onderwerp").isEmpty());
        QVERIFY(fields.utf8(u"onderwerp").has_value());
        QVERIFY(fields.contains(u"datum"));
        QVERIFY(fields.value(u"datum").isNull());
        QVERIFY(!fields.utf8(u"datum").has_value());
        // A name the schema does not know is kept too; a repeated element: the last one counts.
        QCOMPARE(fields.value(u"nieuwVeld"), QStringLiteral("iets"));
        QCOMPARE(fields.value(u"soort"), QStringLiteral("Motie"));
        // Text inside a nested element counts, as readElementText(IncludeChildElements) has it.
        QCOMPARE(fields.value(u"citeertitel"), QStringLiteral("Brief over stikstof"));
        QCOMPARE(fields.size(), 6);
        QVERIFY(!fields.contains(u"kamer"));
    }

    void readsDeletionsAndEnclosures() {
        const QByteArray xml =
            test::readFixture(QStringLiteral("syncfeed/document-deleted-entry.xml"));
        QList<FeedEntry> entries;
        const auto page =
            SyncFeedReader::read(feed(xml), [&](const FeedEntry &e) { entries << e; });
        QVERIFY(page.ok());
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().entity.deleted);
        QVERIFY(entries.first().entity.fields.isEmpty());
        QVERIFY(entries.first().enclosureHref.endsWith(
            QStringLiteral("/Resources/d1bd5ec5-72fb-4702-8115-b6d24b552cdb")));
    }

    void reportsTruncatedFeed() {
        QByteArray truncated =
            feed(test::readFixture(QStringLiteral("syncfeed/fractieZetelPersoon-entry.xml")) +
                 test::readFixture(QStringLiteral("syncfeed/commissieZetelVastPersoon-entry.xml")));
        truncated.chop(truncated.size() - truncated.indexOf("<functie>Lid</functie>\n<van>1996"));
        int seen = 0;
        const auto page = SyncFeedReader::read(truncated, [&](const FeedEntry &) { ++seen; });
        QVERIFY(!page.ok());
        // The complete first entry was delivered; the cut one was not.
        QCOMPARE(seen, 1);
        QVERIFY2(page.error.contains(QStringLiteral("Malformed feed")), qPrintable(page.error));
    }

    void rejectsNonFeed() {
        const auto page = SyncFeedReader::read(
            QByteArray("{\"error\":{\"message\":\"not found\"}}"), [](const FeedEntry &) {});
        QVERIFY(!page.ok());
    }

    void skiptokenOfLink() {
        QCOMPARE(SyncFeedReader::skiptokenOf(
                     QStringLiteral("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/"
                                    "Feed?category=Zaak&skiptoken=5426068")),
                 5426068);
        QCOMPARE(SyncFeedReader::skiptokenOf(QStringLiteral("https://x/Feed?category=Zaak")), -1);
    }
};

QTEST_GUILESS_MAIN(TestSyncFeedReader)
#include "test_syncfeedreader.moc"
