#include "models/ReasonText.h"

#include "api/ReasonCodes.h"

namespace slip::ui {

const QStringList& ReasonText::codes()
{
    static const QStringList list = {
        api::reason::kStaleEvent, api::reason::kKillSwitch, api::reason::kEnginePaused, api::reason::kWalletDisabled,
        api::reason::kUnknownMarket, api::reason::kMarketClosed, api::reason::kMarketBlacklisted, api::reason::kCategoryFiltered,
        api::reason::kNearClose, api::reason::kCircuitBreaker, api::reason::kNoPosition, api::reason::kBelowMinNotional,
        api::reason::kBelowVenueMinimum, api::reason::kRiskCapTotal, api::reason::kRiskCapMarket, api::reason::kRiskCapWallet,
        api::reason::kInsufficientCash, api::reason::kBookUnavailable, api::reason::kOneSidedBook, api::reason::kSpreadTooWide,
        api::reason::kInsufficientDepth, api::reason::kNoLiquidityWithinBounds,
    };
    return list;
}

QString ReasonText::explain(const QString& code)
{
    if (code == api::reason::kStaleEvent)
        return tr("The followed wallet's trade was detected too late (older than max_event_age_ms); "
                  "copying it now would chase an old price.");
    if (code == api::reason::kKillSwitch)
        return tr("The kill switch was engaged at decision time: no new orders of any kind.");
    if (code == api::reason::kEnginePaused)
        return tr("The engine was paused at decision time: trades are tracked but not copied.");
    if (code == api::reason::kWalletDisabled)
        return tr("Copying of this wallet is disabled; its trades are still tracked (shadow book).");
    if (code == api::reason::kUnknownMarket)
        return tr("No market metadata was known for the asset at decision time.");
    if (code == api::reason::kMarketClosed)
        return tr("The market is closed for trading.");
    if (code == api::reason::kMarketBlacklisted)
        return tr("The market's condition id is on the blacklist (buys only).");
    if (code == api::reason::kCategoryFiltered)
        return tr("The market's categories are not in the configured allow-list (buys only).");
    if (code == api::reason::kNearClose)
        return tr("The market ends within near_close_ms of the decision (default 30 minutes; buys only).");
    if (code == api::reason::kCircuitBreaker)
        return tr("A loss or drawdown circuit breaker of this scope is tripped.");
    if (code == api::reason::kNoPosition)
        return tr("A sell was seen but this scope holds none of the asset.");
    if (code == api::reason::kBelowMinNotional)
        return tr("The sized copy is below min_trade_usdc (default 5 USDC) or rounds to zero shares.");
    if (code == api::reason::kBelowVenueMinimum)
        return tr("The sized copy is below the market's minimum order size.");
    if (code == api::reason::kRiskCapTotal)
        return tr("The copy would push total exposure above max_total_exposure_bps of equity.");
    if (code == api::reason::kRiskCapMarket)
        return tr("The copy would push exposure in this market above max_market_exposure_bps of equity.");
    if (code == api::reason::kRiskCapWallet)
        return tr("The copy would push this wallet's exposure in the global book above "
                  "max_wallet_exposure_bps of equity.");
    if (code == api::reason::kInsufficientCash)
        return tr("Not enough cash in this scope to pay for the copy (or for any of it at the book's prices).");
    if (code == api::reason::kBookUnavailable)
        return tr("No order book for the asset, or the latest one was older than max_book_age_ms.");
    if (code == api::reason::kOneSidedBook)
        return tr("The order book had no bids or no asks.");
    if (code == api::reason::kSpreadTooWide)
        return tr("The bid-ask spread was wider than max_spread.");
    if (code == api::reason::kInsufficientDepth)
        return tr("Not enough size inside the price bound (min_depth_bps of the target notional).");
    if (code == api::reason::kNoLiquidityWithinBounds)
        return tr("No book level lay inside the price bound (worse than their fill or the mid by too much).");
    // The two diagnostics of the shadow book (spec §3, §6.1): logged, never an attempt's reason.
    if (code == u"UNTRACKED_SELL")
        return tr("Shadow book diagnostic: the wallet sold more than its tracked holdings (bought before it was "
                  "followed); only the tracked shares were applied.");
    if (code == u"UNTRACKED_MERGE")
        return tr("Shadow book diagnostic: a merge exceeded the tracked shares of an outcome; only the matched "
                  "sets were applied.");
    return code;
}

QString ReasonText::stage(const QString& code)
{
    const int i = int(codes().indexOf(code));
    if (i < 0)
        return {};
    if (i <= 10)
        return tr("A gates");
    if (i <= 12)
        return tr("B sizing");
    if (i <= 16)
        return tr("C risk");
    if (i <= 20)
        return tr("D book");
    return tr("E fill");
}

QString ReasonText::tooltipFor(const QStringList& list)
{
    QStringList lines;
    for (const QString& c : list)
        lines << QStringLiteral("<b>%1</b> — %2").arg(c.toHtmlEscaped(), explain(c).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace slip::ui
