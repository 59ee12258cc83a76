#pragma once
// LocalOrderBook: the live L2 book of one asset, built from market-channel `book` snapshots and
// `price_change` deltas (absolute level sizes), which answers best bid/ask, mid, depth inside a
// price band and L2 walks for the paper executor, and notices when it drifted from the venue.

#include "domain/BookSnapshot.h"
#include "domain/Micros.h"
#include "domain/Side.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace slip::polymarket {

/// The outcome of walking the book with a taker order.
struct L2Fill
{
    Micros shares;      ///< filled shares
    Micros notional;    ///< Σ notional(price, take) per level (spec §1 floor per fill)
    Micros vwap;        ///< floor(notional * 1e6 / shares); 0 when nothing filled
    Micros worstPrice;  ///< price of the last level touched; 0 when nothing filled
    int levels = 0;     ///< levels touched
    bool complete = false; ///< the whole request was filled
};

class LocalOrderBook
{
public:
    enum class Apply {
        Applied,    ///< the book changed (or was confirmed)
        Stale,      ///< older than what the book already reflects; ignored
        Duplicate,  ///< the same update again; ignored
        NoSnapshot, ///< a delta before any snapshot; ignored, resync needed
    };

    explicit LocalOrderBook(QString asset = {});

    /// Replaces the book with a snapshot; `force` (REST resync) skips the staleness check.
    Apply applySnapshot(const BookSnapshot& snapshot, bool force = false);
    /// Sets the aggregate size of one level (size 0 removes it); side BUY = bid level.
    Apply applyChange(Side side, Micros price, Micros size, std::int64_t timestampMs,
                      const QString& hash = {});
    /// Compares the venue's best bid/ask (0 = none; an ask of 1 with no asks also = none) with
    /// the book; on disagreement marks the book for resync and returns false.
    bool checkTop(std::optional<Micros> venueBestBid, std::optional<Micros> venueBestAsk);
    /// Marks the book as drifted (e.g. crossed); the owner fetches a fresh REST snapshot.
    void markDrifted(const QString& reason);

    /// Updates the tick size (tick_size_change).
    void setTickSize(Micros tick) { tickSize_ = tick; }
    /// Records the last trade (last_trade_price).
    void setLastTrade(Micros price, Micros size, std::optional<Side> side, std::int64_t timestampMs);
    /// Marks the market resolved with the winning asset (market_resolved).
    void setResolved(const QString& winningAsset);

    const QString& asset() const { return asset_; }
    bool hasSnapshot() const { return hasSnapshot_; }
    bool needsResync() const { return needsResync_; }
    const QString& driftReason() const { return driftReason_; }
    std::int64_t timestampMs() const { return timestampMs_; }
    const QString& hash() const { return hash_; }
    Micros tickSize() const { return tickSize_; }
    Micros minOrderSize() const { return minOrderSize_; }
    std::optional<Micros> lastTradePrice() const { return lastTradePrice_; }
    bool resolved() const { return resolved_; }
    const QString& winningAsset() const { return winningAsset_; }
    std::uint64_t updatesApplied() const { return updates_; }

    /// Highest bid level, if any.
    std::optional<BookLevel> bestBid() const;
    /// Lowest ask level, if any.
    std::optional<BookLevel> bestAsk() const;
    /// floor((best bid + best ask) / 2) when both sides exist.
    std::optional<Micros> mid() const;
    /// Shares resting on one side (BUY = bids) with price in [lo, hi].
    Micros depth(Side bookSide, Micros lo, Micros hi) const;
    /// Shares within `band` of the best price of that side (bids >= best-band, asks <= best+band).
    Micros depthNearBest(Side bookSide, Micros band) const;
    /// A taker order for `shares`: BUY walks asks upward, SELL walks bids downward, stopping at
    /// `limit` (BUY never above, SELL never below) when given.
    L2Fill walkShares(Side takerSide, Micros shares, std::optional<Micros> limit = {}) const;
    /// A taker BUY spending at most `usdc`, buying floor(remaining * 1e6 / price) at the last level.
    L2Fill walkCash(Micros usdc, std::optional<Micros> limit = {}) const;
    /// Best-first levels of one side (BUY = bids), at most maxLevels (-1 = all).
    std::vector<BookLevel> levels(Side bookSide, int maxLevels = -1) const;
    /// The book as a snapshot, best levels first.
    BookSnapshot toSnapshot() const;
    /// Number of levels per side.
    std::size_t bidCount() const { return bids_.size(); }
    std::size_t askCount() const { return asks_.size(); }

private:
    QString asset_;
    QString market_;
    std::map<std::int64_t, std::int64_t, std::greater<>> bids_; // best (highest) first
    std::map<std::int64_t, std::int64_t> asks_;                 // best (lowest) first
    std::int64_t timestampMs_ = 0;
    QString hash_;
    Micros tickSize_;
    Micros minOrderSize_;
    bool negRisk_ = false;
    std::optional<Micros> lastTradePrice_;
    std::optional<Micros> lastTradeSize_;
    bool hasSnapshot_ = false;
    bool needsResync_ = false;
    QString driftReason_;
    bool resolved_ = false;
    QString winningAsset_;
    std::uint64_t updates_ = 0;
};

} // namespace slip::polymarket
