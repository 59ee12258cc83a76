#pragma once
// Controls: the operator switches (kill switch, pause) as stored state — read from the
// profile's database, changed by idempotent writes that also leave an audit row, so the GUI,
// the CLI (another process) and the headless runtime all see and change the same switches.

#include "api/ReadRows.h"
#include "domain/Result.h"
#include "store/WriteOp.h"

#include <QString>

#include <cstdint>

namespace slip::store {
class Database;
}

namespace slip::api {

class Controls
{
public:
    /// Switch names as stored and as written into `control` capture records.
    static constexpr const char* kKillSwitch = "kill_switch";
    static constexpr const char* kPause = "pause";

    /// The switches in force (both off when never set).
    static Result<ControlState> read(store::Database& db);
    /// The writes that set one switch (`action` kKillSwitch or kPause): the stored value and an
    /// audit_log row naming the actor.
    static store::WriteBatch setOps(const QString& action, bool engaged, const QString& actor, std::int64_t nowMs);
    /// For another process (the CLI): applies setOps through a short-lived writer connection
    /// that waits politely for the running terminal's writer.
    static Status apply(const QString& databasePath, const QString& action, bool engaged, const QString& actor,
                        std::int64_t nowMs);
};

} // namespace slip::api
