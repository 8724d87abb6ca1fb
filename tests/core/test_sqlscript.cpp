#include "store/SqlScript.h"

#include <QTest>

using namespace overleg;

class TestSqlScript : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splits_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);")
                                        << QStringList{QStringLiteral("CREATE TABLE a(x)"),
                                                       QStringLiteral("CREATE TABLE b(y)")};
        QTest::newRow("comments dropped, semicolon in comment ignored")
            << QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a(x); -- trailing\n")
            << QStringList{QStringLiteral("CREATE TABLE a(x)")};
        QTest::newRow("semicolon inside a string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b');INSERT INTO t VALUES (\"c;d\");")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"),
                           QStringLiteral("INSERT INTO t VALUES (\"c;d\")")};
        QTest::newRow("trigger body kept whole")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n INSERT INTO b VALUES (1);\n"
                   " INSERT INTO b VALUES (2);\nEND;\nSELECT 1;")
            << QStringList{
                   QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n INSERT INTO b "
                                  "VALUES (1);\n INSERT INTO b VALUES (2);\nEND"),
                   QStringLiteral("SELECT 1")};
        QTest::newRow("CASE ... END inside a trigger")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 "
                              "END; END; SELECT 3;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE "
                                          "WHEN 1 THEN 2 END; END"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("identifier containing 'end' is no keyword")
            << QStringLiteral("CREATE TABLE weekend(x); CREATE TABLE b(y);")
            << QStringList{QStringLiteral("CREATE TABLE weekend(x)"),
                           QStringLiteral("CREATE TABLE b(y)")};
        QTest::newRow("empty") << QStringLiteral("  \n-- nothing\n") << QStringList{};
    }
    void splits() {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlScript(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "test_sqlscript.moc"
