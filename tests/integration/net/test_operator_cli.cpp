// The operator CLI (test-connection, activity, book, market) run as a process against local
// servers: exact output formats, endpoint flags, errors to stderr with a non-zero exit.

#include "ScriptedHttpServer.h"
#include "ScriptedWsServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>
#include <QTest>

using slip::test::reply;
using slip::test::ScriptedAnswer;
using slip::test::ScriptedHttpServer;
using slip::test::ScriptedRequest;

namespace {

QByteArray real(const QString& rel)
{
    QFile f(QStringLiteral(SLIPSTREAM_REAL_DATA_DIR "/") + rel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestOperatorCli : public QObject
{
    Q_OBJECT

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli"), args);
        // The servers live on this thread: keep the event loop turning while the CLI runs.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30'000))
            p.kill();
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(SLIPSTREAM_BINARY_DIR "/app/slipstream-cli")))
            QSKIP("slipstream-cli not built");
        if (real(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json")).isEmpty())
            QSKIP("real data folder absent");
    }

    void bookPrintsBestFirstInMicros()
    {
        const QByteArray book = real(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        ScriptedHttpServer server([&](const ScriptedRequest& r) -> ScriptedAnswer {
            if (r.url.path() == u"/book")
                return reply(200, book);
            if (r.url.path() == u"/tick-size")
                return reply(200, R"({"minimum_tick_size":0.01})");
            return reply(404, "{}");
        });
        const QString token = QStringLiteral("23360939988679364027624185518382759743328544433592111535569478055890815567848");
        const Run r = cli({QStringLiteral("book"), token, QStringLiteral("--clob-url"), server.url().toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected =
            R"({"asks":[[140000,705000000],[200000,70000000],[380000,192300000],[460000,10000000],[470000,50000000],[500000,30000000],[980000,5000000000]],)"
            R"("asset":"23360939988679364027624185518382759743328544433592111535569478055890815567848",)"
            R"("bids":[[100000,125000000],[90000,294000000],[80000,120000000],[60000,200000000],[10000,1000000000]],)"
            R"("min_order_size":0,"tick":10000,"timestamp_ms":1728799418260})";
        QCOMPARE(r.out.trimmed(), expected);
    }

    void bookErrorGoesToStderr()
    {
        ScriptedHttpServer server([](const ScriptedRequest&) {
            return reply(404, R"({"error":"No orderbook exists for the requested token id"})");
        });
        const Run r = cli({QStringLiteral("book"), QStringLiteral("1"), QStringLiteral("--clob-url=") + server.url().toString()});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("No orderbook exists"));
        QVERIFY(r.err.contains("GET /book"));
        QVERIFY(cli({QStringLiteral("book")}).exitCode != 0);
        QVERIFY(cli({QStringLiteral("book"), QStringLiteral("1"), QStringLiteral("--clob-url"), QStringLiteral("not a url")}).exitCode != 0);
    }

    void activityPrintsJsonLines()
    {
        const QByteArray rows = R"([{"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":1703980900,"conditionId":"0xDD22","type":"TRADE","size":100.0,"usdcSize":55.0,"transactionHash":"0x2222","price":0.55,"asset":"71321","side":"BUY","outcomeIndex":0},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":1703980800,"conditionId":"0xdd22","type":"TRADE","size":12.5,"transactionHash":"0x3333","price":0.9937942000300207,"asset":"71321","side":"SELL","outcomeIndex":999,"outcome":""}])";
        ScriptedHttpServer server([&](const ScriptedRequest&) { return reply(200, rows); });
        const Run r = cli({QStringLiteral("activity"), QStringLiteral("0x56687BF447db6ffa42ffe2204a05edaa20f55839"),
                           QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--data-api-url"), server.url().toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.keys(), QStringList({QStringLiteral("asset"), QStringLiteral("condition"), QStringLiteral("key"), QStringLiteral("price"),
                                            QStringLiteral("shares"), QStringLiteral("side"), QStringLiteral("time_ms"), QStringLiteral("tx"), QStringLiteral("wallet")}));
        QCOMPARE(first.value(QStringLiteral("time_ms")).toInteger(), 1703980800000); // oldest first
        QCOMPARE(first.value(QStringLiteral("price")).toInteger(), 993794);
        QCOMPARE(first.value(QStringLiteral("shares")).toInteger(), 12500000);
        QCOMPARE(first.value(QStringLiteral("side")).toString(), QStringLiteral("SELL"));
        QCOMPARE(first.value(QStringLiteral("key")).toString().size(), 64);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(QStringLiteral("condition")).toString(), QStringLiteral("0xdd22"));
        QCOMPARE(second.value(QStringLiteral("price")).toInteger(), 550000);
        const QUrlQuery q(server.requests().last().url);
        QCOMPARE(q.queryItemValue(QStringLiteral("type")), QStringLiteral("TRADE"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));

