#pragma once
// WriteOp: one parameterised SQL statement for the writer thread. Repositories build them;
// a WriteBatch is applied atomically (all of it or none) inside the writer's transaction.

#include <QString>
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

using WriteBatch = std::vector<WriteOp>;

} // namespace slip::store
