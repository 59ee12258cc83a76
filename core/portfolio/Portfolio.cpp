#include "portfolio/Portfolio.h"

#include "domain/Bytewise.h"
#include "domain/Micros.h"

#include <algorithm>

namespace slip {
namespace {

// The mark of shares bought for cost: the mid when there is one, else their average cost.
std::int64_t markAt(std::optional<std::int64_t> mid, std::int64_t shares, std::int64_t cost)
{
    if (mid)
        return *mid;
    return shares > 0 ? mulDiv(cost, Micros::kScale, shares) : 0;
}

std::int64_t markOf(const QString& asset, std::int64_t shares, std::int64_t cost, const Portfolio::MidLookup& mid)
{
    return markAt(mid(asset), shares, cost);
}

// The identifying part of a ledger entry; each operation fills in its own deltas.
LedgerEntry entry(LedgerKind kind, const QString& ref, int lot, const QString& asset, const QString& condition,
                  std::int64_t tMs)
{
    LedgerEntry e;
    e.reference = ref;
    e.kind = kind;
    e.lot = lot;
    e.asset = asset;
    e.condition = condition;
    e.tMs = tMs;
    return e;
}

} // namespace

Portfolio::Portfolio(std::int64_t startCash) : cash_(startCash) {}

Portfolio::Portfolio(const Portfolio& other)
    : cash_(other.cash_),
      realized_(other.realized_),
      slots_(other.slots_),
      slotByName_(other.slotByName_),
      ledgerSlots_(other.ledgerSlots_),
      settledPrice_(other.settledPrice_),
      ledger_(other.ledger_)
{
    // The same slot numbers as the original, so ledgerSlots_ stays true; the AssetKey numbers
    // are not copied (a copy may be asked with other numbers), so its slots count as unnumbered.
    slotIds_.assign(slots_.size(), -1);
    unnumberedSlots_ = int(slots_.size());
}

Portfolio& Portfolio::operator=(const Portfolio& other)
{
    if (this != &other) {
        Portfolio copy(other);
        *this = std::move(copy);
    }
    return *this;
}

int Portfolio::slotOf(AssetKey asset) const
{
    if (asset.id >= 0 && std::size_t(asset.id) < slotById_.size() && slotById_[std::size_t(asset.id)] >= 0)
        return slotById_[std::size_t(asset.id)];
    // Every slot made with a number is in slotById_: when all were, a number without one has
    // none (decisions ask for many assets a scope does not hold), without hashing its id text.
    if (asset.id >= 0 && unnumberedSlots_ == 0)
        return -1;
    return slotByName_.value(IdKey{asset.name}, -1);
}

const AssetHolding* Portfolio::holding(AssetKey asset) const
{
    const int slot = slotOf(asset);
    return slot < 0 ? nullptr : &slots_[std::size_t(slot)].second;
}

int Portfolio::slotFor(AssetKey asset)
{
    int slot = slotOf(asset);
    if (slot < 0) {
        slot = int(slots_.size());
        slots_.emplace_back(asset.name, AssetHolding{});
        slotByName_.insert(IdKey{asset.name}, slot);
        slotIds_.push_back(-1);
        if (asset.id < 0)
            ++unnumberedSlots_;
    }
    if (asset.id >= 0 && (std::size_t(asset.id) >= slotById_.size() || slotById_[std::size_t(asset.id)] < 0)) {
        if (std::size_t(asset.id) >= slotById_.size())
            slotById_.resize(std::size_t(asset.id) + 1, -1);
        slotById_[std::size_t(asset.id)] = slot;
        slotIds_[std::size_t(slot)] = asset.id;
    }
    return slot;
}

Lot& AssetHolding::lotFor(int owner)
{
    if (Lot* l = lotOf(owner))
        return *l;
    lots.push_back({owner, Lot{}});
    soleOwner = lots.size() == 1 ? owner : kNoSoleOwner;
    if (owner >= 0) {
        if (std::size_t(owner) >= lotAt.size())
            lotAt.resize(std::size_t(owner) + 1, 0);
        lotAt[std::size_t(owner)] = int(lots.size());
    }
    return lots.back().second;
}

std::int64_t Portfolio::holdings(int lot, AssetKey asset) const
{
    const AssetHolding* h = holding(asset);
    if (!h)
        return 0;
    if (h->soleOwner == lot) // every entry changes a lot and its holding alike (applyEntry)
        return h->shares;
    const Lot* l = h->lotOf(lot);
    return l ? l->shares : 0;
}

void Portfolio::applyEntry(const LedgerEntry& e) { applyEntry(slotFor(e.asset), e); }

void Portfolio::applyEntry(int slot, const LedgerEntry& e)
{
    AssetHolding& h = slots_[std::size_t(slot)].second;
    Lot& l = h.lotFor(e.lot);
    if (l.shares == 0 && e.dShares > 0)
        l.condition = e.condition;
    l.shares += e.dShares;
    l.costBasis += e.dCostBasis;
    h.shares += e.dShares;
    h.costBasis += e.dCostBasis;
    cash_ += e.dCash;
    realized_ += e.dRealized;
}

void Portfolio::record(int slot, LedgerEntry e)
{
    applyEntry(slot, e);
    ledger_.push_back(std::move(e));
    ledgerSlots_.push_back(slot);
}

void Portfolio::buy(int lot, AssetKey asset, const QString& condition, std::int64_t shares,
                    std::int64_t notional, std::int64_t fee, const QString& ref, std::int64_t tMs)
{
    const int slot = slotFor(asset);
    LedgerEntry e = entry(LedgerKind::Buy, ref, lot, slotAsset(slot), condition, tMs);
    e.dShares = shares;
    e.dCostBasis = notional + fee;
    e.dCash = -(notional + fee);
    e.notional = notional;
    e.fee = fee;
    record(slot, std::move(e));
    settleLotIfSettled(lot, slot, ref, tMs);
}

void Portfolio::sell(int lot, AssetKey asset, std::int64_t sold, std::int64_t notional, std::int64_t fee,
                     const QString& ref, std::int64_t tMs)
{
    const int slot = slotFor(asset);
    const Lot& l = slots_[std::size_t(slot)].second.lotFor(lot);
    const std::int64_t removed = l.shares > 0 ? mulDiv(l.costBasis, sold, l.shares) : 0;
    LedgerEntry e = entry(LedgerKind::Sell, ref, lot, slotAsset(slot), l.condition, tMs);
    e.dShares = -sold;
    e.dCostBasis = -removed;
    e.dCash = notional - fee;
    e.dRealized = notional - fee - removed;
    e.notional = notional;
    e.fee = fee;
    record(slot, std::move(e));
}

void Portfolio::split(int lot, const QString& condition, const QStringList& tokens, std::int64_t a,
                      const QString& ref, std::int64_t tMs)
{
    const std::int64_t n = tokens.size();
    if (n == 0)
        return;
    const std::int64_t each = a / n;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const int slot = slotFor(tokens[i]);
        LedgerEntry e = entry(LedgerKind::Split, ref, lot, slotAsset(slot), condition, tMs);
        e.dShares = a;
        e.dCostBasis = i + 1 == tokens.size() ? a - each * (n - 1) : each;
        e.dCash = i == 0 ? -a : 0; // the USDC leaves once, on the first token's entry
        e.notional = i == 0 ? a : 0;
        record(slot, std::move(e));
    }
    for (const QString& t : tokens)
        settleLotIfSettled(lot, slotFor(t), ref, tMs);
}

