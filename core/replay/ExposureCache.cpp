#include "replay/ExposureCache.h"

#include "domain/Micros.h"

#include <algorithm>

namespace slip {

int ExposureCache::conditionNumber(Contribution& c, const QString& condition)
{
    for (const auto& [text, number] : c.conditions)
        if (text == condition)
            return number;
    IdKey key{condition};
    auto it = conditionIds_.constFind(key);
    if (it == conditionIds_.constEnd()) {
        it = conditionIds_.insert(std::move(key), int(byCondition_.size()));
        byCondition_.push_back(0);
    }
    c.conditions.push_back({condition, *it});
    return *it;
}

void ExposureCache::valueInto(Contribution& c, const AssetHolding& h, std::optional<std::int64_t> mid)
{
    c.mid = mid;
    c.shares = h.shares;
    c.total = 0;
    c.byCondition.clear();
    c.byLot.clear();
    c.held = h.shares > 0;
    if (!c.held)
        return;
    const std::int64_t mark = mid ? *mid : mulDiv(h.costBasis, Micros::kScale, h.shares);
    c.total = mulDiv(mark, h.shares, Micros::kScale);
    for (const auto& [owner, lot] : h.lots) {
        if (lot.shares <= 0)
            continue;
        const int condition = conditionNumber(c, lot.condition);
        bool found = false;
        for (Part& part : c.byCondition)
            if (part.key == condition) {
                part.shares += lot.shares;
                found = true;
            }
        if (!found)
            c.byCondition.push_back({condition, lot.shares, 0});
        const std::int64_t lotMark = mid ? *mid : mulDiv(lot.costBasis, Micros::kScale, lot.shares);
        c.byLot.push_back({owner, lot.shares, mulDiv(lotMark, lot.shares, Micros::kScale)});
    }
    for (Part& part : c.byCondition)
        part.value = mulDiv(mark, part.shares, Micros::kScale);
}

std::int64_t& ExposureCache::lotTotal(int owner)
{
    if (owner < 0) // not made by the engine (lots are wallet indexes), kept exact anyway
        return otherLots_[owner];
    if (std::size_t(owner) >= byLot_.size())
        byLot_.resize(std::size_t(owner) + 1, 0);
    return byLot_[std::size_t(owner)];
}

void ExposureCache::apply(const Contribution& c, int sign)
{
    if (!c.held)
        return;
    heldCount_ += sign;
    heldUnknown_ += c.assetId < 0 ? sign : 0;
    total_ += sign * c.total;
    for (const Part& part : c.byCondition)
        byCondition_[std::size_t(part.key)] += sign * part.value;
    for (const Part& part : c.byLot)
        lotTotal(part.key) += sign * part.value;
}

void ExposureCache::revalue(const Portfolio& portfolio, int slot, std::optional<std::int64_t> mid, bool onlyIfMidChanged)
{
    Contribution& c = slots_[std::size_t(slot)];
    if (onlyIfMidChanged && c.held && c.mid == mid)
        return;
    apply(c, -1);
    valueInto(c, portfolio.slotHolding(slot), mid);
    apply(c, +1);
}

void ExposureCache::remark(const Portfolio& portfolio, int slot, std::optional<std::int64_t> mid)
{
    Contribution& c = slots_[std::size_t(slot)];
    if (c.mid == mid)
        return;
    if (!mid) { // marks at average cost differ lot by lot
        revalue(portfolio, slot, mid);
        return;
    }
    // What valueInto gives at this mid for the same holding, as differences.
    auto set = [&](std::int64_t& value, std::int64_t shares, std::int64_t& sum) {
        const std::int64_t next = mulDiv(*mid, shares, Micros::kScale);
        sum += next - value;
        value = next;
    };
    c.mid = mid;
    set(c.total, c.shares, total_);
    for (Part& part : c.byCondition)
        set(part.value, part.shares, byCondition_[std::size_t(part.key)]);
    for (Part& part : c.byLot)
        set(part.value, part.shares, lotTotal(part.key));
}

void ExposureCache::clear()
{
    total_ = 0;
    heldCount_ = 0;
    heldUnknown_ = 0;
    for (Contribution& c : slots_) {
        c.held = false;
        c.total = 0;
        c.byCondition.clear();
        c.byLot.clear();
    }
    std::fill(byCondition_.begin(), byCondition_.end(), 0);
    byLot_.assign(byLot_.size(), 0);
    otherLots_.clear();
}

void ExposureCache::refresh(const Portfolio& portfolio, std::size_t epoch, const Portfolio::MidLookup& mids,
                            const BookAsset& bookAsset)
{
    slots_.resize(std::size_t(portfolio.slotCount()));
    const auto& ledger = portfolio.ledger();
    const std::size_t lo = std::min(epoch, epoch_);
    const std::size_t hi = std::max(epoch, epoch_);
    // Between two epochs only the assets of the books in between can have new marks; when
    // that span is larger than the holdings, a full revaluation is cheaper.
    if (epoch != epoch_ && epoch_ != std::size_t(-1) && bookAsset && hi - lo <= std::size_t(heldCount_) + 8) {
        for (std::size_t i = lo; i < hi; ++i) {
            const QString& asset = bookAsset(i);
            const int slot = portfolio.slotOf(asset);
            if (slot >= 0 && slots_[std::size_t(slot)].held)
                revalue(portfolio, slot, mids(asset), true);
        }
        epoch_ = epoch;
    }
    if (epoch != epoch_) {
        epoch_ = epoch;
        clear();
        for (int slot = 0; slot < portfolio.slotCount(); ++slot)
            if (portfolio.slotHolding(slot).shares > 0)
                revalue(portfolio, slot, mids(portfolio.slotAsset(slot)));
    } else {
        for (std::size_t i = ledgerSize_; i < ledger.size(); ++i) {
            const int slot = portfolio.ledgerSlot(i);
            revalue(portfolio, slot, mids(portfolio.slotAsset(slot)));
        }
    }
    ledgerSize_ = ledger.size();
}

void ExposureCache::refresh(const Portfolio& portfolio, const MarketTimeline& markets, std::int64_t x)
{
    slots_.resize(std::size_t(portfolio.slotCount()));
    // The asset's timeline number, looked up by its id text until the timeline knows it.
    auto assetId = [&](int slot) {
        Contribution& c = slots_[std::size_t(slot)];
        if (c.assetId < 0) {
            c.assetId = markets.assetId(portfolio.slotAsset(slot));
            if (c.assetId >= 0) {
                heldUnknown_ -= c.held ? 1 : 0;
                if (std::size_t(c.assetId) >= slotByAssetId_.size())
                    slotByAssetId_.resize(std::size_t(c.assetId) + 1, -1);
                slotByAssetId_[std::size_t(c.assetId)] = slot;
            }
        }
        return c.assetId;
    };
    auto midOf = [&](int slot) {
        const int id = assetId(slot);
        return id < 0 ? std::nullopt : markets.midAt(id, x);
    };
    const std::size_t epoch = markets.bookEpoch(x);
    const auto& ledger = portfolio.ledger();
    if (epoch_ == std::size_t(-1)) {
        for (int slot = 0; slot < int(slots_.size()); ++slot)
            if (portfolio.slotHolding(slot).shares > 0)
                revalue(portfolio, slot, midOf(slot));
        epoch_ = epoch;
        ledgerSize_ = ledger.size();
        return;
    }
    // The assets the ledger touched first, at the marks of x: after that every held asset's
    // holding is the one it was valued with, so a new mark only rescales its values.
    for (std::size_t i = ledgerSize_; i < ledger.size(); ++i) {
        const int slot = portfolio.ledgerSlot(i);
        revalue(portfolio, slot, midOf(slot));
    }
    ledgerSize_ = ledger.size();
    if (epoch == epoch_)
        return;
    const std::size_t lo = std::min(epoch, epoch_);
    const std::size_t hi = std::max(epoch, epoch_);
    epoch_ = epoch;
    if (heldUnknown_ == 0 && hi - lo <= std::size_t(heldCount_)) {
        // Only the assets of the books between the two epochs can have new marks. Every held
        // asset is known to the timeline by number, so a book's asset id names its slot.
        for (std::size_t i = lo; i < hi; ++i) {
            const std::size_t id = std::size_t(markets.bookAssetId(i));
            const int slot = id < slotByAssetId_.size() ? slotByAssetId_[id] : -1;
            if (slot >= 0 && slots_[std::size_t(slot)].held)
                remark(portfolio, slot, midOf(slot));
        }
    } else {
        // Same marks as a full revaluation: an asset whose mid is unchanged keeps its values.
        for (int slot = 0; slot < int(slots_.size()); ++slot)
            if (slots_[std::size_t(slot)].held)
                remark(portfolio, slot, midOf(slot));
    }
}

} // namespace slip
