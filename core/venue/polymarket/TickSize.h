#pragma once
// TickSize: a market's minimum price increment with the official client's rounding
// configuration (decimal places for price, size and amounts) for that tick.

#include "domain/Result.h"

#include <QString>
#include <QStringView>

#include <cstdint>

namespace slip::polymarket {

class TickSize
{
public:
    /// Parses "0.1", "0.01", "0.005", "0.0025", "0.001" or "0.0001" (the V2 tick set).
    static Result<TickSize> parse(QStringView text);

    /// The tick in micros (1e-6): 100000, 10000, 5000, 2500, 1000 or 100.
    std::int64_t micros() const { return micros_; }
    /// The tick as the venue spells it.
    const QString& text() const { return text_; }
    /// ROUNDING_CONFIG[tick].price: decimals a price may carry.
    int priceDecimals() const { return priceDecimals_; }
    /// ROUNDING_CONFIG[tick].size: decimals of share sizes (always 2).
    int sizeDecimals() const { return 2; }
    /// ROUNDING_CONFIG[tick].amount: decimals of the computed USDC/shares amount.
    int amountDecimals() const { return priceDecimals_ + 2; }

private:
    TickSize() = default;
    QString text_;
    std::int64_t micros_ = 0;
    int priceDecimals_ = 0;
};

} // namespace slip::polymarket
