#include "api/Controls.h"

#include "store/AuditRepository.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace slip::api {

Result<ControlState> Controls::read(store::Database& db)
{
    ControlState state;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT key, value_json, updated_ms FROM global_config WHERE key IN (?, ?)"));
    q.addBindValue(QString::fromLatin1(kKillSwitch));
    q.addBindValue(QString::fromLatin1(kPause));
    if (!q.exec())
        return Error{
            QStringLiteral("cannot read the operator switches: %1").arg(q.lastError().text())};
    while (q.next()) {
        const QString key = q.value(0).toString();
        const bool engaged = q.value(1).toString().trimmed() == u"true";
        if (key == QLatin1String(kKillSwitch))
            state.killSwitch = engaged;
        else
            state.paused = engaged;
        state.updatedMs = std::max<std::int64_t>(state.updatedMs, q.value(2).toLongLong());
    }
    // The actor lives in the audit log, which is the record of who changed what.
    QSqlQuery a(db.sql());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral(
        "SELECT actor FROM audit_log WHERE action IN (?, ?) ORDER BY id DESC LIMIT 1"));
    a.addBindValue(QString::fromLatin1(kKillSwitch));
    a.addBindValue(QString::fromLatin1(kPause));
    if (!a.exec())
        return Error{QStringLiteral("cannot read the audit log: %1").arg(a.lastError().text())};
    if (a.next())
        state.updatedBy = a.value(0).toString();
    return state;
}

store::WriteBatch Controls::setOps(const QString& action, bool engaged, const QString& actor,
                                   std::int64_t nowMs)
{
    const QString value = engaged ? QStringLiteral("true") : QStringLiteral("false");
    QJsonObject details{{QStringLiteral("engaged"), engaged}};
    store::WriteBatch batch;
    batch.push_back(
        {QStringLiteral("INSERT INTO global_config(key, value_json, updated_ms) VALUES (?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, "
                        "updated_ms = excluded.updated_ms"),
         {action, value, qint64(nowMs)}});
    batch.push_back(store::AuditRepository::appendOp(
        qint64(nowMs), actor, action,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))));
    return batch;
}

Status Controls::apply(const QString& databasePath, const QString& action, bool engaged,
                       const QString& actor, std::int64_t nowMs)
{
    if (action != QLatin1String(kKillSwitch) && action != QLatin1String(kPause))
        return Error{QStringLiteral("unknown control '%1'").arg(action)};
    auto opened = store::Database::openWriter(databasePath);
    if (!opened)
        return Error{opened.error()};
    auto& db = opened.value()->sql();
    // IMMEDIATE takes the write lock up front, so the busy timeout applies (waiting for the
    // running terminal's writer) instead of failing later on a stale read snapshot.
    if (auto s = store::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Error{QStringLiteral("the database is busy: %1").arg(s.error())};
    for (const auto& op : setOps(action, engaged, actor, nowMs)) {
        QSqlQuery q(db);
        q.prepare(op.sql);
        for (const auto& v : op.binds)
            q.addBindValue(v);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            (void)store::exec(db, QStringLiteral("ROLLBACK"));
            return Error{QStringLiteral("cannot set %1: %2").arg(action, error)};
        }
    }
    if (auto s = store::exec(db, QStringLiteral("COMMIT")); !s) {
        (void)store::exec(db, QStringLiteral("ROLLBACK"));
        return Error{s.error()};
    }
    return {};
}

} // namespace slip::api
