#pragma once
// WriteOp: one parameterised SQL statement for the writer thread. Repositories build them;
// a WriteBatch is applied atomically (all of it or none) inside the writer's transaction.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <vector>

namespace slip::store {

/// Binds: a null QString is written as '' (text columns are NOT NULL); QVariant() is SQL NULL.
/// Inserts meant to be idempotent use "ON CONFLICT(<natural key>) DO NOTHING" (or, on a table
/// whose natural key is two partial unique indexes, "ON CONFLICT DO NOTHING"), never
/// "INSERT OR IGNORE", which would also swallow NOT NULL and CHECK violations.
struct WriteOp
{
    QString sql;
    QVariantList binds;
};

/// A TEXT value that is already UTF-8 (a decision trace built as JSON bytes): the writer binds
/// the bytes as they are, where a QString would be converted to UTF-16 and back (twice the
/// memory while queued). A plain QByteArray would be stored as a BLOB, as Qt's driver does.
/// Converts to QString, so QSqlQuery binds it as text too.
struct Utf8Text
{
    QByteArray bytes;
};

/// `bytes` as a bind value (a UTF-8 TEXT column value).
QVariant utf8Text(QByteArray bytes);

/// A wallet address, token id or condition id written as its number in the `names` table
/// (schema v5): the hot tables (attempt_rows, ledger_rows) hold these numbers instead of
/// repeating 42- and 78-character ids in every row and every index. The writer resolves the
/// name (inserting it once) when it binds the value; only the writer's own statements
/// (SqliteStatements) can bind one — through QSqlQuery it has no text and breaks the row's
/// NOT NULL constraint instead of storing a wrong value.
struct NameRef
{
    QString name;
};

/// `name` as a bind value for a names-table id column. A null QString is the name ''.
QVariant nameRef(const QString& name);

/// True when `whole` is `parts` joined by `separator` and no part but the last contains the
/// separator, so the parts read back from `whole` unambiguously: then a v5 row stores the parts
/// alone (the group key of an attempt, the reference of a ledger entry) and the view joins them.
bool joins(QStringView whole, QChar separator, std::initializer_list<QStringView> parts);

using WriteBatch = std::vector<WriteOp>;

} // namespace slip::store

// Relocatable (a QByteArray / QString moves by memcpy), so a QVariant holds the value in place
// instead of in a heap block of its own: a replay binds a few of these per row.
Q_DECLARE_TYPEINFO(slip::store::Utf8Text, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(slip::store::NameRef, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(slip::store::Utf8Text)
Q_DECLARE_METATYPE(slip::store::NameRef)
