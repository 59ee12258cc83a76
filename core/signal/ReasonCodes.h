#pragma once
// ReasonCodes: the fixed skip reasons of spec/copy-engine.md §5, spelled as in the output.

#include <QString>

namespace slip::reason {

inline const QString kStaleEvent = QStringLiteral("STALE_EVENT");
inline const QString kKillSwitch = QStringLiteral("KILL_SWITCH");
inline const QString kEnginePaused = QStringLiteral("ENGINE_PAUSED");
inline const QString kWalletDisabled = QStringLiteral("WALLET_DISABLED");
inline const QString kUnknownMarket = QStringLiteral("UNKNOWN_MARKET");
inline const QString kMarketClosed = QStringLiteral("MARKET_CLOSED");
inline const QString kMarketBlacklisted = QStringLiteral("MARKET_BLACKLISTED");
inline const QString kCategoryFiltered = QStringLiteral("CATEGORY_FILTERED");
inline const QString kNearClose = QStringLiteral("NEAR_CLOSE");
inline const QString kCircuitBreaker = QStringLiteral("CIRCUIT_BREAKER");
inline const QString kNoPosition = QStringLiteral("NO_POSITION");
inline const QString kBelowMinNotional = QStringLiteral("BELOW_MIN_NOTIONAL");
inline const QString kBelowVenueMinimum = QStringLiteral("BELOW_VENUE_MINIMUM");
inline const QString kRiskCapTotal = QStringLiteral("RISK_CAP_TOTAL");
inline const QString kRiskCapMarket = QStringLiteral("RISK_CAP_MARKET");
inline const QString kRiskCapWallet = QStringLiteral("RISK_CAP_WALLET");
inline const QString kInsufficientCash = QStringLiteral("INSUFFICIENT_CASH");
inline const QString kBookUnavailable = QStringLiteral("BOOK_UNAVAILABLE");
inline const QString kOneSidedBook = QStringLiteral("ONE_SIDED_BOOK");
inline const QString kSpreadTooWide = QStringLiteral("SPREAD_TOO_WIDE");
inline const QString kInsufficientDepth = QStringLiteral("INSUFFICIENT_DEPTH");
inline const QString kNoLiquidityWithinBounds = QStringLiteral("NO_LIQUIDITY_WITHIN_BOUNDS");

} // namespace slip::reason
