#include "executor/BookWalker.h"

#include "domain/Micros.h"

#include <algorithm>

namespace slip {

std::int64_t BookWalker::fee(std::int64_t notional, std::int64_t feeRateBps)
{
    return mulDiv(notional, feeRateBps, 10'000);
}

std::vector<BookLevel> BookWalker::levelsInBound(const BookSnapshot& book, Side side, std::int64_t bound)
{
    std::vector<BookLevel> out;
    if (side == Side::Buy) {
        for (const BookLevel& l : book.asks)
            if (l.price.raw() <= bound)
                out.push_back(l);
        std::stable_sort(out.begin(), out.end(), [](const BookLevel& a, const BookLevel& b) { return a.price < b.price; });
    } else {
        for (const BookLevel& l : book.bids)
            if (l.price.raw() >= bound)
                out.push_back(l);
        std::stable_sort(out.begin(), out.end(), [](const BookLevel& a, const BookLevel& b) { return a.price > b.price; });
    }
    return out;
}

BookWalk BookWalker::walk(const BookSnapshot& book, Side side, std::int64_t bound, std::int64_t wanted,
                          std::int64_t cash, std::int64_t feeRateBps)
{
    BookWalk w;
    const std::vector<BookLevel> levels = levelsInBound(book, side, bound);
    w.anyLevelInBound = !levels.empty();
    std::int64_t r = wanted;
    for (const BookLevel& l : levels) {
        if (r == 0)
            break;
        const std::int64_t p = l.price.raw();
        const std::int64_t most = std::min(l.size.raw(), r);
        std::int64_t x = most;
        if (side == Side::Buy) {
            // The cost F + n(x) + fee(F + n(x)) is non-decreasing in x: binary search the largest x.
            auto fits = [&](std::int64_t shares) {
                const std::int64_t f = w.filledNotional + mulDiv(p, shares, Micros::kScale);
                return f + fee(f, feeRateBps) <= cash;
            };
            if (!fits(most)) {
                std::int64_t lo = 0, hi = most; // fits(lo) holds, fits(hi) does not
                if (!fits(0))
                    hi = 0;
                while (hi - lo > 1) {
                    const std::int64_t mid = lo + (hi - lo) / 2;
                    (fits(mid) ? lo : hi) = mid;
                }
                x = lo;
            }
        }
        if (x > 0) {
            w.filledShares += x;
            w.filledNotional += mulDiv(p, x, Micros::kScale);
            w.levels.push_back({p, x});
            r -= x;
        }
        if (x < most)
            break;
    }
    w.fee = fee(w.filledNotional, feeRateBps);
    return w;
}

} // namespace slip
