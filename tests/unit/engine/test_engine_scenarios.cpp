// The engine end to end on small in-memory captures: clock and record timing, staleness,
// grouping, dedupe, processing order of the global scope, per-wallet attribution, partial
// fills, fees, settlement, SPLIT/MERGE, breakers with their re-arms, and the output layout.

#include "ScenarioBuilder.h"
#include "signal/ReasonCodes.h"

#include <QTest>

using namespace slip;
using namespace slip::test;

namespace {

constexpr std::int64_t kT0 = kMonday + 36'000'000; // Monday 10:00 UTC
constexpr std::int64_t kDelay = 2'750;              // window 2000 + latency 750, jitter 0

const QByteArray kLoose = R"({"seed":1,"global":{"jitter_ms":0,"copy_bps":10000,"max_trade_equity_bps":10000,
  "min_depth_bps":0,"max_total_exposure_bps":1000000,"max_market_exposure_bps":1000000,
  "max_wallet_exposure_bps":1000000%1},"wallets":[%2]})";

EngineConfig loose(const QByteArray& extraGlobal = {}, const QByteArray& wallets = {})
{
    QByteArray w = wallets;
    if (w.isEmpty())
        w = "{\"address\":\"0x1111111111111111111111111111111111111111\"},"
            "{\"address\":\"0x2222222222222222222222222222222222222222\"},"
            "{\"address\":\"0x3333333333333333333333333333333333333333\"}";
    QByteArray text = kLoose;
    text.replace("%1", extraGlobal.isEmpty() ? QByteArray() : "," + extraGlobal);
    text.replace("%2", w);
    return configFrom(text);
}

// The market from Monday 00:00, a book fresh enough (max_book_age 60 s) for decisions at kT0.
void baseMarket(Scenario& s)
{
    s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")});
    s.book(kT0 - 1'000, QStringLiteral("101"), {{"0.49", "10000"}}, {{"0.5", "10000"}});
}

} // namespace

class TestEngineScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleBoundaryAndKeys()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
        const std::int64_t venueSec = kT0 / 1000;
        s.trade(venueSec * 1000 + 120'000, kW1, QStringLiteral("101"), "BUY", "0.5", "20", {}, venueSec);
        s.trade(venueSec * 1000 + 120'000, kW1, QStringLiteral("101"), "BUY", "0.5", "20", {}, venueSec - 1);
        const auto r = s.run(loose());
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user.size(), std::size_t(2));
        const QString key = kW1 + QStringLiteral(":101:BUY:") + QString::number(venueSec * 1000 + 120'000);
        QCOMPARE(user[0].groupKey, key);
        QVERIFY(!user[0].reasons.contains(reason::kStaleEvent));
        QCOMPARE(user[1].groupKey, key + QStringLiteral("#1"));
        QCOMPARE(user[1].reasons, QStringList{reason::kStaleEvent});
        // Stale events still reach SHADOW.
        QCOMPARE(portfolioOf(r, QStringLiteral("SHADOW"), kW1).positions.at(0).shares, std::int64_t(40'000'000));
    }

    void groupingAcrossTheWindowEdge()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "10");
        s.trade(kT0 + 1'999, kW1, QStringLiteral("101"), "BUY", "0.6", "10");
        s.trade(kT0 + 2'000, kW1, QStringLiteral("101"), "BUY", "0.5", "10");
        const auto user = attemptsOf(s.run(loose()), QStringLiteral("EXEC_USER"));
        QCOMPARE(user.size(), std::size_t(2));
        QCOMPARE(user[0].theirShares, std::int64_t(20'000'000));
        QCOMPARE(user[0].theirNotional, std::int64_t(11'000'000));
        QCOMPARE(user[0].theirVwap, std::int64_t(550'000));
        QCOMPARE(user[0].flushMs, kT0 + 2'000);
        QCOMPARE(user[0].decisionMs, kT0 + kDelay);
        QCOMPARE(user[1].t0, kT0 + 2'000);
        QCOMPARE(user[1].theirShares, std::int64_t(10'000'000));
    }

    void duplicatesAcrossRecordsAndFeedsCountOnce()
    {
        Scenario s;
        baseMarket(s);
        const QJsonObject row = Scenario::tradeRow(kW1, QStringLiteral("101"), "BUY", "0.5", "10", kT0 / 1000, QStringLiteral("0xabc"));
        s.add(kT0, QStringLiteral("data-api.activity"), QJsonArray{row, row}); // two identical fills: k = 0, 1
        QJsonObject noType = row;
        noType.remove(QStringLiteral("type"));
        s.add(kT0 + 5'000, QStringLiteral("data-api.trades"), QJsonObject{{QStringLiteral("data"), QJsonArray{noType, noType, noType}}});
        const auto r = s.run(loose());
        QCOMPARE(r.stats.duplicates, 2);
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user.size(), std::size_t(2)); // the third fill (k = 2) is new, outside the window
        QCOMPARE(user[0].theirShares, std::int64_t(20'000'000));
        QCOMPARE(user[1].theirShares, std::int64_t(10'000'000));
    }

    void recordsInForceFromTheirT()
    {
        // Market and book arriving exactly at D apply; one ms later they do not.
        for (const std::int64_t offset : {std::int64_t(0), std::int64_t(1)}) {
            Scenario s;
            s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
            s.market(kT0 + kDelay + offset, QStringLiteral("0xc1"), {QStringLiteral("101")});
            s.book(kT0 + kDelay + offset, QStringLiteral("101"), {{"0.49", "100"}}, {{"0.5", "100"}});
            const auto user = attemptsOf(s.run(loose()), QStringLiteral("EXEC_USER"));
            if (offset == 0)
                QVERIFY2(user[0].execute, qPrintable(user[0].reasons.join(u',')));
            else
                QCOMPARE(user[0].reasons, QStringList{reason::kUnknownMarket});
        }
    }

    void controlSwitchesAtDecisionTime()
    {
        for (const std::int64_t offset : {std::int64_t(0), std::int64_t(1)}) {
            Scenario s;
            baseMarket(s);
            s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
            s.control(kT0 + kDelay + offset, QJsonObject{{QStringLiteral("action"), QStringLiteral("kill_switch")}, {QStringLiteral("engaged"), true}});
            s.control(kT0 + kDelay + offset, QJsonObject{{QStringLiteral("action"), QStringLiteral("pause")}, {QStringLiteral("engaged"), true}});
            s.control(kT0, QJsonObject{{QStringLiteral("action"), QStringLiteral("set_config")}});
            const auto r = s.run(loose());
            QCOMPARE(r.stats.ignoredControls, 1);
            const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
            if (offset == 0)
                QCOMPARE(user[0].reasons, (QStringList{reason::kKillSwitch, reason::kEnginePaused}));
            else
                QVERIFY(user[0].execute);
        }
        // The config's switch applies until a control record says otherwise.
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
        s.control(kT0, QJsonObject{{QStringLiteral("action"), QStringLiteral("pause")}, {QStringLiteral("engaged"), false}});
        const auto user = attemptsOf(s.run(loose("\"paused\":true,\"kill_switch\":true")), QStringLiteral("EXEC_USER"));
        QCOMPARE(user[0].reasons, QStringList{reason::kKillSwitch});
    }

    void globalScopeIsFifoOverWallets()
    {
        Scenario s;
        baseMarket(s);
        // W2's event is captured first at the same time; the order is by wallet at equal times.
        s.trade(kT0, kW2, QStringLiteral("101"), "BUY", "0.5", "16");
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "16");
        const auto r = s.run(loose("\"global_bankroll_usdc\":\"10\",\"min_trade_usdc\":\"1\""));
        QCOMPARE(r.attempts.size(), std::size_t(4));
        QCOMPARE(r.attempts[0].scope, QStringLiteral("EXEC_USER"));
        QCOMPARE(r.attempts[0].wallet, kW1);
        QCOMPARE(r.attempts[1].scope, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(r.attempts[1].wallet, kW1);
        QVERIFY(r.attempts[1].execute);
        QCOMPARE(r.attempts[1].filledNotional.value_or(-1), std::int64_t(8'000'000));
        QCOMPARE(r.attempts[3].wallet, kW2);
        // E = 2 + notional(0.495, 16) = 9.92; tn = 8 > cash 2.
        QCOMPARE(r.attempts[3].reasons, QStringList{reason::kInsufficientCash});
        QCOMPARE(r.attempts[3].targetNotional.value_or(-1), std::int64_t(8'000'000));
        QVERIFY(r.attempts[2].execute); // W2's own EXEC_USER has its own bankroll
        const auto& g = portfolioOf(r, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(g.cash, std::int64_t(2'000'000));
        QCOMPARE(g.equity, std::int64_t(9'920'000));
    }

    void globalSellsReduceOnlyTheirWalletsLot()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
        s.trade(kT0 + 100, kW2, QStringLiteral("101"), "BUY", "0.5", "20");
        s.trade(kT0 + 10'000, kW1, QStringLiteral("101"), "SELL", "0.5", "20");
        s.trade(kT0 + 10'100, kW3, QStringLiteral("101"), "SELL", "0.5", "20");
        const auto r = s.run(loose());
        QCOMPARE(r.stats.untrackedSells, 1);
        const auto global = attemptsOf(r, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(global.size(), std::size_t(4));
        QVERIFY(global[2].execute); // W1's full exit: its own 20 shares at the 0.49 bid
        QCOMPARE(global[2].targetShares.value_or(-1), std::int64_t(20'000'000));
        QCOMPARE(global[2].filledNotional.value_or(-1), std::int64_t(9'800'000));
        QCOMPARE(global[3].reasons, QStringList{reason::kNoPosition}); // W3 holds no lot
        const auto& g = portfolioOf(r, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(g.wallet, QString());
        QCOMPARE(g.positions.size(), std::size_t(1));
        QCOMPARE(g.positions[0].shares, std::int64_t(20'000'000));
        QCOMPARE(g.positions[0].costBasis, std::int64_t(10'000'000));
        QCOMPARE(g.realized, std::int64_t(-200'000));
    }

    void partialFillAndFees()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
        s.book(kT0, QStringLiteral("101"), {{"0.49", "10000"}}, {{"0.5", "10"}, {"0.6", "1000"}});
        s.feeRate(kT0 + kDelay, QStringLiteral("101"), 100);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "100");
        s.trade(kT0, kW2, QStringLiteral("101"), "BUY", "0.5", "100");
        const QByteArray wallets = "{\"address\":\"0x1111111111111111111111111111111111111111\"},"
                                   "{\"address\":\"0x2222222222222222222222222222222222222222\",\"overrides\":{\"fee_rate_bps\":0}}";
        const auto r = s.run(loose({}, wallets));
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QVERIFY(user[0].execute);
        QCOMPARE(user[0].targetShares.value_or(-1), std::int64_t(100'000'000));
        QCOMPARE(user[0].filledShares.value_or(-1), std::int64_t(10'000'000));
        QCOMPARE(user[0].filledNotional.value_or(-1), std::int64_t(5'000'000));
        QCOMPARE(user[0].vwap.value_or(-1), std::int64_t(500'000));
        QCOMPARE(user[0].fee.value_or(-1), std::int64_t(50'000));
        QCOMPARE(user[1].fee.value_or(-1), std::int64_t(0));
        const auto& p = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QCOMPARE(p.cash, std::int64_t(1'000'000'000 - 5'050'000));
        QCOMPARE(p.positions.at(0).costBasis, std::int64_t(5'050'000));
        // The global scope uses W2's fee override too (fee_rate_bps is not portfolio-wide).
        const auto global = attemptsOf(r, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(global[0].fee.value_or(-1), std::int64_t(50'000));
        QCOMPARE(global[1].fee.value_or(-1), std::int64_t(0));
    }

    void fillVwapIsFloored()
    {
        // 1 share at 0.50 and 2 at 0.51: 1.52 / 3 = 0.50666… -> 506666.
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
        s.book(kT0, QStringLiteral("101"), {{"0.49", "10"}}, {{"0.51", "1000"}, {"0.5", "1"}});
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.505", "3");
        const auto user = attemptsOf(s.run(loose("\"min_trade_usdc\":\"1\"")), QStringLiteral("EXEC_USER"));
        QVERIFY2(user[0].execute, qPrintable(user[0].reasons.join(u',')));
        QCOMPARE(user[0].targetShares.value_or(-1), std::int64_t(3'000'000));
        QCOMPARE(user[0].filledNotional.value_or(-1), std::int64_t(1'520'000));
        QCOMPARE(user[0].vwap.value_or(-1), std::int64_t(506'666));
    }

    void noLiquidityWithinBounds()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
        s.book(kT0, QStringLiteral("101"), {{"0.49", "10"}}, {{"0.511", "100"}});
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
        auto user = attemptsOf(s.run(loose("\"max_spread\":\"0.05\"")), QStringLiteral("EXEC_USER"));
        QCOMPARE(user[0].reasons, QStringList{reason::kNoLiquidityWithinBounds});
        QCOMPARE(user[0].mid.value_or(-1), std::int64_t(500'500));
        QVERIFY(!user[0].filledShares.has_value());
        // With the ask at the bound (min(0.51, 0.5005 + 0.015)) it fills.
        Scenario t;
        t.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
        t.book(kT0, QStringLiteral("101"), {{"0.49", "10"}}, {{"0.51", "100"}});
        t.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "20");
        user = attemptsOf(t.run(loose("\"max_spread\":\"0.05\"")), QStringLiteral("EXEC_USER"));
        QVERIFY(user[0].execute);
    }

    void stageEInsufficientCash()
    {
        // One share-micro at 1.0 costs 1 micro plus a 100 % fee of 1 micro: more than the
        // 1-micro bankroll that passed stage C (tn = 1). Without the fee it fills.
        for (const int feeBps : {10'000, 0}) {
            Scenario s;
            s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101")});
            s.book(kT0, QStringLiteral("101"), {{"0.99", "10"}}, {{"1", "10"}});
            s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.000001", "100");
            const QByteArray g = "\"sizing_mode\":\"share_ratio\",\"min_trade_usdc\":\"0\",\"max_worse_than_fill\":\"1\","
                                 "\"wallet_bankroll_usdc\":\"0.000001\",\"fee_rate_bps\":" + QByteArray::number(feeBps);
            const auto user = attemptsOf(s.run(loose(g, "{\"address\":\"0x1111111111111111111111111111111111111111\"}")),
                                         QStringLiteral("EXEC_USER"));
            QCOMPARE(user[0].theirVwap, std::int64_t(1));
            QCOMPARE(user[0].targetNotional.value_or(-1), std::int64_t(1));
            QCOMPARE(user[0].targetShares.value_or(-1), std::int64_t(1'000'000));
            if (feeBps > 0) {
                QCOMPARE(user[0].reasons, QStringList{reason::kInsufficientCash});
                QCOMPARE(user[0].mid.value_or(-1), std::int64_t(995'000));
            } else {
                QVERIFY(user[0].execute);
                QCOMPARE(user[0].filledShares.value_or(-1), std::int64_t(1));
                QCOMPARE(user[0].filledNotional.value_or(-1), std::int64_t(1));
            }
        }
    }

    void settlementTimelineAndShadow()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.market(kT0 + 10'000, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")}, true, {QStringLiteral("1"), QStringLiteral("0")});
        s.trade(kT0 + 20'000, kW1, QStringLiteral("101"), "BUY", "0.5", "100");
        const auto r = s.run(loose("\"max_trade_usdc\":\"100\"", "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user[0].filledShares.value_or(-1), std::int64_t(200'000'000));
        QCOMPARE(user[1].reasons, QStringList{reason::kMarketClosed});
        const auto& p = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QCOMPARE(p.cash, std::int64_t(1'100'000'000));
        QCOMPARE(p.realized, std::int64_t(100'000'000));
        QVERIFY(p.positions.empty());
        // SHADOW: -100 +200 (settled), then a BUY after settlement settles at once: -50 +100.
        const auto& sh = portfolioOf(r, QStringLiteral("SHADOW"), kW1);
        QCOMPARE(sh.cash, std::int64_t(150'000'000));
        QCOMPARE(sh.realized, std::int64_t(150'000'000));
        QVERIFY(sh.positions.empty());
    }

    void closedWithoutSingleWinnerDoesNotSettle()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.market(kT0 + 10'000, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")}, true, {QStringLiteral("0"), QStringLiteral("0")});
        const auto r = s.run(loose({}, "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
        QCOMPARE(portfolioOf(r, QStringLiteral("SHADOW"), kW1).positions.size(), std::size_t(1));
        QCOMPARE(portfolioOf(r, QStringLiteral("EXEC_USER"), kW1).positions.size(), std::size_t(1));
    }

    void splitAndMergeEverywhere()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")});
        s.splitMerge(kT0, kW1, "SPLIT", QStringLiteral("0xC1"), "300");
        s.splitMerge(kT0 + 10'000, kW1, "MERGE", QStringLiteral("0xc1"), "100");
        s.splitMerge(kT0 + 20'000, kW1, "MERGE", QStringLiteral("0xc1"), "1000");
        const auto r = s.run(configFrom(R"({"global":{"jitter_ms":0},"wallets":[{"address":"0x1111111111111111111111111111111111111111"}]})"));
        QCOMPARE(r.stats.untrackedMerges, 1);
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user.size(), std::size_t(3));
        QCOMPARE(user[0].side, QStringLiteral("SPLIT"));
        QCOMPARE(user[0].asset, QStringLiteral("0xc1"));
        QCOMPARE(user[0].groupKey, kW1 + QStringLiteral(":0xc1:SPLIT:") + QString::number(kT0));
        QCOMPARE(user[0].flushMs, kT0);
        QCOMPARE(user[0].decisionMs, kT0 + 750);
        QCOMPARE(user[0].theirVwap, std::int64_t(1'000'000));
        QCOMPARE(user[0].filledShares.value_or(-1), std::int64_t(3'000'000));
        QCOMPARE(user[0].fee.value_or(-1), std::int64_t(0));
        QVERIFY(!user[0].mid.has_value());
        QVERIFY(user[1].execute);
        QCOMPARE(user[2].reasons, QStringList{reason::kNoPosition});
        const auto& p = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QCOMPARE(p.cash, std::int64_t(998'000'000));
        QCOMPARE(p.positions.size(), std::size_t(2));
        QCOMPARE(p.positions[0].shares, std::int64_t(2'000'000));
        QCOMPARE(p.positions[0].costBasis, std::int64_t(1'000'000));
        const auto& sh = portfolioOf(r, QStringLiteral("SHADOW"), kW1);
        QCOMPARE(sh.cash, std::int64_t(-300'000'000 + 100'000'000 + 200'000'000));
        QVERIFY(sh.positions.empty());
        QCOMPARE(sh.realized, std::int64_t(0));
    }

    void dailyBreakerTripsAndReArmsNextDay()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.book(kT0 + 10'000, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(kT0 + 20'000, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const std::int64_t t1 = kT0 + 86'400'000;
        s.book(t1, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(t1, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const auto r = s.run(loose("\"max_trade_usdc\":\"1000\",\"weekly_loss_bps\":0,\"max_drawdown_bps\":0,\"max_spread\":\"0.05\"",
                                   "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QVERIFY(user[0].execute);
        QCOMPARE(user[1].reasons, QStringList{reason::kCircuitBreaker});
        QVERIFY2(user[2].execute, qPrintable(user[2].reasons.join(u',')));
        QCOMPARE(r.breakerEvents.size(), std::size_t(2));
        const auto& trip = r.breakerEvents[0];
        QVERIFY(!trip.globalScope);
        QCOMPARE(trip.wallet, kW1);
        QCOMPARE(trip.event.breaker, BreakerKind::Daily);
        QVERIFY(trip.event.trip);
        QCOMPARE(trip.event.tMs, kT0 + 20'000 + kDelay);
        QCOMPARE(trip.event.equity, std::int64_t(961'000'000)); // 900 + notional(0.305, 200)
        QCOMPARE(trip.event.reference, std::int64_t(1'000'000'000));
        const auto& rearm = r.breakerEvents[1];
        QVERIFY(!rearm.event.trip);
        QCOMPARE(rearm.event.tMs, kMonday + 86'400'000);
        QCOMPARE(rearm.event.equity, std::int64_t(961'000'000));
        QCOMPARE(rearm.event.reference, std::int64_t(961'000'000));
        // The global scope (bankroll 10000) lost only 0.39 %: no trip.
        QCOMPARE(attemptsOf(r, QStringLiteral("EXEC_GLOBAL"))[1].execute, true);
    }

    void dailyBreakerBoundary()
    {
        // A 3.9 % loss trips at 390 bps and not at 391 bps.
        for (const int bps : {390, 391}) {
            Scenario s;
            baseMarket(s);
            s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
            s.book(kT0 + 10'000, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
            s.trade(kT0 + 20'000, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
            const QByteArray g = "\"max_trade_usdc\":\"1000\",\"weekly_loss_bps\":0,\"max_drawdown_bps\":0,\"max_spread\":\"0.05\",\"daily_loss_bps\":" +
                                 QByteArray::number(bps);
            const auto r = s.run(loose(g, "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
            QCOMPARE(attemptsOf(r, QStringLiteral("EXEC_USER"))[1].execute, bps == 391);
        }
    }

    void weeklyBreakerHoldsUntilMonday()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.book(kT0 + 10'000, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(kT0 + 20'000, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const std::int64_t tue = kT0 + 86'400'000;
        s.book(tue, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(tue, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const std::int64_t nextMon = kT0 + 7 * 86'400'000;
        s.book(nextMon, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(nextMon, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const auto r = s.run(loose("\"max_trade_usdc\":\"1000\",\"daily_loss_bps\":0,\"weekly_loss_bps\":300,\"max_drawdown_bps\":0,\"max_spread\":\"0.05\"",
                                   "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user[1].reasons, QStringList{reason::kCircuitBreaker});
        QCOMPARE(user[2].reasons, QStringList{reason::kCircuitBreaker});
        QVERIFY(user[3].execute);
        QCOMPARE(r.breakerEvents.size(), std::size_t(2));
        QCOMPARE(r.breakerEvents[1].event.breaker, BreakerKind::Weekly);
        QCOMPARE(r.breakerEvents[1].event.tMs, kMonday + 7 * 86'400'000);
        QVERIFY(!r.breakerEvents[1].event.trip);
    }

    void drawdownNeedsOperatorReset()
    {
        Scenario s;
        baseMarket(s);
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.book(kT0 + 10'000, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(kT0 + 20'000, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const std::int64_t tue = kT0 + 86'400'000;
        s.book(tue, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(tue, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const QJsonObject reset{{QStringLiteral("action"), QStringLiteral("reset_breaker")}, {QStringLiteral("scope"), QStringLiteral("EXEC_USER")},
                                {QStringLiteral("wallet"), kW1.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x"))},
                                {QStringLiteral("breaker"), QStringLiteral("drawdown")}};
        s.control(tue + 10'000, reset);
        s.control(tue + 10'000, QJsonObject{{QStringLiteral("action"), QStringLiteral("reset_breaker")}, {QStringLiteral("scope"), QStringLiteral("EXEC_GLOBAL")},
                                            {QStringLiteral("breaker"), QStringLiteral("drawdown")}});
        s.book(tue + 20'000, QStringLiteral("101"), {{"0.3", "10000"}}, {{"0.31", "10000"}});
        s.trade(tue + 20'000, kW1, QStringLiteral("101"), "BUY", "0.31", "100");
        const auto r = s.run(loose("\"max_trade_usdc\":\"1000\",\"daily_loss_bps\":0,\"weekly_loss_bps\":0,\"max_drawdown_bps\":300,\"max_spread\":\"0.05\"",
                                   "{\"address\":\"0x1111111111111111111111111111111111111111\"}"));
        const auto user = attemptsOf(r, QStringLiteral("EXEC_USER"));
        QCOMPARE(user[1].reasons, QStringList{reason::kCircuitBreaker});
        QCOMPARE(user[2].reasons, QStringList{reason::kCircuitBreaker}); // a new day does not re-arm it
        QVERIFY(user[3].execute);
        QCOMPARE(r.breakerEvents.size(), std::size_t(2)); // the global reset did nothing: not tripped
        QCOMPARE(r.breakerEvents[0].event.reference, std::int64_t(1'000'000'000)); // the peak
        const auto& reArm = r.breakerEvents[1].event;
        QVERIFY(!reArm.trip);
        QCOMPARE(reArm.breaker, BreakerKind::Drawdown);
        QCOMPARE(reArm.tMs, tue + 10'000);
        QCOMPARE(reArm.equity, std::int64_t(961'000'000));
        QCOMPARE(reArm.reference, std::int64_t(961'000'000));
    }

    void outputLayout()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("99"), QStringLiteral("101")});
        s.book(kT0, QStringLiteral("99"), {{"0.49", "10000"}}, {{"0.5", "10000"}});
        s.book(kT0, QStringLiteral("101"), {{"0.49", "10000"}}, {{"0.5", "10000"}});
        s.trade(kT0, kW2, QStringLiteral("99"), "BUY", "0.5", "20");
        s.trade(kT0, kW2, QStringLiteral("101"), "BUY", "0.5", "20");
        const auto r = s.run(loose());
        QCOMPARE(r.portfolios.size(), std::size_t(7));
        QCOMPARE(r.portfolios[0].scope, QStringLiteral("SHADOW"));
        QCOMPARE(r.portfolios[0].wallet, kW1);
        QCOMPARE(r.portfolios[3].scope, QStringLiteral("EXEC_USER"));
        QCOMPARE(r.portfolios[6].scope, QStringLiteral("EXEC_GLOBAL"));
        const auto& p = portfolioOf(r, QStringLiteral("EXEC_USER"), kW2);
        QCOMPARE(p.positions.size(), std::size_t(2));
        QCOMPARE(p.positions[0].asset, QStringLiteral("101")); // bytewise: "101" < "99"
        QCOMPARE(r.attempts[0].asset, QStringLiteral("101"));
        const QByteArray json = ReplayResultWriter::toJson(r);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("attempts"), QStringLiteral("breaker_events"), QStringLiteral("ledger_sha256"), QStringLiteral("portfolios")}));
        const QJsonObject a = o.value(QStringLiteral("attempts")).toArray().at(0).toObject();
        QCOMPARE(a.size(), 20);
        QCOMPARE(a.value(QStringLiteral("decision")).toString(), QStringLiteral("EXECUTE"));
        QVERIFY(a.value(QStringLiteral("reasons")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("portfolios")).toArray().at(6).toObject().value(QStringLiteral("wallet")).isNull());
        QCOMPARE(json, ReplayResultWriter::toJson(s.run(loose())));
    }
};

QTEST_GUILESS_MAIN(TestEngineScenarios)
#include "test_engine_scenarios.moc"
