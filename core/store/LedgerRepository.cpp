#include "store/LedgerRepository.h"

#include <QSqlQuery>

namespace slip::store {

WriteOp LedgerRepository::insertOp(const LedgerRow& e)
{
    // Schema v5: the reference is stored only when it is not entry_ref|asset[|lot_wallet]; the
    // ledger_entries view puts it back together.
    const bool composed = !e.asset.contains(u'|') &&
                          (e.lotWallet.isEmpty() ? joins(e.reference, u'|', {e.entryRef, e.asset})
                                                 : joins(e.reference, u'|', {e.entryRef, e.asset, e.lotWallet}));
    return {QStringLiteral("INSERT INTO ledger_rows(scope, wallet, ref_tag, entry_type, "
                           "lot_wallet, asset, condition_id, shares_delta, cash_delta, cost_basis_delta, "
                           "realized_delta, fee, t_ms, entry_ref, lot, notional) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            {e.scope, nameRef(e.wallet), composed ? QStringLiteral("") : e.reference, e.entryType,
             nameRef(e.lotWallet), nameRef(e.asset), nameRef(e.conditionId), e.sharesDelta, e.cashDelta,
             e.costBasisDelta, e.realizedDelta, e.fee, e.tMs, e.entryRef, e.lot, e.notional}};
}

WriteOp LedgerRepository::insertBreakerEventOp(const BreakerEventRow& e)
{
    return {QStringLiteral("INSERT INTO breaker_events(scope, wallet, breaker, action, t_ms, "
                           "equity, reference) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(scope, wallet, breaker, action, t_ms) DO NOTHING"),
            {e.scope, e.wallet, e.breaker, e.action, e.tMs, e.equity, e.reference}};
}

std::vector<LedgerRow> LedgerRepository::entries(QSqlDatabase& db, const QString& scope,
                                                 const QString& wallet)
{
    std::vector<LedgerRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT scope, wallet, reference, entry_type, lot_wallet, asset, "
                             "condition_id, shares_delta, cash_delta, cost_basis_delta, realized_delta, "
                             "fee, t_ms, entry_ref, lot, notional FROM ledger_entries WHERE scope = ? AND wallet = ? ORDER BY id"));
    q.addBindValue(scope);
    // EXEC_GLOBAL rows are stored with wallet '' (a null QString would bind as SQL NULL).
    q.addBindValue(wallet.isNull() ? QStringLiteral("") : wallet);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                        q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toLongLong(),
                        q.value(12).toLongLong(), q.value(13).toString(), q.value(14).toInt(),
                        q.value(15).toLongLong()});
    }
    return rows;
}

} // namespace slip::store
