// LocalOrderBook and MarketEventParser: real snapshots, both price_change formats, stale and
// duplicate updates, drift detection, a long random sequence checked against a book rebuilt from
// scratch at every step, and L2 walks against hand-computed fills.

#include "venue/polymarket/LocalOrderBook.h"
#include "venue/polymarket/MarketEventParser.h"

#include "venue/polymarket/BookParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <map>
#include <random>

using namespace slip;
using namespace slip::polymarket;

namespace {

Micros m(const char* text) { return Micros::parseDecimal(QString::fromLatin1(text)).value(); }

BookSnapshot book(std::vector<BookLevel> bids, std::vector<BookLevel> asks, std::int64_t ts = 1, QString hash = {})
{
    BookSnapshot s;
    s.asset = QStringLiteral("1");
    s.bids = std::move(bids);
    s.asks = std::move(asks);
    s.venueTimestampMs = ts;
    s.hash = std::move(hash);
    return s;
}

QByteArray readReal(const QString& rel)
{
    QFile f(QStringLiteral(SLIPSTREAM_REAL_DATA_DIR "/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestLocalOrderBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realRestBookGivesBestLevels()
    {
        const QByteArray body = readReal(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        if (body.isEmpty())
            QSKIP("real data folder absent");
        const auto frame = MarketEventParser::parseFrame(body);
        // A REST body has no event_type: it parses as an "other" event; use BookParser directly.
        QCOMPARE(frame.events.size(), std::size_t(1));
        auto snap = BookParser::parseBook(QJsonDocument::fromJson(body).object());
        QVERIFY(snap.ok());
        LocalOrderBook b;
        QCOMPARE(b.applySnapshot(*snap), LocalOrderBook::Apply::Applied);
        QCOMPARE(b.bestBid()->price, m("0.1"));
        QCOMPARE(b.bestBid()->size, m("125"));
        QCOMPARE(b.bestAsk()->price, m("0.14"));   // asks arrive unsorted: min is in the middle
        QCOMPARE(b.bestAsk()->size, m("705"));
        QCOMPARE(*b.mid(), m("0.12"));
        QCOMPARE(b.timestampMs(), 1728799418260);
        QCOMPARE(b.hash(), QStringLiteral("2fc4a3d6a98bc164e057589bcb74981852b87412"));
        QCOMPARE(b.bidCount(), std::size_t(5));
        QCOMPARE(b.askCount(), std::size_t(7));
        QCOMPARE(b.depth(Side::Sell, m("0.14"), m("0.38")), m("967.3"));
        QCOMPARE(b.depthNearBest(Side::Buy, m("0.02")), m("539"));
    }

    void realWsBookFrame()
    {
        const QByteArray body = readReal(QStringLiteral("polymarket-ws/nautilus/ws_book.json"));
        if (body.isEmpty())
            QSKIP("real data folder absent");
        const auto frame = MarketEventParser::parseFrame(body);
        QVERIFY(frame.rejected.empty());
        QCOMPARE(frame.events.size(), std::size_t(1));
        const auto& e = frame.events[0];
        QCOMPARE(e.type, MarketEvent::Type::Book);
        LocalOrderBook b;
        QCOMPARE(b.applySnapshot(e.book), LocalOrderBook::Apply::Applied);
        QVERIFY(b.bestAsk().has_value());
        QVERIFY(b.bestBid().has_value());
        QVERIFY(b.bestBid()->price < b.bestAsk()->price);
        QCOMPARE(b.applySnapshot(e.book), LocalOrderBook::Apply::Duplicate);
    }

    void priceChangeBothFormatsAndArrays()
    {
        const QByteArray current = R"([{"event_type":"price_change","market":"0x5F65","timestamp":"1757908892351",
            "price_changes":[{"asset_id":"71321","price":"0.5","size":"200","side":"BUY",
            "hash":"56621a121a47ed9333273e21c83b660cff37ae50","best_bid":"0.5","best_ask":"1"},
            {"asset_id":"71322","price":"0.49","size":"0","side":"SELL","best_bid":"0.4","best_ask":"0.5"}]},
            {"event_type":"best_bid_ask","market":"0x5f65","asset_id":"71321","best_bid":"0.5","best_ask":"0.52",
             "spread":"0.02","timestamp":"1757908892352"}])";
        auto f = MarketEventParser::parseFrame(current);
        QVERIFY(f.rejected.empty());
        QCOMPARE(f.events.size(), std::size_t(2));
        QCOMPARE(f.events[0].market, QStringLiteral("0x5f65"));
        QCOMPARE(f.events[0].changes.size(), std::size_t(2));
        QCOMPARE(f.events[0].changes[0].asset, QStringLiteral("71321"));
        QCOMPARE(f.events[0].changes[0].price, m("0.5"));
        QCOMPARE(f.events[0].changes[0].size, m("200"));
        QCOMPARE(*f.events[0].changes[0].bestAsk, m("1"));
        QCOMPARE(f.events[0].changes[1].side, Side::Sell);
        QCOMPARE(f.events[0].timestampMs, 1757908892351);
        QCOMPARE(f.events[1].type, MarketEvent::Type::BestBidAsk);
        QCOMPARE(*f.events[1].bestAsk, m("0.52"));

        const QByteArray legacy = R"({"asset_id":"652","changes":[{"price":"0.6","side":"SELL","size":"3300"}],
            "event_type":"price_change","hash":"abc","market":"0xbd","timestamp":"1723967931411"})";
        f = MarketEventParser::parseFrame(legacy);
        QCOMPARE(f.events.size(), std::size_t(1));
        QCOMPARE(f.events[0].changes[0].asset, QStringLiteral("652"));
        QCOMPARE(f.events[0].changes[0].hash, QStringLiteral("abc"));
        const QByteArray single = R"({"event_type":"price_change","asset_id":"652","price":"0.61","size":"10","side":"BUY","timestamp":1})";
        f = MarketEventParser::parseFrame(single);
        QCOMPARE(f.events.size(), std::size_t(1));
        QCOMPARE(f.events[0].changes[0].price, m("0.61"));
    }

    void controlFramesAndMalformedEvents()
    {
        QVERIFY(!MarketEventParser::parseFrame("PONG").isJson);
        QVERIFY(!MarketEventParser::parseFrame("").isJson);
        auto f = MarketEventParser::parseFrame(R"([{"event_type":"price_change","price_changes":[{"asset_id":"1","price":"abc","size":"1","side":"BUY"}]},
            {"event_type":"tick_size_change","asset_id":"1","old_tick_size":"0.01","new_tick_size":"0.001","timestamp":"5"},
            {"event_type":"last_trade_price","asset_id":"1","price":"0.456","size":"219.217767","side":"BUY","timestamp":"6","transaction_hash":"0xAB"},
            {"event_type":"book","asset_id":"1","bids":"nope"}, 7,
            {"event_type":"market_resolved","market":"0x1","assets_ids":["1","2"],"winning_asset_id":"2","winning_outcome":"No","timestamp":"9"}])");
        QCOMPARE(f.rejected.size(), std::size_t(3));
        QCOMPARE(f.rejected[0].index, 0);
        QCOMPARE(f.rejected[1].index, 3);
        QCOMPARE(f.rejected[2].index, 4);
        QCOMPARE(f.events.size(), std::size_t(3));
        QCOMPARE(f.events[0].newTickSize, m("0.001"));
        QCOMPARE(f.events[1].size, m("219.217767"));
        QCOMPARE(f.events[1].transactionHash, QStringLiteral("0xab"));
        QCOMPARE(f.events[2].winningAsset, QStringLiteral("2"));
        f = MarketEventParser::parseFrame(R"({"event_type":"book","asset_id":"1","bids":[{"price":"0.5","size":"1"}],)");
        QCOMPARE(f.rejected.size(), std::size_t(1));
        QCOMPARE(f.rejected[0].index, -1);
        f = MarketEventParser::parseFrame(R"({"event_type":"price_change","price_changes":[{"asset_id":"1","price":"1e400","size":"1","side":"BUY"}]})");
        QCOMPARE(f.rejected.size(), std::size_t(1));
    }

    void staleDuplicateAndDrift()
    {
        LocalOrderBook b;
        QCOMPARE(b.applyChange(Side::Buy, m("0.5"), m("1"), 1), LocalOrderBook::Apply::NoSnapshot);
        QVERIFY(b.needsResync());
        QCOMPARE(b.applySnapshot(book({{m("0.48"), m("30")}}, {{m("0.52"), m("25")}}, 100, QStringLiteral("h1"))),
                 LocalOrderBook::Apply::Applied);
        QVERIFY(!b.needsResync());
        QCOMPARE(b.applySnapshot(book({}, {}, 99)), LocalOrderBook::Apply::Stale);
        QCOMPARE(b.applyChange(Side::Buy, m("0.49"), m("10"), 99), LocalOrderBook::Apply::Stale);
        QCOMPARE(b.applyChange(Side::Buy, m("0.49"), m("10"), 101, QStringLiteral("h2")), LocalOrderBook::Apply::Applied);
        QCOMPARE(b.applyChange(Side::Buy, m("0.49"), m("10"), 101, QStringLiteral("h2")), LocalOrderBook::Apply::Duplicate);
        QCOMPARE(b.bestBid()->price, m("0.49"));
        QVERIFY(b.checkTop(m("0.49"), m("0.52")));
        QVERIFY(!b.checkTop(m("0.50"), m("0.52")));
        QVERIFY(b.needsResync());
        // A forced REST snapshot heals the book even if its timestamp is older.
        QCOMPARE(b.applySnapshot(book({{m("0.50"), m("5")}}, {}, 90), true), LocalOrderBook::Apply::Applied);
        QVERIFY(!b.needsResync());
        QVERIFY(b.checkTop(m("0.5"), m("1")));   // "1" with no asks = empty side
        QVERIFY(b.checkTop(m("0.5"), m("0")));
        QCOMPARE(b.applyChange(Side::Buy, m("0.50"), m("0"), 102), LocalOrderBook::Apply::Applied);
        QVERIFY(!b.bestBid().has_value());
        QVERIFY(!b.mid().has_value());
    }

    void randomSequenceMatchesRebuild()
    {
        std::mt19937 rng(12345);
        LocalOrderBook live;
        // The reference is rebuilt from scratch at every step from the last snapshot and the
        // deltas accepted since, applying the same ordering rule.
        struct Delta { Side side; std::int64_t price; std::int64_t size; std::int64_t ts; };
        BookSnapshot lastSnap;
        std::vector<Delta> since;
        std::int64_t ts = 1000;
        std::int64_t maxTs = 0;
        bool haveSnap = false;
        auto rndPrice = [&] { return std::int64_t(1 + rng() % 99) * 10'000; };
        for (int step = 0; step < 20'000; ++step) {
            const int roll = int(rng() % 100);
            ts += std::int64_t(rng() % 3);
            // Some deltas arrive late (older than what the book already reflects).
            const std::int64_t eventTs = (roll >= 3 && roll < 8) ? ts - 5 : ts;
            if (roll < 3 || !haveSnap) {
                BookSnapshot s;
                s.asset = QStringLiteral("1");
                s.venueTimestampMs = ts;
                const int nb = int(rng() % 12), na = int(rng() % 12);
                for (int i = 0; i < nb; ++i)
                    s.bids.push_back({Micros(rndPrice()), Micros(std::int64_t(rng() % 5'000'000))});
                for (int i = 0; i < na; ++i)
                    s.asks.push_back({Micros(rndPrice()), Micros(std::int64_t(rng() % 5'000'000))});
                if (live.applySnapshot(s) == LocalOrderBook::Apply::Applied) {
                    lastSnap = s;
                    since.clear();
                    maxTs = ts;
                    haveSnap = true;
                }
            } else {
                Delta d{rng() % 2 ? Side::Buy : Side::Sell, rndPrice(),
                        roll < 30 ? 0 : std::int64_t(rng() % 3'000'000), eventTs};
                const auto r = live.applyChange(d.side, Micros(d.price), Micros(d.size), d.ts);
                if (d.ts >= maxTs) {
                    QVERIFY(r != LocalOrderBook::Apply::Stale);
                    since.push_back(d);
                    maxTs = d.ts;
                } else {
                    QCOMPARE(r, LocalOrderBook::Apply::Stale);
                }
            }
            std::map<std::int64_t, std::int64_t> bids, asks;
            for (const auto& l : lastSnap.bids)
                if (l.size.raw() > 0)
                    bids[l.price.raw()] += l.size.raw();
            for (const auto& l : lastSnap.asks)
                if (l.size.raw() > 0)
                    asks[l.price.raw()] += l.size.raw();
            for (const auto& d : since) {
                auto& side = d.side == Side::Buy ? bids : asks;
                if (d.size == 0)
                    side.erase(d.price);
                else
                    side[d.price] = d.size;
            }
            std::vector<BookLevel> eb, ea;
            for (auto it = bids.rbegin(); it != bids.rend(); ++it)
                eb.push_back({Micros(it->first), Micros(it->second)});
            for (const auto& [p, sz] : asks)
                ea.push_back({Micros(p), Micros(sz)});
            // One plain comparison per step keeps 20,000 steps fast; QVERIFY names the step.
            if (live.levels(Side::Buy) != eb || live.levels(Side::Sell) != ea)
                QFAIL(qPrintable(QStringLiteral("book differs from rebuild at step %1").arg(step)));
        }
    }

    void l2WalksMatchHandComputedFills()
    {
        LocalOrderBook b;
        b.applySnapshot(book({{m("0.48"), m("30")}, {m("0.47"), m("10")}},
                             {{m("0.55"), m("200")}, {m("0.50"), m("100")}, {m("0.52"), m("50")}}));
        // BUY 180: 100 @ 0.50 = 50, 50 @ 0.52 = 26, 30 @ 0.55 = 16.5 -> 92.5, vwap 0.513888.
        auto f = b.walkShares(Side::Buy, m("180"));
        QVERIFY(f.complete);
        QCOMPARE(f.shares, m("180"));
        QCOMPARE(f.notional, m("92.5"));
        QCOMPARE(f.vwap, m("0.513888"));
        QCOMPARE(f.worstPrice, m("0.55"));
        QCOMPARE(f.levels, 3);
        // Limit 0.52 stops before the 0.55 level.
        f = b.walkShares(Side::Buy, m("180"), m("0.52"));
        QVERIFY(!f.complete);
        QCOMPARE(f.shares, m("150"));
        QCOMPARE(f.notional, m("76"));
        // SELL 35: 30 @ 0.48 = 14.4, 5 @ 0.47 = 2.35.
        f = b.walkShares(Side::Sell, m("35"));
        QCOMPARE(f.notional, m("16.75"));
        QCOMPARE(f.vwap, m("0.478571"));
        // SELL more than the book holds.
        f = b.walkShares(Side::Sell, m("100"));
        QVERIFY(!f.complete);
        QCOMPARE(f.shares, m("40"));
        // Cash 60: 100 @ 0.50 costs 50; 10 left buys floor(10 / 0.52) = 19.230769 shares costing
        // floor(0.52 * 19.230769) = 9.999999.
        f = b.walkCash(m("60"));
        QVERIFY(f.complete);
        QCOMPARE(f.shares, m("119.230769"));
        QCOMPARE(f.notional, m("59.999999"));
        QCOMPARE(f.levels, 2);
        // Fractional share sizes: 0.000001 shares at 0.5 cost floor(0.0000005) = 0.
        LocalOrderBook tiny;
        tiny.applySnapshot(book({}, {{m("0.5"), Micros(1)}}));
        f = tiny.walkShares(Side::Buy, Micros(1));
        QCOMPARE(f.notional, Micros(0));
        QCOMPARE(f.vwap, Micros(0));
        const auto snap = b.toSnapshot();
        QCOMPARE(snap.asks.front().price, m("0.50"));
        QCOMPARE(snap.bids.front().price, m("0.48"));
    }
};

QTEST_GUILESS_MAIN(TestLocalOrderBook)
#include "test_local_order_book.moc"
