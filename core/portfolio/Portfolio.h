#pragma once
// Portfolio: cash, realized PnL and lots (shares, cost basis) of one scope, changed only by
// the operations of spec/copy-engine.md §6, each recorded as ledger entries; valued on marks.

#include "domain/IdKey.h"
#include "portfolio/LedgerEntry.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace slip {

struct Lot
{
    std::int64_t shares = 0;
    std::int64_t costBasis = 0;
    QString condition; ///< the condition it was bought or split under
};

/// All lots of one asset, with their sums (EXEC_GLOBAL values the summed lots).
struct AssetHolding
{
    std::int64_t shares = 0;
    std::int64_t costBasis = 0;
    std::vector<std::pair<int, Lot>> lots; ///< in order of each owner's first entry

    /// The lot of an owner, or null. Owners are wallet indexes (>= 0): found by index, not by
    /// walking every owner's lot (EXEC_GLOBAL holds one lot per followed wallet).
    const Lot* lotOf(int owner) const
    {
        const int i = lotIndex(owner);
        return i < 0 ? nullptr : &lots[std::size_t(i)].second;
    }
    Lot* lotOf(int owner)
    {
        const int i = lotIndex(owner);
        return i < 0 ? nullptr : &lots[std::size_t(i)].second;
    }
    /// Position of an owner's lot in `lots`, -1 when it has none.
    int lotIndex(int owner) const
    {
        // SHADOW and EXEC_USER have one owner, 0: its lot is the first, found without lotAt.
        if (!lots.empty() && lots.front().first == owner)
            return 0;
        if (owner >= 0)
            return std::size_t(owner) < lotAt.size() ? lotAt[std::size_t(owner)] - 1 : -1;
        for (std::size_t i = 0; i < lots.size(); ++i)
            if (lots[i].first == owner)
                return int(i);
        return -1;
    }

    /// The owner's lot, added (empty, last) when it has none.
    Lot& lotFor(int owner);

    /// Position + 1 in `lots` of each owner >= 0 (0: no lot yet); kept by lotFor.
    std::vector<int> lotAt;

    /// The owner of the only lot, kNoSoleOwner when there are none or several; kept by lotFor.
    /// With one lot its figures are the holding's, so the holdings of that owner are read here
    /// without reaching into `lots` (a replay asks for them on every event).
    static constexpr int kNoSoleOwner = std::numeric_limits<int>::min();
    int soleOwner = kNoSoleOwner;
};

/// An asset: its token id and, optionally, a dense number the caller gives that token id (the
/// engine uses MarketTimeline's asset ids; -1: none). Every call with a number must pair it with
/// the same token id. With a number, a portfolio finds the holding by index instead of hashing
/// the 77-digit token id (once a call with the number has made or found the holding). It keeps
/// a reference to the token id: pass it down a call, do not store it.
struct AssetKey
{
    AssetKey(const QString& name, int id = -1) : name(name), id(id) {} // NOLINT: a QString converts
    const QString& name;
    int id = -1;
};

class Portfolio
{
public:
    /// Mid of an asset's latest two-sided book at the valuation time, if any.
    using MidLookup = std::function<std::optional<std::int64_t>(const QString& asset)>;
    /// The same, asked by slot (slotAsset, slotAssetId tell which asset).
    using SlotMidLookup = std::function<std::optional<std::int64_t>(int slot)>;

    explicit Portfolio(std::int64_t startCash = 0);
    // A copy forgets the AssetKey numbers (a copy may be asked with other numbers).
    Portfolio(const Portfolio& other);
    Portfolio& operator=(const Portfolio& other);
    Portfolio(Portfolio&&) noexcept = default;
    Portfolio& operator=(Portfolio&&) noexcept = default;

    std::int64_t cash() const { return cash_; }
    std::int64_t realized() const { return realized_; }
    /// Shares of one lot of an asset.
    std::int64_t holdings(int lot, AssetKey asset) const;
    /// An asset with its lots.
    using AssetEntry = std::pair<const QString, AssetHolding>;
    /// Every asset the portfolio has held, with its lots, in bytewise order of the asset id.
    std::vector<const AssetEntry*> sortedAssets() const;
    /// One asset's holding, or null (by the asset's number when it has one, else by its token id).
    const AssetHolding* holding(AssetKey asset) const;
    const std::vector<LedgerEntry>& ledger() const { return ledger_; }

