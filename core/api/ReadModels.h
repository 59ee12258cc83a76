#pragma once
// ReadModels: the read side of the façade — every query the GUI panels and the operator CLI
// make, over one read-only connection to the profile's database (safe while another process
// writes), returning the plain values of ReadRows.h. Owned by one thread.

#include "api/ReadRows.h"
#include "domain/Result.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace slip::store {
class Database;
}

namespace slip::api {

class ReadModels
{
public:
    /// Queries through reader (which must outlive this object and stay on this thread).
    explicit ReadModels(store::Database& reader);

    /// Attempts matching the filter, newest first, at most filter.limit.
    Result<std::vector<AttemptRow>> attempts(const AttemptFilter& filter);
    /// SQLite's plan for attempts(filter), one EXPLAIN QUERY PLAN detail per line, so tests can
    /// prove every filter is served by an index, in order, without a sort of the whole table.
    Result<QString> attemptsPlan(const AttemptFilter& filter);
    /// Number of attempts matching the filter (limit and beforeId ignored).
    Result<std::int64_t> countAttempts(const AttemptFilter& filter);
    /// Attempts with id > afterId, oldest first (incremental feeding of models).
    Result<std::vector<AttemptRow>> attemptsAfter(std::int64_t afterId, int limit = 1000);
    /// The decision trace stored with an attempt (stage → figures, failed check), "{}" if none.
    Result<QString> attemptTrace(std::int64_t attemptId);
    /// Reason code → count over the filter's scope, wallet, market and time window, most frequent first.
    Result<std::vector<std::pair<QString, std::int64_t>>> reasonCounts(const AttemptFilter& filter);

    /// Open positions of a scope ("SHADOW", "EXEC_USER", "EXEC_GLOBAL"); wallet "" = all wallets
    /// of that scope (EXEC_GLOBAL: lots summed per asset), bytewise by asset.
    Result<std::vector<PositionRow>> positions(const QString& scope, const QString& wallet = {});
    /// Portfolio snapshots of one scope in [fromMs, toMs), oldest first, thinned evenly to at most
    /// maxPoints (0 = all).
    Result<std::vector<EquityPoint>> equity(const QString& scope, const QString& wallet, std::int64_t fromMs,
                                            std::int64_t toMs, int maxPoints = 0);
    /// Headline PnL of one scope at nowMs.
    Result<PnlSummary> pnl(const QString& scope, const QString& wallet, std::int64_t nowMs);
    /// Closed trades of a scope that gained, out of all that realized PnL (SELLs, MERGEs,
    /// settlements: every ledger entry with a non-zero realized delta).
    Result<WinRate> winRate(const QString& scope, const QString& wallet = {});
    /// Open positions of a scope valued at their marks (cost basis when unmarked), summed per
    /// market (condition id), largest first.
    Result<std::vector<ExposureRow>> exposureByMarket(const QString& scope, const QString& wallet = {});
    /// The global book's open positions valued at their marks, summed per followed wallet (lot
    /// owner), largest first; wallets without open lots are left out.
    Result<std::vector<ExposureRow>> exposureByWallet();
    /// Per-wallet figures for every followed wallet, in the order they were added.
    Result<std::vector<WalletMetrics>> walletMetrics();
    /// The operator switches in force.
    Result<ControlState> controls();
    /// The runtime's last stored health (running = false when none was stored).
    Result<HealthSnapshot> health();

private:
    store::Database& db_;
};

} // namespace slip::api
