#pragma once
// BookSnapshot: an L2 order book of one asset as the venue sent it. Levels keep array order
// (the venue's arrays are not trusted to be sorted; spec/copy-engine.md §2); size-0 levels
// are dropped by parsers. Consumers that need best-first order sort stably.

#include "domain/Micros.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace slip {

struct BookLevel
{
    Micros price;
    Micros size;
    bool operator==(const BookLevel&) const = default;
};

struct BookSnapshot
{
    QString asset;                 ///< token id, decimal text
    QString market;                ///< condition id when the venue gave it (lowercase)
    std::vector<BookLevel> bids;   ///< array order as received
    std::vector<BookLevel> asks;   ///< array order as received
    std::int64_t venueTimestampMs = 0; ///< venue's timestamp (0 if absent); not used by the engine
    QString hash;                  ///< venue's book hash, when given
    Micros tickSize;               ///< 0 when unknown
    Micros minOrderSize;           ///< 0 when unknown
    bool negRisk = false;

    /// Highest bid price, or 0 when there are no bids.
    Micros bestBid() const;
    /// Lowest ask price, or 0 when there are no asks.
    Micros bestAsk() const;
    bool hasBothSides() const { return !bids.empty() && !asks.empty(); }
};

} // namespace slip

Q_DECLARE_METATYPE(slip::BookSnapshot)
