#pragma once
// TimelineRecord: a record an executable scope applies in capture order before its decisions
// (spec/copy-engine.md §4): a settlement of a condition or an operator breaker reset.

#include "risk/CircuitBreakers.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace slip {

struct TimelineRecord
{
    enum class Kind { Settlement, BreakerReset };
    Kind kind = Kind::Settlement;
    std::int64_t t = 0;
    // Settlement
    QString condition;
    QStringList tokens;
    std::vector<std::int64_t> prices;   ///< 1e6 for the winner, 0 for the others
    // BreakerReset
    bool globalScope = false;
    int walletIndex = -1;               ///< EXEC_USER only
    BreakerKind breaker = BreakerKind::Daily;
};

} // namespace slip
