#pragma once
// AnalyticsRows: the plain values of the Wallet detail and Markets panels — copy rates, slippage
// and lag samples, the tracking gap, a wallet's trade feed with the copy outcome of each trade,
// decisions per market with their book figures, and histograms over any of them.

#include "api/ReadRows.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip::api {

/// How a wallet's EXEC_USER attempts turned out (all counts over one window).
struct CopyRates
{
    std::int64_t attempts = 0;
    std::int64_t executes = 0;     ///< decision EXECUTE
    std::int64_t skips = 0;        ///< decision SKIP
    std::int64_t partialFills = 0; ///< EXECUTE with filled_shares < target_shares

    /// executes / attempts in basis points (0 without attempts).
    std::int64_t fillRateBps() const { return attempts > 0 ? executes * 10'000 / attempts : 0; }
    /// partialFills / executes in basis points (0 without executes).
    std::int64_t partialRateBps() const { return executes > 0 ? partialFills * 10'000 / executes : 0; }
};

/// One executed attempt's price against the followed wallet's: positive = worse for us.
struct SlippageSample
{
    std::int64_t attemptId = 0;
    std::int64_t decisionMs = 0;
    QString wallet;
    QString asset;
    QString side;
    std::int64_t theirVwap = 0;
    std::int64_t vwap = 0;
    std::int64_t bps = 0; ///< BUY (vwap − their) · 10⁴ / their, SELL (their − vwap) · 10⁴ / their, truncated
};

/// One trade event's delay: venue time → detection by the monitor.
struct LagSample
{
    std::int64_t eventId = 0;
    std::int64_t timeMs = 0;   ///< the venue's time of the trade
    std::int64_t detectMs = 0; ///< when the monitor saw it
    std::int64_t lagMs() const { return detectMs - timeMs; }
};

/// One minute of a wallet's shadow and executable PnL and their difference.
struct GapPoint
{
    std::int64_t tMs = 0;
    std::int64_t shadowPnl = 0;     ///< SHADOW equity (the shadow starts at 0)
    std::int64_t executablePnl = 0; ///< EXEC_USER equity − the wallet's bankroll
    std::int64_t gap() const { return shadowPnl - executablePnl; }
};

/// One trade (or SPLIT/MERGE) of a followed wallet and what our copy of it did.
struct WalletTrade
{
    std::int64_t eventId = 0;
    QString type;        ///< TRADE, SPLIT, MERGE, REDEEM
    QString side;        ///< BUY/SELL ("" for the others)
    QString asset;
    QString conditionId;
    QString title;
    QString outcome;
    std::optional<std::int64_t> price;
    std::int64_t shares = 0;
    std::int64_t usdc = 0;
    std::int64_t timeMs = 0;
    std::int64_t detectMs = 0;
    /// The EXEC_USER attempt of the group this trade joined, if one was decided.
    std::optional<AttemptRow> copy;
};

/// One decision on a market's asset with the book it saw (stage D).
struct MarketDecision
{
    std::int64_t attemptId = 0;
    std::int64_t decisionMs = 0;
    QString scope;
    QString wallet;
    QString asset;
    QString side;
    bool execute = false;
    QStringList reasons;
    std::optional<std::int64_t> mid;
    std::optional<std::int64_t> spread;      ///< best ask − best bid at the decision
    std::optional<std::int64_t> depthInBand; ///< notional inside the price bound (trace only)
    std::optional<std::int64_t> slippageBps; ///< EXECUTE only (see SlippageSample)
    std::optional<std::int64_t> filledShares;
    std::optional<std::int64_t> targetShares;
};

/// What the store knows of a market (condition) and its tokens.
struct MarketMeta
{
    QString conditionId;
    QString title;
    QStringList outcomes; ///< in outcome_index order
    bool closed = false;
    QString resolvedAsset;
    QString resolvedOutcome;
    std::optional<std::int64_t> endMs;
};

/// One row of the Markets panel: the market, its recent decisions and our positions in it.
struct MarketSummary
{
    MarketMeta meta;
    std::int64_t attempts = 0;
    std::int64_t executes = 0;
    std::int64_t lastDecisionMs = 0;
    std::optional<std::int64_t> lastSpread;      ///< at the newest decision that saw a book
    std::optional<std::int64_t> lastDepthInBand; ///< at the newest decision that recorded it
    std::optional<std::int64_t> meanSlippageBps; ///< over the executes, truncated
    std::int64_t openPositions = 0;              ///< open positions in the scope
    std::int64_t openShares = 0;
    std::int64_t openCost = 0;                   ///< summed cost basis
    bool blacklisted = false;
};

/// Counts of values in consecutive bins [edges[i], edges[i+1]); values below the first edge go
/// to `below`, values at or above the last to `above`.
struct Histogram
{
    std::vector<std::int64_t> edges;
    std::vector<std::int64_t> counts; ///< edges.size() − 1 bins
    std::int64_t below = 0;
    std::int64_t above = 0;
    std::int64_t total() const
    {
        std::int64_t n = below + above;
        for (std::int64_t c : counts)
            n += c;
        return n;
    }
};

} // namespace slip::api
