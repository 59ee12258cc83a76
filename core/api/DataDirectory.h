#pragma once
// DataDirectory: where one Slipstream profile keeps its files — the database, logs, capture,
// keystore and window layout. Defaults to QStandardPaths' AppDataLocation; --data-dir overrides.

#include "domain/Result.h"

#include <QString>

namespace slip::api {

class DataDirectory
{
public:
    /// Resolves and creates the directory (the override when non-empty, else the standard one).
    static Result<DataDirectory> resolve(const QString& overridePath = {});

    const QString& root() const { return root_; }
    QString databasePath() const;
    QString logDirectory() const;
    QString captureDirectory() const;
    QString keystorePath() const;
    /// The window layout (QSettings INI), kept per profile.
    QString uiStatePath() const;

private:
    QString root_;
};

} // namespace slip::api
