#include "signal/DecisionPipeline.h"

#include "domain/Micros.h"
#include "signal/ReasonCodes.h"

#include <algorithm>

namespace slip {
namespace {

CopyAttempt baseAttempt(const DecisionContext& ctx)
{
    const CopyGroup& g = *ctx.group;
    CopyAttempt a;
    a.scope = ctx.globalScope ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER");
    a.wallet = g.wallet;
    a.asset = g.asset;
    a.side = g.side;
    a.groupKey = g.groupKey;
    a.t0 = g.t0;
    a.flushMs = g.flushMs;
    a.decisionMs = g.decisionMs;
    a.theirShares = g.theirShares;
    a.theirNotional = g.theirNotional;
    a.theirVwap = g.theirVwap;
    return a;
}

PipelineOutcome skip(PipelineOutcome out, QStringList reasons)
{
    out.attempt.execute = false;
    out.attempt.reasons = std::move(reasons);
    out.fill = false;
    return out;
}

std::int64_t bpsOf(std::int64_t amount, std::int64_t bps) { return mulDiv(amount, bps, 10'000); }

// Stage A items shared by trades and SPLIT/MERGE.
QStringList commonGates(const DecisionContext& ctx)
{
    QStringList r;
    if (ctx.group->stale)
        r << reason::kStaleEvent;
    if (ctx.killSwitch)
        r << reason::kKillSwitch;
    if (ctx.paused)
        r << reason::kEnginePaused;
    if (!ctx.walletEnabled)
        r << reason::kWalletDisabled;
    if (!ctx.market)
        r << reason::kUnknownMarket;
    else if (ctx.market->closed)
        r << reason::kMarketClosed;
    return r;
}

PipelineOutcome decideSplitMerge(const DecisionContext& ctx, PipelineOutcome out)
{
    const CopyGroup& g = *ctx.group;
    QStringList gates = commonGates(ctx);
    if (!gates.isEmpty())
        return skip(std::move(out), gates);
    const std::int64_t a = bpsOf(g.theirShares, ctx.params->copyBps);
    out.attempt.targetNotional = a;
    out.attempt.targetShares = a;
    if (a == 0)
        return skip(std::move(out), {reason::kBelowMinNotional});
    if (g.side == u"SPLIT") {
        if (ctx.cash < a)
            return skip(std::move(out), {reason::kInsufficientCash});
    } else {
        for (const QString& token : ctx.market->tokenIds)
            if (ctx.tokenHoldings(token) < a)
                return skip(std::move(out), {reason::kNoPosition});
    }
    out.fill = true;
    return out;
}

} // namespace

std::int64_t DecisionPipeline::sharesFor(std::int64_t n, std::int64_t vwap)
{
    return vwap == 0 ? 0 : mulDiv(n, Micros::kScale, vwap);
}

bool DecisionPipeline::categoryAllowed(const QStringList& allowList, const QStringList& categories)
{
    // ASCII case-insensitive only: letters outside A-Z/a-z must match exactly.
    auto fold = [](QChar c) { return (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c; };
    auto equal = [&](const QString& x, const QString& y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (fold(x[i]) != fold(y[i]))
                return false;
        return true;
    };
    for (const QString& c : categories)
        for (const QString& a : allowList)
            if (equal(c, a))
                return true;
    return false;
}

PipelineOutcome DecisionPipeline::decide(const DecisionContext& ctx)
{
    const CopyGroup& g = *ctx.group;
    const WalletParams& p = *ctx.params;
    const std::int64_t D = g.decisionMs;
    PipelineOutcome out;
    out.attempt = baseAttempt(ctx);
    out.condition = ctx.market ? ctx.market->conditionId : g.rowCondition;
    if (g.isSplitOrMerge())
        return decideSplitMerge(ctx, std::move(out));

    const bool buy = g.isBuy();
    // Stage A: gates.
    QStringList gates = commonGates(ctx);
    if (buy) {
        if (p.blacklist.contains(out.condition))
            gates << reason::kMarketBlacklisted;
        if (ctx.market && !p.categories.isEmpty() && !categoryAllowed(p.categories, ctx.market->categories))
            gates << reason::kCategoryFiltered;
        if (ctx.market && ctx.market->endMs && *ctx.market->endMs - D < p.nearCloseMs)
            gates << reason::kNearClose;
        if (ctx.breakerTripped)
            gates << reason::kCircuitBreaker;
    } else if (ctx.holdings == 0) {
        gates << reason::kNoPosition;
    }
    if (!gates.isEmpty())
        return skip(std::move(out), gates);

    // Stage B: sizing.
    out.figures.stage = 'B';
    const std::int64_t vwap = g.theirVwap;
    const std::int64_t cap = std::min(p.maxTradeUsdc.raw(), bpsOf(ctx.equity, p.maxTradeEquityBps));
    out.figures.cap = cap;
    std::int64_t tn = 0;
    std::int64_t ts = 0;
    switch (p.sizingMode) {
    case SizingMode::NotionalPct:
        tn = std::min(bpsOf(g.theirNotional, p.copyBps), cap);
        ts = sharesFor(tn, vwap);
        break;
    case SizingMode::ShareRatio:
        ts = mulDiv(g.theirShares, p.ratioPpm, Micros::kScale);
        tn = notional(Micros(vwap), Micros(ts)).raw();
        if (tn > cap) {
            tn = cap;
            ts = sharesFor(cap, vwap);
        }
        break;
    case SizingMode::FixedUsdc:
        tn = std::min(p.fixedUsdc.raw(), cap);
        ts = sharesFor(tn, vwap);
        break;
    case SizingMode::BankrollBps:
        tn = std::min(bpsOf(ctx.equity, p.bankrollBps), cap);
        ts = sharesFor(tn, vwap);
        break;
    }
    bool fullExit = false;
    if (!buy) {
        const std::int64_t sb = g.shadowBefore;
        if (p.sellMode == SellMode::Sizing) {
            ts = std::min(ts, ctx.holdings);
        } else {
            ts = sb == 0 ? 0 : mulDiv(ctx.holdings, std::min(g.theirShares, sb), sb);
        }
        tn = notional(Micros(vwap), Micros(ts)).raw();
        if (sb > 0 && g.shadowAfter == 0) {
            fullExit = true;
            ts = ctx.holdings;
            tn = notional(Micros(vwap), Micros(ts)).raw();
        }
    }
    out.attempt.targetNotional = tn;
    out.attempt.targetShares = ts;
    out.figures.fullExit = fullExit;
    QStringList sizing;
    if (!fullExit && (tn < p.minTradeUsdc.raw() || ts == 0))
        sizing << reason::kBelowMinNotional;
    if (ctx.market && ctx.market->orderMinSize && ts < ctx.market->orderMinSize->raw())
        sizing << reason::kBelowVenueMinimum;
    if (!sizing.isEmpty())
        return skip(std::move(out), sizing);

    // Stage C: risk (BUY only).
    if (buy) {
        out.figures.stage = 'C';
        QStringList risk;
        StageFigures& f = out.figures;
        f.totalExposure = ctx.totalExposure();
        f.totalCap = bpsOf(ctx.equity, p.maxTotalExposureBps);
        f.marketExposure = ctx.marketExposure(out.condition);
        f.marketCap = bpsOf(ctx.equity, p.maxMarketExposureBps);
        if (ctx.globalScope) {
            f.walletExposure = ctx.walletExposure();
            f.walletCap = bpsOf(ctx.equity, p.maxWalletExposureBps);
        }
        if (f.totalExposure + tn > f.totalCap)
            risk << reason::kRiskCapTotal;
        if (f.marketExposure + tn > f.marketCap)
            risk << reason::kRiskCapMarket;
        if (ctx.globalScope && f.walletExposure + tn > f.walletCap)
            risk << reason::kRiskCapWallet;
        if (ctx.cash < tn)
            risk << reason::kInsufficientCash;
        if (!risk.isEmpty())
            return skip(std::move(out), risk);
    }

    // Stage D: book.
    out.figures.stage = 'D';
    if (ctx.book)
        out.figures.bookAgeMs = D - ctx.bookT;
    if (!ctx.book || D - ctx.bookT > p.maxBookAgeMs)
        return skip(std::move(out), {reason::kBookUnavailable});
    if (!ctx.book->hasBothSides())
        return skip(std::move(out), {reason::kOneSidedBook});
    const std::int64_t bestBid = ctx.book->bestBid().raw();
    const std::int64_t bestAsk = ctx.book->bestAsk().raw();
    const std::int64_t mid = (bestBid + bestAsk) / 2;
    out.attempt.mid = mid;
    out.figures.bestBid = bestBid;
    out.figures.bestAsk = bestAsk;
    QStringList book;
    if (bestAsk - bestBid > p.maxSpread.raw())
        book << reason::kSpreadTooWide;
    std::int64_t depth = 0;
    if (buy) {
        out.bound = std::min(vwap + p.maxWorseThanFill.raw(), mid + p.maxChaseVsMid.raw());
        for (const BookLevel& l : ctx.book->asks)
            if (l.price.raw() <= out.bound)
                depth += notional(l.price, l.size).raw();
    } else {
        out.bound = std::max(vwap - p.maxWorseThanFill.raw(), mid - p.maxChaseVsMid.raw());
        for (const BookLevel& l : ctx.book->bids)
            if (l.price.raw() >= out.bound)
                depth += notional(l.price, l.size).raw();
    }
    out.figures.depth = depth;
    out.figures.minDepth = bpsOf(tn, p.minDepthBps);
    if (p.minDepthBps > 0 && depth < out.figures.minDepth)
        book << reason::kInsufficientDepth;
    if (!book.isEmpty())
        return skip(std::move(out), book);
    out.figures.stage = 'E';
    out.fill = true;
    return out;
}

} // namespace slip
