// Read models over a database holding real engine output (the demo capture replayed with its
// four wallets): positions, attempts, filters, paging and reason counts equal the replay's own
// figures exactly; equity thinning and PnL follow their definitions on hand-made snapshots;
// the switches, configuration and health round-trip through the store.

#include "SeededProfile.h"

#include "api/Controls.h"
#include "api/ReadModels.h"
#include "replay/ReplayResultWriter.h"
#include "store/AuditRepository.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace slip;
using namespace slip::api;

namespace {

constexpr std::int64_t kDay = 86'400'000;
// Snapshot times for the equity / PnL checks: 2026-11-10T00:00:00Z and on.
constexpr std::int64_t kD0 = 1'794'268'800'000;
const QString kSnapWallet = QStringLiteral("0xd3e0000000000000000000000000000000000001");

store::WriteOp snapshotOp(const QString& scope, const QString& wallet, std::int64_t t,
                          std::int64_t equity)
{
    return {QStringLiteral("INSERT INTO portfolio_snapshots(scope, wallet, t_ms, cash, equity, "
                           "exposure, realized, "
                           "unrealized) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {scope, wallet, qint64(t), qint64(equity - 100), qint64(equity), qint64(7),
             qint64(equity / 10), qint64(equity / 20)}};
}

QByteArray json(const CopyAttempt& a)
{
    return ReplayResultWriter::attemptJson(a);
}

} // namespace

