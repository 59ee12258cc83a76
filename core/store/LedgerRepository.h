#pragma once
// LedgerRepository: idempotent storage of ledger entries, unique per
// (scope, wallet, reference, entry type), and breaker events.

#include "store/WriteOp.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace slip::store {

struct LedgerRow
{
    QString scope;      ///< SHADOW, EXEC_USER or EXEC_GLOBAL
    QString wallet;     ///< the scope's wallet ("" for EXEC_GLOBAL)
    QString reference;  ///< what caused it: an event key, a group key, a settlement id
    QString entryType;  ///< BUY, SELL, SPLIT, MERGE, SETTLE, FEE …
    QString lotWallet;  ///< EXEC_GLOBAL: the wallet whose lot moved
    QString asset;
    QString conditionId;
    qint64 sharesDelta = 0;
    qint64 cashDelta = 0;
    qint64 costBasisDelta = 0;
    qint64 realizedDelta = 0;
    qint64 fee = 0;
    qint64 tMs = 0;
    QString entryRef;   ///< the entry's own reference (reference without the asset/lot suffix)
    int lot = 0;        ///< lot owner index (EXEC_GLOBAL: wallet index in config order)
    qint64 notional = 0; ///< traded notional (0 for settlements)
};

struct BreakerEventRow
{
    QString scope;
    QString wallet;
    QString breaker; ///< daily, weekly, drawdown
    QString action;  ///< trip, reset
    qint64 tMs = 0;
    qint64 equity = 0;
    qint64 reference = 0;
};

class LedgerRepository
{
public:
    /// Inserts the entry unless the same (scope, wallet, reference, entry type) exists.
    static WriteOp insertOp(const LedgerRow& e);
    /// Inserts a breaker event unless the same one is stored.
    static WriteOp insertBreakerEventOp(const BreakerEventRow& e);
    /// Every entry of a scope (and wallet), in insertion order.
    static std::vector<LedgerRow> entries(QSqlDatabase& db, const QString& scope, const QString& wallet);
};

} // namespace slip::store
