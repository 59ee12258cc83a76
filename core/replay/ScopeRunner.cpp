#include "replay/ScopeRunner.h"

#include "executor/BookWalker.h"
#include "replay/DecisionTrace.h"
#include "signal/DecisionPipeline.h"
#include "signal/ReasonCodes.h"

#include <limits>

namespace slip {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Days since the epoch of the Monday that starts D's UTC week (1970-01-01 was a Thursday).
std::int64_t weekStartDay(std::int64_t day) { return day - (((day + 3) % 7) + 7) % 7; }

// An attempt that executes with what the book walk filled.
void takeFill(CopyAttempt& a, const BookWalk& walk)
{
    a.execute = true;
    a.filledShares = walk.filledShares;
    a.filledNotional = walk.filledNotional;
    a.vwap = mulDiv(walk.filledNotional, Micros::kScale, walk.filledShares);
    a.fee = walk.fee;
    for (const FillLevel& l : walk.levels)
        a.fillLevels.push_back({l.price, l.shares});
}

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

void ScopeRunner::reloadParams()
{
    params_.clear();
    for (int i = 0; i < int(config_.wallets.size()); ++i)
        params_.push_back(walletIndex_ < 0 ? config_.globalScopeParams(i) : config_.wallets[std::size_t(i)].params);
    breakers_.setLimits(limitsOf(walletIndex_ < 0 ? config_.global : config_.wallets[std::size_t(walletIndex_)].params));
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
        } else if (r.kind == TimelineRecord::Kind::ClosePosition) {
            closePosition(r);
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
    // The asset by the timeline's number (the grouper's groups carry it): no token-id hashing.
    const int assetId = g.isSplitOrMerge() ? -1 : g.assetId >= 0 ? g.assetId : markets_.assetId(g.asset);
    const AssetKey asset(g.asset, assetId);
    if (g.isSplitOrMerge())
        ctx.market = markets_.marketOfCondition(g.asset, d);
    else if (assetId >= 0)
        ctx.market = markets_.marketOfAsset(assetId, d);
    ctx.equity = equity;
    ctx.cash = portfolio_.cash();
    ctx.holdings = g.isSplitOrMerge() ? 0 : portfolio_.holdings(lot, asset);
    ctx.totalExposure = [exposure] { return exposure; };
    // The cache was refreshed at D just above and nothing has changed since.
    ctx.marketExposure = [this](const QString& c) { return exposures_.market(c); };
    ctx.walletExposure = [this, lot] { return exposures_.lot(lot); };
    ctx.tokenHoldings = [&](const QString& token) { return portfolio_.holdings(lot, token); };
    if (assetId >= 0)
        ctx.book = markets_.bookAt(assetId, d, &ctx.bookT);

    PipelineOutcome out = DecisionPipeline::decide(ctx);
    CopyAttempt a = std::move(out.attempt);
    if (!out.fill) {
        if (keepTraces_)
            a.trace = decisionTraceJson(ctx, out, a, nullptr, 0);
        return a;
    }

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
        if (keepTraces_)
            a.trace = decisionTraceJson(ctx, out, a, nullptr, 0);
        return a;
    }

