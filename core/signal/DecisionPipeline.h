#pragma once
// DecisionPipeline: stages A–D of spec/copy-engine.md §5 (gates, sizing, risk, book) and the
// SPLIT/MERGE rules of §6.1 for one group in one scope. Pure; stage E is the BookWalker's.

#include "signal/CopyAttempt.h"
#include "signal/DecisionContext.h"

#include <cstdint>

namespace slip {

struct PipelineOutcome
{
    CopyAttempt attempt;        ///< SKIP with reasons, or not yet decided when `fill` is set
    bool fill = false;          ///< stages passed: walk the book (trade) or apply `a` (SPLIT/MERGE)
    std::int64_t bound = 0;     ///< max_price (BUY) or min_price (SELL)
    QString condition;          ///< cond: m's condition id, else the row's
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
