#include "venue/polymarket/LocalOrderBook.h"

#include <algorithm>

namespace slip::polymarket {

LocalOrderBook::LocalOrderBook(QString asset) : asset_(std::move(asset)) {}

LocalOrderBook::Apply LocalOrderBook::applySnapshot(const BookSnapshot& s, bool force)
{
    if (!force && hasSnapshot_) {
        if (s.venueTimestampMs < timestampMs_)
            return Apply::Stale;
        if (s.venueTimestampMs == timestampMs_ && !s.hash.isEmpty() && s.hash == hash_)
            return Apply::Duplicate;
    }
    if (asset_.isEmpty())
        asset_ = s.asset;
    bids_.clear();
    asks_.clear();
    // Venue arrays are not trusted to be sorted or unique: aggregate equal prices.
    for (const auto& l : s.bids)
        if (l.size.raw() > 0)
            bids_[l.price.raw()] += l.size.raw();
    for (const auto& l : s.asks)
        if (l.size.raw() > 0)
            asks_[l.price.raw()] += l.size.raw();
    timestampMs_ = std::max(force ? timestampMs_ : 0, s.venueTimestampMs);
    hash_ = s.hash;
    if (!s.market.isEmpty())
        market_ = s.market;
    if (s.tickSize.raw() > 0)
        tickSize_ = s.tickSize;
    if (s.minOrderSize.raw() > 0)
        minOrderSize_ = s.minOrderSize;
    negRisk_ = s.negRisk;
    hasSnapshot_ = true;
    needsResync_ = false;
    driftReason_.clear();
    ++updates_;
    return Apply::Applied;
}

LocalOrderBook::Apply LocalOrderBook::applyChange(Side side, Micros price, Micros size,
                                                  std::int64_t timestampMs, const QString& hash)
{
    if (!hasSnapshot_) {
        markDrifted(QStringLiteral("delta before snapshot"));
        return Apply::NoSnapshot;
    }
    if (timestampMs < timestampMs_)
        return Apply::Stale;
    auto setLevel = [&](auto& side) -> bool {
        auto it = side.find(price.raw());
        if (size.raw() <= 0) {
            if (it == side.end())
                return false;
            side.erase(it);
            return true;
        }
        if (it != side.end()) {
            if (it->second == size.raw())
                return false;
            it->second = size.raw();
            return true;
        }
        side.emplace(price.raw(), size.raw());
        return true;
    };
    const bool changed = side == Side::Buy ? setLevel(bids_) : setLevel(asks_);
    // Sizes are absolute, so replaying an update is harmless; report it so callers can count.
    if (!changed && timestampMs == timestampMs_ && (hash.isEmpty() || hash == hash_))
        return Apply::Duplicate;
    timestampMs_ = timestampMs;
    if (!hash.isEmpty())
        hash_ = hash;
    ++updates_;
    return Apply::Applied;
}

bool LocalOrderBook::checkTop(std::optional<Micros> venueBid, std::optional<Micros> venueAsk)
{
    if (!hasSnapshot_)
        return true;
    const auto bid = bestBid();
    const auto ask = bestAsk();
    bool ok = true;
    if (venueBid) {
        const auto ours = bid ? bid->price.raw() : 0;
        ok = ok && ours == venueBid->raw();
    }
    if (venueAsk) {
        const auto ours = ask ? ask->price.raw() : 0;
        const bool emptyEquivalent = !ask && (venueAsk->raw() == 0 || venueAsk->raw() == Micros::kScale);
        ok = ok && (ours == venueAsk->raw() || emptyEquivalent);
    }
    if (!ok)
        markDrifted(QStringLiteral("top of book differs from venue (bid %1/%2, ask %3/%4)")
                        .arg(bid ? bid->price.toString() : QStringLiteral("-"),
                             venueBid ? venueBid->toString() : QStringLiteral("?"),
                             ask ? ask->price.toString() : QStringLiteral("-"),
                             venueAsk ? venueAsk->toString() : QStringLiteral("?")));
    return ok;
}

void LocalOrderBook::markDrifted(const QString& reason)
{
    needsResync_ = true;
    driftReason_ = reason;
}

void LocalOrderBook::setLastTrade(Micros price, Micros size, std::optional<Side>, std::int64_t)
{
    lastTradePrice_ = price;
    lastTradeSize_ = size;
}

void LocalOrderBook::setResolved(const QString& winningAsset)
{
    resolved_ = true;
    winningAsset_ = winningAsset;
}

std::optional<BookLevel> LocalOrderBook::bestBid() const
{
    if (bids_.empty())
        return std::nullopt;
    return BookLevel{Micros(bids_.begin()->first), Micros(bids_.begin()->second)};
}

std::optional<BookLevel> LocalOrderBook::bestAsk() const
{
    if (asks_.empty())
        return std::nullopt;
    return BookLevel{Micros(asks_.begin()->first), Micros(asks_.begin()->second)};
}

std::optional<Micros> LocalOrderBook::mid() const
{
    const auto b = bestBid();
    const auto a = bestAsk();
    if (!b || !a)
        return std::nullopt;
    return Micros((b->price.raw() + a->price.raw()) / 2);
}

Micros LocalOrderBook::depth(Side bookSide, Micros lo, Micros hi) const
{
    std::int64_t sum = 0;
    if (bookSide == Side::Buy) {
        for (auto it = bids_.lower_bound(hi.raw()); it != bids_.end() && it->first >= lo.raw(); ++it)
            sum += it->second;
    } else {
        for (auto it = asks_.lower_bound(lo.raw()); it != asks_.end() && it->first <= hi.raw(); ++it)
            sum += it->second;
    }
    return Micros(sum);
}

Micros LocalOrderBook::depthNearBest(Side bookSide, Micros band) const
{
    if (bookSide == Side::Buy) {
        const auto b = bestBid();
        return b ? depth(Side::Buy, b->price - band, b->price) : Micros();
    }
    const auto a = bestAsk();
    return a ? depth(Side::Sell, a->price, a->price + band) : Micros();
}

namespace {

template <class Map, class Stop>
L2Fill walk(const Map& levels, std::int64_t wanted, Stop beyondLimit)
{
    L2Fill f;
    std::int64_t remaining = wanted;
    std::int64_t notionalSum = 0;
    for (auto it = levels.begin(); it != levels.end() && remaining > 0; ++it) {
        if (beyondLimit(it->first))
            break;
        const std::int64_t take = std::min(remaining, it->second);
        notionalSum += notional(Micros(it->first), Micros(take)).raw();
        remaining -= take;
        f.shares += Micros(take);
        f.worstPrice = Micros(it->first);
        ++f.levels;
    }
    f.notional = Micros(notionalSum);
    f.complete = remaining == 0 && wanted > 0;
    if (f.shares.raw() > 0)
        f.vwap = Micros(mulDiv(notionalSum, Micros::kScale, f.shares.raw()));
    return f;
}

} // namespace

L2Fill LocalOrderBook::walkShares(Side takerSide, Micros shares, std::optional<Micros> limit) const
{
    if (takerSide == Side::Buy)
        return walk(asks_, shares.raw(), [&](std::int64_t p) { return limit && p > limit->raw(); });
    return walk(bids_, shares.raw(), [&](std::int64_t p) { return limit && p < limit->raw(); });
}

L2Fill LocalOrderBook::walkCash(Micros usdc, std::optional<Micros> limit) const
{
    L2Fill f;
    std::int64_t cash = usdc.raw();
    std::int64_t notionalSum = 0;
    bool budgetSpent = false; // stopped because the cash ran out, not the book or the limit
    for (auto it = asks_.begin(); it != asks_.end() && cash > 0; ++it) {
        if (limit && it->first > limit->raw())
            break;
        const std::int64_t levelCost = notional(Micros(it->first), Micros(it->second)).raw();
        std::int64_t take = it->second;
        if (levelCost > cash) {
            take = mulDiv(cash, Micros::kScale, it->first);
            budgetSpent = true;
        }
        if (take <= 0)
            break;
        const std::int64_t cost = notional(Micros(it->first), Micros(take)).raw();
        cash -= cost;
        notionalSum += cost;
        f.shares += Micros(take);
        f.worstPrice = Micros(it->first);
        ++f.levels;
        if (take < it->second)
            break;
    }
    f.notional = Micros(notionalSum);
    f.complete = budgetSpent || (cash == 0 && usdc.raw() > 0);
    if (f.shares.raw() > 0)
        f.vwap = Micros(mulDiv(notionalSum, Micros::kScale, f.shares.raw()));
    return f;
}

std::vector<BookLevel> LocalOrderBook::levels(Side bookSide, int maxLevels) const
{
    std::vector<BookLevel> out;
    auto copy = [&](const auto& m) {
        for (const auto& [p, s] : m) {
            if (maxLevels >= 0 && int(out.size()) >= maxLevels)
                break;
            out.push_back({Micros(p), Micros(s)});
        }
    };
    if (bookSide == Side::Buy)
        copy(bids_);
    else
        copy(asks_);
    return out;
}

BookSnapshot LocalOrderBook::toSnapshot() const
{
    BookSnapshot s;
    s.asset = asset_;
    s.market = market_;
    s.bids = levels(Side::Buy);
    s.asks = levels(Side::Sell);
    s.venueTimestampMs = timestampMs_;
    s.hash = hash_;
    s.tickSize = tickSize_;
    s.minOrderSize = minOrderSize_;
    s.negRisk = negRisk_;
    return s;
}

} // namespace slip::polymarket
