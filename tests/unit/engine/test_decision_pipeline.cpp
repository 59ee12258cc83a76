// Every reason code of spec/copy-engine.md §5 produced by the pipeline, each with its boundary
// (one micro or millisecond on the other side passes), and the sizing floors.

#include "signal/DecisionPipeline.h"
#include "signal/ReasonCodes.h"

#include <QTest>

using namespace slip;

namespace {

// A BUY group of 2000 shares at 0.5 (their notional 1000 USDC) decided at D, with a healthy
// market, book and portfolio: defaults give tn = 7.5 USDC (the 75 bps equity cap of 1000).
struct Fixture
{
    CopyGroup group;
    WalletParams params;
    MarketInfo market;
    BookSnapshot book;
    std::int64_t totalExposure = 0;
    std::int64_t marketExposure = 0;
    std::int64_t walletExposure = 0;
    std::int64_t tokenHolding = 0;
    DecisionContext ctx;

    Fixture()
    {
        group.wallet = QStringLiteral("0x1111111111111111111111111111111111111111");
        group.asset = QStringLiteral("101");
        group.side = QStringLiteral("BUY");
        group.rowCondition = QStringLiteral("0xc1");
        group.t0 = 1'000'000;
        group.flushMs = 1'002'000;
        group.decisionMs = 1'003'000;
        group.groupKey = QStringLiteral("k");
        group.theirShares = 2'000'000'000;
        group.theirNotional = 1'000'000'000;
        group.theirVwap = 500'000;
        market.conditionId = QStringLiteral("0xc1");
        market.tokenIds = {QStringLiteral("101"), QStringLiteral("102")};
        book.asset = QStringLiteral("101");
        book.bids = {{Micros(490'000), Micros(1'000'000'000)}};
        book.asks = {{Micros(510'000), Micros(1'000'000'000)}};
        ctx.params = &params;
        ctx.market = &market;
        ctx.equity = 1'000'000'000;
        ctx.cash = 1'000'000'000;
        ctx.book = &book;
        ctx.bookT = group.decisionMs;
        ctx.totalExposure = [this] { return totalExposure; };
        ctx.marketExposure = [this](const QString&) { return marketExposure; };
        ctx.walletExposure = [this] { return walletExposure; };
        ctx.tokenHoldings = [this](const QString&) { return tokenHolding; };
    }

    PipelineOutcome decide()
    {
        ctx.group = &group;
        return DecisionPipeline::decide(ctx);
    }
    QStringList reasons() { return decide().attempt.reasons; }
    void sell(std::int64_t holdings)
    {
        group.side = QStringLiteral("SELL");
        ctx.holdings = holdings;
    }
};

} // namespace

class TestDecisionPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsPass()
    {
        Fixture f;
        const auto out = f.decide();
        QVERIFY(out.fill);
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(7'500'000));
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(15'000'000));
        QCOMPARE(out.attempt.mid.value_or(-1), std::int64_t(500'000));
        QCOMPARE(out.bound, std::int64_t(510'000)); // min(0.5 + 0.01, 0.5 + 0.015)
        QCOMPARE(out.condition, QStringLiteral("0xc1"));
    }

    void gatesAllReportedInCanonicalOrder()
    {
        Fixture f;
        f.group.stale = true;
        f.ctx.killSwitch = true;
        f.ctx.paused = true;
        f.ctx.walletEnabled = false;
        f.market.closed = true;
        f.params.blacklist = {QStringLiteral("0xc1")};
        f.params.categories = {QStringLiteral("Sports")};
        f.market.endMs = f.group.decisionMs;
        f.ctx.breakerTripped = true;
        const auto out = f.decide();
        QCOMPARE(out.attempt.reasons,
                 (QStringList{reason::kStaleEvent, reason::kKillSwitch, reason::kEnginePaused, reason::kWalletDisabled,
                              reason::kMarketClosed, reason::kMarketBlacklisted, reason::kCategoryFiltered,
                              reason::kNearClose, reason::kCircuitBreaker}));
        QVERIFY(!out.attempt.targetNotional.has_value());
        QVERIFY(!out.attempt.mid.has_value());
    }

    void unknownMarketSkipsMarketChecksButNotBlacklist()
    {
        Fixture f;
        f.ctx.market = nullptr;
        f.params.blacklist = {QStringLiteral("0xc1")};
        f.params.categories = {QStringLiteral("Sports")};
        QCOMPARE(f.reasons(), (QStringList{reason::kUnknownMarket, reason::kMarketBlacklisted}));
    }

    void eachGateAloneAndItsBoundary()
    {
        { Fixture f; f.group.stale = true; QCOMPARE(f.reasons(), QStringList{reason::kStaleEvent}); }
        { Fixture f; f.ctx.killSwitch = true; QCOMPARE(f.reasons(), QStringList{reason::kKillSwitch}); }
        { Fixture f; f.ctx.paused = true; QCOMPARE(f.reasons(), QStringList{reason::kEnginePaused}); }
        { Fixture f; f.ctx.walletEnabled = false; QCOMPARE(f.reasons(), QStringList{reason::kWalletDisabled}); }
        { Fixture f; f.market.closed = true; QCOMPARE(f.reasons(), QStringList{reason::kMarketClosed}); }
        { Fixture f; f.ctx.breakerTripped = true; QCOMPARE(f.reasons(), QStringList{reason::kCircuitBreaker}); }
        // Blacklist: a different condition passes.
        { Fixture f; f.params.blacklist = {QStringLiteral("0xc1")}; QCOMPARE(f.reasons(), QStringList{reason::kMarketBlacklisted}); }
        { Fixture f; f.params.blacklist = {QStringLiteral("0xc2")}; QVERIFY(f.decide().fill); }
        // Categories: ASCII case-insensitive match passes, no match fails.
        { Fixture f; f.params.categories = {QStringLiteral("sports")}; f.market.categories = {QStringLiteral("Crypto")};
          QCOMPARE(f.reasons(), QStringList{reason::kCategoryFiltered}); }
        { Fixture f; f.params.categories = {QStringLiteral("sPORTs")}; f.market.categories = {QStringLiteral("Crypto"), QStringLiteral("Sports")};
          QVERIFY(f.decide().fill); }
        // Near close: end - D < near_close fails; = near_close passes; no end time never.
        { Fixture f; f.market.endMs = f.group.decisionMs + f.params.nearCloseMs - 1; QCOMPARE(f.reasons(), QStringList{reason::kNearClose}); }
        { Fixture f; f.market.endMs = f.group.decisionMs + f.params.nearCloseMs; QVERIFY(f.decide().fill); }
    }

    void sellGates()
    {
        { Fixture f; f.sell(0); QCOMPARE(f.reasons(), QStringList{reason::kNoPosition}); }
        // Breakers, blacklist, categories and near-close do not block a SELL.
        Fixture f;
        f.sell(15'000'000);
        f.ctx.breakerTripped = true;
        f.params.blacklist = {QStringLiteral("0xc1")};
        f.params.categories = {QStringLiteral("x")};
        f.market.endMs = f.group.decisionMs;
        f.book.bids = {{Micros(500'000), Micros(1'000'000'000)}};
        f.book.asks = {{Micros(510'000), Micros(1'000'000'000)}};
        const auto out = f.decide();
        QVERIFY2(out.fill, qPrintable(out.attempt.reasons.join(u',')));
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(15'000'000));
    }

    void belowMinNotionalBoundary()
    {
        Fixture f;
        // tn = floor(1000 USDC * 100 bps) capped at 7.5: raise min to 7.5 passes, 7.500001 fails.
        f.params.minTradeUsdc = Micros(7'500'000);
        QVERIFY(f.decide().fill);
        f.params.minTradeUsdc = Micros(7'500'001);
        QCOMPARE(f.reasons(), QStringList{reason::kBelowMinNotional});
    }

    void belowMinNotionalWhenSharesRoundToZero()
    {
        Fixture f;
        f.params.minTradeUsdc = Micros(0);
        f.params.sizingMode = SizingMode::FixedUsdc;
        f.params.fixedUsdc = Micros(0);
        QCOMPARE(f.reasons(), QStringList{reason::kBelowMinNotional});
    }

    void belowVenueMinimumBoundary()
    {
        Fixture f;
        f.market.orderMinSize = Micros(15'000'000);
        QVERIFY(f.decide().fill);
        f.market.orderMinSize = Micros(15'000'001);
        QCOMPARE(f.reasons(), QStringList{reason::kBelowVenueMinimum});
        f.params.minTradeUsdc = Micros(7'500'001);
        QCOMPARE(f.reasons(), (QStringList{reason::kBelowMinNotional, reason::kBelowVenueMinimum}));
    }

    void riskCapsBoundaries()
    {
        // Limits at E = 1000 USDC: total 700, market 50, wallet 200; tn = 7.5.
        { Fixture f; f.totalExposure = 700'000'000 - 7'500'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.totalExposure = 700'000'000 - 7'500'000 + 1; QCOMPARE(f.reasons(), QStringList{reason::kRiskCapTotal}); }
        { Fixture f; f.marketExposure = 50'000'000 - 7'500'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.marketExposure = 50'000'000 - 7'500'000 + 1; QCOMPARE(f.reasons(), QStringList{reason::kRiskCapMarket}); }
        { Fixture f; f.ctx.globalScope = true; f.walletExposure = 200'000'000 - 7'500'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.ctx.globalScope = true; f.walletExposure = 200'000'000 - 7'500'000 + 1; QCOMPARE(f.reasons(), QStringList{reason::kRiskCapWallet}); }
        // RISK_CAP_WALLET is EXEC_GLOBAL only.
        { Fixture f; f.walletExposure = 1'000'000'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.ctx.cash = 7'500'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.ctx.cash = 7'499'999; QCOMPARE(f.reasons(), QStringList{reason::kInsufficientCash}); }
        { Fixture f; f.ctx.globalScope = true; f.totalExposure = f.marketExposure = f.walletExposure = 1'000'000'000; f.ctx.cash = 0;
          QCOMPARE(f.reasons(), (QStringList{reason::kRiskCapTotal, reason::kRiskCapMarket, reason::kRiskCapWallet, reason::kInsufficientCash})); }
        // SELLs skip stage C.
        { Fixture f; f.sell(15'000'000); f.totalExposure = 1'000'000'000; f.ctx.cash = 0; QVERIFY(f.decide().fill); }
    }

    void bookUnavailableAndAge()
    {
        { Fixture f; f.ctx.book = nullptr; QCOMPARE(f.reasons(), QStringList{reason::kBookUnavailable}); }
        { Fixture f; f.ctx.bookT = f.group.decisionMs - 60'000; QVERIFY(f.decide().fill); }
        { Fixture f; f.ctx.bookT = f.group.decisionMs - 60'001; QCOMPARE(f.reasons(), QStringList{reason::kBookUnavailable});
          QVERIFY(!f.decide().attempt.mid.has_value()); }
    }

    void oneSidedBook()
    {
        Fixture f;
        f.book.bids.clear();
        const auto out = f.decide();
        QCOMPARE(out.attempt.reasons, QStringList{reason::kOneSidedBook});
        QVERIFY(!out.attempt.mid.has_value());
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(7'500'000));
    }

    void spreadBoundary()
    {
        Fixture f;
        f.book.bids = {{Micros(490'000), Micros(1'000'000'000)}};
        f.book.asks = {{Micros(510'000), Micros(1'000'000'000)}};
        QVERIFY(f.decide().fill); // spread exactly 0.02
        f.book.asks = {{Micros(510'001), Micros(1'000'000'000)}};
        f.params.minDepthBps = 0;
        const auto out = f.decide();
        QCOMPARE(out.attempt.reasons, QStringList{reason::kSpreadTooWide});
        QCOMPARE(out.attempt.mid.value_or(-1), std::int64_t(500'000)); // floor(1000001 / 2)
    }

    void depthBoundary()
    {
        Fixture f;
        // Needed: floor(7.5 * 12500 / 10000) = 9.375 USDC inside the bound (asks <= 0.51).
        f.book.asks = {{Micros(510'000), Micros(18'382'353)}, {Micros(510'001), Micros(1'000'000'000)}};
        QVERIFY(f.decide().fill); // notional(0.51, 18.382353) = 9.375000
        f.book.asks = {{Micros(510'000), Micros(18'382'352)}, {Micros(510'001), Micros(1'000'000'000)}};
        QCOMPARE(f.reasons(), QStringList{reason::kInsufficientDepth});
        f.params.minDepthBps = 0; // disabled
        QVERIFY(f.decide().fill);
        f.book.asks = {{Micros(510'000), Micros(18'382'352)}, {Micros(510'001), Micros(1'000'000'000)}};
        f.params.minDepthBps = 12'500;
        f.params.maxSpread = Micros(0);
        QCOMPARE(f.reasons(), (QStringList{reason::kSpreadTooWide, reason::kInsufficientDepth}));
    }

    void depthThresholdIsFloored()
    {
        // E = 1000.000134 gives tn = 7.500001; needed depth floor(7.500001 * 1.25) = 9.375001
        // (9.37500125 unfloored): a depth of exactly 9.375001 passes only because of the floor.
        Fixture f;
        f.ctx.equity = 1'000'000'134;
        f.book.asks = {{Micros(510'000), Micros(18'382'355)}}; // notional floor(9375001.05)
        auto out = f.decide();
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(7'500'001));
        QVERIFY(out.fill);
        f.book.asks = {{Micros(510'000), Micros(18'382'354)}}; // 9.375000
        QCOMPARE(f.reasons(), QStringList{reason::kInsufficientDepth});
    }

    void boundsUseVwapAndMid()
    {
        Fixture f;
        f.group.theirVwap = 480'000; // min(0.49, 0.515)
        f.group.theirNotional = 960'000'000;
        QCOMPARE(f.decide().bound, std::int64_t(490'000));
        Fixture s;
        s.sell(1'000'000'000);
        s.group.theirVwap = 520'000; // max(0.51, 0.485)
        QCOMPARE(s.decide().bound, std::int64_t(510'000));
    }

    void sizingModes()
    {
        Fixture f;
        f.params.maxTradeEquityBps = 10'000; // cap = min(250, 1000) = 250
        f.params.sizingMode = SizingMode::ShareRatio; // ts = 2000 * 1% = 20 shares, tn = 10
        auto out = f.decide();
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(20'000'000));
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(10'000'000));
        f.params.ratioPpm = 1'000'000; // 2000 shares = 1000 USDC > cap 250 -> tn = 250, ts = 500
        out = f.decide();
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(250'000'000));
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(500'000'000));
        f.params.sizingMode = SizingMode::FixedUsdc;
        f.params.fixedUsdc = Micros(12'345'678);
        QCOMPARE(f.decide().attempt.targetShares.value_or(-1), std::int64_t(24'691'356));
        f.params.sizingMode = SizingMode::BankrollBps; // 50 bps of E = 5 USDC
        QCOMPARE(f.decide().attempt.targetNotional.value_or(-1), std::int64_t(5'000'000));
    }

    void sizingFloors()
    {
        Fixture f;
        // their_vwap 566666 (floored): shares(7.5) = floor(7.5e6 * 1e6 / 566666) = 13235309 (13235309.8).
        f.group.theirShares = 3'000'000'000;
        f.group.theirNotional = 1'700'000'000;
        f.group.theirVwap = 566'666;
        f.book.asks = {{Micros(570'000), Micros(1'000'000'000)}};
        f.book.bids = {{Micros(560'000), Micros(1'000'000'000)}};
        auto out = f.decide();
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(13'235'309));
        // Equity cap floor: floor(1000.000133 * 75 / 10000) = 7.500000 (not 7.500001).
        f.ctx.equity = 1'000'000'133;
        QCOMPARE(f.decide().attempt.targetNotional.value_or(-1), std::int64_t(7'500'000));
        f.ctx.equity = 1'000'000'134; // 7.500001005 -> 7.500001
        QCOMPARE(f.decide().attempt.targetNotional.value_or(-1), std::int64_t(7'500'001));
        // copy_bps floor: 1 bps of 999.999999 = 0.099999 (floored).
        Fixture g;
        g.params.copyBps = 1;
        g.params.minTradeUsdc = Micros(0);
        g.group.theirNotional = 999'999'999;
        QCOMPARE(g.decide().attempt.targetNotional.value_or(-1), std::int64_t(99'999));
    }

    void sellSizingModesAndFullExit()
    {
        Fixture f;
        f.sell(10'000'000); // H = 10 shares; sizing gives 15 -> min(15, 10)
        f.group.shadowBefore = 4'000'000'000;
        f.group.shadowAfter = 2'000'000'000;
        auto out = f.decide();
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(10'000'000));
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(5'000'000));
        // Proportional: floor(H * min(2000, 3000) / 3000) = floor(10 * 2/3) = 6.666666.
        f.params.sellMode = SellMode::Proportional;
        f.group.shadowBefore = 3'000'000'000;
        f.group.shadowAfter = 1'000'000'000;
        f.params.minTradeUsdc = Micros(0);
        out = f.decide();
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(6'666'666));
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(3'333'333));
        // Full exit: SHADOW went to 0 -> ts = H, no cap, exempt from BELOW_MIN_NOTIONAL.
        f.params.sellMode = SellMode::Sizing;
        f.params.minTradeUsdc = Micros(1'000'000'000);
        f.params.minDepthBps = 0;
        f.ctx.holdings = 1'000'000'000'000; // 1e6 shares, far above the cap
        f.group.shadowBefore = 2'000'000'000;
        f.group.shadowAfter = 0;
        out = f.decide();
        QVERIFY2(out.fill, qPrintable(out.attempt.reasons.join(u',')));
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(1'000'000'000'000));
        QCOMPARE(out.attempt.targetNotional.value_or(-1), std::int64_t(500'000'000'000));
        // Not a full exit when sb = 0 (SHADOW had nothing tracked).
        f.group.shadowBefore = 0;
        QCOMPARE(f.reasons(), QStringList{reason::kBelowMinNotional});
    }

    void splitMergeRules()
    {
        Fixture f;
        f.group.side = QStringLiteral("SPLIT");
        f.group.asset = QStringLiteral("0xc1");
        f.group.theirShares = f.group.theirNotional = 100'000'000;
        f.group.theirVwap = 1'000'000;
        auto out = f.decide(); // a = 1% of 100 = 1 USDC
        QVERIFY(out.fill);
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(1'000'000));
        f.ctx.cash = 999'999;
        QCOMPARE(f.reasons(), QStringList{reason::kInsufficientCash});
        f.ctx.cash = 1'000'000;
        f.ctx.breakerTripped = true; // no breaker gate for SPLIT/MERGE
        f.params.blacklist = {QStringLiteral("0xc1")};
        QVERIFY(f.decide().fill);
        f.group.theirShares = 99;
        QCOMPARE(f.reasons(), QStringList{reason::kBelowMinNotional});
        f.group.theirShares = 100'000'000;
        f.group.side = QStringLiteral("MERGE");
        f.tokenHolding = 999'999;
        out = f.decide();
        QCOMPARE(out.attempt.reasons, QStringList{reason::kNoPosition});
        QCOMPARE(out.attempt.targetShares.value_or(-1), std::int64_t(1'000'000));
        f.tokenHolding = 1'000'000;
        QVERIFY(f.decide().fill);
        f.ctx.market = nullptr;
        QCOMPARE(f.reasons(), QStringList{reason::kUnknownMarket});
    }
};

QTEST_GUILESS_MAIN(TestDecisionPipeline)
#include "test_decision_pipeline.moc"
