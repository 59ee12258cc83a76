#pragma once
// AnalyticsModels: the read side of the Wallet detail and Markets panels — a wallet's copy
// rates, slippage, lags, tracking gap and trade feed with the copy outcome of each trade; the
// decisions per market with the book they saw. Every query is bounded (a window, a limit or an
// id range) and served by an index; the folding (histograms, market summaries) is pure so the
// panels can feed it incrementally. Owned by the thread of its reader connection.

#include "api/AnalyticsRows.h"
#include "domain/Result.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace slip::store {
class Database;
}

namespace slip::api {

class AnalyticsModels
{
public:
    /// Queries through reader (which must outlive this object and stay on this thread).
    explicit AnalyticsModels(store::Database& reader);

    /// Id of the newest stored attempt (0 when none): reads bounded by it and a feed that skips
    /// ids up to it count every attempt exactly once.
    Result<std::int64_t> newestAttemptId();
    /// The wallet's EXEC_USER attempts decided at or after fromMs (all when unset) with id <= upToId,
    /// newest first, at most limit.
    Result<std::vector<AttemptRow>> walletAttempts(const QString& wallet, std::optional<std::int64_t> fromMs,
                                                   int limit = 5000,
                                                   std::int64_t upToId = std::numeric_limits<std::int64_t>::max());
    /// Attempt / execute / partial-fill counts of the wallet's EXEC_USER attempts since fromMs
    /// with id <= upToId.
    Result<CopyRates> rates(const QString& wallet, std::optional<std::int64_t> fromMs,
                            std::int64_t upToId = std::numeric_limits<std::int64_t>::max());
    /// Venue-time → detection delays of the wallet's events with time_ms >= fromMs, newest first.
    Result<std::vector<LagSample>> detectLags(const QString& wallet, std::optional<std::int64_t> fromMs,
                                              int limit = 5000);
    /// The wallet's newest events (time_ms >= fromMs), each with the EXEC_USER attempt of the
    /// group it joined (matched by asset, side and the group's first-detection time).
    Result<std::vector<WalletTrade>> walletTrades(const QString& wallet, std::optional<std::int64_t> fromMs,
                                                  int limit = 500);
    /// SHADOW and EXEC_USER PnL of the wallet at each minute both were snapshotted in
    /// [fromMs, toMs), oldest first, thinned evenly to at most maxPoints (0 = all).
    Result<std::vector<GapPoint>> trackingGap(const QString& wallet, std::int64_t fromMs, std::int64_t toMs,
                                              int maxPoints = 0);
    /// The wallet's EXEC_USER bankroll (its override, else the global value).
    Result<std::int64_t> bankroll(const QString& wallet);

    /// Decisions of a scope (EXEC_USER or EXEC_GLOBAL) at or after fromMs, newest first, with the
    /// market (condition) of each in conditionOf, the book figures of stage D and the slippage.
    Result<std::vector<MarketDecision>> marketDecisions(const QString& scope, std::optional<std::int64_t> fromMs,
                                                        int limit, QHash<QString, QString>* conditionOf);
    /// Decisions of a scope stored after attempt afterId, oldest first (incremental feeding).
    Result<std::vector<MarketDecision>> marketDecisionsAfter(const QString& scope, std::int64_t afterId, int limit,
                                                             QHash<QString, QString>* conditionOf);
    /// What the store knows about a market; a bare MarketMeta (only the id) when nothing.
    Result<MarketMeta> market(const QString& conditionId);
    /// The condition id of each asset as the store knows it (ledger or assets table).
    Result<QHash<QString, QString>> conditionsOf(const QStringList& assets);

    /// SQLite's plan of every query above for wallet (one "query: detail" line per step), so
    /// tests can prove each is served by an index.
    Result<QStringList> queryPlans(const QString& wallet);

    /// The slippage of an executed attempt (nullopt for SKIP, SPLIT/MERGE or no price).
    static std::optional<SlippageSample> slippage(const AttemptRow& row);
    /// Counts of values over bins edges (ascending, at least two).
    static Histogram histogram(const std::vector<std::int64_t>& values, const std::vector<std::int64_t>& edges);
    /// Folds decisions (any order) and open positions into one row per market, newest decision
    /// first; markets with positions but no decision in the window are included.
    static std::vector<MarketSummary> summarizeMarkets(const std::vector<MarketDecision>& decisions,
                                                       const QHash<QString, QString>& conditionOf,
                                                       const std::vector<PositionRow>& positions,
                                                       const std::map<QString, MarketMeta>& meta,
                                                       const QStringList& blacklist);

private:
    Result<std::vector<MarketDecision>> decisions(const QString& where, const QString& order, QVariantList binds,
                                                  QHash<QString, QString>* conditionOf);

    store::Database& db_;
};

} // namespace slip::api
