#include "store/SqliteStatements.h"

#include "store/WriteOp.h"

#include <QMetaType>

#include <sqlite3.h>

#include <cstring>

namespace slip::store {

sqlite3* SqliteStatements::handleOf(const QVariant& driverHandle)
{
    if (!driverHandle.isValid() || std::strcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(driverHandle.constData());
}

void SqliteStatements::setHandle(sqlite3* handle)
{
    clear();
    db_ = handle;
}

void SqliteStatements::clear()
{
    for (Prepared& p : statements_)
        sqlite3_finalize(p.stmt);
    statements_.clear();
}

QString SqliteStatements::failure(const QString& sql) const
{
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(db_ ? sqlite3_errmsg(db_) : "no connection"), sql.left(80));
}

sqlite3_stmt* SqliteStatements::statementFor(const QString& sql, QString* error)
{
    // Ops of one kind share their SQL text's data (a QStringLiteral), so the pointer finds the
    // statement without reading the text; a copy of the text made elsewhere is found by value.
    for (const Prepared& p : statements_)
        if (p.sql.constData() == sql.constData() && p.sql.size() == sql.size())
            return p.stmt;
    for (const Prepared& p : statements_)
        if (p.sql == sql)
            return p.stmt;
    if (!db_) {
        *error = failure(sql);
        return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        *error = failure(sql);
        sqlite3_finalize(stmt);
        return nullptr;
    }
    statements_.push_back({sql, stmt});
    return stmt;
}

qint64 SqliteStatements::nameId(const QString& name, QString* error)
{
    if (const auto it = nameIds_.constFind(IdKey{name}); it != nameIds_.cend())
        return *it;
    // Inserted when new, then read back (the insert does nothing for a name already there).
    static const QString insert = QStringLiteral("INSERT INTO names(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
    static const QString select = QStringLiteral("SELECT id FROM names WHERE name = ?");
    const QByteArray text = name.toUtf8();
    qint64 id = -1;
    for (const QString* sql : {&insert, &select}) {
        sqlite3_stmt* stmt = statementFor(*sql, error);
        if (!stmt)
            return -1;
        sqlite3_bind_text64(stmt, 1, text.constData(), sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8);
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(stmt, 0);
            rc = sqlite3_step(stmt);
        }
        if (rc != SQLITE_DONE)
            *error = failure(*sql);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (rc != SQLITE_DONE)
            return -1;
    }
    if (id < 0) {
        *error = QStringLiteral("the name %1 is not in the names table after its insert").arg(name);
        return -1;
    }
    nameIds_.insert(IdKey{name}, id);
    return id;
}

QString SqliteStatements::bind(sqlite3_stmt* stmt, int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    // A custom type's id is assigned at run time, so it cannot be a case label itself.
    constexpr int kUtf8Text = -1;
    constexpr int kNameRef = -2;
    const QMetaType meta = value.metaType();
    const int type = meta == QMetaType::fromType<Utf8Text>() ? kUtf8Text
                     : meta == QMetaType::fromType<NameRef>() ? kNameRef
                                                              : value.typeId();
    switch (type) {
    case kNameRef: {
        QString error;
        const qint64 id = nameId(static_cast<const NameRef*>(value.constData())->name, &error);
        if (id < 0)
            return error;
        rc = sqlite3_bind_int64(stmt, index, id);
        break;
    }
    case kUtf8Text: {
        // The bytes stay in `value` until the statement is reset, so SQLite need not copy them.
        const QByteArray& bytes = static_cast<const Utf8Text*>(value.constData())->bytes;
        rc = sqlite3_bind_text64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC,
                                 SQLITE_UTF8);
        break;
    }
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(stmt, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        rc = sqlite3_bind_int64(stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        rc = sqlite3_bind_double(stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        // Strings (and anything else, by its text, as Qt's driver does). A null QString is ''.
        utf8_.clear();
        if (value.typeId() == QMetaType::QString) {
            const QString* s = static_cast<const QString*>(value.constData());
            utf8_ = s->toUtf8();
        } else {
            utf8_ = value.toString().toUtf8();
        }
        rc = sqlite3_bind_text64(stmt, index, utf8_.constData(), sqlite3_uint64(utf8_.size()), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
        break;
    }
    }
    return rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
}

QString SqliteStatements::run(const QString& sql, const QVariantList& binds)
{
    QString error;
    sqlite3_stmt* stmt = statementFor(sql, &error);
    if (!stmt)
        return error;
    if (binds.size() != sqlite3_bind_parameter_count(stmt))
        return QStringLiteral("%1 values for %2 parameters (%3)")
            .arg(binds.size())
            .arg(sqlite3_bind_parameter_count(stmt))
            .arg(sql.left(80));
    for (int i = 0; i < binds.size(); ++i) {
        error = bind(stmt, i + 1, binds[i]);
        if (!error.isEmpty()) {
            sqlite3_clear_bindings(stmt);
            return QStringLiteral("%1 (%2)").arg(error, sql.left(80));
        }
    }
    int rc = sqlite3_step(stmt);
    while (rc == SQLITE_ROW) // a statement that returns rows: the writer does not read them
        rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE)
        error = failure(sql);
    // The bindings stay until the next run binds every parameter again (the count is checked
    // above), so they are not cleared: SQLite reads a binding only when the statement steps.
    sqlite3_reset(stmt);
    return error;
}

QString SqliteStatements::exec(const char* sql)
{
    char* message = nullptr;
    if (!db_)
        return QStringLiteral("no connection");
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(message ? message : "?"), QLatin1String(sql));
    sqlite3_free(message);
    return error;
}

} // namespace slip::store
