// The operator's close (Slipstream's `close_position` control record) in the copy engine: a SELL
// of every share of the asset in one scope at the record's t, walking the latest book with the
// copy SELL's fee and ledger rules; skipped with a reason when the kill switch is engaged or
// there is nothing to sell; and the same whether the engine takes the capture as a stream (the
// live terminal) or as a batch (a replay of the terminal's capture). A replay that follows the
// contract (spec/copy-engine.md §7) counts the record and ignores it.

#include "../../unit/engine/ScenarioBuilder.h"

#include "replay/CopyEngine.h"
#include "replay/ReplayResultWriter.h"
#include "signal/ReasonCodes.h"

#include <QTest>

using namespace slip;
using namespace slip::test;

namespace {

constexpr std::int64_t kT0 = kMonday + 3'600'000;
constexpr std::int64_t kT1 = kT0 + 1'000;      // the followed wallet buys
constexpr std::int64_t kClose1 = kT1 + 10'000; // first close: the book takes 30 of 100 shares
constexpr std::int64_t kClose2 = kT1 + 20'000; // second close: the rest

const QString kA1 = QStringLiteral("101");
const QString kA2 = QStringLiteral("102");

EngineConfig config()
{
    return configFrom(QByteArrayLiteral(
        R"({"seed":1,"global":{"copy_bps":1000,"max_trade_equity_bps":10000},)"
        R"("wallets":[{"address":"0x1111111111111111111111111111111111111111"}]})"));
}

QJsonObject closeBody(const QString& scope, const QString& wallet, const QString& asset)
{
    QJsonObject o{{QStringLiteral("action"), QStringLiteral("close_position")},
                  {QStringLiteral("scope"), scope},
                  {QStringLiteral("asset"), asset}};
    if (!wallet.isEmpty())
        o.insert(QStringLiteral("wallet"), wallet);
    return o;
}

/// A market, a 1 % fee, a book and one BUY of 1000 shares at 0.50 by W1: both executable scopes
/// copy 10 % of 500 USDC = 50 USDC, 100 shares at 0.50 plus a 0.50 USDC fee.
Scenario bought()
{
    Scenario s;
    s.market(kT0, QStringLiteral("0xc1"), {kA1, kA2});
    s.feeRate(kT0, kA1, 100);
    s.book(kT0, kA1, {{"0.48", "1000"}}, {{"0.50", "1000"}});
    s.trade(kT1, kW1, kA1, "BUY", "0.50", "1000");
    return s;
}

std::vector<CopyAttempt> manual(const ReplayResult& r)
{
    std::vector<CopyAttempt> out;
    for (const CopyAttempt& a : r.attempts)
        if (a.groupKey.startsWith(u"manual:"))
            out.push_back(a);
    return out;
}

} // namespace

