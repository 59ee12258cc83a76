#pragma once
// ReplayPersistence: turns what the engine decided (events, attempts with their fill levels,
// ledger entries, breaker events) into idempotent store writes, each keyed so that writing
// the same run again, or resuming it after a crash, neither duplicates nor loses a row.

#include "domain/Result.h"
#include "replay/ReplayResult.h"
#include "store/LedgerRepository.h"
#include "store/WriteOp.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace slip {

class ReplayPersistence
{
public:
    /// Every row of a replay, in the order the engine produced them.
    static store::WriteBatch batchFor(const ReplayResult& result, const QString& mode = QStringLiteral("paper"));
    /// One attempt (unique per scope, wallet, group key).
    static store::WriteOp attemptOp(const CopyAttempt& attempt, const QString& mode);
    /// The fill levels of an EXECUTE (unique per scope, wallet, group key, level index).
    static store::WriteBatch fillOps(const CopyAttempt& attempt);
    /// A ledger entry of a scope; the store reference adds the asset (and in EXEC_GLOBAL the
    /// lot's wallet) to the entry's reference so every entry has its own key.
    static store::LedgerRow ledgerRow(const PortfolioFigures& scope, const LedgerEntry& entry,
                                      const QString& lotWallet);
    /// The same for a scope named by its name and wallet ("" for EXEC_GLOBAL).
    static store::LedgerRow ledgerRow(const QString& scope, const QString& wallet, const LedgerEntry& entry,
                                      const QString& lotWallet);
    /// The ledger hash of copy-engine §8 recomputed from the ledger rows a run stored (SHADOW and
    /// EXEC_USER per wallet in config order, then EXEC_GLOBAL; rows in the order stored), so a
    /// live run can be compared with a replay of its own capture.
    static Result<QString> storedLedgerHash(QSqlDatabase& db, const QStringList& wallets);
    /// One breaker event (unique per scope, wallet, breaker, action and time).
    static store::WriteOp breakerOp(const ScopedBreakerEvent& event);
};

} // namespace slip
