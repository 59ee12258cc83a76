#pragma once
// AmountText: display text for the engine's exact int64 micros amounts (USDC, prices, shares)
// and basis points, built from the integers — never through double — with the locale's
// digit grouping and decimal point.

#include <QString>

#include <cstdint>
#include <optional>

namespace slip::ui::amount {

/// USDC with two decimals, truncated toward zero: 1234567890 -> "1,234.56".
QString usdc(std::int64_t micros);
/// USDC with an explicit sign for PnL figures: "+12.30", "-0.05", "0.00".
QString signedUsdc(std::int64_t micros);
/// A price in its shortest exact form: 520000 -> "0.52".
QString price(std::int64_t micros);
/// Shares in their shortest exact form with grouping: 1500250000 -> "1,500.25".
QString shares(std::int64_t micros);
/// Basis points as a percentage with two decimals: 125 -> "1.25%".
QString percentFromBps(std::int64_t bps);
/// Basis points with an explicit sign for gains/losses and slippage: 12 -> "+12 bps".
QString signedBps(std::int64_t bps);
/// Text for an optional amount, "—" when unset.
QString orDash(const std::optional<std::int64_t>& micros, QString (*format)(std::int64_t));
/// "2026-11-01 12:34:56" in UTC from epoch milliseconds ("—" for 0).
QString utcTime(std::int64_t ms);

} // namespace slip::ui::amount
