#include "replay/ExposureCache.h"

#include "domain/Micros.h"

#include <algorithm>

namespace slip {

void ExposureCache::valueInto(Contribution& c, const AssetHolding& h, std::optional<std::int64_t> mid)
{
    c.mid = mid;
    c.total = 0;
    c.byCondition.clear();
    c.byLot.clear();
    if (h.shares <= 0)
        return;
    const std::int64_t mark = mid ? *mid : mulDiv(h.costBasis, Micros::kScale, h.shares);
    c.total = mulDiv(mark, h.shares, Micros::kScale);
    for (const auto& [owner, lot] : h.lots) {
        if (lot.shares <= 0)
            continue;
        bool found = false;
        for (auto& [cond, shares] : c.byCondition)
            if (cond == lot.condition) {
                shares += lot.shares;
                found = true;
            }
        if (!found)
            c.byCondition.push_back({lot.condition, lot.shares});
        const std::int64_t lotMark = mid ? *mid : mulDiv(lot.costBasis, Micros::kScale, lot.shares);
        c.byLot.push_back({owner, mulDiv(lotMark, lot.shares, Micros::kScale)});
    }
    for (auto& [cond, sharesThenValue] : c.byCondition)
        sharesThenValue = mulDiv(mark, sharesThenValue, Micros::kScale);
}

void ExposureCache::apply(const Contribution& c, int sign)
{
    total_ += sign * c.total;
    for (const auto& [cond, v] : c.byCondition)
        byCondition_[cond] += sign * v;
    for (const auto& [owner, v] : c.byLot) {
        if (owner < 0) { // not made by the engine (lots are wallet indexes), kept exact anyway
            otherLots_[owner] += sign * v;
            continue;
        }
        if (std::size_t(owner) >= byLot_.size())
            byLot_.resize(std::size_t(owner) + 1, 0);
        byLot_[std::size_t(owner)] += sign * v;
    }
}

ExposureCache::Contribution* ExposureCache::revalue(const Portfolio& portfolio, const QString& asset,
                                                   std::optional<std::int64_t> mid, bool onlyIfMidChanged)
{
    auto cached = assets_.find(asset);
    const AssetHolding* held = portfolio.holding(asset);
    if (!held || held->shares <= 0) {
        if (cached != assets_.end()) {
            apply(*cached, -1);
            assets_.erase(cached);
        }
        return nullptr;
    }
    if (cached == assets_.end()) {
        cached = assets_.insert(asset, Contribution{});
    } else {
        if (onlyIfMidChanged && cached->mid == mid)
            return &*cached;
        apply(*cached, -1);
    }
    valueInto(*cached, *held, mid);
    apply(*cached, +1);
    return &*cached;
}

void ExposureCache::refresh(const Portfolio& portfolio, std::size_t epoch, const Portfolio::MidLookup& mids,
                            const BookAsset& bookAsset)
{
    const auto& ledger = portfolio.ledger();
    const std::size_t lo = std::min(epoch, epoch_);
    const std::size_t hi = std::max(epoch, epoch_);
    // Between two epochs only the assets of the books in between can have new marks; when
    // that span is larger than the holdings, a full revaluation is cheaper.
    if (epoch != epoch_ && epoch_ != std::size_t(-1) && bookAsset && hi - lo <= std::size_t(assets_.size()) + 8) {
        for (std::size_t i = lo; i < hi; ++i) {
            const QString& asset = bookAsset(i);
            if (assets_.contains(asset))
                revalue(portfolio, asset, mids(asset), true);
        }
        epoch_ = epoch;
    }
    if (epoch != epoch_) {
        epoch_ = epoch;
        total_ = 0;
        assets_.clear();
        byCondition_.clear();
        byLot_.assign(byLot_.size(), 0);
        otherLots_.clear();
        for (const auto& [asset, h] : portfolio.assets()) {
            if (h.shares <= 0)
                continue;
            Contribution c;
            valueInto(c, h, mids(asset));
            apply(c, +1);
            assets_.insert(asset, std::move(c));
        }
    } else {
        for (std::size_t i = ledgerSize_; i < ledger.size(); ++i)
            revalue(portfolio, ledger[i].asset, mids(ledger[i].asset));
    }
    ledgerSize_ = ledger.size();
}

void ExposureCache::refresh(const Portfolio& portfolio, const MarketTimeline& markets, std::int64_t x)
{
    const std::size_t epoch = markets.bookEpoch(x);
    if (epoch != epoch_ && epoch_ != std::size_t(-1)) {
        // Same marks as a full revaluation: an asset whose mid is unchanged keeps its values
        // (its holding changes, if any, are in the ledger entries revalued below).
        std::vector<std::pair<QString, std::optional<std::int64_t>>> moved;
        for (auto it = assets_.begin(); it != assets_.end(); ++it) {
            Contribution& c = *it;
            if (c.assetId < 0)
                c.assetId = markets.assetId(it.key()); // a first book may have come since
            const std::optional<std::int64_t> mid = c.assetId < 0 ? std::nullopt : markets.midAt(c.assetId, x);
            if (mid != c.mid)
                moved.emplace_back(it.key(), mid);
        }
        for (const auto& [asset, mid] : moved)
            revalue(portfolio, asset, mid);
    } else if (epoch != epoch_) {
        for (const auto& [asset, h] : portfolio.assets()) {
            if (h.shares <= 0)
                continue;
            const int id = markets.assetId(asset);
            Contribution c;
            c.assetId = id;
            valueInto(c, h, id < 0 ? std::nullopt : markets.midAt(id, x));
            apply(c, +1);
            assets_.insert(asset, std::move(c));
        }
        ledgerSize_ = portfolio.ledger().size();
    }
    epoch_ = epoch;
    const auto& ledger = portfolio.ledger();
    for (std::size_t i = ledgerSize_; i < ledger.size(); ++i) {
        const QString& asset = ledger[i].asset;
        const auto cached = assets_.constFind(asset);
        const int id = cached != assets_.constEnd() && cached->assetId >= 0 ? cached->assetId : markets.assetId(asset);
        if (Contribution* c = revalue(portfolio, asset, id < 0 ? std::nullopt : markets.midAt(id, x)))
            c->assetId = id;
    }
    ledgerSize_ = ledger.size();
}

} // namespace slip
