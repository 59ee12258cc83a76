#include "store/Database.h"

#include "store/Migrations.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace slip::store {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("slipstream-%1").arg(counter.fetchAndAddOrdered(1));
}

} // namespace

Status exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{QStringLiteral("SQL failed (%1): %2").arg(sql.left(60), q.lastError().text())};
    return {};
}

Database::Database(QString path, QString connectionName, Mode mode)
    : path_(std::move(path)), connectionName_(std::move(connectionName)), mode_(mode)
{
    // Before the process's first connection (SQLite refuses configuration once initialised,
    // harmlessly): no memory statistics. Each of SQLite's allocations otherwise takes a global
    // mutex to count itself, and a rebuild makes millions of them (bench_replay's rebuild into
    // the store: 5-10% faster, alternating runs). Slipstream reads no SQLite memory statistics
    // and sets no soft heap limit, which are what the statistics serve.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
}

Database::~Database()
{
    db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

Result<std::unique_ptr<Database>> Database::openWriter(const QString& path)
{
    std::unique_ptr<Database> d(new Database(path, nextConnectionName(), Mode::Writer));
    d->db_.setDatabaseName(path);
    d->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db_.open())
        return Error{QStringLiteral("cannot open database %1: %2").arg(path, d->db_.lastError().text())};
    const bool memory = path == u":memory:";
    // 8 KiB pages for a new file (SQLite ignores the pragma once the database has content, so an
    // existing store keeps its 4 KiB): rows here carry long text keys (token ids, group keys,
    // traces), and with twice the keys per page a rebuild's index inserts split and checkpoint
    // less: bench_replay's rebuild into the store was 12-18% faster in three alternating runs, and
    // bench_ui's queries were no slower.
    // Set before WAL mode, whose first write fixes the page size.
    for (const char* pragma : {"PRAGMA page_size=8192", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                               "PRAGMA temp_store=MEMORY"}) {
        if (auto s = exec(d->db_, QString::fromLatin1(pragma)); !s)
            return Error{s.error()};
    }
    if (!memory) {
        QSqlQuery q(d->db_);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error{QStringLiteral("cannot switch %1 to WAL mode (is it on a network drive?)").arg(path)};
    }
    if (auto s = Migrations::apply(d->db_); !s)
        return Error{s.error()};
    return d;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("database %1 does not exist").arg(path)};
    std::unique_ptr<Database> d(new Database(path, nextConnectionName(), Mode::Reader));
    d->db_.setDatabaseName(path);
    d->db_.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d->db_.open())
        return Error{QStringLiteral("cannot open database %1: %2").arg(path, d->db_.lastError().text())};
    if (auto s = exec(d->db_, QStringLiteral("PRAGMA query_only=ON")); !s)
        return Error{s.error()};
    return d;
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(db_);
}

} // namespace slip::store
