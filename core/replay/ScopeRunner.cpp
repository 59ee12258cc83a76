#include "replay/ScopeRunner.h"

#include "executor/BookWalker.h"
#include "signal/DecisionPipeline.h"
#include "signal/ReasonCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace slip {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// Days since the epoch of the Monday that starts D's UTC week (1970-01-01 was a Thursday).
std::int64_t weekStartDay(std::int64_t day) { return day - (((day + 3) % 7) + 7) % 7; }

const char* sizingModeName(SizingMode m)
{
    switch (m) {
    case SizingMode::NotionalPct: return "notional_pct";
    case SizingMode::ShareRatio: return "share_ratio";
    case SizingMode::FixedUsdc: return "fixed_usdc";
    case SizingMode::BankrollBps: return "bankroll_bps";
    }
    return "";
}

// The decision trace stored with an attempt: what each stage reached looked at (amounts and
// prices in micros, times in ms) and the stage whose check failed. Stages are keyed "A gates" …
// "E fill" so they sort in pipeline order.
QByteArray decisionTrace(const DecisionContext& ctx, const PipelineOutcome& out, const CopyAttempt& a,
                         const BookWalk* walk, std::int64_t feeBps)
{
    const WalletParams& p = *ctx.params;
    const CopyGroup& g = *ctx.group;
    const StageFigures& f = out.figures;
    auto result = [&](char stage) {
        if (!a.execute && f.stage == stage)
            return QJsonValue(QJsonArray::fromStringList(a.reasons));
        return QJsonValue(QStringLiteral("pass"));
    };
    QJsonObject t;
    QJsonObject gates{{QStringLiteral("kill_switch"), ctx.killSwitch},
                      {QStringLiteral("paused"), ctx.paused},
                      {QStringLiteral("wallet_enabled"), ctx.walletEnabled},
                      {QStringLiteral("market_known"), ctx.market != nullptr},
                      {QStringLiteral("breaker_tripped"), ctx.breakerTripped},
                      {QStringLiteral("holdings"), qint64(ctx.holdings)},
                      {QStringLiteral("result"), result('A')}};
    if (ctx.market) {
        gates.insert(QStringLiteral("market_closed"), ctx.market->closed);
        if (ctx.market->endMs)
            gates.insert(QStringLiteral("ms_to_market_end"), qint64(*ctx.market->endMs - g.decisionMs));
        gates.insert(QStringLiteral("near_close_ms"), qint64(p.nearCloseMs));
    }
    t.insert(QStringLiteral("A gates"), gates);
    if (f.stage >= 'B' && !g.isSplitOrMerge()) {
        QJsonObject b{{QStringLiteral("sizing_mode"), QLatin1String(sizingModeName(p.sizingMode))},
                      {QStringLiteral("equity"), qint64(ctx.equity)},
                      {QStringLiteral("cap"), qint64(f.cap)},
                      {QStringLiteral("target_notional"), qint64(a.targetNotional.value_or(0))},
                      {QStringLiteral("target_shares"), qint64(a.targetShares.value_or(0))},
                      {QStringLiteral("min_trade"), qint64(p.minTradeUsdc.raw())},
                      {QStringLiteral("full_exit"), f.fullExit},
                      {QStringLiteral("result"), result('B')}};
        if (ctx.market && ctx.market->orderMinSize)
            b.insert(QStringLiteral("venue_min_shares"), qint64(ctx.market->orderMinSize->raw()));
        t.insert(QStringLiteral("B sizing"), b);
    }
    if (f.stage >= 'C' && f.totalExposure >= 0) {
        QJsonObject c{{QStringLiteral("total_exposure"), qint64(f.totalExposure)},
                      {QStringLiteral("total_cap"), qint64(f.totalCap)},
                      {QStringLiteral("market_exposure"), qint64(f.marketExposure)},
                      {QStringLiteral("market_cap"), qint64(f.marketCap)},
                      {QStringLiteral("cash"), qint64(ctx.cash)},
                      {QStringLiteral("result"), result('C')}};
        if (f.walletExposure >= 0) {
            c.insert(QStringLiteral("wallet_exposure"), qint64(f.walletExposure));
            c.insert(QStringLiteral("wallet_cap"), qint64(f.walletCap));
        }
        t.insert(QStringLiteral("C risk"), c);
    }
    if (f.stage >= 'D') {
        QJsonObject d{{QStringLiteral("max_book_age_ms"), qint64(p.maxBookAgeMs)}, {QStringLiteral("result"), result('D')}};
        if (f.bookAgeMs >= 0)
            d.insert(QStringLiteral("book_age_ms"), qint64(f.bookAgeMs));
        if (f.bestBid >= 0) {
            d.insert(QStringLiteral("best_bid"), qint64(f.bestBid));
            d.insert(QStringLiteral("best_ask"), qint64(f.bestAsk));
            d.insert(QStringLiteral("spread"), qint64(f.bestAsk - f.bestBid));
            d.insert(QStringLiteral("max_spread"), qint64(p.maxSpread.raw()));
            d.insert(QStringLiteral("mid"), qint64(a.mid.value_or(0)));
        }
        if (f.depth >= 0) {
            d.insert(QStringLiteral("bound"), qint64(out.bound));
            d.insert(QStringLiteral("depth_in_band"), qint64(f.depth));
            d.insert(QStringLiteral("min_depth"), qint64(f.minDepth));
        }
        t.insert(QStringLiteral("D book"), d);
    }
    if (walk) {
        t.insert(QStringLiteral("E fill"),
                 QJsonObject{{QStringLiteral("levels"), qint64(walk->levels.size())},
                             {QStringLiteral("filled_shares"), qint64(walk->filledShares)},
                             {QStringLiteral("filled_notional"), qint64(walk->filledNotional)},
                             {QStringLiteral("fee"), qint64(walk->fee)},
                             {QStringLiteral("fee_rate_bps"), qint64(feeBps)},
                             {QStringLiteral("result"), a.execute ? QJsonValue(QStringLiteral("pass"))
                                                                  : QJsonValue(QJsonArray::fromStringList(a.reasons))}});
    }
    t.insert(QStringLiteral("failed_stage"),
             a.execute ? QJsonValue() : QJsonValue(QString(QLatin1Char(walk ? 'E' : f.stage))));
    t.insert(QStringLiteral("units"), QStringLiteral("amounts and prices in micros (1000000 = 1 USDC or a price of 1), times in ms"));
    return QJsonDocument(t).toJson(QJsonDocument::Compact);
}

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
    if (!out.fill) {
        if (keepTraces_)
            a.trace = decisionTrace(ctx, out, a, nullptr, 0);
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
            a.trace = decisionTrace(ctx, out, a, nullptr, 0);
        return a;
    }

    const Side side = g.isBuy() ? Side::Buy : Side::Sell;
    const std::int64_t feeBps = p.feeRateBps.value_or(markets_.feeRateAt(g.asset, d).value_or(0));
    const BookWalk walk = BookWalker::walk(*ctx.book, side, out.bound, *a.targetShares, portfolio_.cash(), feeBps);
    if (walk.filledShares == 0) {
        a.execute = false;
        a.reasons = {walk.anyLevelInBound ? reason::kInsufficientCash : reason::kNoLiquidityWithinBounds};
        if (keepTraces_)
            a.trace = decisionTrace(ctx, out, a, &walk, feeBps);
        return a;
    }
    takeFill(a, walk);
    if (keepTraces_)
        a.trace = decisionTrace(ctx, out, a, &walk, feeBps);
    if (side == Side::Buy)
        portfolio_.buy(lot, g.asset, out.condition, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
    else
        portfolio_.sell(lot, g.asset, walk.filledShares, walk.filledNotional, walk.fee, g.groupKey, d);
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
        for (const auto& [l, lotValue] : h->lots)
            if (l == lot)
                costBasis = lotValue.costBasis;
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
