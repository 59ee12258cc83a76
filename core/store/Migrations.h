#pragma once
// Migrations: the ordered, forward-only schema changes. Each runs once, in a transaction,
// and is recorded in schema_version; a database newer than this build is refused.

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace slip::store {

struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

class Migrations
{
public:
    /// Every migration, ascending by version.
    static const std::vector<Migration>& all();
    /// The version this build migrates to.
    static int latestVersion();
    /// Applies every migration above the database's current version, up to `target`
    /// (default: latest). Refuses a database whose version is above latestVersion().
    static Status apply(QSqlDatabase& db, int target = -1);
    /// The highest version recorded, 0 for an empty database.
    static int currentVersion(QSqlDatabase& db);
};

} // namespace slip::store
