// Data API, CLOB market-data and Gamma clients against a local server serving real recorded
// payloads (shared/data/real) and broken ones: exact values, request shapes, typed errors.

#include "ScriptedHttpServer.h"

#include "domain/Clock.h"
#include "net/HttpClient.h"
#include "venue/polymarket/ClobMarketClient.h"
#include "venue/polymarket/DataApiClient.h"
#include "venue/polymarket/GammaClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slip;
using namespace slip::polymarket;
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

Micros m(const char* t) { return Micros::parseDecimal(QString::fromLatin1(t)).value(); }

template <class T>
struct Wait
{
    std::optional<VenueResult<T>> result;
    std::function<void(const VenueResult<T>&)> cb()
    {
        return [this](const VenueResult<T>& r) { result.emplace(r); };
    }
    const VenueResult<T>& get()
    {
        if (!QTest::qWaitFor([this] { return result.has_value(); }, 10'000))
            qFatal("no answer");
        return *result;
    }
};

HttpOptions quick()
{
    HttpOptions o;
    o.maxAttempts = 2;
    o.backoffBaseMs = 5;
    o.timeoutMs = 3'000;
    return o;
}

/// Data API rows built from the real /trades CSV capture (values as captured; the capture's
/// script dropped transactionHash, so a per-row hash is derived from the row number).
QJsonArray realTradeRows(int count)
{
    const QByteArray csv = real(QStringLiteral("polymarket-data-api/asommerhauser-polymarket-tracker/data_api_trades_global_20260104T052101Z.csv"));
    QJsonArray rows;
    const auto lines = csv.split('\n');
    for (int i = 1; i < lines.size() && rows.size() < count; ++i) {
        const auto f = lines[i].split(',');
        if (f.size() < 11)
            continue;
        QJsonObject r;
        r.insert(QStringLiteral("proxyWallet"), QString::fromLatin1(f[0]));
        r.insert(QStringLiteral("side"), QString::fromLatin1(f[1]));
        r.insert(QStringLiteral("asset"), QString::fromLatin1(f[2]));
        r.insert(QStringLiteral("conditionId"), QString::fromLatin1(f[3]));
        r.insert(QStringLiteral("size"), f[4].toDouble());
        r.insert(QStringLiteral("price"), f[5].toDouble());
        r.insert(QStringLiteral("timestamp"), f[6].toLongLong());
        r.insert(QStringLiteral("title"), QString::fromUtf8(f[7]));
        r.insert(QStringLiteral("transactionHash"), QStringLiteral("0x%1").arg(i, 64, 16, QLatin1Char('0')));
        rows.push_back(r);
    }
    return rows;
}

} // namespace

class TestVenueClients : public QObject
{
    Q_OBJECT
    SystemClock clock_;

private Q_SLOTS:
    void initTestCase()
    {
        if (real(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json")).isEmpty())
            QSKIP("real data folder absent (" SLIPSTREAM_REAL_DATA_DIR ")");
    }

    void clobEndpoints()
    {
        const QByteArray book = real(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        const QByteArray market = real(QStringLiteral("polymarket-clob/nautilus/clob_market_trump2024.json"));
        ScriptedHttpServer server([&](const ScriptedRequest& r) -> ScriptedAnswer {
            const QString p = r.url.path();
            if (p == u"/book")
                return reply(200, book);
            if (p == u"/books")
                return reply(200, "[" + book + "," + book + "]");
            if (p == u"/time")
                return reply(200, "1717000000");
            if (p == u"/version")
                return reply(200, R"({"version":2})");
            if (p == u"/tick-size")
                return reply(200, R"({"minimum_tick_size":0.001})");
            if (p == u"/price")
                return reply(200, R"({"price":"0.52"})");
            if (p == u"/midpoints")
                return reply(200, R"({"1":"0.505","2":"0.495"})");
            if (p == u"/prices")
                return reply(200, R"({"1":{"BUY":"0.52","SELL":"0.54"}})");
            if (p == u"/neg-risk")
                return reply(200, R"({"neg_risk":true})");
            if (p == u"/fee-rate")
                return reply(200, R"({"base_fee":0})");
            if (p == u"/last-trade-price")
                return reply(200, R"({"price":"0.5","side":""})");
            if (p.startsWith(u"/markets/"))
                return reply(200, market);
            if (p.startsWith(u"/clob-markets/"))
                return reply(200, R"({"c":"0xAB","t":[{"t":"123","o":"Yes"},{"t":"456","o":"No"}],"mts":0.01,"mos":5,"nr":false,"fd":{"r":0.02,"e":2,"to":true},"ao":true})");
            if (p == u"/spread")
                return reply(200, "<html><body>Bad gateway</body></html>", "text/html");
            return reply(404, R"({"error":"not found"})");
        });
        HttpClient http(clock_, RateLimiter::polymarketDefaults(), quick());
        ClobMarketClient clob(http, server.url());

        Wait<BookSnapshot> b;
        clob.book(QStringLiteral("23360939988679364027624185518382759743328544433592111535569478055890815567848"), b.cb());
        QVERIFY(b.get().ok());
        QCOMPARE(b.get()->asks.size(), std::size_t(7));
        QCOMPARE(b.get()->bestAsk(), m("0.14"));
        QCOMPARE(b.get()->bestBid(), m("0.1"));
        QVERIFY(server.requests().last().url.query().contains(u"token_id=23360939988679364027624185518382759743328544433592111535569478055890815567848"));

        Wait<std::vector<BookSnapshot>> bs;
        clob.books({QStringLiteral("1"), QStringLiteral("2")}, bs.cb());
        QCOMPARE(bs.get()->size(), std::size_t(2));
        QCOMPARE(server.requests().last().method, QByteArray("POST"));
        QCOMPARE(server.requests().last().body, QByteArray(R"([{"token_id":"1"},{"token_id":"2"}])"));

        Wait<std::int64_t> t;
        clob.serverTime(t.cb());
        QCOMPARE(t.get().value(), 1717000000);
        Wait<int> v;
        clob.version(v.cb());
        QCOMPARE(v.get().value(), 2);
        Wait<Micros> tick;
        clob.tickSize(QStringLiteral("1"), tick.cb());
        QCOMPARE(tick.get().value(), m("0.001"));
        Wait<Micros> price;
        clob.price(QStringLiteral("1"), Side::Buy, price.cb());
        QCOMPARE(price.get().value(), m("0.52"));
        QVERIFY(server.requests().last().url.query().contains(u"side=BUY"));
        Wait<std::map<QString, Micros>> mids;
        clob.midpoints({QStringLiteral("1"), QStringLiteral("2")}, mids.cb());
        QCOMPARE(mids.get()->at(QStringLiteral("2")), m("0.495"));
        Wait<std::map<QString, TokenPrices>> px;
        clob.prices({QStringLiteral("1")}, px.cb());
        QCOMPARE(*px.get()->at(QStringLiteral("1")).buy, m("0.52"));
        QCOMPARE(*px.get()->at(QStringLiteral("1")).sell, m("0.54"));
        QCOMPARE(server.requests().last().body, QByteArray(R"([{"side":"BUY","token_id":"1"},{"side":"SELL","token_id":"1"}])"));
        Wait<bool> nr;
        clob.negRisk(QStringLiteral("1"), nr.cb());
        QVERIFY(nr.get().value());
        Wait<std::int64_t> fee;
        clob.feeRateBps(QStringLiteral("1"), fee.cb());
        QCOMPARE(fee.get().value(), 0);
        Wait<LastTrade> lt;
        clob.lastTradePrice(QStringLiteral("1"), lt.cb());
        QCOMPARE(lt.get()->price, m("0.5"));
        QVERIFY(!lt.get()->side.has_value());

        Wait<ClobMarket> mk;
        clob.market(QStringLiteral("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"), mk.cb());
        QVERIFY2(mk.get().ok(), qPrintable(mk.get().error().toString()));
        QCOMPARE(mk.get()->conditionId, QStringLiteral("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        QCOMPARE(mk.get()->minimumTickSize, m("0.001"));
        QCOMPARE(mk.get()->minimumOrderSize, m("5"));
        QVERIFY(mk.get()->negRisk);
        QCOMPARE(mk.get()->tokens.size(), std::size_t(2));
        QCOMPARE(mk.get()->tokens[0].outcome, QStringLiteral("Yes"));
        QCOMPARE(mk.get()->tokens[0].price, m("0.4865"));
        QVERIFY(mk.get()->tokens[0].tokenId.startsWith(u"2174263314"));

        Wait<ClobMarket> compact;
        clob.clobMarket(QStringLiteral("0xab"), compact.cb());
        QCOMPARE(compact.get()->conditionId, QStringLiteral("0xab"));
        QCOMPARE(compact.get()->tokens[1].tokenId, QStringLiteral("456"));
        QCOMPARE(*compact.get()->feeRate, m("0.02"));
        QVERIFY(compact.get()->takerOnlyFees);

        // A 200 HTML page is a typed Malformed error with the endpoint and an excerpt.
        Wait<Micros> spread;
        clob.spread(QStringLiteral("1"), spread.cb());
        QCOMPARE(spread.get().error().kind, VenueError::Kind::Malformed);
        QCOMPARE(spread.get().error().endpoint, QStringLiteral("GET /spread"));
        QVERIFY(spread.get().error().excerpt.contains(u"Bad gateway"));
        // And the client keeps working.
        Wait<Micros> again;
        clob.price(QStringLiteral("1"), Side::Sell, again.cb());
        QVERIFY(again.get().ok());
    }

    void malformedBodiesAreTypedErrors()
    {
        QList<QByteArray> bodies = {R"({"asset_id":"1","bids":[{"price":"0.5","size":"x"}]})",
                                    R"({"asset_id":"1","bids":[{"price":"0.5","size":"1"}],)",
                                    R"([])", R"({"bids":[]})", R"(null)", ""};
        int n = 0;
        ScriptedHttpServer server([&](const ScriptedRequest&) { return reply(200, bodies.value(n++)); });
        HttpClient http(clock_, {}, quick());
        ClobMarketClient clob(http, server.url());
        for (int i = 0; i < bodies.size(); ++i) {
            Wait<BookSnapshot> b;
            clob.book(QStringLiteral("1"), b.cb());
            QVERIFY2(!b.get().ok(), bodies[i].constData());
            QCOMPARE(b.get().error().kind, VenueError::Kind::Malformed);
            QCOMPARE(b.get().error().endpoint, QStringLiteral("GET /book"));
        }
    }

    void dataApiTradesActivityAndV2()
    {
        const QJsonArray rows = realTradeRows(50);
        QCOMPARE(rows.size(), 50);
        QJsonObject v2row{{QStringLiteral("proxy_wallet"), rows[0].toObject().value(QStringLiteral("proxyWallet"))},
                          {QStringLiteral("timestamp"), 1767504071}, {QStringLiteral("type"), QStringLiteral("TRADE")},
                          {QStringLiteral("condition_id"), rows[0].toObject().value(QStringLiteral("conditionId"))},
                          {QStringLiteral("size"), 3454.2765}, {QStringLiteral("usdc_size"), 3432.839951},
                          {QStringLiteral("transaction_hash"), QStringLiteral("0xABC")}, {QStringLiteral("price"), 0.9937942000300207},
                          {QStringLiteral("token_id"), rows[0].toObject().value(QStringLiteral("asset"))},
                          {QStringLiteral("side"), QStringLiteral("BUY")}, {QStringLiteral("outcome_index"), 999}};
        ScriptedHttpServer server([&](const ScriptedRequest& r) -> ScriptedAnswer {
            if (r.url.path() == u"/trades")
                return reply(200, QJsonDocument(rows).toJson(QJsonDocument::Compact));
            if (r.url.path() == u"/v2/activity")
                return reply(200, QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{v2row}},
                                                            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("has_more"), true}, {QStringLiteral("next_cursor"), QStringLiteral("abc")}}}})
                                      .toJson(QJsonDocument::Compact));
            if (r.url.path() == u"/value")
                return reply(200, R"([{"user":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","value":12345.67}])");
            if (r.url.path() == u"/positions")
                return reply(200, R"([{"asset":"123","conditionId":"0xAA","size":100.5,"avgPrice":0.55,"curPrice":0.6,"currentValue":60.3,"outcome":"Yes","outcomeIndex":0,"title":"t"}])");
            return reply(200, "[]");
        });
        HttpClient http(clock_, RateLimiter::polymarketDefaults(), quick());
        DataApiClient data(http, server.url(), clock_);

        Wait<DataPage> page;
        TradesQuery tq;
        tq.user = QStringLiteral("0x4add0b25c30d0b7b6e294b69b0d2da27ebcc8f36");
        data.trades(tq, {}, page.cb());
        QVERIFY2(page.get().ok(), qPrintable(page.get().error().toString()));
        QVERIFY(server.requests().last().url.query().contains(u"takerOnly=false"));
        const auto& ev = page.get()->parsed.events;
        QCOMPARE(int(ev.size()) + int(page.get()->parsed.rejected.size()), 50);
        QVERIFY(page.get()->parsed.rejected.empty());
        // First captured row: size 3454.2765, price 0.9937942000300207 (truncated to micros).
        QCOMPARE(ev[0].wallet, QStringLiteral("0x4add0b25c30d0b7b6e294b69b0d2da27ebcc8f36"));
        QCOMPARE(ev[0].shares, m("3454.2765"));
        QCOMPARE(ev[0].price, Micros(993'794));
        QCOMPARE(ev[0].timeMs, 1767504071000);
        QCOMPARE(ev[0].asset, QStringLiteral("15021889545079495848739846890023281680218813652196836971125934620663712152882"));
        QCOMPARE(ev[0].key.size(), 64);

        Wait<DataPage> v2;
        ActivityQuery aq;
        aq.user = tq.user;
        aq.cursor = QStringLiteral("xyz");
        data.activityV2(aq, {}, v2.cb());
        QVERIFY(v2.get().ok());
        QCOMPARE(v2.get()->nextCursor, QStringLiteral("abc"));
        QCOMPARE(v2.get()->parsed.events.size(), std::size_t(1));
        QCOMPARE(v2.get()->parsed.events[0].price, Micros(993'794));
        // outcome_index 999 (undeterminable) does not reject the row; v2 never gets `offset`.
        QVERIFY(!server.requests().last().url.query().contains(u"offset"));
        QVERIFY(server.requests().last().url.query().contains(u"cursor=xyz"));

        Wait<Micros> value;
        data.value(tq.user, value.cb());
        QCOMPARE(value.get().value(), m("12345.67"));
        Wait<std::vector<Position>> pos;
        data.positions(tq.user, pos.cb());
        QCOMPARE(pos.get()->at(0).size, m("100.5"));
        QCOMPARE(pos.get()->at(0).conditionId, QStringLiteral("0xaa"));

        Wait<DataPage> capped;
        aq.offset = 100'000;
        data.activity(aq, {}, capped.cb());
        QCOMPARE(capped.get().error().kind, VenueError::Kind::ClientError);
    }

    void activitySincePagesByOffsetThenWindow()
    {
        // 1,203 TRADE rows of one wallet, one per second from t0, served ASC with start/offset.
        const QString wallet = QStringLiteral("0x56687bf447db6ffa42ffe2204a05edaa20f55839");
        const std::int64_t t0 = 1'767'500'000;
        ScriptedHttpServer server([&](const ScriptedRequest& r) -> ScriptedAnswer {
            const QUrlQuery q(r.url);
            const auto start = q.queryItemValue(QStringLiteral("start")).toLongLong();
            const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
            const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray out;
            for (std::int64_t i = std::max<std::int64_t>(0, start - t0) + offset; i < 1203 && out.size() < limit; ++i)
                out.push_back(QJsonObject{{QStringLiteral("proxyWallet"), wallet}, {QStringLiteral("type"), QStringLiteral("TRADE")},
                                          {QStringLiteral("timestamp"), qint64(t0 + i)}, {QStringLiteral("conditionId"), QStringLiteral("0xc")},
                                          {QStringLiteral("transactionHash"), QStringLiteral("0x%1").arg(i)}, {QStringLiteral("asset"), QStringLiteral("7")},
                                          {QStringLiteral("side"), QStringLiteral("BUY")}, {QStringLiteral("price"), 0.5}, {QStringLiteral("size"), 10}});
            return reply(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
        });
        HttpClient http(clock_, {}, quick());
        DataApiClient data(http, server.url(), clock_);
        Wait<std::vector<TradeEvent>> all;
        data.activitySince(wallet, t0, 10'000, all.cb());
        QVERIFY(all.get().ok());
        QCOMPARE(int(all.get()->size()), 1203);
        QCOMPARE(all.get()->back().timeMs, (t0 + 1202) * 1000);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(server.requests()[0].url.query().contains(u"sortDirection=ASC"));
    }

    void gammaLookups()
    {
        const QByteArray market = real(QStringLiteral("gamma/nautilus/gamma_market.json"));
        const QByteArray event = real(QStringLiteral("gamma/nautilus/gamma_event.json"));
        ScriptedHttpServer server([&](const ScriptedRequest& r) -> ScriptedAnswer {
            const QUrlQuery q(r.url);
            if (r.url.path() == u"/markets" && (q.hasQueryItem(QStringLiteral("condition_ids")) || q.hasQueryItem(QStringLiteral("clob_token_ids"))))
                return reply(200, "[" + market + "]");
            if (r.url.path() == u"/markets")
                return reply(200, "[]");
            if (r.url.path() == u"/events")
                return reply(200, event);
            return reply(404, "{}");
        });
        HttpClient http(clock_, RateLimiter::polymarketDefaults(), quick());
        GammaClient gamma(http, server.url());
        QCOMPARE(GammaClient::classify(QStringLiteral("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b")), GammaClient::IdKind::ConditionId);
        QCOMPARE(GammaClient::classify(QStringLiteral("104239898038807136052399800151408521467737075933964991162589336683346093173875")), GammaClient::IdKind::TokenId);
        QCOMPARE(GammaClient::classify(QStringLiteral("btc-updown-5m-1773307200")), GammaClient::IdKind::Slug);

        Wait<MarketInfo> byCond;
        gamma.lookup(QStringLiteral("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b"), byCond.cb());
        QVERIFY2(byCond.get().ok(), qPrintable(byCond.get().error().toString()));
        const MarketInfo& mi = byCond.get().value();
        QCOMPARE(mi.slug, QStringLiteral("btc-updown-5m-1773307200"));
        QCOMPARE(mi.tokenIds.size(), 2);
        QCOMPARE(mi.tokenIds[0], QStringLiteral("104239898038807136052399800151408521467737075933964991162589336683346093173875"));
        QCOMPARE(mi.outcomePrices[0], m("0.505"));
        QCOMPARE(*mi.tickSize, m("0.01"));
        QCOMPARE(*mi.orderMinSize, m("5"));
        QCOMPARE(*mi.endMs, 1773307500000);
        QVERIFY(server.requests().last().url.query().contains(u"condition_ids=0x78443f96"));

        Wait<MarketParseResult> byTokens;
        gamma.marketsByTokenIds({QStringLiteral("1"), QStringLiteral("2")}, byTokens.cb());
        QVERIFY(byTokens.get().ok());
        QCOMPARE(server.requests().last().url.query(), QStringLiteral("clob_token_ids=1&clob_token_ids=2&include_tag=true"));

        // A slug that is not a market slug falls back to the event and takes its categories.
        Wait<MarketInfo> bySlug;
        gamma.lookup(QStringLiteral("democratic-presidential-nominee-2028"), bySlug.cb());
        QVERIFY2(bySlug.get().ok(), qPrintable(bySlug.get().error().toString()));
        QVERIFY(bySlug.get()->categories.contains(QStringLiteral("Politics")));
    }
};

QTEST_GUILESS_MAIN(TestVenueClients)
#include "test_venue_clients.moc"
