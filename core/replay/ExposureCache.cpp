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
    for (const auto& [owner, v] : c.byLot)
        byLot_[owner] += sign * v;
}

void ExposureCache::revalue(const Portfolio& portfolio, const QString& asset, const Portfolio::MidLookup& mids,
                            bool onlyIfMidChanged)
{
    auto cached = assets_.find(asset);
    const auto it = portfolio.assets().find(asset);
    if (it == portfolio.assets().end() || it->second.shares <= 0) {
        if (cached != assets_.end()) {
            apply(*cached, -1);
            assets_.erase(cached);
        }
        return;
    }
    const std::optional<std::int64_t> mid = mids(asset);
    if (cached == assets_.end()) {
        cached = assets_.insert(asset, Contribution{});
    } else {
        if (onlyIfMidChanged && cached->mid == mid)
            return;
        apply(*cached, -1);
    }
    valueInto(*cached, it->second, mid);
    apply(*cached, +1);
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
                revalue(portfolio, asset, mids, true);
        }
        epoch_ = epoch;
    }
    if (epoch != epoch_) {
        epoch_ = epoch;
        total_ = 0;
        assets_.clear();
        byCondition_.clear();
        byLot_.clear();
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
            revalue(portfolio, ledger[i].asset, mids);
    }
    ledgerSize_ = ledger.size();
}

} // namespace slip
