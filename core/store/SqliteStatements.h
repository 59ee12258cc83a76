#pragma once
// SqliteStatements: the writer's prepared statements, run on the connection's own sqlite3
// handle. A replay writes hundreds of thousands of rows; through QSqlQuery each row paid for
// QVariant binding by name lookup, a QSqlResult row set and a hash of its SQL text — about
// half of the writer's time. Here a statement is found by its SQL text's shared data (every
// op of one kind is built from the same QStringLiteral), values are bound with the C API and
// the statement is stepped and reset in place.
//
// Binding follows Qt's SQLite driver, so what is stored does not depend on the path taken:
// integers and booleans as INTEGER, doubles as REAL, QByteArray as BLOB, strings as UTF-8
// TEXT, an invalid QVariant as NULL — and, as WriteOp documents, a null QString as ''.

#include "domain/IdKey.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace slip::store {

class SqliteStatements
{
public:
    /// `handle` is the connection's sqlite3*; it must outlive this object (clear() first).
    explicit SqliteStatements(sqlite3* handle = nullptr) : db_(handle) {}
    ~SqliteStatements() { clear(); }
    SqliteStatements(const SqliteStatements&) = delete;
    SqliteStatements& operator=(const SqliteStatements&) = delete;

    void setHandle(sqlite3* handle);
    /// Finalizes every statement (before the connection closes).
    void clear();

    /// Runs `sql` once with `binds`; returns the error ("<SQLite message> (<sql start>)") or
    /// an empty string.
    QString run(const QString& sql, const QVariantList& binds);
    /// Runs a statement without parameters (SAVEPOINT, RELEASE, …) with sqlite3_exec.
    QString exec(const char* sql);
    /// Forgets the remembered ids of the names table (NameRef binds). Call after any rollback:
    /// a name inserted by the rolled-back work is gone from the table, so its id may not be
    /// bound again from memory.
    void forgetNames() { nameIds_.clear(); }

    /// The sqlite3* behind a Qt SQLite connection's driver handle, or null.
    static sqlite3* handleOf(const QVariant& driverHandle);

private:
    struct Prepared
    {
        QString sql; // holds the text's data, so a matching data pointer means the same text
        sqlite3_stmt* stmt = nullptr;
    };
    sqlite3_stmt* statementFor(const QString& sql, QString* error);
    QString bind(sqlite3_stmt* stmt, int index, const QVariant& value);
    QString failure(const QString& sql) const;
    /// The id of `name` in the names table, inserted if new; -1 (and `error`) on failure.
    qint64 nameId(const QString& name, QString* error);

    sqlite3* db_ = nullptr;
    std::vector<Prepared> statements_;
    QByteArray utf8_; // scratch for text values
    QHash<IdKey, qint64> nameIds_; // names-table ids this connection has read or written
};

} // namespace slip::store
