#pragma once
// Database: one SQLite connection owned by the thread that opened it. The writer connection
// applies migrations and runs in WAL mode; reader connections are read-only (query_only).

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace slip::store {

class Database
{
public:
    enum class Mode { Writer, Reader };

    /// Opens (creating if needed) the database at path as the writer: WAL, foreign keys,
    /// synchronous=FULL, migrations applied. ":memory:" is accepted for tests and replays.
    static Result<std::unique_ptr<Database>> openWriter(const QString& path);
    /// Opens an existing database read-only for the calling thread.
    static Result<std::unique_ptr<Database>> openReader(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The Qt connection; use only on the thread that opened it.
    QSqlDatabase& sql() { return db_; }
    const QString& path() const { return path_; }
    Mode mode() const { return mode_; }
    /// The schema version recorded in schema_version (0 for an empty database).
    int schemaVersion();

private:
    Database(QString path, QString connectionName, Mode mode);
    QString path_;
    QString connectionName_;
    Mode mode_;
    QSqlDatabase db_;
};

/// Executes one statement; returns an error naming the statement on failure.
Status exec(QSqlDatabase& db, const QString& sql);

} // namespace slip::store
