#pragma once
// ReadRows: the plain values the read side of the façade hands to the GUI and the CLI —
// attempts, positions, equity points, PnL figures and the runtime's health — plus the filter
// the attempt queries take. Shared by core/api's queries, the engine runtime's change
// notifications and the UI models, so every reader speaks the same shapes.

#include "signal/CopyAttempt.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip {
struct RateLimitState;
}

namespace slip::api {

/// Which attempts to read; empty strings and unset bounds match everything. Results come newest
/// first (by decision_ms, then id); `beforeId` continues a page (keyset paging).
struct AttemptFilter
{
    QString scope;     ///< EXEC_USER or EXEC_GLOBAL
    QString wallet;    ///< lowercase address
    QString asset;     ///< token id (or condition id for SPLIT/MERGE)
    QString condition; ///< market: matches attempts on any token of that condition
    QString decision;  ///< EXECUTE or SKIP
    QString reason;    ///< one reason code the attempt carries
    std::optional<std::int64_t> fromMs; ///< decision_ms >= fromMs
    std::optional<std::int64_t> toMs;   ///< decision_ms < toMs
    std::optional<std::int64_t> beforeId;
    int limit = 200;
};

/// One stored attempt: the §8 fields plus its row id and mode.
struct AttemptRow
{
    std::int64_t id = 0;
    QString mode = QStringLiteral("paper");
    CopyAttempt attempt;
};

/// One position of a scope (EXEC_GLOBAL: lots summed per asset unless `wallet` names a lot owner).
struct PositionRow
{
    QString scope;
    QString wallet;
    QString asset;
    QString conditionId;
    QString title;     ///< market question, "" when unknown
    QString outcome;   ///< "Yes"/"No"/…, "" when unknown
    std::int64_t shares = 0;
    std::int64_t costBasis = 0;
    std::int64_t realized = 0;          ///< realized PnL of this asset in this scope
    std::optional<std::int64_t> mark;   ///< latest mark (mid), if any
    std::optional<std::int64_t> markMs; ///< when that mark was taken
};

/// One portfolio snapshot (per scope, per minute).
struct EquityPoint
{
    std::int64_t tMs = 0;
    std::int64_t cash = 0;
    std::int64_t equity = 0;
    std::int64_t exposure = 0;
    std::int64_t realized = 0;
    std::int64_t unrealized = 0;
};

/// The operator switches in force (persisted in global_config, audited on every change).
struct ControlState
{
    bool killSwitch = false;
    bool paused = false;
    std::int64_t updatedMs = 0;
    QString updatedBy;  ///< actor of the last change: "gui", "cli", "headless" …
};

/// Per-wallet figures of the Wallets panel.
struct WalletMetrics
{
    QString wallet;
    std::int64_t attempts = 0;       ///< EXEC_USER attempts
    std::int64_t executes = 0;
    std::int64_t partialFills = 0;   ///< EXECUTE with filled_shares < target_shares
    std::int64_t lastTradeMs = 0;    ///< detect time of the wallet's newest event, 0 = none
    std::optional<std::int64_t> shadowPnl;     ///< latest SHADOW snapshot: equity (start 0)
    std::optional<std::int64_t> executablePnl; ///< latest EXEC_USER snapshot: equity - bankroll
};

/// Headline figures of one scope at a time.
struct PnlSummary
{
    QString scope;
    QString wallet;
    std::int64_t startEquity = 0;    ///< bankroll (0 for SHADOW)
    std::int64_t equity = 0;         ///< latest snapshot
    std::int64_t cash = 0;
    std::int64_t realized = 0;
    std::int64_t unrealized = 0;
    std::int64_t todayPnl = 0;       ///< equity − equity at the start of the UTC day
    std::int64_t weekPnl = 0;        ///< equity − equity 7 days earlier (or the first snapshot)
    std::int64_t peakEquity = 0;
    std::int64_t drawdownBps = 0;    ///< (peak − equity) * 10_000 / peak
    std::int64_t asOfMs = 0;         ///< time of the latest snapshot, 0 = none
};

/// Closed trades of one scope: ledger entries that realized PnL, and how many of them gained.
struct WinRate
{
    std::int64_t closes = 0;
    std::int64_t wins = 0;
    std::int64_t winsBps() const { return closes > 0 ? wins * 10'000 / closes : 0; }
};

/// Market value of a scope's open positions in one market or of one wallet's lots.
struct ExposureRow
{
    QString key;                 ///< condition id (by market) or wallet address (by wallet)
    QString label;               ///< market question or wallet label, "" when unknown
    std::int64_t value = 0;      ///< shares at their mark (cost basis when no mark yet), micros
    int positions = 0;           ///< open positions counted
    int unmarked = 0;            ///< of which valued at cost for want of a mark
};

/// Status of one feed as the runtime last saw it.
struct FeedHealth
{
    QString name;                 ///< "data-api", "clob", "gamma", "clob.ws.market", "rtds"
    bool connected = false;
    std::int64_t lastMessageMs = 0; ///< stream time of the last payload, 0 = never
    int reconnects = 0;
    int errors = 0;
    int rateLimited = 0;          ///< 429 answers
    QString lastError;
};

/// Headroom of one rate-limit bucket (an endpoint family: "global", "data", "clob.book", …) as
/// the runtime last saw it.
struct LimiterHealth
{
    QString family;
    int available = 0;            ///< requests left in the current window
    int capacity = 0;             ///< requests per window
    std::int64_t windowMs = 0;
};
/// Health rows for a core's limiter buckets, named "<owner>: <family>".
std::vector<LimiterHealth> limiterHealth(const QString& owner, const std::vector<RateLimitState>& state);

/// What the running engine reports about itself; the runtime stores it (checkpoint
/// "runtime.health") every few seconds so other processes (the CLI) can read it.
struct HealthSnapshot
{
    std::int64_t tMs = 0;         ///< stream time when taken
    QString profile;              ///< "demo" or "default"
    bool running = false;
    bool killSwitch = false;
    bool paused = false;
    std::int64_t streamMs = 0;    ///< latest capture time the engine has processed
    std::int64_t lastEventMs = 0; ///< detect time of the newest followed-wallet event
    std::int64_t backfillMs = 0;  ///< when the last backfill finished
    int pendingGroups = 0;        ///< groups waiting for their decision time
    int writeQueueDepth = 0;
    std::int64_t captureBytes = 0;
    std::vector<FeedHealth> feeds;
    /// Rate-limit buckets, tightest first; empty when the runtime does not report them.
    std::vector<LimiterHealth> limiters;
    /// Copy attempts decided but not yet handed to the writer (0 when not reported).
    int attemptQueueDepth = 0;

    QJsonObject toJson() const;
    static HealthSnapshot fromJson(const QJsonObject& o);
};

} // namespace slip::api

Q_DECLARE_METATYPE(slip::api::AttemptRow)
Q_DECLARE_METATYPE(slip::api::HealthSnapshot)
Q_DECLARE_METATYPE(slip::api::ControlState)
