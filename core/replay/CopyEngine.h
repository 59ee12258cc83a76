#pragma once
// CopyEngine: the copy engine of spec/copy-engine.md as a stream. Capture records go in, in
// capture order; every group is decided as soon as the stream's time has passed its decision
// time, so the live terminal (records arriving from the venue) and a replay (records read from
// a file) run the same code and reach the same decisions. Pure: no I/O, no clock, no threads.

#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "domain/TradeEvent.h"
#include "portfolio/Portfolio.h"
#include "replay/IdentityKeySet.h"
#include "replay/MarketTimeline.h"
#include "replay/ReplayResult.h"
#include "replay/ScopeRunner.h"
#include "signal/CopyAttempt.h"
#include "signal/CopyGrouper.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/BookParser.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace slip {

/// A ledger entry with the scope it belongs to.
struct ScopedLedgerEntry
{
    enum class Scope { Shadow, ExecUser, ExecGlobal };
    Scope scope = Scope::Shadow;
    int walletIndex = -1;   ///< SHADOW / EXEC_USER wallet; -1 for EXEC_GLOBAL
    LedgerEntry entry;
};

/// A group that will need a book: the asset, when the group closes and when it is decided.
struct BookNeed
{
    QString asset;
    std::int64_t flushMs = 0;
    std::int64_t decisionMs = 0;
};

class SpentRows;
class AheadWork;

/// What the parser thread worked out for one activity row (AheadWork), beside the parsing.
struct RowAhead
{
    PreparedKey key;    ///< a trade row's group key for n = 0 and its jitter word
    bool fresh = false; ///< deduplicated ahead: a followed wallet's row whose key is new
};

/// A record's body parsed ahead of the engine (a replay parses on a second thread while the
/// engine runs): the activity rows of every wallet, keys filled in (the engine applies its
/// followed-wallet filter when it passes the record), or the books. What is not given, the
/// engine parses itself; either way it reaches the same decisions.
struct ParsedBody
{
    std::optional<polymarket::ActivityParseResult> activity;
    std::optional<polymarket::BookParseResult> books;
    /// With `activity` parsed on another thread (ParseAhead): where the engine leaves its rows
    /// once it is done with them, so that thread frees them.
    std::shared_ptr<SpentRows> spent;
    /// With an AheadWork: one per row of `activity`'s events (empty otherwise).
    std::vector<RowAhead> rows;
    /// The rows were deduplicated ahead (RowAhead::fresh), by the AheadWork of one stream.
    bool dedupedAhead = false;

    /// The body of a data-api.activity / data-api.trades / clob.book record parsed as the
    /// engine would parse it (nothing for other sources).
    static ParsedBody of(const CaptureRecord& record);
};

class CopyEngine
{
public:
    /// What one call produced, in the order it happened.
    struct Output
    {
        std::vector<TradeEvent> events;            ///< new events (when events are kept)
        std::vector<CopyAttempt> attempts;         ///< processing order, EXEC_USER before EXEC_GLOBAL
        std::vector<ScopedLedgerEntry> ledger;     ///< new entries (when ledger output is on)
        std::vector<ScopedBreakerEvent> breakers;  ///< new breaker events, per scope in occurrence order
        std::vector<BookNeed> books;               ///< groups opened that will walk a book

        bool empty() const
        {
            return events.empty() && attempts.empty() && ledger.empty() && breakers.empty() && books.empty();
        }
    };

    explicit CopyEngine(EngineConfig config);
    CopyEngine(const CopyEngine&) = delete;
    CopyEngine& operator=(const CopyEngine&) = delete;

    /// Reports new events in Output::events (off by default).
    void setKeepEvents(bool keep) { keepEvents_ = keep; }
    /// Reports new ledger entries, breaker events and book needs in Output, as the live terminal
    /// stores and acts on them, and keeps a decision trace on every attempt (off by default; a
    /// batch replay reads the final portfolios).
    void setLiveOutput(bool on);

    /// Follows Slipstream's own control records, as the terminal that wrote them did: `config`
    /// (`{"action": "config", "config": {…§9…}}`) applied at its t, so a terminal rebuilding its
    /// state from its capture decides every group under the configuration in force then, and
    /// `close_position` (the operator's close, passClose). Off by default: a replay following the
    /// contract (spec §7) counts every other control action and ignores it, taking its
    /// configuration from --config only.
    void setFollowTerminalRecords(bool on) { followTerminalRecords_ = on; }
    /// The configuration of the last `config` record applied, as canonical compact JSON
    /// (canonicalJson); empty when none was.
    const QByteArray& recordedConfig() const { return recordedConfig_; }
    /// A configuration as the config records carry it: EngineConfig::toJson, compact.
    static QByteArray canonicalJson(const EngineConfig& config);

    /// Takes the next record (t must not be lower than the previous record's; a replay sorts
    /// first). Groups whose decision time is before t are decided first. Records of one t are
    /// held until the stream moves past t, because a record is in force from its t on.
    /// `parsed`, when given, is the record's body parsed ahead (ParsedBody::of, ParseAhead).
    void ingest(const CaptureRecord& record, Output& out, ParsedBody parsed = {});
    /// The stream's time has reached now with no record: applies held records with t < now and
    /// decides every group with decision_ms < now.
    void advanceTo(std::int64_t now, Output& out);
    /// End of the stream: applies everything held and decides every remaining group.
    void finish(Output& out);

