#pragma once
// ScopeRunner: one executable scope (EXEC_USER of a wallet, or EXEC_GLOBAL) deciding its
// groups in order: period sampling, timeline records, breakers, stages A–E, ledger
// (spec/copy-engine.md §4–§7).

#include "config/EngineConfig.h"
#include "portfolio/Portfolio.h"
#include "replay/ExposureCache.h"
#include "replay/MarketTimeline.h"
#include "replay/TimelineRecord.h"
#include "risk/CircuitBreakers.h"
#include "signal/CopyAttempt.h"
#include "signal/CopyGroup.h"

#include <QHash>

#include <cstdint>
#include <vector>

namespace slip {

/// A breaker event with the scope that produced it.
struct ScopedBreakerEvent
{
    bool globalScope = false;
    int walletIndex = -1;       ///< EXEC_USER's wallet
    QString wallet;             ///< its address (empty for EXEC_GLOBAL)
    BreakerEvent event;
};

class ScopeRunner
{
public:
    /// walletIndex is the EXEC_USER wallet, or -1 for EXEC_GLOBAL. config and markets must
    /// outlive the runner.
    ScopeRunner(const EngineConfig& config, const MarketTimeline& markets, int walletIndex);

    /// Keeps a decision trace (each stage's figures, the stage that failed) on every attempt
    /// (off by default: a batch replay has no use for it).
    void setKeepTraces(bool on) { keepTraces_ = on; }

    /// Appends a timeline record (records come in capture order); the runner keeps only the
    /// settlements and its own breaker resets.
    void addTimeline(const TimelineRecord& record);

    /// Decides one group (groups must come in processing order) and applies its fill.
    CopyAttempt process(const CopyGroup& group);
    /// Applies every remaining timeline record (after the last group).
    void finish();
    /// Applies an operator close that was just added (Slipstream's `close_position` control
    /// record) at its t, as a group decided at t would see it: period sampling first, then the
    /// timeline up to t. Call only when every group with decision time < t has been processed.
    void applyCloseAt(std::int64_t t);
    /// The attempts of operator closes applied since the last call, in the order they happened.
    std::vector<CopyAttempt> takeCloseAttempts();

    /// Takes the configuration's current values (a `config` control record changed it): the
    /// per-wallet parameters, wallets added since, and the breaker limits. Cash, lots, breaker
    /// states and the bankroll stay.
    void reloadParams();

    const Portfolio& portfolio() const { return portfolio_; }
    /// Moves the portfolio out (the runner's last use).
    Portfolio takePortfolio() { return std::move(portfolio_); }
    const std::vector<ScopedBreakerEvent>& breakerEvents() const { return events_; }
    bool isGlobal() const { return walletIndex_ < 0; }
    std::int64_t bankroll() const { return bankroll_; }

private:
    void applyTimelineUpTo(std::int64_t limit);
    void samplePeriods(std::int64_t d);
    std::int64_t equityAt(std::int64_t x);
    /// Total exposure at X, reusing the last valuation when the marks (book epoch) are the
    /// same and revaluing only the assets the ledger touched since (and, when the epoch moved,
    /// the held assets whose mid changed).
    std::int64_t exposureAt(std::int64_t x);
    void recordEvent(const BreakerEvent& e);
    void closePosition(const TimelineRecord& r);
    CopyAttempt closeLot(int lot, int wallet, const QString& asset, std::int64_t t);

    const EngineConfig& config_;
    const MarketTimeline& markets_;
    std::vector<TimelineRecord> timeline_;
    std::size_t cursor_ = 0;
    int walletIndex_;
    std::int64_t bankroll_;
    Portfolio portfolio_;
    CircuitBreakers breakers_;
    bool havePeriod_ = false;
    std::int64_t currentDay_ = 0;
    std::int64_t currentWeek_ = 0;
    std::vector<ScopedBreakerEvent> events_;
    ExposureCache exposures_;
    std::vector<WalletParams> params_; // per wallet, as this scope applies them
    std::vector<CopyAttempt> closes_;  // operator closes applied, not yet taken
    bool keepTraces_ = false;
    QHash<QString, int> closeKeys_;    // group keys of operator closes, for the #n suffix
};

} // namespace slip