class TestReadModels : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    EngineConfig config_;
    ReplayResult result_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<ReadModels> reads_;
    // (id, attempt) as stored: ids follow the replay's order.
    std::vector<std::pair<std::int64_t, CopyAttempt>> stored_;
    QString markedAsset_;
    QString markedCondition_;

    // The stored attempts matching pred, newest first (decision_ms, then id, descending).
    template <class Pred>
    std::vector<std::pair<std::int64_t, CopyAttempt>> expected(Pred pred) const
    {
        std::vector<std::pair<std::int64_t, CopyAttempt>> out;
        for (const auto& p : stored_)
            if (pred(p.second))
                out.push_back(p);
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.second.decisionMs != b.second.decisionMs
                       ? a.second.decisionMs > b.second.decisionMs
                       : a.first > b.first;
        });
        return out;
    }

    template <class Pred> void checkFilter(const AttemptFilter& f, Pred pred)
    {
        const auto want = expected(pred);
        AttemptFilter all = f;
        all.limit = 1'000'000;
        auto got = reads_->attempts(all);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(got->size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(got.value()[i].id, want[i].first);
            QCOMPARE(json(got.value()[i].attempt), json(want[i].second));
        }
        auto n = reads_->countAttempts(f);
        QVERIFY(n.ok());
        QCOMPARE(*n, std::int64_t(want.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("slipstream.db"));
        config_ = test::demoConfig();
        auto r = test::replayDemo(config_);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        result_ = std::move(r).value();
        QVERIFY(result_.attempts.size() > 100);

        // Market metadata and marks for one asset the global scope holds at the end.
        store::WriteBatch extra;
        const PortfolioFigures& global = result_.portfolios.back();
        QCOMPARE(global.scope, QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(!global.positions.empty());
        markedAsset_ = global.positions.front().asset;
        for (const TradeEvent& e : result_.events)
            if (e.asset == markedAsset_)
                markedCondition_ = e.conditionId;
        QVERIFY(!markedCondition_.isEmpty());
        QSet<QString> assetsSeen;
        for (const TradeEvent& e : result_.events) {
            if (assetsSeen.contains(e.asset))
                continue;
            assetsSeen.insert(e.asset);
            extra.push_back(
                {QStringLiteral(
                     "INSERT INTO assets(asset_id, condition_id, outcome, updated_ms) VALUES "
                     "(?, ?, ?, 0)"),
                 {e.asset, e.conditionId,
                  e.asset == markedAsset_ ? QStringLiteral("Yes") : QString()}});
        }
        extra.push_back(
            {QStringLiteral(
                 "INSERT INTO markets(condition_id, question, updated_ms) VALUES (?, ?, 0)"),
             {markedCondition_, QStringLiteral("Will the demo work?")}});
        extra.push_back(
            {QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, mid) VALUES (?, ?, ?)"),
             {markedAsset_, qint64(1000), qint64(410'000)}});
        extra.push_back(
            {QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, mid) VALUES (?, ?, ?)"),
             {markedAsset_, qint64(2000), qint64(430'000)}});
        // A later snapshot without a midpoint (one-sided book) does not replace the mark.
        extra.push_back(
            {QStringLiteral(
                 "INSERT INTO price_snapshots(asset, t_ms, mid, last_trade) VALUES (?, ?, ?, ?)"),
             {markedAsset_, qint64(3000), QVariant(), qint64(440'000)}});

        // Snapshots: EXEC_GLOBAL over 10 days, one a day at 12:00 plus one today at 06:00.
        const std::int64_t equities[] = {
            10'000'000'000, 10'200'000'000, 10'500'000'000, 10'100'000'000, 9'900'000'000,
            10'050'000'000, 10'300'000'000, 10'400'000'000, 10'250'000'000, 10'350'000'000};
        for (int i = 0; i < 10; ++i)
            extra.push_back(snapshotOp(QStringLiteral("EXEC_GLOBAL"), QStringLiteral(""),
                                       kD0 + i * kDay + kDay / 2, equities[i]));
        extra.push_back(snapshotOp(QStringLiteral("EXEC_GLOBAL"), QStringLiteral(""),
                                   kD0 + 10 * kDay + kDay / 4, 10'123'456'789));
        extra.push_back(snapshotOp(QStringLiteral("SHADOW"), kSnapWallet, kD0, -5'000'000));
        extra.push_back(snapshotOp(QStringLiteral("EXEC_USER"), kSnapWallet, kD0, 1'012'340'000));
        const QString wallet2 = config_.wallets[1].address;
        extra.push_back(snapshotOp(QStringLiteral("EXEC_USER"), wallet2, kD0, 2'400'000'000));

        const Status seeded = test::seedDatabase(path_, config_, result_, extra);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
        auto db = store::Database::openReader(path_);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        db_ = std::move(db).value();
        reads_ = std::make_unique<ReadModels>(*db_);
    }

    void attemptsAfterFollowStorageOrder()
    {
        auto rows = reads_->attemptsAfter(0, 1'000'000);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), result_.attempts.size());
        std::int64_t lastId = 0;
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const AttemptRow& r = rows.value()[i];
            QVERIFY(r.id > lastId);
            lastId = r.id;
            QCOMPARE(json(r.attempt), json(result_.attempts[i]));
            QCOMPARE(r.mode, QStringLiteral("paper"));
            stored_.emplace_back(r.id, r.attempt);
        }
        auto tail = reads_->attemptsAfter(stored_[5].first, 3);
        QVERIFY(tail.ok());
        QCOMPARE(tail->size(), std::size_t(3));
        QCOMPARE(tail.value()[0].id, stored_[6].first);
        QCOMPARE(tail.value()[2].id, stored_[8].first);
        auto trace = reads_->attemptTrace(stored_[0].first);
        QVERIFY(trace.ok());
        QVERIFY(!trace->isEmpty());
        QVERIFY(!reads_->attemptTrace(999'999'999).ok());
    }

    void countsPerDecision()
    {
        std::int64_t executes = 0, skips = 0;
        for (const CopyAttempt& a : result_.attempts)
            (a.execute ? executes : skips) += 1;
        QVERIFY(executes > 0);
        QVERIFY(skips > 0);
        AttemptFilter f;
        QCOMPARE(reads_->countAttempts(f).value(), std::int64_t(result_.attempts.size()));
        f.decision = QStringLiteral("EXECUTE");
        QCOMPARE(reads_->countAttempts(f).value(), executes);
        f.decision = QStringLiteral("SKIP");
        QCOMPARE(reads_->countAttempts(f).value(), skips);
    }

    void filtersMatchTheReplay()
    {
        QVERIFY(!stored_.empty());
        checkFilter(AttemptFilter{}, [](const CopyAttempt&) { return true; });
        for (const QString& scope :
             {QString(), QStringLiteral("EXEC_USER"), QStringLiteral("EXEC_GLOBAL")}) {
            for (const QString& decision :
                 {QString(), QStringLiteral("EXECUTE"), QStringLiteral("SKIP")}) {
                for (const FollowedWallet& w : config_.wallets) {
                    AttemptFilter f;
                    f.scope = scope;
                    f.decision = decision;
                    f.wallet = w.address;
                    checkFilter(f, [&](const CopyAttempt& a) {
                        return (scope.isEmpty() || a.scope == scope) && a.wallet == w.address &&
                               (decision.isEmpty() || a.execute == (decision == u"EXECUTE"));
                    });
                }
            }
        }
        // A time window [from, to).
        const std::int64_t from = result_.attempts[result_.attempts.size() / 4].decisionMs;
        const std::int64_t to = result_.attempts[result_.attempts.size() / 2].decisionMs;
        AttemptFilter window;
        window.fromMs = from;
        window.toMs = to;
        checkFilter(window, [&](const CopyAttempt& a) {
            return a.decisionMs >= from && a.decisionMs < to;
        });
        // One asset, and one market (every token of the condition).
        AttemptFilter asset;
        asset.asset = markedAsset_;
        checkFilter(asset, [&](const CopyAttempt& a) { return a.asset == markedAsset_; });
        QSet<QString> tokens;
        for (const TradeEvent& e : result_.events)
            if (e.conditionId == markedCondition_)
                tokens.insert(e.asset);
        QVERIFY(tokens.contains(markedAsset_));
        AttemptFilter market;
        market.condition = markedCondition_;
        checkFilter(market, [&](const CopyAttempt& a) {
            return tokens.contains(a.asset) || a.asset == markedCondition_;
        });
    }

    void reasonFilterMatchesWholeCodes()
    {
        QHash<QString, std::int64_t> codes;
        for (const CopyAttempt& a : result_.attempts)
            for (const QString& r : a.reasons)
                codes[r] += 1;
        QVERIFY(codes.size() >= 2);
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            const QString code = it.key();
            AttemptFilter f;
            f.reason = code;
            checkFilter(f, [&](const CopyAttempt& a) { return a.reasons.contains(code); });
            f.scope = QStringLiteral("EXEC_GLOBAL");
            checkFilter(f, [&](const CopyAttempt& a) {
                return a.scope == u"EXEC_GLOBAL" && a.reasons.contains(code);
            });
            // Part of a code is not a code: no substring (and no LIKE wildcard) matches.
            AttemptFilter part;
            part.reason = code.mid(1);
            if (!codes.contains(part.reason))
                QCOMPARE(reads_->countAttempts(part).value(), std::int64_t(0));
            part.reason = code.left(code.size() - 1) + u'_';
            if (!codes.contains(part.reason))
                QCOMPARE(reads_->countAttempts(part).value(), std::int64_t(0));
        }
        AttemptFilter wildcard;
        wildcard.reason = QStringLiteral("%");
        QCOMPARE(reads_->countAttempts(wildcard).value(), std::int64_t(0));
    }

    void reasonCountsEqualTheReplay()
    {
        for (const QString& scope :
             {QString(), QStringLiteral("EXEC_USER"), QStringLiteral("EXEC_GLOBAL")}) {
            std::map<QString, std::int64_t> want;
            for (const CopyAttempt& a : result_.attempts)
                if (scope.isEmpty() || a.scope == scope)
                    for (const QString& r : a.reasons)
                        want[r] += 1;
            AttemptFilter f;
            f.scope = scope;
            f.decision = QStringLiteral("EXECUTE"); // ignored by reason counts
            auto got = reads_->reasonCounts(f);
            QVERIFY(got.ok());
            QCOMPARE(got->size(), want.size());
            std::map<QString, std::int64_t> gotMap;
            for (std::size_t i = 0; i < got->size(); ++i) {
                gotMap[got.value()[i].first] = got.value()[i].second;
                if (i)
                    QVERIFY(got.value()[i - 1].second >= got.value()[i].second);
            }
            QVERIFY(gotMap == want);
        }
    }

    void keysetPagingReturnsEveryRowOnce()
    {
        for (const QString& decision : {QString(), QStringLiteral("SKIP")}) {
            AttemptFilter f;
            f.decision = decision;
            f.limit = 37;
            const auto want =
                expected([&](const CopyAttempt& a) { return decision.isEmpty() || !a.execute; });
            std::vector<std::int64_t> ids;
            for (;;) {
                auto page = reads_->attempts(f);
                QVERIFY(page.ok());
                for (const AttemptRow& r : *page)
                    ids.push_back(r.id);
                if (page->size() < std::size_t(f.limit))
                    break;
                f.beforeId = page->back().id;
            }
            QCOMPARE(ids.size(), want.size());
            for (std::size_t i = 0; i < ids.size(); ++i)
                QCOMPARE(ids[i], want[i].first);
        }
    }

    void positionsEqualTheReplay()
    {
        for (const PortfolioFigures& f : result_.portfolios) {
            auto rows = reads_->positions(f.scope, f.wallet);
            QVERIFY2(rows.ok(), qPrintable(rows.error()));
            QCOMPARE(rows->size(), f.positions.size());
            for (std::size_t i = 0; i < f.positions.size(); ++i) {
                const PositionRow& p = rows.value()[i];
                QCOMPARE(p.scope, f.scope);
                QCOMPARE(p.wallet, f.wallet);
                QCOMPARE(p.asset, f.positions[i].asset);
                QCOMPARE(p.shares, f.positions[i].shares);
                QCOMPARE(p.costBasis, f.positions[i].costBasis);
            }
        }
        // EXEC_GLOBAL per lot: the lots of all wallets add up to the summed positions.
        std::map<QString, std::pair<std::int64_t, std::int64_t>> lots;
        for (const FollowedWallet& w : config_.wallets) {
            auto rows = reads_->positions(QStringLiteral("EXEC_GLOBAL"), w.address);
            QVERIFY(rows.ok());
            for (const PositionRow& p : *rows) {
                QCOMPARE(p.wallet, w.address);
                lots[p.asset].first += p.shares;
                lots[p.asset].second += p.costBasis;
            }
        }
        std::map<QString, std::pair<std::int64_t, std::int64_t>> global;
        for (const PositionFigures& p : result_.portfolios.back().positions)
            global[p.asset] = {p.shares, p.costBasis};
        QVERIFY(lots == global);
        // Every wallet of a scope at once: the union of the wallets' positions.
        std::size_t shadowPositions = 0;
        for (const PortfolioFigures& f : result_.portfolios)
            if (f.scope == u"SHADOW")
                shadowPositions += f.positions.size();
        QCOMPARE(reads_->positions(QStringLiteral("SHADOW")).value().size(), shadowPositions);
        QVERIFY(!reads_->positions(QStringLiteral("BOGUS")).ok());
    }

    void positionsCarryMarketAndMark()
    {
        auto rows = reads_->positions(QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(rows.ok());
        const PositionRow& p = rows->front();
        QCOMPARE(p.asset, markedAsset_);
        QCOMPARE(p.conditionId, markedCondition_);
        QCOMPARE(p.title, QStringLiteral("Will the demo work?"));
        QCOMPARE(p.outcome, QStringLiteral("Yes"));
        QCOMPARE(p.mark, std::optional<std::int64_t>(430'000));
        QCOMPARE(p.markMs, std::optional<std::int64_t>(2000));
        for (std::size_t i = 1; i < rows->size(); ++i)
            QVERIFY(!rows.value()[i].mark);
    }

    void realizedPerAssetIsTheLedgerSum()
    {
        // The per-asset realized of the global scope equals the engine's ledger, summed.
        const PortfolioFigures& global = result_.portfolios.back();
        std::map<QString, std::int64_t> realized;
        for (const LedgerEntry& e : global.portfolio.ledger())
            realized[e.asset] += e.dRealized;
        auto rows = reads_->positions(QStringLiteral("EXEC_GLOBAL"));
        QVERIFY(rows.ok());
        for (const PositionRow& p : *rows)
            QCOMPARE(p.realized, realized[p.asset]);
    }

    void equityIsThinnedEvenly()
    {
        auto all = reads_->equity(QStringLiteral("EXEC_GLOBAL"), QString(), 0, kD0 + 30 * kDay);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(11));
        QCOMPARE(all->front().tMs, kD0 + kDay / 2);
        QCOMPARE(all->front().equity, std::int64_t(10'000'000'000));
        QCOMPARE(all->front().cash, std::int64_t(10'000'000'000 - 100));
        QCOMPARE(all->front().exposure, std::int64_t(7));
        QCOMPARE(all->back().equity, std::int64_t(10'123'456'789));
        // 11 points to 4: indices floor(k * 10 / 3) = 0, 3, 6, 10.
        auto thin = reads_->equity(QStringLiteral("EXEC_GLOBAL"), QString(), 0, kD0 + 30 * kDay, 4);
        QVERIFY(thin.ok());
        QCOMPARE(thin->size(), std::size_t(4));
        const std::size_t idx[] = {0, 3, 6, 10};
        for (std::size_t k = 0; k < 4; ++k)
            QCOMPARE(thin.value()[k].tMs, all.value()[idx[k]].tMs);
        // [from, to) bounds.
        auto window = reads_->equity(QStringLiteral("EXEC_GLOBAL"), QString(), kD0 + kDay / 2,
                                     kD0 + 2 * kDay + kDay / 2);
        QVERIFY(window.ok());
        QCOMPARE(window->size(), std::size_t(2));
        QCOMPARE(reads_->equity(QStringLiteral("EXEC_GLOBAL"), QString(), 0, kD0 + 30 * kDay, 11)
                     .value()
                     .size(),
                 std::size_t(11));
        QCOMPARE(reads_->equity(QStringLiteral("EXEC_GLOBAL"), QString(), 0, kD0 + 30 * kDay, 1)
                     .value()
                     .back()
                     .tMs,
                 all->back().tMs);
    }

    void pnlFollowsTheSnapshots()
    {
        // now = day 10, 18:00. Today's reference: the last snapshot before day 10 00:00 (day 9,
        // 10.35k); a week earlier (day 3, 18:00): the snapshot of day 3 at 12:00 (10.1k).
        const std::int64_t now = kD0 + 10 * kDay + 3 * kDay / 4;
        auto s = reads_->pnl(QStringLiteral("EXEC_GLOBAL"), QString(), now);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->startEquity, std::int64_t(10'000'000'000));
        QCOMPARE(s->equity, std::int64_t(10'123'456'789));
        QCOMPARE(s->cash, std::int64_t(10'123'456'789 - 100));
        QCOMPARE(s->realized, std::int64_t(1'012'345'678));
        QCOMPARE(s->unrealized, std::int64_t(506'172'839));
        QCOMPARE(s->todayPnl, std::int64_t(10'123'456'789 - 10'350'000'000));
        QCOMPARE(s->weekPnl, std::int64_t(10'123'456'789 - 10'100'000'000));
        QCOMPARE(s->peakEquity, std::int64_t(10'500'000'000));
        // (10.5k - 10 123.456789) * 10 000 / 10.5k = 358.61 → 358
        QCOMPARE(s->drawdownBps, std::int64_t(358));
        QCOMPARE(s->asOfMs, kD0 + 10 * kDay + kDay / 4);
        // A week before the first snapshot: the first one is the reference.
        auto early = reads_->pnl(QStringLiteral("EXEC_GLOBAL"), QString(), kD0 + 2 * kDay);
        QVERIFY(early.ok());
        QCOMPARE(early->weekPnl, std::int64_t(10'123'456'789 - 10'000'000'000));
        // Exactly 7 days after a snapshot, that snapshot is the week's reference.
        auto exact =
            reads_->pnl(QStringLiteral("EXEC_GLOBAL"), QString(), kD0 + 9 * kDay + kDay / 2);
        QVERIFY(exact.ok());
        QCOMPARE(exact->weekPnl, std::int64_t(10'123'456'789 - 10'500'000'000));
        // Executable scopes start at their own bankroll (wallet 2 overrides it), SHADOW at 0.
        auto user2 = reads_->pnl(QStringLiteral("EXEC_USER"), config_.wallets[1].address, now);
        QVERIFY(user2.ok());
        QCOMPARE(user2->startEquity, std::int64_t(2'500'000'000));
        auto shadow = reads_->pnl(QStringLiteral("SHADOW"), kSnapWallet, now);
        QVERIFY(shadow.ok());
        QCOMPARE(shadow->startEquity, std::int64_t(0));
        QCOMPARE(shadow->equity, std::int64_t(-5'000'000));
        QCOMPARE(shadow->drawdownBps, std::int64_t(0));
        // No snapshots yet: at the bankroll.
        auto none = reads_->pnl(QStringLiteral("EXEC_USER"), config_.wallets[3].address, now);
        QVERIFY(none.ok());
        QCOMPARE(none->equity, std::int64_t(1'000'000'000));
        QCOMPARE(none->asOfMs, std::int64_t(0));
    }

    void walletMetricsEqualTheReplay()
    {
        auto metrics = reads_->walletMetrics();
        QVERIFY2(metrics.ok(), qPrintable(metrics.error()));
        QCOMPARE(metrics->size(), config_.wallets.size());
        for (std::size_t i = 0; i < config_.wallets.size(); ++i) {
            const WalletMetrics& m = metrics.value()[i];
            QCOMPARE(m.wallet, config_.wallets[i].address);
            std::int64_t attempts = 0, executes = 0, partial = 0;
            for (const CopyAttempt& a : result_.attempts) {
                if (a.scope != u"EXEC_USER" || a.wallet != m.wallet)
                    continue;
                ++attempts;
                if (a.execute) {
                    ++executes;
                    partial += *a.filledShares < *a.targetShares;
                }
            }
            QCOMPARE(m.attempts, attempts);
            QCOMPARE(m.executes, executes);
            QCOMPARE(m.partialFills, partial);
            std::int64_t lastTime = -1, lastDetect = 0;
            for (const TradeEvent& e : result_.events)
                if (e.wallet == m.wallet && e.timeMs >= lastTime) {
                    lastTime = e.timeMs;
                    lastDetect = e.detectMs;
                }
            QCOMPARE(m.lastTradeMs, lastDetect);
        }
        QCOMPARE(metrics.value()[0].shadowPnl, std::optional<std::int64_t>(-5'000'000));
        QCOMPARE(metrics.value()[0].executablePnl, std::optional<std::int64_t>(12'340'000));
        QCOMPARE(metrics.value()[1].executablePnl, std::optional<std::int64_t>(-100'000'000));
        QVERIFY(!metrics.value()[2].shadowPnl);
        QVERIFY(!metrics.value()[2].executablePnl);
    }

    void configRoundTrips()
    {
        auto loaded = ConfigStore::load(*db_);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->toJson(), config_.toJson());
        QCOMPARE(loaded->wallets[1].params.walletBankrollUsdc.raw(), std::int64_t(2'500'000'000));
    }

    void controlsAreStoredAndAudited()
    {
        auto before = reads_->controls();
        QVERIFY(before.ok());
        QVERIFY(!before->killSwitch);
        QVERIFY(!before->paused);
        QVERIFY(Controls::apply(path_, QString::fromLatin1(Controls::kKillSwitch), true,
                                QStringLiteral("tester"), 1'800'000'000'000)
                    .ok());
        QVERIFY(Controls::apply(path_, QString::fromLatin1(Controls::kPause), true,
                                QStringLiteral("tester"), 1'800'000'000'001)
                    .ok());
        auto on = reads_->controls();
        QVERIFY(on.ok());
        QVERIFY(on->killSwitch);
        QVERIFY(on->paused);
        QCOMPARE(on->updatedMs, std::int64_t(1'800'000'000'001));
        QCOMPARE(on->updatedBy, QStringLiteral("tester"));
        // Idempotent upsert: releasing twice leaves one row per switch, one audit row per change.
        QVERIFY(Controls::apply(path_, QString::fromLatin1(Controls::kKillSwitch), false,
                                QStringLiteral("cli"), 1'800'000'000'002)
                    .ok());
        QVERIFY(Controls::apply(path_, QString::fromLatin1(Controls::kKillSwitch), false,
                                QStringLiteral("cli"), 1'800'000'000'003)
                    .ok());
        auto off = reads_->controls();
        QVERIFY(!off->killSwitch);
        QVERIFY(off->paused);
        QCOMPARE(off->updatedBy, QStringLiteral("cli"));
        QSqlQuery q(db_->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM global_config WHERE key IN ('kill_switch', 'pause')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(
            QStringLiteral("SELECT actor, details_json FROM audit_log WHERE action = 'kill_switch' "
                           "ORDER BY id")));
        QStringList audit;
        while (q.next())
            audit << q.value(0).toString() + u' ' + q.value(1).toString();
        QCOMPARE(audit, QStringList({QStringLiteral("tester {\"engaged\":true}"),
                                     QStringLiteral("cli {\"engaged\":false}"),
                                     QStringLiteral("cli {\"engaged\":false}")}));
        // The stored switches override the config's flags.
        auto cfg = ConfigStore::load(*db_);
        QVERIFY(cfg.ok());
        QVERIFY(cfg->paused);
        QVERIFY(!cfg->killSwitch);
        QVERIFY(
            !Controls::apply(path_, QStringLiteral("self_destruct"), true, QStringLiteral("cli"), 1)
                 .ok());
    }

    void healthRoundTrips()
    {
        auto none = reads_->health();
        QVERIFY(none.ok());
        QVERIFY(!none->running);
        HealthSnapshot h;
        h.tMs = 1'793'620'900'000;
        h.profile = QStringLiteral("demo");
        h.running = true;
        h.killSwitch = true;
        h.streamMs = 1'793'620'899'000;
        h.lastEventMs = 1'793'620'898'000;
        h.backfillMs = 1'793'620'800'500;
        h.pendingGroups = 3;
        h.writeQueueDepth = 2;
        h.captureBytes = 123'456'789'012;
        h.feeds.push_back({QStringLiteral("data-api"), true, 1'793'620'899'500, 1, 2, 3,
                           QStringLiteral("HTTP 429")});
        h.feeds.push_back({QStringLiteral("rtds"), false, 0, 4, 0, 0, QString()});
        {
            store::StoreWriter writer;
            QVERIFY(writer.open(path_).ok());
            writer.submit(
                {{QStringLiteral(
                      "INSERT INTO checkpoints(name, value, updated_ms) VALUES (?, ?, ?)"),
                  {QStringLiteral("runtime.health"),
                   QString::fromUtf8(QJsonDocument(h.toJson()).toJson(QJsonDocument::Compact)),
                   0}}});
            QVERIFY(writer.flush());
            writer.close();
        }
        auto got = reads_->health();
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(got->toJson(), h.toJson());
        QCOMPARE(got->captureBytes, h.captureBytes);
        QCOMPARE(got->feeds.size(), std::size_t(2));
        QCOMPARE(got->feeds[0].lastError, QStringLiteral("HTTP 429"));
        QCOMPARE(got->feeds[0].rateLimited, 3);
        QVERIFY(h.toJson().contains(QStringLiteral("write_queue_depth")));
    }

    // 1,000,000 attempts: every filter is served by an index in the requested order (no sort of
    // the table) and a page comes back quickly.
    void staysFastWithAMillionAttempts()
    {
        QTemporaryDir big;
        const QString path = big.filePath(QStringLiteral("big.db"));
        {
            auto w = store::Database::openWriter(path);
            QVERIFY(w.ok());
            QSqlQuery q(w.value()->sql());
            QVERIFY2(
                q.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "1000000) "
                    "INSERT INTO copy_attempts(scope, wallet, asset, side, group_key, t0_ms, "
                    "flush_ms, "
                    "decision_ms, their_shares, their_notional, their_vwap, decision, reasons) "
                    "SELECT CASE i % 2 WHEN 0 THEN 'EXEC_USER' ELSE 'EXEC_GLOBAL' END, "
                    "printf('0x%040x', i % 100), printf('%d', i % 500), 'BUY', printf('g%d', i), "
                    "i, i, "
                    "1700000000000 + i * 1000, 1, 1, 1, CASE WHEN i % 3 = 0 THEN 'EXECUTE' ELSE "
                    "'SKIP' END, "
                    "CASE WHEN i % 3 = 0 THEN '' WHEN i % 3 = 1 THEN 'SPREAD_TOO_WIDE' "
                    "ELSE 'INSUFFICIENT_DEPTH,ONE_SIDED_BOOK' END FROM n")),
                qPrintable(q.lastError().text()));
        }
        auto db = store::Database::openReader(path);
        QVERIFY(db.ok());
        ReadModels reads(*db.value());
        std::vector<AttemptFilter> filters(8);
        filters[1].wallet = QStringLiteral("0x%1").arg(7, 40, 16, QLatin1Char('0'));
        filters[2].decision = QStringLiteral("SKIP");
        filters[3].scope = QStringLiteral("EXEC_GLOBAL");
        filters[4].reason = QStringLiteral("ONE_SIDED_BOOK");
        filters[5].fromMs = 1'700'000'000'000 + 500'000'000;
        filters[5].toMs = 1'700'000'000'000 + 600'000'000;
        filters[6].wallet = filters[1].wallet;
        filters[6].decision = QStringLiteral("EXECUTE");
        filters[7].wallet =
            QStringLiteral("0x%1").arg(8, 40, 16, QLatin1Char('0')); // an EXEC_USER one
        filters[7].scope = QStringLiteral("EXEC_USER");
        filters[7].reason = QStringLiteral("SPREAD_TOO_WIDE");
        for (AttemptFilter f : filters) {
            auto plan = reads.attemptsPlan(f);
            QVERIFY(plan.ok());
            // A named wallet is the narrowest index whatever else is asked.
            if (!f.wallet.isEmpty())
                QVERIFY2(plan->contains(QStringLiteral("attempts_by_wallet")), qPrintable(*plan));
            QVERIFY2(plan->contains(QStringLiteral("USING INDEX")) &&
                         !plan->contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(*plan));
            QElapsedTimer t;
            t.start();
            std::int64_t rows = 0;
            // Ten pages deep, as scrolling would go.
            for (int page = 0; page < 10; ++page) {
                auto got = reads.attempts(f);
                QVERIFY(got.ok());
                QCOMPARE(got->size(), std::size_t(200));
                rows += std::int64_t(got->size());
                f.beforeId = got->back().id;
            }
            const qint64 ms = t.elapsed();
            qInfo("filter %s: 10 pages of 200 in %lld ms", qPrintable(plan->section(u'\n', 0, 0)),
                  ms);
            QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        }
        QElapsedTimer t;
        t.start();
        AttemptFilter skips;
        skips.scope = QStringLiteral("EXEC_USER");
        auto counts = reads.reasonCounts(skips);
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), std::size_t(3));
        qInfo("reason counts over 500,000 attempts: %lld ms", t.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestReadModels)
#include "test_read_models.moc"
