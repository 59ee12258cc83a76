// Market-channel and RTDS sessions against a local WebSocket server: exact subscribe messages,
// PING keep-alives, partial frames, dropped connections, silence while pings are answered, pong
// timeouts, REST resync of a drifted book, and RTDS trades keyed like Data API rows.

#include "ScriptedHttpServer.h"
#include "ScriptedWsServer.h"

#include "domain/Clock.h"
#include "net/HttpClient.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/ClobMarketClient.h"
#include "venue/polymarket/MarketChannelSession.h"
#include "venue/polymarket/RtdsSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace slip;
using namespace slip::polymarket;
using slip::test::ScriptedWsServer;

namespace {

WsOptions fast()
{
    WsOptions o;
    o.pingIntervalMs = 50;
    o.pongTimeoutMs = 2'000;
    o.silenceTimeoutMs = 0;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 100;
    return o;
}

const char* kAsset = "71321045679252212594626385532706912750332728571942532289631379312455583992563";

QString bookFrame(const char* bids, const char* asks, const char* ts)
{
    return QStringLiteral(R"({"event_type":"book","asset_id":"%1","market":"0xbd31","bids":%2,"asks":%3,"timestamp":"%4","hash":"h"})")
        .arg(QLatin1String(kAsset), QLatin1String(bids), QLatin1String(asks), QLatin1String(ts));
}

// The real RTDS activity frame quoted in spec/polymarket-protocol.md §7 (captured 2026-08-19).
const char* kRtdsPayload = R"({"asset":"72551024098258542594534683942523606143014690620243023298497729957846870197074", "bio":"","conditionId":"0x1d8720896546460a48d4f7fd5b3f0705a8d427921222de498d1cd334d4890c52", "eventSlug":"highest-temperature-in-wellington-on-august-19-2026","icon":"https:\/\/x.jpg","name":"PPMT", "outcome":"No","outcomeIndex":1,"price":0.26,"profileImage":"", "proxyWallet":"0x510F4963b66B1B18505faaB74b0bB943D1dDa43C","pseudonym":"Rowdy-Tenement","side":"BUY", "size":2.7027,"slug":"highest-temperature-in-wellington-on-august-19-2026-10c", "timestamp":1787102287,"title":"Will the highest temperature in Wellington be 10C on August 19?", "transactionHash":"0xb6acf6859bc84216f4b3e2567fb392a2eae19d275340ad96ea17218ccfec27b7"})";

} // namespace