void Portfolio::merge(int lot, const QString& condition, const QStringList& tokens, std::int64_t a,
                      const QString& ref, std::int64_t tMs)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const int slot = slotFor(tokens[i]);
        const Lot& l = slots_[std::size_t(slot)].second.lotFor(lot);
        const std::int64_t removed = l.shares > 0 ? mulDiv(l.costBasis, a, l.shares) : 0;
        LedgerEntry e = entry(LedgerKind::Merge, ref, lot, slotAsset(slot), condition, tMs);
        e.dShares = -a;
        e.dCostBasis = -removed;
        e.dCash = i == 0 ? a : 0;
        e.dRealized = (i == 0 ? a : 0) - removed;
        e.notional = i == 0 ? a : 0;
        record(slot, std::move(e));
    }
    for (const QString& t : tokens)
        settleLotIfSettled(lot, slotFor(t), ref, tMs);
}

void Portfolio::settleOne(int lot, int slot, std::int64_t price, const QString& ref, std::int64_t tMs)
{
    const Lot& l = slots_[std::size_t(slot)].second.lotFor(lot);
    if (l.shares == 0 && l.costBasis == 0)
        return;
    const std::int64_t payout = mulDiv(price, l.shares, Micros::kScale);
    LedgerEntry e = entry(LedgerKind::Settle, ref, lot, slotAsset(slot), l.condition, tMs);
    e.dShares = -l.shares;
    e.dCostBasis = -l.costBasis;
    e.dCash = payout;
    e.dRealized = payout - l.costBasis;
    record(slot, std::move(e));
}