    /// Final figures at end_ms (copy-engine §8): portfolios, breaker events in output order and the
    /// ledger hash; `attempts` and `events` are left empty (they were reported in Output).
    ReplayResult figures() const;
    /// The same, moving the portfolios into the result instead of copying them: the engine's
    /// last use (its portfolios are left empty).
    ReplayResult takeFigures();

    /// Room for a stream of about this many activity rows (a hint: a replay counts them first).
    void reserve(std::size_t rows);

    /// The work a parser thread can do for this engine beside parsing (ParseAhead): every trade
    /// row's group key and jitter, and with `dedup`, the duplicate test too. Deduplication ahead
    /// needs the followed wallets fixed for the whole stream (no terminal records followed), and
    /// every activity body of the stream prepared by this one AheadWork, in stream order: the
    /// engine then keeps no identity keys of its own.
    std::shared_ptr<AheadWork> aheadWork(bool dedup) const;

    const EngineConfig& config() const { return *config_; }
    const ReplayStats& stats() const { return stats_; }
    const QStringList& diagnostics() const { return diagnostics_; }
    /// Latest record time taken in (0 before the first).
    std::int64_t streamMs() const { return lastT_; }
    /// Groups waiting for their decision time.
    int pendingGroups() const { return int(pending_.size()); }
    /// The books the undecided groups will walk (after a restart, to ask for them again).
    std::vector<BookNeed> pendingBookNeeds() const;
    /// Earliest decision time of the undecided groups, -1 when none.
    std::int64_t nextDecisionMs() const;
    /// The stream time after which the engine has work: the newest records (held until the
    /// stream moves past their t) or the next decision; -1 when there is nothing to do.
    std::int64_t nextDueMs() const;
    /// Largest decision time of any group so far (0 before the first).
    std::int64_t lastDecisionMs() const { return lastDecisionMs_; }
    /// The books and markets seen so far.
    const MarketTimeline& markets() const { return *timeline_; }
    /// The scopes: SHADOW of wallet w, EXEC_USER of wallet w, EXEC_GLOBAL.
    const Portfolio& shadow(int w) const { return shadows_[std::size_t(w)]; }
    const ScopeRunner& user(int w) const { return *users_[std::size_t(w)]; }
    const ScopeRunner& global() const { return *global_; }
    /// Equity of a portfolio valued on the latest books at x (mids of two-sided books).
    std::int64_t equityAt(const Portfolio& p, std::int64_t x) const;

    /// The ledger hash over portfolios in §8 order (SHADOW per wallet, EXEC_USER per wallet,
    /// EXEC_GLOBAL); each scope contributes "scope|wallet\n" then one canonical line per entry.
    static QString ledgerHash(const std::vector<std::pair<QString, const std::vector<LedgerEntry>*>>& scopes);

private:
    void applyHeld();
    void passHeld(Output& out);
    void indexRecord(const CaptureRecord& r, ParsedBody& parsed);
    void passRecord(const CaptureRecord& r, ParsedBody& parsed, Output& out);
    void passClose(const CaptureRecord& r, const QJsonObject& body, Output& out);
    void applyConfigRecord(const CaptureRecord& r, const QJsonObject& body);
    void addWalletScopes(int w);
    void decideBefore(std::int64_t now, Output& out);
    void collect(Output& out);
    QString rejection(const CaptureRecord& r, int index, const QString& message) const;
    /// figures() from the portfolios in §8 order (SHADOW per wallet, EXEC_USER per wallet, EXEC_GLOBAL).
    ReplayResult figuresOf(std::vector<Portfolio> portfolios) const;

    std::unique_ptr<EngineConfig> config_;
    std::unique_ptr<MarketTimeline> timeline_;
    bool keepEvents_ = false;
    bool liveOutput_ = false;

    struct Held
    {
        CaptureRecord record;
        ParsedBody parsed;
    };
    std::vector<Held> held_;  // records of the newest t, not yet applied
    std::int64_t lastT_ = 0;

    QHash<QString, int> walletIndex_;
    IdentityKeySet seen_;
    bool dedupedAhead_ = false; // the stream's rows are deduplicated ahead (seen_ stays empty)
    std::size_t reservedRows_ = 0; // reserve()'s hint
    QSet<QString> settled_;
    std::vector<Portfolio> shadows_;
    CopyGrouper grouper_;
    std::vector<std::unique_ptr<ScopeRunner>> users_;
    std::unique_ptr<ScopeRunner> global_;
    std::vector<std::size_t> pending_;  // groups not yet decided (indices into the grouper)
    std::int64_t lastDecisionMs_ = 0;

    // What Output has already reported: per wallet (SHADOW ledger, EXEC_USER ledger, EXEC_USER
    // breaker events), then EXEC_GLOBAL's ledger and breaker events.
    struct Emitted
    {
        std::size_t shadowLedger = 0;
        std::size_t userLedger = 0;
        std::size_t userBreakers = 0;
    };
    std::vector<Emitted> emitted_;
    std::size_t globalLedgerEmitted_ = 0;
    std::size_t globalBreakersEmitted_ = 0;
    bool followTerminalRecords_ = false;
    QByteArray recordedConfig_;

    ReplayStats stats_;
    QStringList diagnostics_;
};

} // namespace slip
