#pragma once
// StoreStats: what the System panel shows about the database (path, version, rows, size).

#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace slip::store {

struct StoreStats
{
    QString path;
    int schemaVersion = 0;
    qint64 fileBytes = 0; ///< main file plus WAL
    std::vector<std::pair<QString, qint64>> rowCounts; ///< table name, rows (schema order)
};

/// Reads the statistics through the given (reader) connection.
StoreStats collectStoreStats(QSqlDatabase& db, const QString& path);

} // namespace slip::store
