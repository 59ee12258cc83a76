#pragma once
// TimelineRecord: a record an executable scope applies in capture order before its decisions
// (spec/copy-engine.md §4): a settlement of a condition, an operator breaker reset, or (a
// Slipstream extension control record) an operator's close of a position.

#include "risk/CircuitBreakers.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace slip {

struct TimelineRecord
{
    enum class Kind { Settlement, BreakerReset, ClosePosition };
    Kind kind = Kind::Settlement;
    std::int64_t t = 0;
    // Settlement
    QString condition;
    QStringList tokens;
    std::vector<std::int64_t> prices;   ///< 1e6 for the winner, 0 for the others
    // BreakerReset and ClosePosition
    bool globalScope = false;
    int walletIndex = -1;               ///< EXEC_USER's wallet; in EXEC_GLOBAL the lot's (-1: every lot)
    BreakerKind breaker = BreakerKind::Daily;
    // ClosePosition
    QString asset;
};

} // namespace slip
