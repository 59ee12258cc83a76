#pragma once
// ConfigStore: the engine configuration (spec/copy-engine.md §9) as the profile stores it —
// the global values in global_config and each followed wallet's row (label, enabled, mode,
// overrides) in wallets — loaded into an EngineConfig and saved back from one.

#include "config/EngineConfig.h"
#include "domain/Result.h"
#include "store/WriteOp.h"

#include <QString>

#include <cstdint>

namespace slip::store {
class Database;
}

namespace slip::api {

class ConfigStore
{
public:
    /// The stored configuration: defaults where nothing is stored, every followed wallet in the
    /// order it was added. A stored value that no longer validates is an error naming it.
    static Result<EngineConfig> load(store::Database& db);
    /// Writes that store config (global values, seed, wallets and their overrides) with an
    /// audit row; wallets not in config are left alone.
    static store::WriteBatch saveOps(const EngineConfig& config, const QString& actor, std::int64_t nowMs);
};

} // namespace slip::api