void Portfolio::settleLotIfSettled(int lot, int slot, const QString& causeRef, std::int64_t tMs)
{
    // The reference names the operation too, so a lot settled twice (at the settlement, then
    // after a later fill) gives two distinct ledger keys.
    if (settledPrice_.empty())
        return;
    const auto it = settledPrice_.find(slotAsset(slot));
    if (it != settledPrice_.end())
        settleOne(lot, slot, it->second.first, it->second.second + u'@' + causeRef, tMs);
}

void Portfolio::settle(const QString& condition, const QStringList& tokens, const std::vector<std::int64_t>& prices,
                       std::int64_t tMs)
{
    for (qsizetype i = 0; i < tokens.size() && std::size_t(i) < prices.size(); ++i) {
        settledPrice_[tokens[i]] = {prices[std::size_t(i)], condition};
        const int slot = slotOf(tokens[i]);
        if (slot < 0)
            continue;
        std::vector<int> owners;
        for (const auto& [owner, l] : slotHolding(slot).lots)
            owners.push_back(owner);
        for (int owner : owners)
            settleOne(owner, slot, prices[std::size_t(i)], condition, tMs);
    }
}

std::int64_t Portfolio::totalExposure(const MidLookup& mid) const
{
    return totalExposureBySlot([&](int slot) { return mid(slotAsset(slot)); });
}

std::int64_t Portfolio::totalExposureBySlot(const SlotMidLookup& mid) const
{
    // By slot (a vector, not the map's scattered nodes); the sum does not depend on the order.
    std::int64_t total = 0;
    for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
        const AssetHolding& h = slots_[slot].second;
        if (h.shares <= 0)
            continue;
        total += mulDiv(markAt(mid(int(slot)), h.shares, h.costBasis), h.shares, Micros::kScale);
    }
    return total;
}

std::int64_t Portfolio::assetExposure(const QString& asset, const MidLookup& mid) const
{
    const AssetHolding* h = holding(asset);
    if (!h || h->shares <= 0)
        return 0;
    return mulDiv(markOf(asset, h->shares, h->costBasis, mid), h->shares, Micros::kScale);
}

std::int64_t Portfolio::marketExposure(const QString& condition, const MidLookup& mid) const
{
    std::int64_t total = 0;
    for (const auto& [asset, h] : slots_) {
        if (h.shares <= 0)
            continue;
        std::int64_t inCondition = 0;
        for (const auto& [owner, l] : h.lots)
            if (l.shares > 0 && l.condition == condition)
                inCondition += l.shares;
        if (inCondition > 0)
            total += mulDiv(markOf(asset, h.shares, h.costBasis, mid), inCondition, Micros::kScale);
    }
    return total;
}

std::int64_t Portfolio::lotExposure(int lot, const MidLookup& mid) const
{
    std::int64_t total = 0;
    for (const auto& [asset, h] : slots_)
        for (const auto& [owner, l] : h.lots)
            if (owner == lot && l.shares > 0)
                total += mulDiv(markOf(asset, l.shares, l.costBasis, mid), l.shares, Micros::kScale);
    return total;
}

std::vector<const Portfolio::AssetEntry*> Portfolio::sortedAssets() const
{
    std::vector<const AssetEntry*> out;
    out.reserve(slots_.size());
    for (const AssetEntry& e : slots_)
        out.push_back(&e);
    std::sort(out.begin(), out.end(), [](const AssetEntry* a, const AssetEntry* b) { return bytewiseLess(a->first, b->first); });
    return out;
}

Portfolio Portfolio::rebuild(std::int64_t startCash, const std::vector<LedgerEntry>& entries)
{
    Portfolio p(startCash);
    for (const LedgerEntry& e : entries)
        p.applyEntry(e);
    return p;
}

} // namespace slip
