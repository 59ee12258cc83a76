#pragma once
// Helpers the read models share for their read-only queries.

#include "domain/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <optional>

namespace slip::api {

/// Prepares, binds and runs a query forward-only. Every query text is a constant; user input
/// only ever reaches SQLite as bound values.
inline Status runQuery(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{QStringLiteral("cannot prepare query: %1").arg(q.lastError().text())};
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("query failed: %1").arg(q.lastError().text())};
    return {};
}

/// A nullable integer column.
inline std::optional<std::int64_t> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return std::int64_t(v.toLongLong());
}

} // namespace slip::api
