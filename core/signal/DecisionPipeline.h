#pragma once
// DecisionPipeline: stages A–D of spec/copy-engine.md §5 (gates, sizing, risk, book) and the
// SPLIT/MERGE rules of §6.1 for one group in one scope. Pure; stage E is the BookWalker's.

#include "signal/CopyAttempt.h"
#include "signal/DecisionContext.h"

#include <cstdint>

namespace slip {

/// The figures each stage looked at, for the decision trace (micros; -1 = not reached).
struct StageFigures
{
    char stage = 'A';                ///< the last stage run: 'A' … 'D' ('E' = the book walk)
    std::int64_t cap = -1;           ///< B: min(max_trade_usdc, equity × max_trade_equity_bps)
    bool fullExit = false;           ///< B: the wallet sold out, so the copy sells everything
    std::int64_t totalExposure = -1; ///< C, with the caps it was held against
    std::int64_t totalCap = -1;
    std::int64_t marketExposure = -1;
    std::int64_t marketCap = -1;
    std::int64_t walletExposure = -1; ///< C, EXEC_GLOBAL only
    std::int64_t walletCap = -1;
    std::int64_t bookAgeMs = -1;     ///< D
    std::int64_t bestBid = -1;
    std::int64_t bestAsk = -1;
    std::int64_t depth = -1;         ///< D: USDC inside the bound on the side we take
    std::int64_t minDepth = -1;      ///< D: the depth the target needs
};

struct PipelineOutcome
{
    CopyAttempt attempt;        ///< SKIP with reasons, or not yet decided when `fill` is set
    bool fill = false;          ///< stages passed: walk the book (trade) or apply `a` (SPLIT/MERGE)
    std::int64_t bound = 0;     ///< max_price (BUY) or min_price (SELL)
    QString condition;          ///< cond: m's condition id, else the row's
    StageFigures figures;       ///< what each stage saw
};

class DecisionPipeline
{
public:
    /// Runs the stages for a trade group or a SPLIT/MERGE group.
    static PipelineOutcome decide(const DecisionContext& ctx);

    /// shares(n) = floor(n * 1e6 / vwap), 0 when vwap = 0.
    static std::int64_t sharesFor(std::int64_t notional, std::int64_t vwap);
    /// True when any entry equals one of the categories, ASCII case-insensitively.
    static bool categoryAllowed(const QStringList& allowList, const QStringList& categories);
};

} // namespace slip
