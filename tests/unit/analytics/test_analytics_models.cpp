// AnalyticsModels over a database holding real engine output (the demo capture replayed with its
// four wallets): a wallet's rates, slippage, lags and trade feed equal what the replay decided;
// the tracking gap follows its definition on hand-made snapshots; decisions per market carry the
// spread of the stored books and the stage-D figures of a stored trace; market summaries equal
// the replay's attempts and positions; every query is served by an index.

#include "SeededProfile.h"

#include "api/AnalyticsModels.h"
#include "api/ReadModels.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace slip;
using namespace slip::api;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'794'268'800'000; // 2026-11-10T00:00:00Z

} // namespace

class TestAnalyticsModels : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    EngineConfig config_;
    ReplayResult result_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<AnalyticsModels> models_;
    QString wallet_;
    QHash<QString, QString> conditionOfAsset_; // from the replay's events
    QString pricedAsset_;
    std::int64_t priceT1_ = 0, priceT2_ = 0;
    QString tracedGroup_;
    QString closedCondition_;

    QString conditionOf(const CopyAttempt& a) const
    {
        if (a.side == u"SPLIT" || a.side == u"MERGE")
            return a.asset;
        return conditionOfAsset_.value(a.asset, a.asset);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        config_ = test::demoConfig();
        auto r = test::replayDemo(config_);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        result_ = std::move(r).value();
        wallet_ = config_.wallets[1].address; // bankroll override: 2500 USDC
        for (const TradeEvent& e : result_.events)
            if (!e.asset.isEmpty())
                conditionOfAsset_.insert(e.asset, e.conditionId);

        store::WriteBatch extra;
        // Every token's market, and one market closed and resolved.
        for (auto it = conditionOfAsset_.cbegin(); it != conditionOfAsset_.cend(); ++it)
            extra.push_back({QStringLiteral("INSERT INTO assets(asset_id, condition_id, outcome, outcome_index, "
                                            "updated_ms) VALUES (?, ?, ?, 0, 0)"),
                             {it.key(), it.value(), QStringLiteral("Yes")}});
        // The priced asset: the one with the most EXEC_GLOBAL decisions that saw a book.
        std::map<QString, std::vector<std::int64_t>> decided;
        for (const CopyAttempt& a : result_.attempts)
            if (a.scope == u"EXEC_GLOBAL" && a.mid)
                decided[a.asset].push_back(a.decisionMs);
        QVERIFY(!decided.empty());
        auto best = std::max_element(decided.begin(), decided.end(),
                                     [](const auto& x, const auto& y) { return x.second.size() < y.second.size(); });
        QVERIFY(best->second.size() >= 2);
        pricedAsset_ = best->first;
        std::sort(best->second.begin(), best->second.end());
        priceT1_ = best->second.front() - 1;
        priceT2_ = best->second[best->second.size() / 2]; // at a decision: "at or before" includes it
        extra.push_back({QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, best_bid, best_ask, mid) "
                                        "VALUES (?, ?, 400000, 410000, 405000)"),
                         {pricedAsset_, qint64(priceT1_)}});
        extra.push_back({QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, best_bid, best_ask, mid) "
                                        "VALUES (?, ?, 500000, 520000, 510000)"),
                         {pricedAsset_, qint64(priceT2_)}});
        closedCondition_ = conditionOfAsset_.value(pricedAsset_);
        extra.push_back({QStringLiteral("INSERT INTO markets(condition_id, question, closed, resolved_asset, "
                                        "updated_ms) VALUES (?, 'Will the demo resolve?', 1, ?, 0)"),
                         {closedCondition_, pricedAsset_}});
        // A stored trace with stage D's figures on one EXEC_GLOBAL attempt of another asset.
        for (const CopyAttempt& a : result_.attempts)
            if (a.scope == u"EXEC_GLOBAL" && a.asset != pricedAsset_ && a.mid)
                tracedGroup_ = a.groupKey;
        QVERIFY(!tracedGroup_.isEmpty());
        extra.push_back({QStringLiteral("UPDATE attempt_rows SET trace_json = ? WHERE id = (SELECT id FROM "
                                        "copy_attempts WHERE scope = 'EXEC_GLOBAL' AND group_key = ?)"),
                         {QStringLiteral(R"({"A gates":{"passed":true},"D book":{"best_bid":"0.50",)"
                                         R"("spread":30000,"depth_in_band":123450000}})"),
                          tracedGroup_}});
        // Snapshots of the wallet: three minutes with both scopes, one with the shadow only.
        const std::int64_t shadow[] = {0, 5'000'000, -3'000'000};
        const std::int64_t exec[] = {2'500'000'000, 2'500'100'000, 2'499'950'000};
        for (int i = 0; i < 3; ++i) {
            extra.push_back(test::snapshotOp(QStringLiteral("SHADOW"), wallet_, kT0 + i * kMinute, shadow[i]));
            extra.push_back(test::snapshotOp(QStringLiteral("EXEC_USER"), wallet_, kT0 + i * kMinute, exec[i]));
        }
        extra.push_back(test::snapshotOp(QStringLiteral("SHADOW"), wallet_, kT0 + 3 * kMinute, 7'000'000));

        const QString path = dir_.filePath(QStringLiteral("slipstream.db"));
        const Status seeded = test::seedDatabase(path, config_, result_, extra);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
        auto db = store::Database::openReader(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        db_ = std::move(db).value();
        models_ = std::make_unique<AnalyticsModels>(*db_);
    }

    void ratesEqualTheReplay()
    {
        CopyRates want;
        for (const CopyAttempt& a : result_.attempts) {
            if (a.scope != u"EXEC_USER" || a.wallet != wallet_)
                continue;
            ++want.attempts;
            if (a.execute) {
                ++want.executes;
                if (*a.filledShares < *a.targetShares)
                    ++want.partialFills;
            } else {
                ++want.skips;
            }
        }
        QVERIFY(want.executes > 0);
        QVERIFY(want.skips > 0);
        auto got = models_->rates(wallet_, std::nullopt);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(got->attempts, want.attempts);
        QCOMPARE(got->executes, want.executes);
        QCOMPARE(got->skips, want.skips);
        QCOMPARE(got->partialFills, want.partialFills);
        QCOMPARE(got->fillRateBps(), want.executes * 10'000 / want.attempts);

        // A window: only decisions at or after its start.
        auto rows = models_->walletAttempts(wallet_, std::nullopt, 1'000'000);
        QVERIFY(rows.ok());
        QCOMPARE(std::int64_t(rows->size()), want.attempts);
        for (std::size_t i = 1; i < rows->size(); ++i)
            QVERIFY(rows.value()[i - 1].attempt.decisionMs >= rows.value()[i].attempt.decisionMs);
        const std::int64_t from = rows.value()[rows->size() / 2].attempt.decisionMs;
        std::int64_t inWindow = 0;
        for (const CopyAttempt& a : result_.attempts)
            inWindow += a.scope == u"EXEC_USER" && a.wallet == wallet_ && a.decisionMs >= from;
        auto windowed = models_->rates(wallet_, from);
        QVERIFY(windowed.ok());
        QCOMPARE(windowed->attempts, inWindow);
        auto limited = models_->walletAttempts(wallet_, from, 3);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), std::size_t(3));
    }

    void slippageSignedWorseForUs()
    {
        auto rows = models_->walletAttempts(wallet_, std::nullopt, 1'000'000);
        QVERIFY(rows.ok());
        std::vector<std::int64_t> got;
        for (const AttemptRow& r : *rows)
            if (auto s = AnalyticsModels::slippage(r))
                got.push_back(s->bps);
        std::vector<std::int64_t> want;
        for (const CopyAttempt& a : result_.attempts) {
            if (a.scope != u"EXEC_USER" || a.wallet != wallet_ || !a.execute || (a.side != u"BUY" && a.side != u"SELL"))
                continue;
            // Worse for us: a buy above their price, a sell below it.
            const std::int64_t diff = a.side == u"BUY" ? *a.vwap - a.theirVwap : a.theirVwap - *a.vwap;
            want.push_back(diff * 10'000 / a.theirVwap);
        }
        QVERIFY(!want.empty());
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
        QCOMPARE(got, want);

        AttemptRow buy;
        buy.attempt.execute = true;
        buy.attempt.side = QStringLiteral("BUY");
        buy.attempt.theirVwap = 500'000;
        buy.attempt.vwap = 505'000;
        QCOMPARE(AnalyticsModels::slippage(buy)->bps, std::int64_t(100));
        AttemptRow sell = buy;
        sell.attempt.side = QStringLiteral("SELL");
        QCOMPARE(AnalyticsModels::slippage(sell)->bps, std::int64_t(-100));
        AttemptRow skip = buy;
        skip.attempt.execute = false;
        QVERIFY(!AnalyticsModels::slippage(skip));
    }

    void detectLagsEqualTheEvents()
    {
        std::vector<std::int64_t> want;
        for (const TradeEvent& e : result_.events)
            if (e.wallet == wallet_)
                want.push_back(e.detectMs - e.timeMs);
        QVERIFY(!want.empty());
        auto got = models_->detectLags(wallet_, std::nullopt, 1'000'000);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        std::vector<std::int64_t> lags;
        for (const LagSample& s : *got)
            lags.push_back(s.lagMs());
        std::sort(lags.begin(), lags.end());
        std::sort(want.begin(), want.end());
        QCOMPARE(lags, want);
    }

    void tradeFeedMatchesEveryGroup()
    {
        auto trades = models_->walletTrades(wallet_, std::nullopt, 1'000'000);
        QVERIFY2(trades.ok(), qPrintable(trades.error()));
        std::int64_t events = 0;
        for (const TradeEvent& e : result_.events)
            events += e.wallet == wallet_;
        QCOMPARE(std::int64_t(trades->size()), events);
        // Every group's shares are the sum of the trades matched to it, and every BUY/SELL
        // group of the wallet was matched.
        std::map<std::int64_t, std::int64_t> sharesOf;
        std::map<std::int64_t, CopyAttempt> groups;
        for (const WalletTrade& t : *trades) {
            if (!t.copy)
                continue;
            const CopyAttempt& a = t.copy->attempt;
            QCOMPARE(a.wallet, wallet_);
            QCOMPARE(a.scope, QStringLiteral("EXEC_USER"));
            if (t.type == u"TRADE") {
                QCOMPARE(a.asset, t.asset);
                QCOMPARE(a.side, t.side);
                QVERIFY(a.t0 <= t.detectMs && t.detectMs < a.flushMs);
                sharesOf[t.copy->id] += t.shares;
                groups[t.copy->id] = a;
            }
        }
        std::int64_t tradeGroups = 0;
        for (const CopyAttempt& a : result_.attempts)
            tradeGroups += a.scope == u"EXEC_USER" && a.wallet == wallet_ && (a.side == u"BUY" || a.side == u"SELL");
        QCOMPARE(std::int64_t(groups.size()), tradeGroups);
        for (const auto& [id, a] : groups)
            QCOMPARE(sharesOf[id], a.theirShares);
        // Newest first, and the limit holds.
        for (std::size_t i = 1; i < trades->size(); ++i)
            QVERIFY(trades.value()[i - 1].timeMs >= trades.value()[i].timeMs);
        auto few = models_->walletTrades(wallet_, std::nullopt, 5);
        QVERIFY(few.ok());
        QCOMPARE(few->size(), std::size_t(5));
        QCOMPARE(few.value()[0].eventId, trades.value()[0].eventId);
    }

    void trackingGapFollowsItsDefinition()
    {
        auto gap = models_->trackingGap(wallet_, 0, kT0 + 10 * kMinute);
        QVERIFY2(gap.ok(), qPrintable(gap.error()));
        QCOMPARE(gap->size(), std::size_t(3)); // the shadow-only minute has no executable pair
        const std::int64_t bankroll = 2'500'000'000;
        auto b = models_->bankroll(wallet_);
        QVERIFY(b.ok());
        QCOMPARE(*b, bankroll);
        QCOMPARE(gap.value()[0].tMs, kT0);
        QCOMPARE(gap.value()[1].shadowPnl, std::int64_t(5'000'000));
        QCOMPARE(gap.value()[1].executablePnl, std::int64_t(100'000));
        QCOMPARE(gap.value()[1].gap(), std::int64_t(4'900'000));
        QCOMPARE(gap.value()[2].gap(), std::int64_t(-3'000'000 + 50'000));
        auto window = models_->trackingGap(wallet_, kT0 + kMinute, kT0 + 2 * kMinute);
        QVERIFY(window.ok());
        QCOMPARE(window->size(), std::size_t(1));
        auto thin = models_->trackingGap(wallet_, 0, kT0 + 10 * kMinute, 2);
        QVERIFY(thin.ok());
        QCOMPARE(thin->size(), std::size_t(2));
        QCOMPARE(thin.value()[1].tMs, kT0 + 2 * kMinute);
        // Another wallet has no snapshots.
        auto none = models_->trackingGap(config_.wallets[0].address, 0, kT0 + 10 * kMinute);
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    void decisionsCarryStageD()
    {
        QHash<QString, QString> conditions;
        auto got = models_->marketDecisions(QStringLiteral("EXEC_GLOBAL"), std::nullopt, 1'000'000, &conditions);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        std::int64_t want = 0;
        for (const CopyAttempt& a : result_.attempts)
            want += a.scope == u"EXEC_GLOBAL";
        QCOMPARE(std::int64_t(got->size()), want);
        int priced = 0, traced = 0;
        std::map<std::int64_t, CopyAttempt> byDecision; // not unique; look up by asset+time below
        for (const MarketDecision& d : *got) {
            QCOMPARE(d.scope, QStringLiteral("EXEC_GLOBAL"));
            if (d.side == u"BUY" || d.side == u"SELL")
                QCOMPARE(conditions.value(d.asset), conditionOfAsset_.value(d.asset));
            if (d.asset == pricedAsset_) {
                std::optional<std::int64_t> spread;
                if (d.mid && d.decisionMs >= priceT2_)
                    spread = 20'000;
                else if (d.mid && d.decisionMs >= priceT1_)
                    spread = 10'000;
                QCOMPARE(d.spread, spread);
                priced += spread.has_value();
            } else if (d.depthInBand) {
                QCOMPARE(*d.depthInBand, std::int64_t(123'450'000));
                QCOMPARE(d.spread, std::optional<std::int64_t>(30'000));
                ++traced;
            } else {
                QVERIFY(!d.spread); // no stored book for the other assets
            }
            QCOMPARE(d.slippageBps.has_value(), d.execute && (d.side == u"BUY" || d.side == u"SELL"));
        }
        QVERIFY(priced >= 2);
        QCOMPARE(traced, 1);

        // Incremental: after an id, oldest first; the two reads together are the whole scope.
        std::vector<std::int64_t> ids;
        for (const MarketDecision& d : *got)
            ids.push_back(d.attemptId);
        std::sort(ids.begin(), ids.end());
        const std::int64_t cut = ids[ids.size() / 2];
        auto after = models_->marketDecisionsAfter(QStringLiteral("EXEC_GLOBAL"), cut, 1'000'000, nullptr);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), std::size_t(ids.end() - std::upper_bound(ids.begin(), ids.end(), cut)));
        for (std::size_t i = 1; i < after->size(); ++i)
            QVERIFY(after.value()[i - 1].attemptId < after.value()[i].attemptId);
    }

    void marketSummariesEqualTheReplay()
    {
        QHash<QString, QString> conditions;
        auto decisions = models_->marketDecisions(QStringLiteral("EXEC_GLOBAL"), std::nullopt, 1'000'000, &conditions);
        QVERIFY(decisions.ok());
        ReadModels reads(*db_);
        auto positions = reads.positions(QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(positions.ok());
        std::map<QString, MarketMeta> meta;
        auto closed = models_->market(closedCondition_);
        QVERIFY(closed.ok());
        QCOMPARE(closed->title, QStringLiteral("Will the demo resolve?"));
        QVERIFY(closed->closed);
        QCOMPARE(closed->resolvedAsset, pricedAsset_);
        QCOMPARE(closed->resolvedOutcome, QStringLiteral("Yes"));
        QVERIFY(!closed->outcomes.isEmpty());
        meta[closedCondition_] = *closed;
        const auto rows = AnalyticsModels::summarizeMarkets(*decisions, conditions, *positions, meta,
                                                            {closedCondition_});

        std::map<QString, std::int64_t> attempts, executes, slipSum, slipN;
        std::map<QString, std::int64_t> lastMs;
        for (const CopyAttempt& a : result_.attempts) {
            if (a.scope != u"EXEC_GLOBAL")
                continue;
            const QString c = conditionOf(a);
            ++attempts[c];
            executes[c] += a.execute;
            lastMs[c] = std::max(lastMs[c], a.decisionMs);
            if (a.execute && (a.side == u"BUY" || a.side == u"SELL")) {
                const std::int64_t diff = a.side == u"BUY" ? *a.vwap - a.theirVwap : a.theirVwap - *a.vwap;
                slipSum[c] += diff * 10'000 / a.theirVwap;
                ++slipN[c];
            }
        }
        std::map<QString, std::int64_t> open, openShares;
        const PortfolioFigures& global = result_.portfolios.back();
        for (const PositionFigures& p : global.positions) {
            ++open[conditionOfAsset_.value(p.asset)];
            openShares[conditionOfAsset_.value(p.asset)] += p.shares;
        }
        QSet<QString> all;
        for (const auto& [c, n] : attempts)
            all.insert(c);
        for (const auto& [c, n] : open)
            all.insert(c);
        QCOMPARE(rows.size(), std::size_t(all.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const MarketSummary& s = rows[i];
            const QString& c = s.meta.conditionId;
            QVERIFY2(all.contains(c), qPrintable(c));
            QCOMPARE(s.attempts, attempts[c]);
            QCOMPARE(s.executes, executes[c]);
            QCOMPARE(s.lastDecisionMs, lastMs[c]);
            QCOMPARE(s.openPositions, open[c]);
            QCOMPARE(s.openShares, openShares[c]);
            QCOMPARE(s.meanSlippageBps.has_value(), slipN[c] > 0);
            if (slipN[c] > 0)
                QCOMPARE(*s.meanSlippageBps, slipSum[c] / slipN[c]);
            QCOMPARE(s.blacklisted, c == closedCondition_);
            if (i > 0)
                QVERIFY(rows[i - 1].lastDecisionMs >= s.lastDecisionMs);
            if (c == closedCondition_) {
                QVERIFY(s.meta.closed);
                QCOMPARE(s.lastSpread, std::optional<std::int64_t>(20'000)); // the newest decision saw the T2 book
            }
        }
    }

    void histogramBins()
    {
        const Histogram h = AnalyticsModels::histogram({-50, -10, 0, 5, 10, 99, 100, 250}, {-10, 0, 10, 100});
        QCOMPARE(h.below, std::int64_t(1));
        QCOMPARE(h.counts, (std::vector<std::int64_t>{1, 2, 2}));
        QCOMPARE(h.above, std::int64_t(2));
        QCOMPARE(h.total(), std::int64_t(8));
        QCOMPARE(AnalyticsModels::histogram({1, 2}, {5}).total(), std::int64_t(0));
    }

    void everyQueryUsesAnIndex()
    {
        auto plans = models_->queryPlans(wallet_);
        QVERIFY2(plans.ok(), qPrintable(plans.error()));
        QVERIFY(plans->size() >= 8);
        qInfo("%s", qPrintable(plans->join(u'\n')));
        for (const QString& line : *plans) {
            // A SCAN is a walk over a whole table (or a whole index); every step must SEARCH.
            QVERIFY2(!line.contains(QStringLiteral("SCAN")), qPrintable(plans->join(u'\n')));
            QVERIFY2(!line.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")) ||
                         line.startsWith(QStringLiteral("walletTrades.attempts")),
                     qPrintable(plans->join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsModels)
#include "test_analytics_models.moc"
