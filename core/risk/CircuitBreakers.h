#pragma once
// CircuitBreakers: the daily, weekly and drawdown breakers of one executable scope
// (spec/copy-engine.md §7): latched trips, re-arms on period samples and operator resets,
// each change reported as an immutable BreakerEvent.

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace slip {

enum class BreakerKind { Daily = 0, Weekly = 1, Drawdown = 2 };

/// "daily", "weekly", "drawdown".
QString breakerKindToString(BreakerKind kind);
/// Parses the three names; anything else gives nothing.
std::optional<BreakerKind> parseBreakerKind(const QString& text);

struct BreakerEvent
{
    BreakerKind breaker = BreakerKind::Daily;
    bool trip = true;            ///< true: trip, false: reset (re-arm)
    std::int64_t tMs = 0;
    std::int64_t equity = 0;
    std::int64_t reference = 0;
};

struct BreakerLimits
{
    std::int64_t dailyLossBps = 300;
    std::int64_t weeklyLossBps = 800;
    std::int64_t maxDrawdownBps = 1200;
};

class CircuitBreakers
{
public:
    /// The peak starts at the bankroll.
    CircuitBreakers(BreakerLimits limits, std::int64_t bankroll);

    /// Samples the week's start equity at Monday 00:00 B; re-arms a tripped weekly breaker.
    std::optional<BreakerEvent> sampleWeek(std::int64_t bMs, std::int64_t equity);
    /// Samples the day's start equity at 00:00 B; re-arms a tripped daily breaker.
    std::optional<BreakerEvent> sampleDay(std::int64_t bMs, std::int64_t equity);
    /// Raises the peak to E, then trips each armed breaker whose loss reaches its limit.
    std::vector<BreakerEvent> evaluate(std::int64_t dMs, std::int64_t equity);
    /// An operator reset at tMs with the equity then; nothing when the breaker is not tripped.
    std::optional<BreakerEvent> operatorReset(BreakerKind kind, std::int64_t tMs, std::int64_t equity);

    /// New limits from a configuration change; states, references and the peak stay.
    void setLimits(BreakerLimits limits) { limits_ = limits; }

    /// True when any breaker is tripped (BUYs are blocked).
    bool anyTripped() const { return tripped_[0] || tripped_[1] || tripped_[2]; }
    bool isTripped(BreakerKind k) const { return tripped_[std::size_t(k)]; }
    std::int64_t peak() const { return peak_; }

private:
    std::int64_t reference(BreakerKind k) const;
    std::int64_t limit(BreakerKind k) const;

    BreakerLimits limits_;
    std::int64_t peak_;
    std::int64_t dayRef_ = 0;
    std::int64_t weekRef_ = 0;
    std::array<bool, 3> tripped_{false, false, false};
};

} // namespace slip
