#pragma once
// OrderAmounts: makerAmount/takerAmount in 6-decimal base units, computed in integers with the
// official client's rounding rules (getOrderRawAmounts / getMarketOrderRawAmounts), plus the
// server's stricter market-order precision where the client is known to be rejected.

#include "domain/Micros.h"
#include "domain/Result.h"
#include "domain/Side.h"
#include "venue/polymarket/TickSize.h"

#include <QStringView>

#include <cstdint>

namespace slip::polymarket {

class OrderAmounts
{
public:
    /// Limit order: size in shares truncated to 2 decimals; BUY gives size×price USDC for
    /// size shares, SELL the reverse. The price must lie on the tick grid in [tick, 1 − tick].
    static Result<OrderAmounts> limit(Side side, Micros price, Micros size, const TickSize& tick);
    /// Market order: BUY spends `amount` USDC, SELL sells `amount` shares (both truncated to 2
    /// decimals) at worst price `price`. The computed side is rounded as the client does
    /// (ceil at amount+4 decimals, then floor at amount decimals), except that on ticks finer
    /// than 0.01 it keeps at most 4 decimals — the server rejects more (protocol notes §5.5).
    static Result<OrderAmounts> market(Side side, Micros price, Micros amount, const TickSize& tick);

    /// Parses a price and rejects digits past the 6th decimal that Micros would truncate, so
    /// an off-grid price such as "0.5000001" is refused rather than silently snapped.
    static Result<Micros> parsePrice(QStringView text);
    /// Parses a size/amount; digits past 6 decimals are dropped (sizes are cut to 2 anyway).
    static Result<Micros> parseQuantity(QStringView text);

    /// What the order gives, in base units (USDC for BUY, shares for SELL).
    std::int64_t makerAmount = 0;
    /// What the order receives at least, in base units.
    std::int64_t takerAmount = 0;
};

} // namespace slip::polymarket
