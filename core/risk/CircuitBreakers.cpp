#include "risk/CircuitBreakers.h"

#include "domain/Int128.h"

#include <algorithm>

namespace slip {

QString breakerKindToString(BreakerKind kind)
{
    switch (kind) {
    case BreakerKind::Daily: return QStringLiteral("daily");
    case BreakerKind::Weekly: return QStringLiteral("weekly");
    case BreakerKind::Drawdown: return QStringLiteral("drawdown");
    }
    return {};
}

std::optional<BreakerKind> parseBreakerKind(const QString& text)
{
    if (text == u"daily")
        return BreakerKind::Daily;
    if (text == u"weekly")
        return BreakerKind::Weekly;
    if (text == u"drawdown")
        return BreakerKind::Drawdown;
    return std::nullopt;
}

CircuitBreakers::CircuitBreakers(BreakerLimits limits, std::int64_t bankroll) : limits_(limits), peak_(bankroll) {}

std::int64_t CircuitBreakers::reference(BreakerKind k) const
{
    switch (k) {
    case BreakerKind::Daily: return dayRef_;
    case BreakerKind::Weekly: return weekRef_;
    case BreakerKind::Drawdown: return peak_;
    }
    return 0;
}

std::int64_t CircuitBreakers::limit(BreakerKind k) const
{
    switch (k) {
    case BreakerKind::Daily: return limits_.dailyLossBps;
    case BreakerKind::Weekly: return limits_.weeklyLossBps;
    case BreakerKind::Drawdown: return limits_.maxDrawdownBps;
    }
    return 0;
}

std::optional<BreakerEvent> CircuitBreakers::sampleWeek(std::int64_t bMs, std::int64_t equity)
{
    weekRef_ = equity;
    if (!tripped_[1])
        return std::nullopt;
    tripped_[1] = false;
    return BreakerEvent{BreakerKind::Weekly, false, bMs, equity, equity};
}

std::optional<BreakerEvent> CircuitBreakers::sampleDay(std::int64_t bMs, std::int64_t equity)
{
    dayRef_ = equity;
    if (!tripped_[0])
        return std::nullopt;
    tripped_[0] = false;
    return BreakerEvent{BreakerKind::Daily, false, bMs, equity, equity};
}

std::vector<BreakerEvent> CircuitBreakers::evaluate(std::int64_t dMs, std::int64_t equity)
{
    std::vector<BreakerEvent> out;
    peak_ = std::max(peak_, equity);
    for (BreakerKind k : {BreakerKind::Daily, BreakerKind::Weekly, BreakerKind::Drawdown}) {
        const std::size_t i = std::size_t(k);
        const std::int64_t ref = reference(k);
        const std::int64_t bps = limit(k);
        if (tripped_[i] || bps <= 0 || ref <= 0)
            continue;
        // (ref - E) * 10_000 >= ref * bps, exactly.
        if (Int128(ref - equity) * 10'000 >= Int128(ref) * bps) {
            tripped_[i] = true;
            out.push_back({k, true, dMs, equity, ref});
        }
    }
    return out;
}

std::optional<BreakerEvent> CircuitBreakers::operatorReset(BreakerKind k, std::int64_t tMs, std::int64_t equity)
{
    const std::size_t i = std::size_t(k);
    if (!tripped_[i])
        return std::nullopt;
    tripped_[i] = false;
    if (k == BreakerKind::Drawdown)
        peak_ = equity;
    return BreakerEvent{k, false, tMs, equity, reference(k)};
}

} // namespace slip
