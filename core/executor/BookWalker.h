#pragma once
// BookWalker: the paper fill of spec/copy-engine.md §5 stage E: walks the book levels inside
// the price bound, best first, within the wanted shares and (for a BUY) the scope's cash.

#include "domain/BookSnapshot.h"
#include "domain/Side.h"

#include <cstdint>
#include <vector>

namespace slip {

struct FillLevel
{
    std::int64_t price = 0;
    std::int64_t shares = 0;
};

struct BookWalk
{
    std::int64_t filledShares = 0;
    std::int64_t filledNotional = 0;  ///< Σ notional(p, x)
    std::int64_t fee = 0;             ///< fee on the total notional
    bool anyLevelInBound = false;     ///< some level lies inside the bound
    std::vector<FillLevel> levels;    ///< for display only
};

class BookWalker
{
public:
    /// Levels of one side inside the bound, best first (equal prices in array order):
    /// asks with p <= bound ascending for a BUY, bids with p >= bound descending for a SELL.
    static std::vector<BookLevel> levelsInBound(const BookSnapshot& book, Side side, std::int64_t bound);
    /// Walks for `wanted` shares; a BUY takes at each level the largest x keeping
    /// F + notional + fee(F + notional) <= cash and stops after a level it could not take whole.
    static BookWalk walk(const BookSnapshot& book, Side side, std::int64_t bound, std::int64_t wanted,
                         std::int64_t cash, std::int64_t feeRateBps);
    /// fee(n) = floor(n * bps / 10_000).
    static std::int64_t fee(std::int64_t notional, std::int64_t feeRateBps);
};

} // namespace slip