    const Side side = g.isBuy() ? Side::Buy : Side::Sell;
    const std::int64_t feeBps = p.feeRateBps.value_or(markets_.feeRateAt(assetId, d).value_or(0)); // a book: assetId >= 0
    const BookWalk walk = BookWalker::walk(*ctx.book, side, out.bound, *a.targetShares, portfolio_.cash(), feeBps);
    if (walk.filledShares == 0) {
        a.execute = false;
        a.reasons = {walk.anyLevelInBound ? reason::kInsufficientCash : reason::kNoLiquidityWithinBounds};
        if (keepTraces_)
            a.trace = decisionTraceJson(ctx, out, a, &walk, feeBps);
        return a;
    }
    takeFill(a, walk);
    if (keepTraces_)
        a.trace = decisionTraceJson(ctx, out, a, &walk, feeBps);
    if (side == Side::Buy)
        portfolio_.buy(lot, asset, out.condition, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
    else
        portfolio_.sell(lot, asset, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
    return a;
}

void ScopeRunner::finish() { applyTimelineUpTo(std::numeric_limits<std::int64_t>::max()); }

void ScopeRunner::applyCloseAt(std::int64_t t)
{
    samplePeriods(t);
    applyTimelineUpTo(t);
}

std::vector<CopyAttempt> ScopeRunner::takeCloseAttempts()
{
    std::vector<CopyAttempt> out;
    out.swap(closes_);
    return out;
}

// An operator close (Slipstream extension, not in spec/copy-engine.md): EXEC_USER sells its lot
// of the asset; EXEC_GLOBAL sells the named wallet's lot, or every wallet's lot (config order)
// when no wallet is named — one attempt per lot, each walking the same book, as copies do.
void ScopeRunner::closePosition(const TimelineRecord& r)
{
    if (walletIndex_ >= 0) {
        closes_.push_back(closeLot(0, walletIndex_, r.asset, r.t));
        return;
    }
    if (r.walletIndex >= 0) {
        closes_.push_back(closeLot(r.walletIndex, r.walletIndex, r.asset, r.t));
        return;
    }
    bool any = false;
    for (int w = 0; w < int(config_.wallets.size()); ++w) {
        if (portfolio_.holdings(w, r.asset) > 0) {
            closes_.push_back(closeLot(w, w, r.asset, r.t));
            any = true;
        }
    }
    if (!any)
        closes_.push_back(closeLot(-1, -1, r.asset, r.t));
}

// The paper close of one lot at t: gates (kill switch, closed market, no position), the latest
// book at t (age and both sides as a copy SELL), then a SELL of every share walking the bids
// down to mid − max_chase_vs_mid, with the copy SELL's fee and ledger rules. No spread or depth
// check: the operator asked to get out, and what the bound leaves is reported as a partial fill.
CopyAttempt ScopeRunner::closeLot(int lot, int wallet, const QString& asset, std::int64_t t)
{
    CopyAttempt a;
    a.scope = walletIndex_ < 0 ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER");
    a.wallet = wallet < 0 ? QString() : config_.wallets[std::size_t(wallet)].address;
    a.asset = asset;
    a.side = QStringLiteral("SELL");
    QString key = QStringLiteral("manual:%1:%2:%3").arg(a.wallet, asset).arg(t);
    int& n = closeKeys_[key];
    if (n > 0)
        key += u'#' + QString::number(n);
    ++n;
    a.groupKey = key;
    a.t0 = a.flushMs = a.decisionMs = t;

    const std::int64_t held = wallet < 0 ? 0 : portfolio_.holdings(lot, asset);
    const bool killed = markets_.switchAt(QStringLiteral("kill_switch"), t).value_or(config_.killSwitch);
    const MarketInfo* market = markets_.marketOfAsset(asset, t);
    if (killed)
        a.reasons << reason::kKillSwitch;
    if (market && market->closed)
        a.reasons << reason::kMarketClosed;
    if (held == 0)
        a.reasons << reason::kNoPosition;
    if (!a.reasons.isEmpty())
        return a;

    const WalletParams& p = params_[std::size_t(wallet)];
    std::int64_t costBasis = 0;
    if (const AssetHolding* h = portfolio_.holding(asset))
        if (const Lot* l = h->lotOf(lot))
            costBasis = l->costBasis;
    std::int64_t bookT = 0;
    const BookSnapshot* book = markets_.bookAt(asset, t, &bookT);
    const std::optional<std::int64_t> mid =
        book && book->hasBothSides() ? std::optional<std::int64_t>((book->bestBid().raw() + book->bestAsk().raw()) / 2)
                                     : std::nullopt;
    // Target: every share, valued at the mark (§6: the mid, else the lot's average cost).
    a.targetShares = held;
    a.targetNotional = mid ? notional(Micros(*mid), Micros(held)).raw() : costBasis;
    if (!book || t - bookT > p.maxBookAgeMs) {
        a.reasons << reason::kBookUnavailable;
        return a;
    }
    if (!mid) {
        a.reasons << reason::kOneSidedBook;
        return a;
    }
    a.mid = *mid;
    const std::int64_t bound = *mid - p.maxChaseVsMid.raw();
    const std::int64_t feeBps = p.feeRateBps.value_or(markets_.feeRateAt(asset, t).value_or(0));
    const BookWalk walk = BookWalker::walk(*book, Side::Sell, bound, held, portfolio_.cash(), feeBps);
    if (walk.filledShares == 0) {
        a.reasons << reason::kNoLiquidityWithinBounds;
        return a;
    }
    takeFill(a, walk);
    portfolio_.sell(lot, asset, walk.filledShares, walk.filledNotional, walk.fee, key, t);
    return a;
}

} // namespace slip
