#pragma once
// MarketTimeline: the books, markets, fee rates and operator switches of a capture, indexed
// by asset/condition and time, answering "the latest record at X" (spec/copy-engine.md §4):
// the last one in capture order with t <= X.

#include "domain/BookSnapshot.h"
#include "domain/IdKey.h"
#include "domain/MarketInfo.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip {

class MarketTimeline
{
public:
    /// Records must be added in capture order (non-decreasing t).
    void addBook(std::int64_t t, BookSnapshot book);
    /// Adds a market record; returns its index.
    int addMarket(std::int64_t t, MarketInfo market);
    void addFeeRate(std::int64_t t, const QString& asset, std::int64_t bps);
    /// `action` is "kill_switch" or "pause".
    void addSwitch(std::int64_t t, const QString& action, bool engaged);

    /// The latest book of an asset at X and the t of its record, or null.
    const BookSnapshot* bookAt(const QString& asset, std::int64_t x, std::int64_t* recordT = nullptr) const;
    /// Mid of the latest book at X when it has both sides (its age does not matter).
    std::optional<std::int64_t> midAt(const QString& asset, std::int64_t x) const;
    /// The latest market record at X that lists the asset in clobTokenIds.
    const MarketInfo* marketOfAsset(const QString& asset, std::int64_t x) const;
    /// The latest market record at X with that condition id.
    const MarketInfo* marketOfCondition(const QString& condition, std::int64_t x) const;
    /// The latest fee rate of an asset at X.
    std::optional<std::int64_t> feeRateAt(const QString& asset, std::int64_t x) const;
    /// The latest switch record of an action at X.
    std::optional<bool> switchAt(const QString& action, std::int64_t x) const;

    /// Number of books with t <= X: marks at X depend on nothing else, so equal epochs
    /// mean equal marks.
    std::size_t bookEpoch(std::int64_t x) const;
    /// Asset of the i-th book in capture order (i < number of books).
    const QString& bookAsset(std::size_t i) const { return books_[i].asset; }
    /// assetId() of the i-th book's asset.
    int bookAssetId(std::size_t i) const { return bookAssetIds_[i]; }

    /// A small dense number for each asset the timeline has seen (in a book, a market's token
    /// ids, a fee rate, or interned), or -1: hot loops look an asset up once and then index
    /// vectors by it.
    int assetId(const QString& asset) const { return assetIds_.value(IdKey{asset}, -1); }
    /// The asset's number, given one when it has none yet (an asset with no record yet has no
    /// book, market or fee rate at any time).
    int internAsset(const QString& asset);
    /// bookAt/midAt/marketOfAsset/feeRateAt by asset id (id >= 0).
    const BookSnapshot* bookAt(int assetId, std::int64_t x, std::int64_t* recordT = nullptr) const;
    std::optional<std::int64_t> midAt(int assetId, std::int64_t x) const;
    const MarketInfo* marketOfAsset(int assetId, std::int64_t x) const;
    std::optional<std::int64_t> feeRateAt(int assetId, std::int64_t x) const;

    const std::vector<MarketInfo>& markets() const { return markets_; }

private:
    struct Entry
    {
        std::int64_t t;
        int index; // into the owning vector, or the value itself for fees and switches
    };
    static const Entry* latest(const std::vector<Entry>& list, std::int64_t x);

    std::vector<BookSnapshot> books_;
    std::vector<std::int64_t> bookTimes_; // t of every book, in capture order (non-decreasing)
    std::vector<int> bookAssetIds_;       // asset id of every book
    std::vector<MarketInfo> markets_;
    // Per asset id: its books, the markets listing it and its fee rates, each in capture order.
    struct AssetRecords
    {
        std::vector<Entry> books;
        std::vector<Entry> markets;
        std::vector<Entry> fees;
    };
    QHash<IdKey, int> assetIds_; // asset -> index into assets_
    std::vector<AssetRecords> assets_;
    std::vector<std::optional<std::int64_t>> bookMids_; // mid of every book (two-sided), by book index
    QHash<QString, std::vector<Entry>> marketByCondition_;
    QHash<QString, std::vector<Entry>> switches_;
};

} // namespace slip
