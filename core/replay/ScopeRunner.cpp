#include "replay/ScopeRunner.h"

#include "executor/BookWalker.h"
#include "signal/DecisionPipeline.h"
#include "signal/ReasonCodes.h"

#include <limits>

namespace slip {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Days since the epoch of the Monday that starts D's UTC week (1970-01-01 was a Thursday).
std::int64_t weekStartDay(std::int64_t day) { return day - (((day + 3) % 7) + 7) % 7; }

BreakerLimits limitsOf(const WalletParams& p) { return {p.dailyLossBps, p.weeklyLossBps, p.maxDrawdownBps}; }

} // namespace

ScopeRunner::ScopeRunner(const EngineConfig& config, const MarketTimeline& markets, int walletIndex)
    : config_(config),
      markets_(markets),
      walletIndex_(walletIndex),
      bankroll_(walletIndex < 0 ? config.globalBankrollUsdc.raw()
                                : config.wallets[std::size_t(walletIndex)].params.walletBankrollUsdc.raw()),
      portfolio_(bankroll_),
      breakers_(limitsOf(walletIndex < 0 ? config.global : config.wallets[std::size_t(walletIndex)].params), bankroll_)
{
    for (int i = 0; i < int(config.wallets.size()); ++i)
        params_.push_back(walletIndex < 0 ? config.globalScopeParams(i) : config.wallets[std::size_t(i)].params);
}

void ScopeRunner::addTimeline(const TimelineRecord& r)
{
    if (r.kind == TimelineRecord::Kind::Settlement
        || (walletIndex_ < 0 ? r.globalScope : (!r.globalScope && r.walletIndex == walletIndex_)))
        timeline_.push_back(r);
}

std::int64_t ScopeRunner::exposureAt(std::int64_t x)
{
    exposures_.refresh(portfolio_, markets_, x);
    return exposures_.total();
}

std::int64_t ScopeRunner::equityAt(std::int64_t x) { return portfolio_.cash() + exposureAt(x); }

void ScopeRunner::recordEvent(const BreakerEvent& e)
{
    events_.push_back({walletIndex_ < 0, walletIndex_,
                       walletIndex_ < 0 ? QString() : config_.wallets[std::size_t(walletIndex_)].address, e});
}

void ScopeRunner::applyTimelineUpTo(std::int64_t limit)
{
    while (cursor_ < timeline_.size() && timeline_[cursor_].t <= limit) {
        const TimelineRecord& r = timeline_[cursor_++];
        if (r.kind == TimelineRecord::Kind::Settlement) {
            portfolio_.settle(r.condition, r.tokens, r.prices, r.t);
        } else if (auto e = breakers_.operatorReset(r.breaker, r.t, equityAt(r.t))) {
            recordEvent(*e);
        }
    }
}

void ScopeRunner::samplePeriods(std::int64_t d)
{
    const std::int64_t day = floorDiv(d, kDayMs);
    const std::int64_t week = weekStartDay(day);
    if (!havePeriod_ || week != currentWeek_) {
        const std::int64_t b = week * kDayMs;
        applyTimelineUpTo(b);
        if (auto e = breakers_.sampleWeek(b, equityAt(b)))
            recordEvent(*e);
    }
    if (!havePeriod_ || day != currentDay_) {
        const std::int64_t b = day * kDayMs;
        applyTimelineUpTo(b);
        if (auto e = breakers_.sampleDay(b, equityAt(b)))
            recordEvent(*e);
    }
    havePeriod_ = true;
    currentDay_ = day;
    currentWeek_ = week;
}

CopyAttempt ScopeRunner::process(const CopyGroup& g)
{
    const std::int64_t d = g.decisionMs;
    samplePeriods(d);
    applyTimelineUpTo(d);
    const std::int64_t exposure = exposureAt(d);
    const std::int64_t equity = portfolio_.cash() + exposure;
    for (const BreakerEvent& e : breakers_.evaluate(d, equity))
        recordEvent(e);

    const WalletParams& p = params_[std::size_t(g.walletIndex)];
    const FollowedWallet& w = config_.wallets[std::size_t(g.walletIndex)];
    const int lot = walletIndex_ < 0 ? g.walletIndex : 0;

    DecisionContext ctx;
    ctx.group = &g;
    ctx.params = &p;
    ctx.globalScope = walletIndex_ < 0;
    ctx.walletEnabled = w.enabled;
    ctx.killSwitch = markets_.switchAt(QStringLiteral("kill_switch"), d).value_or(config_.killSwitch);
    ctx.paused = markets_.switchAt(QStringLiteral("pause"), d).value_or(config_.paused);
    ctx.breakerTripped = breakers_.anyTripped();
    ctx.market = g.isSplitOrMerge() ? markets_.marketOfCondition(g.asset, d) : markets_.marketOfAsset(g.asset, d);
    ctx.equity = equity;
    ctx.cash = portfolio_.cash();
    ctx.holdings = g.isSplitOrMerge() ? 0 : portfolio_.holdings(lot, g.asset);
    ctx.totalExposure = [exposure] { return exposure; };
    // The cache was refreshed at D just above and nothing has changed since.
    ctx.marketExposure = [this](const QString& c) { return exposures_.market(c); };
    ctx.walletExposure = [this, lot] { return exposures_.lot(lot); };
    ctx.tokenHoldings = [&](const QString& token) { return portfolio_.holdings(lot, token); };
    if (!g.isSplitOrMerge())
        ctx.book = markets_.bookAt(g.asset, d, &ctx.bookT);

    PipelineOutcome out = DecisionPipeline::decide(ctx);
    CopyAttempt a = std::move(out.attempt);
    if (!out.fill)
        return a;

    if (g.isSplitOrMerge()) {
        const std::int64_t amount = *a.targetShares;
        if (g.side == u"SPLIT")
            portfolio_.split(lot, out.condition, ctx.market->tokenIds, amount, g.groupKey, d);
        else
            portfolio_.merge(lot, out.condition, ctx.market->tokenIds, amount, g.groupKey, d);
        a.execute = true;
        a.filledShares = amount;
        a.filledNotional = amount;
        a.vwap = Micros::kScale;
        a.fee = 0;
        return a;
    }

    const Side side = g.isBuy() ? Side::Buy : Side::Sell;
    const std::int64_t feeBps = p.feeRateBps.value_or(markets_.feeRateAt(g.asset, d).value_or(0));
    const BookWalk walk = BookWalker::walk(*ctx.book, side, out.bound, *a.targetShares, portfolio_.cash(), feeBps);
    if (walk.filledShares == 0) {
        a.execute = false;
        a.reasons = {walk.anyLevelInBound ? reason::kInsufficientCash : reason::kNoLiquidityWithinBounds};
        return a;
    }
    a.execute = true;
    a.filledShares = walk.filledShares;
    a.filledNotional = walk.filledNotional;
    a.vwap = mulDiv(walk.filledNotional, Micros::kScale, walk.filledShares);
    a.fee = walk.fee;
    for (const FillLevel& l : walk.levels)
        a.fillLevels.push_back({l.price, l.shares});
    if (side == Side::Buy)
        portfolio_.buy(lot, g.asset, out.condition, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
    else
        portfolio_.sell(lot, g.asset, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
    return a;
}

void ScopeRunner::finish() { applyTimelineUpTo(std::numeric_limits<std::int64_t>::max()); }

} // namespace slip
