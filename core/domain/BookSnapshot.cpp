#include "domain/BookSnapshot.h"

namespace slip {

Micros BookSnapshot::bestBid() const
{
    Micros best;
    for (const auto& l : bids)
        best = std::max(best, l.price);
    return best;
}

Micros BookSnapshot::bestAsk() const
{
    if (asks.empty())
        return Micros();
    Micros best = asks.front().price;
    for (const auto& l : asks)
        best = std::min(best, l.price);
    return best;
}

} // namespace slip
