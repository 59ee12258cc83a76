#include "replay/ReplayPersistence.h"

#include "replay/CopyEngine.h"
#include "store/EventRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QVariant>

namespace slip {
namespace {

QVariant optional(const std::optional<std::int64_t>& v) { return v ? QVariant(qint64(*v)) : QVariant(); }

std::optional<LedgerKind> ledgerKindFromString(const QString& s)
{
    for (LedgerKind k : {LedgerKind::Buy, LedgerKind::Sell, LedgerKind::Split, LedgerKind::Merge, LedgerKind::Settle})
        if (ledgerKindToString(k) == s)
            return k;
    return std::nullopt;
}

} // namespace

Result<QString> ReplayPersistence::storedLedgerHash(QSqlDatabase& db, const QStringList& wallets)
{
    std::vector<std::pair<QString, QString>> scopes; // (scope, wallet) in §8 order
    for (const QString& w : wallets)
        scopes.push_back({QStringLiteral("SHADOW"), w});
    for (const QString& w : wallets)
        scopes.push_back({QStringLiteral("EXEC_USER"), w});
    scopes.push_back({QStringLiteral("EXEC_GLOBAL"), QStringLiteral("")});
    std::vector<std::vector<LedgerEntry>> entries(scopes.size());
    std::vector<std::pair<QString, const std::vector<LedgerEntry>*>> hashed;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entry_ref, entry_type, lot, asset, condition_id, t_ms, shares_delta, "
                             "cost_basis_delta, cash_delta, realized_delta, notional, fee FROM ledger_entries "
                             "WHERE scope = ? AND wallet = ? ORDER BY id"));
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        q.bindValue(0, scopes[i].first);
        q.bindValue(1, scopes[i].second);
        if (!q.exec())
            return Error{QStringLiteral("cannot read the ledger: %1").arg(q.lastError().text())};
        while (q.next()) {
            LedgerEntry e;
            e.reference = q.value(0).toString();
            const auto kind = ledgerKindFromString(q.value(1).toString());
            if (!kind)
                return Error{QStringLiteral("unknown ledger entry type %1").arg(q.value(1).toString())};
            e.kind = *kind;
            e.lot = q.value(2).toInt();
            e.asset = q.value(3).toString();
            e.condition = q.value(4).toString();
            e.tMs = q.value(5).toLongLong();
            e.dShares = q.value(6).toLongLong();
            e.dCostBasis = q.value(7).toLongLong();
            e.dCash = q.value(8).toLongLong();
            e.dRealized = q.value(9).toLongLong();
            e.notional = q.value(10).toLongLong();
            e.fee = q.value(11).toLongLong();
            entries[i].push_back(std::move(e));
        }
        hashed.push_back({scopes[i].first + u'|' + scopes[i].second, &entries[i]});
    }
    return CopyEngine::ledgerHash(hashed);
}

store::WriteOp ReplayPersistence::attemptOp(const CopyAttempt& a, const QString& mode)
{
    // Schema v5: the group key is stored only when it is not wallet:asset:side:t0 (a manual
    // close's key, a "#n" group); the copy_attempts view puts it back together.
    const bool composed = store::joins(a.groupKey, u':', {a.wallet, a.asset, a.side, QString::number(a.t0)});
    return {QStringLiteral("INSERT INTO attempt_rows(scope, wallet, asset, side, group_tag, t0_ms, flush_ms, "
                           "decision_ms, their_shares, their_notional, their_vwap, target_notional, target_shares, "
                           "decision, reasons, mid, filled_shares, filled_notional, vwap, fee, mode, trace_json) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            {a.scope, store::nameRef(a.wallet), store::nameRef(a.asset), a.side,
             composed ? QStringLiteral("") : a.groupKey, qint64(a.t0), qint64(a.flushMs), qint64(a.decisionMs),
             qint64(a.theirShares), qint64(a.theirNotional), qint64(a.theirVwap), optional(a.targetNotional),
             optional(a.targetShares), a.execute ? QStringLiteral("EXECUTE") : QStringLiteral("SKIP"),
             a.reasons.join(u','), optional(a.mid), optional(a.filledShares), optional(a.filledNotional),
             optional(a.vwap), optional(a.fee), mode,
             store::utf8Text(a.trace.isEmpty() ? QByteArrayLiteral("{}") : a.trace)}};
}