class TestWsSessions : public QObject
{
    Q_OBJECT
    SystemClock clock_;

private Q_SLOTS:
    void marketChannelSubscribesBuildsBooksAndRecovers()
    {
        ScriptedWsServer server;
        server.onMessage = [](QWebSocket* s, const QString&) {
            s->sendTextMessage(bookFrame(R"([{"price":"0.48","size":"30"},{"price":"0.49","size":"20"}])",
                                         R"([{"price":"0.53","size":"60"},{"price":"0.52","size":"25"}])", "1000"));
        };
        MarketChannelSession session(clock_, server.url(), nullptr, fast());
        session.subscribe({QString::fromLatin1(kAsset)});
        QSignalSpy changed(&session, &MarketChannelSession::bookChanged);
        session.start();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(server.received.value(0),
                 QStringLiteral(R"({"assets_ids":["%1"],"custom_feature_enabled":true,"type":"market"})").arg(QLatin1String(kAsset)));
        const auto* book = session.book(QString::fromLatin1(kAsset));
        QVERIFY(book);
        QCOMPARE(book->bestBid()->price, Micros(490'000));
        QCOMPARE(book->bestAsk()->price, Micros(520'000));

        // An array frame with a current-format delta, then a partial (truncated) frame.
        server.broadcast(QStringLiteral(R"([{"event_type":"price_change","market":"0xbd31","timestamp":"1001","price_changes":[{"asset_id":"%1","price":"0.5","size":"10","side":"BUY","best_bid":"0.5","best_ask":"0.52"}]}])")
                             .arg(QLatin1String(kAsset)));
        QTRY_COMPARE(book->bestBid()->price, Micros(500'000));
        server.broadcast(QStringLiteral("{\"event_type\":\"price_change\",\"market\":\"0xbd31\",\"price_cha"));
        QTRY_COMPARE(session.health().rejectedFrames, 1u);
        QVERIFY(session.isConnected());

        // Keep-alive pings at the configured cadence.
        QTRY_VERIFY(server.pings >= 3);
        QCOMPARE(session.health().messages, 3u); // PONGs are not data

        // The connection drops: the session reconnects, re-subscribes, gets a fresh snapshot.
        QSignalSpy reconnected(&session, &WebSocketSession::connected);
        server.dropAll();
        QTRY_COMPARE(reconnected.count(), 1);
        QTRY_COMPARE(server.received.size(), 2);
        QCOMPARE(server.received[1], server.received[0]);
        QTRY_COMPARE(book->bestBid()->price, Micros(490'000));
        const auto h = session.health();
        QCOMPARE(h.reconnects, 1u);
        QVERIFY(h.connected);
        QVERIFY(h.connectedSinceMs > 0);
        QVERIFY(h.lastMessageAgeMs >= 0);

        // Dynamic subscribe on the open socket.
        session.subscribe({QStringLiteral("42")});
        QTRY_COMPARE(server.received.size(), 3);
        QCOMPARE(server.received[2], QStringLiteral(R"({"assets_ids":["42"],"custom_feature_enabled":true,"operation":"subscribe"})"));
        session.unsubscribe({QStringLiteral("42")});
        QTRY_COMPARE(server.received.size(), 4);
        QCOMPARE(server.received[3], QStringLiteral(R"({"assets_ids":["42"],"operation":"unsubscribe"})"));
        QCOMPARE(session.assets(), QStringList{QString::fromLatin1(kAsset)});

        // Tick size, last trade and resolution reach the book.
        server.broadcast(QStringLiteral(R"([{"event_type":"tick_size_change","asset_id":"%1","market":"0xbd31","old_tick_size":"0.01","new_tick_size":"0.001","timestamp":"2000"},{"event_type":"last_trade_price","asset_id":"%1","market":"0xbd31","price":"0.456","size":"219.217767","fee_rate_bps":"0","side":"BUY","timestamp":"2001"},{"event_type":"market_resolved","market":"0xbd31","assets_ids":["%1"],"winning_asset_id":"%1","winning_outcome":"Yes","timestamp":"2002"}])")
                             .arg(QLatin1String(kAsset)));
        QTRY_VERIFY(book->resolved());
        QCOMPARE(book->tickSize(), Micros(1'000));
        QCOMPARE(*book->lastTradePrice(), Micros(456'000));
        QCOMPARE(book->winningAsset(), QString::fromLatin1(kAsset));
        session.stop();
    }

    void silenceWhileAnsweringPingsTripsWatchdog()
    {
        ScriptedWsServer server; // answers PING, never sends data
        auto o = fast();
        o.silenceTimeoutMs = 300;
        MarketChannelSession session(clock_, server.url(), nullptr, o);
        session.subscribe({QStringLiteral("1")});
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(session.health().watchdogTrips >= 1, 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(server.connections >= 2, 5'000);
        QTRY_VERIFY(session.health().reconnects >= 1);
        QVERIFY(server.pings >= 1);
        session.stop();
    }

    void missingPongsTripWatchdog()
    {
        ScriptedWsServer server;
        server.answerPings = false;
        auto o = fast();
        o.pongTimeoutMs = 300;
        RtdsSession session(clock_, server.url(QStringLiteral("/")), nullptr, o);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.connections >= 2, 5'000);
        QVERIFY(session.health().watchdogTrips >= 1);
        QVERIFY(session.health().lastError.contains(u"pong"));
        session.stop();
    }

    void driftedBookIsResyncedFromRest()
    {
        const QByteArray restBook = QStringLiteral(R"({"market":"0xbd31","asset_id":"%1","timestamp":"900","hash":"r", "bids":[{"price":"0.45","size":"7"}],"asks":[{"price":"0.55","size":"8"}]})").arg(QLatin1String(kAsset)).toUtf8();
        slip::test::ScriptedHttpServer http([&](const slip::test::ScriptedRequest&) { return slip::test::reply(200, restBook); });
        HttpClient client(clock_, {});
        ClobMarketClient rest(client, http.url());
        ScriptedWsServer server;
        server.onMessage = [](QWebSocket* s, const QString&) {
            s->sendTextMessage(bookFrame(R"([{"price":"0.48","size":"30"}])", R"([{"price":"0.52","size":"25"}])", "1000"));
        };
        MarketChannelSession session(clock_, server.url(), nullptr, fast());
        session.setResyncClient(&rest);
        session.subscribe({QString::fromLatin1(kAsset)});
        QSignalSpy resync(&session, &MarketChannelSession::resyncStarted);
        session.start();
        QTRY_VERIFY(session.book(QString::fromLatin1(kAsset)) && session.book(QString::fromLatin1(kAsset))->hasSnapshot());
        // The venue says the best bid is 0.47 after this change; our book says 0.48: drift.
        server.broadcast(QStringLiteral(R"({"event_type":"price_change","market":"0xbd31","timestamp":"1001","price_changes":[{"asset_id":"%1","price":"0.3","size":"1","side":"BUY","best_bid":"0.47","best_ask":"0.52"}]})")
                             .arg(QLatin1String(kAsset)));
        QTRY_COMPARE(resync.count(), 1);
        const auto* book = session.book(QString::fromLatin1(kAsset));
        QTRY_COMPARE(book->bestBid()->price, Micros(450'000));
        QCOMPARE(book->bestAsk()->price, Micros(550'000));
        QVERIFY(!book->needsResync());
        QCOMPARE(http.requests().size(), 1);
        QVERIFY(http.requests()[0].url.toString().contains(QLatin1String(kAsset)));
        session.stop();
    }

    void rtdsFiltersFollowedWalletsAndKeysLikeDataApi()
    {
        ScriptedWsServer server;
        RtdsSession session(clock_, server.url(QStringLiteral("/")), nullptr, fast());
        session.setFollowedWallets({QStringLiteral("0x510f4963b66b1b18505faab74b0bb943d1dda43c")});
        QSignalSpy trades(&session, &RtdsSession::tradeEvent);
        QSignalSpy up(&session, &WebSocketSession::connected);
        session.start();
        QTRY_COMPARE(up.count(), 1);
        QTRY_COMPARE(server.received.size(), 1);
        QCOMPARE(server.received[0], RtdsSession::subscribeMessage());
        const QJsonObject payload = QJsonDocument::fromJson(kRtdsPayload).object();
        QVERIFY(!payload.isEmpty());
        QJsonObject other = payload;
        other.insert(QStringLiteral("proxyWallet"), QStringLiteral("0x1111111111111111111111111111111111111111"));
        auto envelope = [](const QJsonObject& p, const char* type) {
            return QJsonObject{{QStringLiteral("connection_id"), QStringLiteral("gXseIO-NQWeIKEhJwA==")},
                               {QStringLiteral("topic"), QStringLiteral("activity")},
                               {QStringLiteral("type"), QLatin1String(type)},
                               {QStringLiteral("timestamp"), 1787102287053.0},
                               {QStringLiteral("payload"), p}};
        };
        server.broadcast(QString());  // the first frame after subscribing can be empty
        server.broadcast(QString::fromUtf8(QJsonDocument(envelope(payload, "trades")).toJson(QJsonDocument::Compact)));
        // The same fill again (one tx can hold identical fills), one of another wallet, and an
        // orders_matched copy of the taker row, all in one array frame.
        const QJsonArray frame{envelope(payload, "trades"), envelope(other, "trades"), envelope(payload, "orders_matched")};
        server.broadcast(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        QTRY_COMPARE(trades.count(), 2);
        QCOMPARE(session.seen(), 3u);
        const auto a = trades[0][0].value<TradeEvent>();
        const auto b = trades[1][0].value<TradeEvent>();
        QCOMPARE(a.wallet, QStringLiteral("0x510f4963b66b1b18505faab74b0bb943d1dda43c"));
        QCOMPARE(a.price, Micros(260'000));
        QCOMPARE(a.shares, Micros(2'702'700));
        QCOMPARE(a.timeMs, 1787102287000);
        QVERIFY(a.key != b.key);
        // The Data API returning the same two rows in one body yields the same two keys.
        const auto fromApi = ActivityParser::parse(QJsonArray{payload, payload}, ActivityParser::Feed::Trades, 0);
        QCOMPARE(fromApi.events.size(), std::size_t(2));
        QCOMPARE(fromApi.events[0].key, a.key);
        QCOMPARE(fromApi.events[1].key, b.key);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestWsSessions)
#include "test_ws_sessions.moc"
