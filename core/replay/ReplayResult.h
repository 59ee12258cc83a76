#pragma once
// ReplayResult: what a replay computed (spec/copy-engine.md §8): attempts in processing
// order, final portfolios, breaker events, the ledger hash, plus counters for diagnostics.

#include "portfolio/Portfolio.h"
#include "replay/ScopeRunner.h"
#include "domain/TradeEvent.h"
#include "signal/CopyAttempt.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace slip {

struct PositionFigures
{
    QString asset;
    std::int64_t shares = 0;
    std::int64_t costBasis = 0;
};

struct PortfolioFigures
{
    QString scope;       ///< SHADOW, EXEC_USER or EXEC_GLOBAL
    QString wallet;      ///< empty for EXEC_GLOBAL (null in the output)
    std::int64_t startCash = 0;
    std::int64_t cash = 0;
    std::int64_t realized = 0;
    std::int64_t equity = 0;
    std::vector<PositionFigures> positions; ///< bytewise by asset, 0-share omitted, lots summed
    Portfolio portfolio;                     ///< the full state, ledger included
};

struct ReplayStats
{
    int records = 0;
    int rejectedObjects = 0;     ///< malformed rows, books, markets, fee rates
    int duplicates = 0;          ///< rows whose identity key was already stored
    int ignoredRows = 0;         ///< other activity types, wallets not followed
    int ignoredControls = 0;
    int untrackedSells = 0;
    int untrackedMerges = 0;
    int shadowSkippedSplitMerge = 0; ///< SPLIT/MERGE of an unknown market, not applied to SHADOW
    int tradeEvents = 0;         ///< new trade events applied
    int groups = 0;
};

struct ReplayResult
{
    std::vector<CopyAttempt> attempts;
    std::vector<PortfolioFigures> portfolios;
    std::vector<ScopedBreakerEvent> breakerEvents; ///< in output order
    QString ledgerSha256;
    std::int64_t endMs = 0;
    ReplayStats stats;
    QStringList diagnostics;     ///< "line N[index i]: message" for every rejected object
    QStringList walletAddresses; ///< followed wallets in config order (lot owner i = wallet i)
    std::vector<TradeEvent> events; ///< new (deduplicated) events, when the engine keeps them
};

} // namespace slip
