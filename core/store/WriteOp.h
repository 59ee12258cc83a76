#pragma once
// WriteOp: one parameterised SQL statement for the writer thread. Repositories build them;
// a WriteBatch is applied atomically (all of it or none) inside the writer's transaction.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <vector>

namespace slip::store {

/// Binds: a null QString is written as '' (text columns are NOT NULL); QVariant() is SQL NULL.
/// Inserts meant to be idempotent use "ON CONFLICT(<natural key>) DO NOTHING", never
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

using WriteBatch = std::vector<WriteOp>;

} // namespace slip::store

Q_DECLARE_METATYPE(slip::store::Utf8Text)
