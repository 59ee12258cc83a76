#pragma once
// BreakerModels: the read model of the circuit breakers (spec/copy-engine.md §7) per executable
// scope — tripped or armed, since when, the equity and reference of the trip and the threshold —
// built from the stored breaker events the engine writes and the operator's reset requests in
// the audit log, so the Breakers panel and Terminal::resetBreaker see the same state.

#include "config/EngineConfig.h"
#include "domain/Result.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip::store {
class Database;
}

namespace slip::api {

/// One breaker of one executable scope, as the stored events say it stands.
struct BreakerState
{
    QString scope;                 ///< "EXEC_USER" or "EXEC_GLOBAL"
    QString wallet;                ///< EXEC_USER's wallet (lowercase), "" for EXEC_GLOBAL
    QString label;                 ///< the wallet's label, "" for EXEC_GLOBAL
    QString breaker;               ///< "daily", "weekly" or "drawdown"
    std::int64_t thresholdBps = 0; ///< the configured limit (0 = off)
    bool tripped = false;
    std::int64_t sinceMs = 0;   ///< t of the latest event (the trip when tripped), 0 = never
    std::int64_t equity = 0;    ///< equity at that event
    std::int64_t reference = 0; ///< reference at that event (day/week start, or peak)
    int trips = 0;              ///< trips so far
    std::optional<std::int64_t>
        resetRequestedMs; ///< an operator reset recorded after the trip, not applied yet

    /// Loss at the trip in bps of the reference: (reference − equity) * 10_000 / reference.
    std::int64_t lossBps() const
    {
        return reference > 0 ? (reference - equity) * 10'000 / reference : 0;
    }
};

class BreakerModels
{
public:
    /// Every breaker of every executable scope of config: EXEC_GLOBAL first, then EXEC_USER per
    /// wallet in config order; daily, weekly, drawdown within each.
    static Result<std::vector<BreakerState>> read(store::Database& db, const EngineConfig& config);
    /// The state of one breaker (scope, wallet "" for EXEC_GLOBAL, breaker name), or an error
    /// naming what does not exist.
    static Result<BreakerState> find(store::Database& db, const EngineConfig& config,
                                     const QString& scope, const QString& wallet,
                                     const QString& breaker);
    /// The audit action of an operator reset request.
    static constexpr const char* kResetAudit = "breaker.reset";
};

} // namespace slip::api

Q_DECLARE_METATYPE(slip::api::BreakerState)