    /// Slots: each asset the portfolio has had a holding of gets a small dense number, in order
    /// of its first entry, so incremental valuations (ExposureCache) index vectors by it.
    int slotCount() const { return int(slots_.size()); }
    /// The slot of an asset, or -1 when the portfolio never held it.
    int slotOf(AssetKey asset) const;
    const QString& slotAsset(int slot) const { return slots_[std::size_t(slot)].first; }
    /// The AssetKey number the slot's asset was given, -1 when none (or in a copy).
    int slotAssetId(int slot) const { return slotIds_[std::size_t(slot)]; }
    const AssetHolding& slotHolding(int slot) const { return slots_[std::size_t(slot)].second; }
    /// The slot of the asset of ledger entry i.
    int ledgerSlot(std::size_t i) const { return ledgerSlots_[i]; }

    /// BUY: cash -= notional + fee, shares += filled, cost basis += notional + fee.
    void buy(int lot, AssetKey asset, const QString& condition, std::int64_t shares,
             std::int64_t notional, std::int64_t fee, const QString& ref, std::int64_t tMs);
    /// SELL of `sold` <= holdings: removes floor(cost * sold / shares) of cost basis.
    void sell(int lot, AssetKey asset, std::int64_t sold, std::int64_t notional, std::int64_t fee,
              const QString& ref, std::int64_t tMs);
    /// SPLIT of `a` into every token: cost floor(a / n) each, the remainder on the last.
    void split(int lot, const QString& condition, const QStringList& tokens, std::int64_t a,
               const QString& ref, std::int64_t tMs);
    /// MERGE of `a` from every token (each lot must hold at least `a`).
    void merge(int lot, const QString& condition, const QStringList& tokens, std::int64_t a,
               const QString& ref, std::int64_t tMs);
    /// Settlement: each token pays price per share (1e6 the winner, 0 the others), every lot;
    /// later fills of these tokens settle at once at the same prices.
    void settle(const QString& condition, const QStringList& tokens, const std::vector<std::int64_t>& prices,
                std::int64_t tMs);

    /// Total exposure: each asset's summed lots valued at its mark (the mid, else average cost).
    std::int64_t totalExposure(const MidLookup& mid) const;
    /// The same with the mids asked by slot.
    std::int64_t totalExposureBySlot(const SlotMidLookup& mid) const;
    /// Value of one asset's summed lots at its mark (0 when none are held).
    std::int64_t assetExposure(const QString& asset, const MidLookup& mid) const;
    /// Exposure of the lots that belong to one condition.
    std::int64_t marketExposure(const QString& condition, const MidLookup& mid) const;
    /// Exposure of one lot owner, each lot valued on its own.
    std::int64_t lotExposure(int lot, const MidLookup& mid) const;
    /// cash + total exposure.
    std::int64_t equity(const MidLookup& mid) const { return cash_ + totalExposure(mid); }

    /// A portfolio rebuilt from ledger entries alone (for checks and restarts).
    static Portfolio rebuild(std::int64_t startCash, const std::vector<LedgerEntry>& entries);
    /// Applies one entry's deltas (no ledger recording).
    void applyEntry(const LedgerEntry& e);

private:
    /// The asset's slot, created (with an empty holding) when missing.
    int slotFor(AssetKey asset);
    /// Records an entry of the asset in `slot` (entry.asset must be that asset).
    void record(int slot, LedgerEntry e);
    void applyEntry(int slot, const LedgerEntry& e);
    void settleLotIfSettled(int lot, int slot, const QString& causeRef, std::int64_t tMs);
    void settleOne(int lot, int slot, std::int64_t price, const QString& ref, std::int64_t tMs);

    std::int64_t cash_ = 0;
    std::int64_t realized_ = 0;
    // The holdings by slot (a deque: they never move), found by the caller's asset numbers, or
    // by token id through slotByName_. Every fill and decision looks an asset up several times,
    // and most portfolios meet most assets for the first time during a replay: an ordered map's
    // 77-digit token-id compares on every lookup and insertion were a tenth of a replay's time,
    // so the order is made only when asked for (sortedAssets, for the §8 output).
    std::deque<AssetEntry> slots_;
    QHash<IdKey, int> slotByName_;
    std::vector<int> ledgerSlots_;        // slot of every ledger entry
    std::vector<int> slotById_;           // AssetKey::id -> slot (-1: none made with that number)
    std::vector<int> slotIds_;            // slot -> AssetKey::id (-1: none)
    int unnumberedSlots_ = 0;             // slots made without an AssetKey number
    std::map<QString, std::pair<std::int64_t, QString>> settledPrice_; // asset -> (price, condition)
    std::vector<LedgerEntry> ledger_;
};

} // namespace slip
