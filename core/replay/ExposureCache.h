#pragma once
// ExposureCache: a scope's exposures (total, per condition, per lot owner) at the marks of one
// book epoch, updated incrementally from the ledger so each decision does not revalue every
// asset (spec/copy-engine.md §6 "Marks"); equal to Portfolio's direct sums by construction.

#include "domain/IdKey.h"
#include "portfolio/Portfolio.h"
#include "replay/MarketTimeline.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace slip {

class ExposureCache
{
public:
    /// Names the asset of the i-th book, so a change of epoch revalues only those assets.
    using BookAsset = std::function<const QString&(std::size_t bookIndex)>;

    /// Brings the figures up to date for `portfolio` at marks `mids` of book epoch `epoch`
    /// (the number of books in force); without `bookAsset` an epoch change revalues everything.
    void refresh(const Portfolio& portfolio, std::size_t epoch, const Portfolio::MidLookup& mids,
                 const BookAsset& bookAsset = {});
    /// The same at time X on a market timeline, without std::function or string lookups for
    /// the held assets: when the book epoch moves, each held asset's mid is read by its asset
    /// id and only the assets whose mid changed are revalued.
    void refresh(const Portfolio& portfolio, const MarketTimeline& markets, std::int64_t x);

    std::int64_t total() const { return total_; }
    /// Exposure of the lots bought or split under one condition.
    std::int64_t market(const QString& condition) const
    {
        const int id = conditionIds_.value(IdKey{condition}, -1);
        return id < 0 ? 0 : byCondition_[std::size_t(id)];
    }
    /// Exposure of one lot owner's lots, each valued on its own.
    std::int64_t lot(int owner) const
    {
        if (owner < 0)
            return otherLots_.value(owner, 0);
        return std::size_t(owner) < byLot_.size() ? byLot_[std::size_t(owner)] : 0;
    }

private:
    // Shares under one condition or of one lot owner, and their value.
    struct Part
    {
        int key = 0; ///< condition number or lot owner
        std::int64_t shares = 0;
        std::int64_t value = 0;
    };
    // What one asset (a portfolio slot) adds to the figures.
    struct Contribution
    {
        bool held = false;               ///< in the figures (the holding had shares > 0)
        std::optional<std::int64_t> mid; ///< the mid the values were taken at (none: avg cost)
        int assetId = -1;                ///< MarketTimeline asset id (-1: none yet, or not known)
        std::int64_t shares = 0;         ///< the holding's summed shares
        std::int64_t total = 0;
        std::vector<Part> byCondition;
        std::vector<Part> byLot;
        /// The condition numbers this asset's lots have had: lots rarely change condition, so
        /// one string compare usually replaces a hash of the condition id.
        std::vector<std::pair<QString, int>> conditions;
    };
    void apply(const Contribution& c, int sign);
    int conditionNumber(Contribution& c, const QString& condition);
    /// Fills `c` (reusing its storage) with the values of one holding at `mid`.
    void valueInto(Contribution& c, const AssetHolding& h, std::optional<std::int64_t> mid);
    /// Revalues one slot at `mid`; with `onlyIfMidChanged`, keeps it when its mid is the same.
    void revalue(const Portfolio& portfolio, int slot, std::optional<std::int64_t> mid, bool onlyIfMidChanged = false);
    /// The same for a held slot whose holding has not changed since it was valued: at a mid,
    /// every value is mid * shares, so its parts are revalued in place.
    void remark(const Portfolio& portfolio, int slot, std::optional<std::int64_t> mid);
    std::int64_t& lotTotal(int owner);
    /// Drops every figure (a full revaluation follows).
    void clear();

    std::size_t epoch_ = std::size_t(-1);
    std::size_t ledgerSize_ = 0;
    std::int64_t total_ = 0;
    std::vector<Contribution> slots_; // by portfolio slot
    int heldCount_ = 0;               // slots with held set
    int heldUnknown_ = 0;             // held slots whose asset the timeline did not know yet
    std::vector<int> slotByAssetId_;  // timeline asset id -> slot (-1: none), once resolved
    QHash<IdKey, int> conditionIds_;
    std::vector<std::int64_t> byCondition_; // by condition number
    std::vector<std::int64_t> byLot_; // by lot owner (wallet index, 0 outside EXEC_GLOBAL)
    QHash<int, std::int64_t> otherLots_; // negative owners
};

} // namespace slip
