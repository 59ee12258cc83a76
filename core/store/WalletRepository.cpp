#include "store/WalletRepository.h"

#include <QSqlQuery>

namespace slip::store {

std::vector<WalletRow> WalletRepository::list(QSqlDatabase& db)
{
    std::vector<WalletRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT address, label, enabled, mode, overrides_json, added_ms, "
                               "updated_ms FROM wallets ORDER BY added_ms, address")))
        return rows;
    while (q.next()) {
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toLongLong()});
    }
    return rows;
}

WriteOp WalletRepository::insertOp(const WalletRow& w)
{
    return {QStringLiteral("INSERT INTO wallets(address, label, enabled, mode, "
                           "overrides_json, added_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(address) DO NOTHING"),
            {w.address, w.label, w.enabled ? 1 : 0, w.mode, w.overridesJson, w.addedMs, w.updatedMs}};
}

WriteOp WalletRepository::setLabelOp(const QString& address, const QString& label, qint64 nowMs)
{
    return {QStringLiteral("UPDATE wallets SET label = ?, updated_ms = ? WHERE address = ?"),
            {label, nowMs, address}};
}

WriteOp WalletRepository::setEnabledOp(const QString& address, bool enabled, qint64 nowMs)
{
    return {QStringLiteral("UPDATE wallets SET enabled = ?, updated_ms = ? WHERE address = ?"),
            {enabled ? 1 : 0, nowMs, address}};
}

WriteOp WalletRepository::setModeOp(const QString& address, const QString& mode, qint64 nowMs)
{
    return {QStringLiteral("UPDATE wallets SET mode = ?, updated_ms = ? WHERE address = ?"),
            {mode, nowMs, address}};
}

WriteOp WalletRepository::setOverridesOp(const QString& address, const QString& json, qint64 nowMs)
{
    return {QStringLiteral("UPDATE wallets SET overrides_json = ?, updated_ms = ? WHERE address = ?"),
            {json, nowMs, address}};
}

WriteOp WalletRepository::removeOp(const QString& address)
{
    return {QStringLiteral("DELETE FROM wallets WHERE address = ?"), {address}};
}

} // namespace slip::store