class TestClosePosition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closesWalkTheBookWithTheSellRules()
    {
        Scenario s = bought();
        s.book(kClose1, kA1, {{"0.60", "30"}, {"0.55", "100"}}, {{"0.62", "100"}});
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        s.book(kClose2, kA1, {{"0.60", "200"}}, {{"0.62", "100"}});
        s.control(kClose2, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        const ReplayResult r = s.runAsTerminal(config());

        // The copies, then the two closes in time order.
        QCOMPARE(r.attempts.size(), std::size_t(4));
        QCOMPARE(r.attempts[0].filledShares.value(), 100'000'000);
        QCOMPARE(r.attempts[0].fee.value(), 500'000);
        const auto closes = manual(r);
        QCOMPARE(closes.size(), std::size_t(2));

        // Mid 0.61, bound 0.61 − 0.015 = 0.595: only the 0.60 level, 30 shares (a partial close).
        const CopyAttempt& c1 = closes[0];
        QCOMPARE(c1.scope, QStringLiteral("EXEC_USER"));
        QCOMPARE(c1.wallet, kW1);
        QCOMPARE(c1.side, QStringLiteral("SELL"));
        QCOMPARE(c1.groupKey, QStringLiteral("manual:%1:101:%2").arg(kW1).arg(kClose1));
        QCOMPARE(c1.t0, kClose1);
        QCOMPARE(c1.decisionMs, kClose1);
        QVERIFY(c1.execute);
        QVERIFY(c1.reasons.isEmpty());
        QCOMPARE(c1.targetShares.value(), 100'000'000);
        QCOMPARE(c1.targetNotional.value(), 61'000'000);
        QCOMPARE(c1.mid.value(), 610'000);
        QCOMPARE(c1.filledShares.value(), 30'000'000);
        QCOMPARE(c1.filledNotional.value(), 18'000'000);
        QCOMPARE(c1.vwap.value(), 600'000);
        QCOMPARE(c1.fee.value(), 180'000);

        const CopyAttempt& c2 = closes[1];
        QVERIFY(c2.execute);
        QCOMPARE(c2.targetShares.value(), 70'000'000);
        QCOMPARE(c2.filledShares.value(), 70'000'000);
        QCOMPARE(c2.filledNotional.value(), 42'000'000);
        QCOMPARE(c2.fee.value(), 420'000);

        // Ledger: cost 50.50; first sale removes floor(50.50 * 30 / 100) = 15.15, realizing
        // 18 − 0.18 − 15.15 = 2.67; the second removes the remaining 35.35, realizing 6.23.
        const PortfolioFigures& user = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QVERIFY(user.positions.empty());
        QCOMPARE(user.cash, 1'008'900'000);
        QCOMPARE(user.realized, 8'900'000);
        const auto& ledger = user.portfolio.ledger();
        QCOMPARE(ledger.size(), std::size_t(3));
        QCOMPARE(ledger[1].reference, c1.groupKey);
        QCOMPARE(ledger[1].dShares, -30'000'000);
        QCOMPARE(ledger[1].dCash, 17'820'000);
        QCOMPARE(ledger[1].dCostBasis, -15'150'000);
        QCOMPARE(ledger[1].dRealized, 2'670'000);
        QCOMPARE(ledger[2].dRealized, 6'230'000);
        // The global book was not touched.
        const PortfolioFigures& global = portfolioOf(r, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(global.positions.size(), std::size_t(1));
        QCOMPARE(global.positions[0].shares, 100'000'000);
    }

    void globalCloseSellsEveryLotOrTheNamedOne()
    {
        Scenario s = bought();
        s.book(kClose2, kA1, {{"0.60", "200"}}, {{"0.62", "100"}});
        s.control(kClose2, closeBody(QStringLiteral("EXEC_GLOBAL"), QString(), kA1));
        const ReplayResult r = s.runAsTerminal(config());
        const auto closes = manual(r);
        QCOMPARE(closes.size(), std::size_t(1));
        QCOMPARE(closes[0].scope, QStringLiteral("EXEC_GLOBAL"));
        QCOMPARE(closes[0].wallet, kW1); // the lot's owner
        QCOMPARE(closes[0].filledShares.value(), 100'000'000);
        QCOMPARE(closes[0].filledNotional.value(), 60'000'000);
        QCOMPARE(closes[0].fee.value(), 600'000);
        const PortfolioFigures& global = portfolioOf(r, QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(global.positions.empty());
        QCOMPARE(global.cash, 10'000'000'000 - 50'500'000 + 59'400'000);
        QCOMPARE(global.realized, 59'400'000 - 50'500'000);
        QCOMPARE(portfolioOf(r, QStringLiteral("EXEC_USER"), kW1).positions.size(), std::size_t(1));

        // Naming the wallet sells that lot only: the same here, with that wallet's key.
        Scenario named = bought();
        named.book(kClose2, kA1, {{"0.60", "200"}}, {{"0.62", "100"}});
        named.control(kClose2, closeBody(QStringLiteral("EXEC_GLOBAL"), kW1, kA1));
        const auto closesNamed = manual(named.runAsTerminal(config()));
        QCOMPARE(closesNamed.size(), std::size_t(1));
        QCOMPARE(closesNamed[0].groupKey, closes[0].groupKey);
        QCOMPARE(closesNamed[0].filledShares, closes[0].filledShares);
    }

    void killSwitchBlocksACloseAndNothingIsSold()
    {
        Scenario s = bought();
        s.control(kClose1 - 1'000,
                  QJsonObject{{QStringLiteral("action"), QStringLiteral("kill_switch")},
                              {QStringLiteral("engaged"), true}});
        s.book(kClose1, kA1, {{"0.60", "200"}}, {{"0.62", "100"}});
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        const ReplayResult r = s.runAsTerminal(config());
        const auto closes = manual(r);
        QCOMPARE(closes.size(), std::size_t(1));
        QVERIFY(!closes[0].execute);
        QCOMPARE(closes[0].reasons, QStringList{reason::kKillSwitch});
        QVERIFY(!closes[0].targetShares);
        QVERIFY(!closes[0].filledShares);
        QVERIFY(!closes[0].mid);
        const PortfolioFigures& user = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QCOMPARE(user.positions.size(), std::size_t(1));
        QCOMPARE(user.positions[0].shares, 100'000'000);
        QCOMPARE(user.portfolio.ledger().size(), std::size_t(1));
    }

    // The replay contract knows kill_switch, pause and reset_breaker only: a close is counted
    // among the ignored control records, nothing is sold and the result is that of a capture
    // without it.
    void theContractReplayCountsACloseAndIgnoresIt()
    {
        Scenario s = bought();
        s.book(kClose1, kA1, {{"0.60", "200"}}, {{"0.62", "100"}});
        const ReplayResult without = s.run(config());
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        s.control(kClose1, closeBody(QStringLiteral("EXEC_GLOBAL"), QString(), kA1));
        const ReplayResult r = s.run(config());
        QVERIFY(manual(r).empty());
        QCOMPARE(r.stats.ignoredControls, without.stats.ignoredControls + 2);
        QCOMPARE(r.attempts.size(), std::size_t(2));
        QCOMPARE(ReplayResultWriter::toJson(r), ReplayResultWriter::toJson(without));
        const PortfolioFigures& user = portfolioOf(r, QStringLiteral("EXEC_USER"), kW1);
        QCOMPARE(user.positions.size(), std::size_t(1));
        QCOMPARE(user.positions[0].shares, 100'000'000);
        // The terminal's replay of the same capture sells in both scopes.
        QCOMPARE(manual(s.runAsTerminal(config())).size(), std::size_t(2));
    }

    void nothingToSellIsASkipAndMalformedRecordsAreIgnored()
    {
        Scenario s = bought();
        s.book(kClose1, kA2, {{"0.40", "200"}}, {{"0.42", "100"}});
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA2));
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), QString(), kA1)); // no wallet
        s.control(kClose1, closeBody(QStringLiteral("SHADOW"), kW1, kA1));      // not executable
        s.control(kClose1, closeBody(QStringLiteral("EXEC_GLOBAL"), kW2, kA1)); // not followed
        const ReplayResult r = s.runAsTerminal(config());
        const auto closes = manual(r);
        QCOMPARE(closes.size(), std::size_t(1));
        QCOMPARE(closes[0].reasons, QStringList{reason::kNoPosition});
        QCOMPARE(r.stats.ignoredControls, 3);
    }

    void aSecondCloseAtTheSameInstantGetsItsOwnKey()
    {
        Scenario s = bought();
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        const auto closes = manual(s.runAsTerminal(config()));
        QCOMPARE(closes.size(), std::size_t(2));
        // The book of kT0 (10 s old): mid 0.49, bound 0.475, the 0.48 bid takes all 100 shares.
        QVERIFY(closes[0].execute);
        QCOMPARE(closes[0].filledNotional.value(), 48'000'000);
        QCOMPARE(closes[1].groupKey, closes[0].groupKey + QStringLiteral("#1"));
        QCOMPARE(closes[1].reasons, QStringList{reason::kNoPosition});
    }

    void depthBeyondTheBoundIsNoLiquidity()
    {
        Scenario s = bought();
        // Mid 0.61, bound 0.595: the only bid, 0.50, is outside.
        s.book(kClose1, kA1, {{"0.50", "1000"}}, {{"0.72", "100"}});
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        const auto closes = manual(s.runAsTerminal(config()));
        QCOMPARE(closes.size(), std::size_t(1));
        QCOMPARE(closes[0].reasons, QStringList{reason::kNoLiquidityWithinBounds});
        QCOMPARE(closes[0].mid.value(), 610'000);
    }

    // The live terminal feeds the engine record by record with ticks in between; a replay runs
    // the whole capture at once. Both must give the same attempts and the same ledger.
    void streamAndBatchAgree()
    {
        Scenario s = bought();
        s.book(kClose1, kA1, {{"0.60", "30"}, {"0.55", "100"}}, {{"0.62", "100"}});
        s.control(kClose1, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        s.control(kClose1, closeBody(QStringLiteral("EXEC_GLOBAL"), QString(), kA1));
        s.trade(kClose1 + 500, kW1, kA1, "BUY", "0.61", "1000");
        s.book(kClose2, kA1, {{"0.60", "200"}}, {{"0.62", "1000"}});
        s.control(kClose2, closeBody(QStringLiteral("EXEC_USER"), kW1, kA1));
        const ReplayResult batch = s.runAsTerminal(config());

        CopyEngine stream(config());
        stream.setFollowTerminalRecords(true); // as the live terminal runs it
        std::vector<CopyAttempt> attempts;
        auto take = [&](CopyEngine::Output& out) {
            for (CopyAttempt& a : out.attempts)
                attempts.push_back(std::move(a));
        };
        // Ticks as the journal makes them: at a record's own t before it, and past t only once
        // no further record of that t follows.
        for (std::size_t i = 0; i < s.records.size(); ++i) {
            const CaptureRecord& r = s.records[i];
            CopyEngine::Output tick;
            stream.advanceTo(r.t, tick);
            take(tick);
            CopyEngine::Output out;
            stream.ingest(r, out);
            take(out);
            if (i + 1 == s.records.size() || s.records[i + 1].t > r.t) {
                CopyEngine::Output after;
                stream.advanceTo(r.t + 1, after);
                take(after);
            }
        }
        CopyEngine::Output end;
        stream.finish(end);
        take(end);
        QCOMPARE(attempts.size(), batch.attempts.size());
        for (std::size_t i = 0; i < attempts.size(); ++i)
            QCOMPARE(ReplayResultWriter::attemptJson(attempts[i]),
                     ReplayResultWriter::attemptJson(batch.attempts[i]));
        QCOMPARE(stream.figures().ledgerSha256, batch.ledgerSha256);
        QVERIFY(manual(batch).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestClosePosition)
#include "test_close_position.moc"