        const Run since = cli({QStringLiteral("activity"), QStringLiteral("0x56687bf447db6ffa42ffe2204a05edaa20f55839"),
                               QStringLiteral("--since"), QStringLiteral("2023-12-31"), QStringLiteral("--data-api-url"), server.url().toString()});
        QVERIFY2(since.exitCode == 0, since.err.constData());
        QCOMPARE(QUrlQuery(server.requests().last().url).queryItemValue(QStringLiteral("start")), QStringLiteral("1703980800"));
        QVERIFY(cli({QStringLiteral("activity"), QStringLiteral("0xabc"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode != 0);
    }

    void marketPrintsNormalizedMarket()
    {
        const QByteArray market = real(QStringLiteral("gamma/nautilus/gamma_market.json"));
        ScriptedHttpServer server([&](const ScriptedRequest&) { return reply(200, "[" + market + "]"); });
        const Run r = cli({QStringLiteral("market"), QStringLiteral("btc-updown-5m-1773307200"), QStringLiteral("--gamma-url"), server.url().toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("condition")).toString(), QStringLiteral("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b"));
        QCOMPARE(o.value(QStringLiteral("tick")).toInteger(), 10000);
        QCOMPARE(o.value(QStringLiteral("min_order_size")).toInteger(), 5000000);
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().at(0).toObject().value(QStringLiteral("price")).toInteger(), 505000);
        QCOMPARE(QUrlQuery(server.requests().last().url).queryItemValue(QStringLiteral("slug")), QStringLiteral("btc-updown-5m-1773307200"));
    }

    void testConnectionReportsEachEndpoint()
    {
        ScriptedHttpServer http([](const ScriptedRequest& r) -> ScriptedAnswer {
            if (r.url.path() == u"/time")
                return reply(200, "1717000000");
            if (r.url.path() == u"/markets")
                return reply(200, "[]");
            return reply(200, R"({"data":"OK"})");
        });
        slip::test::ScriptedWsServer ws;
        const QStringList base = {QStringLiteral("test-connection"), QStringLiteral("--data-api-url"), http.url().toString(),
                                  QStringLiteral("--clob-url"), http.url().toString(), QStringLiteral("--gamma-url"), http.url().toString(),
                                  QStringLiteral("--market-ws-url"), ws.url().toString(), QStringLiteral("--rtds-url"), ws.url(QStringLiteral("/")).toString(),
                                  QStringLiteral("--timeout-ms"), QStringLiteral("3000")};
        Run r = cli(base);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.out.count("OK    "), 5);
        // A dead Data API and an HTML gateway page on Gamma fail; the rest still answer.
        QStringList broken = base;
        broken[2] = QStringLiteral("http://127.0.0.1:1");
        http.setHandler([](const ScriptedRequest& r) -> ScriptedAnswer {
            if (r.url.path() == u"/markets")
                return reply(502, "<html>bad gateway</html>", "text/html");
            return reply(200, "1717000000");
        });
        r = cli(broken);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count("FAIL  "), 2);
        QVERIFY(r.out.contains("FAIL  data-api"));
        QVERIFY(r.out.contains("FAIL  gamma"));
        QVERIFY(r.err.contains("2 of 5"));
    }
};

QTEST_GUILESS_MAIN(TestOperatorCli)
#include "test_operator_cli.moc"
