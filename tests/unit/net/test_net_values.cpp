// Value-level pieces of the net layer and the venue readers: excerpts, body decoding, endpoint
// overrides, latency quantiles, CLOB market objects and Gamma events on every real payload,
// plus malformed variants of each.

#include "net/Endpoints.h"
#include "net/JsonReply.h"
#include "net/NetStats.h"
#include "net/VenueError.h"
#include "venue/polymarket/ClobMarketClient.h"
#include "venue/polymarket/GammaClient.h"
#include "venue/polymarket/OperatorJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace slip;
using namespace slip::polymarket;

namespace {

QByteArray real(const QString& rel)
{
    QFile f(QStringLiteral(SLIPSTREAM_REAL_DATA_DIR "/") + rel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HttpResponse ok(QByteArray body, QByteArray type = "application/json")
{
    HttpResponse r;
    r.status = 200;
    r.body = std::move(body);
    r.contentType = std::move(type);
    r.error.endpoint = QStringLiteral("GET /x");
    return r;
}

Micros m(const char* t) { return Micros::parseDecimal(QString::fromLatin1(t)).value(); }

} // namespace

class TestNetValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excerptsAreShortAndPrintable()
    {
        QCOMPARE(bodyExcerpt("  <html>\n\n\t<b>x</b>\x01 y  "), QStringLiteral("<html> <b>x</b> y"));
        const QString cut = bodyExcerpt(QByteArray(1000, 'a'), 10);
        QCOMPARE(cut.size(), 11);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(bodyExcerpt(QByteArray("\xff\xfe", 2)).isEmpty(), false);
    }

    void jsonBodyDecodesOrExplains()
    {
        QVERIFY(jsonBody(ok("[1,2]")).ok());
        QCOMPARE(jsonBody(ok("1717000000"))->array().at(0).toInteger(), 1717000000);
        auto html = jsonBody(ok("<!DOCTYPE html><title>Just a moment...</title>", "text/html; charset=UTF-8"));
        QCOMPARE(html.error().kind, VenueError::Kind::Malformed);
        QVERIFY(html.error().message.contains(u"HTML"));
        QVERIFY(html.error().excerpt.contains(u"Just a moment"));
        QCOMPARE(jsonBody(ok("")).error().kind, VenueError::Kind::Malformed);
        QCOMPARE(jsonBody(ok("{\"a\":")).error().kind, VenueError::Kind::Malformed);
        QCOMPARE(jsonBody(ok("nonsense")).error().endpoint, QStringLiteral("GET /x"));
        HttpResponse failed = ok("{}");
        failed.error.kind = VenueError::Kind::Timeout;
        QCOMPARE(jsonBody(failed).error().kind, VenueError::Kind::Timeout);
    }

    void endpointsJoinAndOverrides()
    {
        QCOMPARE(Endpoints::join(QUrl(QStringLiteral("http://h:1/prefix/")), QStringLiteral("/book")).toString(),
                 QStringLiteral("http://h:1/prefix/book"));
        QCOMPARE(Endpoints::join(QUrl(QStringLiteral("https://clob.polymarket.com")), QStringLiteral("time")).toString(),
                 QStringLiteral("https://clob.polymarket.com/time"));
        QStringList args = {QStringLiteral("TOKEN"), QStringLiteral("--clob-url"), QStringLiteral("http://127.0.0.1:9"),
                            QStringLiteral("--gamma-url=http://127.0.0.1:8"), QStringLiteral("--x")};
        auto e = Endpoints::fromEnvironmentAndArgs(args);
        QVERIFY(e.ok());
        QCOMPARE(args, QStringList({QStringLiteral("TOKEN"), QStringLiteral("--x")}));
        QCOMPARE(e->clob.port(), 9);
        QCOMPARE(e->gamma.port(), 8);
        QCOMPARE(e->dataApi, Endpoints::production().dataApi);
        QStringList bad = {QStringLiteral("--data-api-url"), QStringLiteral("nope")};
        QVERIFY(!Endpoints::fromEnvironmentAndArgs(bad).ok());
        QStringList missing = {QStringLiteral("--rtds-url")};
        QVERIFY(!Endpoints::fromEnvironmentAndArgs(missing).ok());
    }

    void latencyQuantiles()
    {
        NetStats s;
        QCOMPARE(s.latencyQuantileMs(0.5), -1);
        for (int i = 0; i < 90; ++i)
            s.addLatency(3);
        for (int i = 0; i < 10; ++i)
            s.addLatency(700);
        QCOMPARE(s.latencyQuantileMs(0.5), 5);
        QCOMPARE(s.latencyQuantileMs(0.95), 1000);
        s.addLatency(60'000);
        QCOMPARE(s.latency.back(), 1u);
    }

    void clobMarketsOnRealPayloads()
    {
        const QByteArray page = real(QStringLiteral("polymarket-clob/nautilus/clob_markets_page.json"));
        if (page.isEmpty())
            QSKIP("real data folder absent");
        const QJsonObject p = QJsonDocument::fromJson(page).object();
        QCOMPARE(p.value(QStringLiteral("next_cursor")).toString(), QStringLiteral("MTAw"));
        int accepted = 0;
        for (const auto& v : p.value(QStringLiteral("data")).toArray()) {
            auto mk = ClobMarketClient::parseMarket(v.toObject());
            QVERIFY2(mk.ok(), qPrintable(mk.error()));
            QCOMPARE(mk->conditionId, mk->conditionId.toLower());
            ++accepted;
        }
        QCOMPARE(accepted, 100);
        auto closed = ClobMarketClient::parseMarket(QJsonDocument::fromJson(real(QStringLiteral("polymarket-clob/nautilus/clob_market_closed_accepting_false.json"))).object());
        QVERIFY(closed.ok());
        QCOMPARE(closed->conditionId, QStringLiteral("0x8ccc3f4951ff02c1d34b87988752b4444ad17228732780a6cf22afefe8478bb6"));
        QVERIFY(closed->closed);
        QVERIFY(!closed->acceptingOrders);
        QCOMPARE(closed->minimumTickSize, m("0.001"));
        QCOMPARE(closed->tokens[1].price, m("1"));
        QVERIFY(closed->tokens[1].winner);
        auto accepting = ClobMarketClient::parseMarket(QJsonDocument::fromJson(real(QStringLiteral("polymarket-clob/nautilus/clob_market_closed_accepting_true.json"))).object());
        QVERIFY(accepting->closed && accepting->acceptingOrders);
        QCOMPARE(accepting->minimumTickSize, m("0.01"));
        QVERIFY(accepting->tokens[0].winner);
    }

    void clobMarketMalformedVariants()
    {
        const QJsonObject base = QJsonDocument::fromJson(R"({"condition_id":"0xAB","tokens":[{"token_id":"1","outcome":"Yes","price":0.5}],"minimum_tick_size":0.01})").object();
        QVERIFY(ClobMarketClient::parseMarket(base).ok());
        auto with = [&](const char* key, const QJsonValue& v) {
            QJsonObject o = base;
            o.insert(QLatin1String(key), v);
            return ClobMarketClient::parseMarket(o);
        };
        QVERIFY(!with("condition_id", QJsonValue()).ok());
        QVERIFY(!with("tokens", QStringLiteral("[]")).ok());
        QVERIFY(!with("tokens", QJsonArray{QJsonObject{{QStringLiteral("token_id"), QStringLiteral("12ab")}}}).ok());
        QVERIFY(!ClobMarketClient::parseMarket(QJsonObject()).ok());
        // Unparseable optional numbers are left unknown rather than guessed.
        auto huge = with("minimum_tick_size", std::numeric_limits<double>::infinity());
        QVERIFY(huge.ok());
        QCOMPARE(huge->minimumTickSize, Micros());
        QVERIFY(!ClobMarketClient::parseCompactMarket(QJsonObject{{QStringLiteral("c"), QStringLiteral("0x1")}}).ok());
        QVERIFY(!ClobMarketClient::parseCompactMarket(QJsonDocument::fromJson(R"({"c":"0x1","t":[{"t":"x"}]})").object()).ok());
    }

    void gammaEventsOnRealPayloads()
    {
        const QByteArray ev = real(QStringLiteral("gamma/nautilus/gamma_event.json"));
        if (ev.isEmpty())
            QSKIP("real data folder absent");
        auto events = GammaClient::parseEvents(QJsonDocument::fromJson(ev).array());
        QVERIFY(events.ok());
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->at(0).slug, QStringLiteral("democratic-presidential-nominee-2028"));
        QVERIFY(events->at(0).tags.contains(QStringLiteral("Politics")));
        QCOMPARE(events->at(0).markets.markets.size() + events->at(0).markets.rejected.size(), std::size_t(2));
        auto list = GammaClient::parseEvents(QJsonDocument::fromJson(real(QStringLiteral("gamma/nautilus/gamma_http_events_list.json"))).array());
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(3));
        QCOMPARE(list->at(0).slug, QStringLiteral("nba-mavericks-vs-grizzlies"));
        QVERIFY(!GammaClient::parseEvents(QJsonValue(3)).ok());
        QVERIFY(!GammaClient::parseEvents(QJsonArray{1}).ok());
    }

    void operatorJsonShapes()
    {
        BookSnapshot b;
        b.asset = QStringLiteral("7");
        b.bids = {{m("0.1"), m("1")}, {m("0.3"), m("2")}, {m("0.3"), m("3")}};
        b.asks = {{m("0.9"), m("1")}, {m("0.5"), m("4")}};
        b.tickSize = m("0.01");
        b.venueTimestampMs = 5;
        QCOMPARE(QJsonDocument(bookJson(b)).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"asks":[[500000,4000000],[900000,1000000]],"asset":"7","bids":[[300000,2000000],[300000,3000000],[100000,1000000]],"min_order_size":0,"tick":10000,"timestamp_ms":5})"));
        TradeEvent e;
        e.type = ActivityType::Merge;
        QCOMPARE(tradeEventJson(e).value(QStringLiteral("side")).toString(), QStringLiteral("MERGE"));
    }
};

QTEST_GUILESS_MAIN(TestNetValues)
#include "test_net_values.moc"