store::WriteBatch ReplayPersistence::fillOps(const CopyAttempt& a)
{
    store::WriteBatch ops;
    for (std::size_t i = 0; i < a.fillLevels.size(); ++i)
        ops.push_back({QStringLiteral("INSERT INTO executable_fills(scope, wallet, group_key, level_index, price, "
                                      "shares, t_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT(scope, wallet, group_key, level_index) DO NOTHING"),
                       {a.scope, a.wallet, a.groupKey, int(i), qint64(a.fillLevels[i].first),
                        qint64(a.fillLevels[i].second), qint64(a.decisionMs)}});
    return ops;
}

store::LedgerRow ReplayPersistence::ledgerRow(const PortfolioFigures& scope, const LedgerEntry& e, const QString& lotWallet)
{
    return ledgerRow(scope.scope, scope.wallet, e, lotWallet);
}

store::WriteOp ReplayPersistence::breakerOp(const ScopedBreakerEvent& b)
{
    store::BreakerEventRow row;
    row.scope = b.globalScope ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER");
    row.wallet = b.wallet;
    row.breaker = breakerKindToString(b.event.breaker);
    row.action = b.event.trip ? QStringLiteral("trip") : QStringLiteral("reset");
    row.tMs = b.event.tMs;
    row.equity = b.event.equity;
    row.reference = b.event.reference;
    return store::LedgerRepository::insertBreakerEventOp(row);
}

store::LedgerRow ReplayPersistence::ledgerRow(const QString& scope, const QString& wallet, const LedgerEntry& e,
                                              const QString& lotWallet)
{
    store::LedgerRow row;
    row.scope = scope;
    row.wallet = wallet;
    row.reference = e.reference + u'|' + e.asset + (lotWallet.isEmpty() ? QString() : u'|' + lotWallet);
    row.entryType = ledgerKindToString(e.kind);
    row.lotWallet = lotWallet;
    row.asset = e.asset;
    row.conditionId = e.condition;
    row.sharesDelta = e.dShares;
    row.cashDelta = e.dCash;
    row.costBasisDelta = e.dCostBasis;
    row.realizedDelta = e.dRealized;
    row.fee = e.fee;
    row.tMs = e.tMs;
    row.entryRef = e.reference;
    row.lot = e.lot;
    row.notional = e.notional;
    return row;
}

store::WriteBatch ReplayPersistence::batchFor(const ReplayResult& r, const QString& mode)
{
    store::WriteBatch batch;
    for (const TradeEvent& e : r.events)
        batch.push_back(store::EventRepository::insertOp(e, QStringLiteral("replay")));
    for (const CopyAttempt& a : r.attempts) {
        batch.push_back(attemptOp(a, mode));
        for (store::WriteOp& op : fillOps(a))
            batch.push_back(std::move(op));
    }
    for (const PortfolioFigures& f : r.portfolios) {
        const bool global = f.scope == u"EXEC_GLOBAL";
        for (const LedgerEntry& e : f.portfolio.ledger()) {
            const QString lotWallet = global && e.lot >= 0 && e.lot < r.walletAddresses.size() ? r.walletAddresses[e.lot] : QString();
            batch.push_back(store::LedgerRepository::insertOp(ledgerRow(f, e, lotWallet)));
        }
    }
    for (const ScopedBreakerEvent& b : r.breakerEvents)
        batch.push_back(breakerOp(b));
    return batch;
}

} // namespace slip
