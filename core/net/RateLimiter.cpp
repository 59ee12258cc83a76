#include "net/RateLimiter.h"

#include <algorithm>

namespace slip {

RateLimiter::RateLimiter(const Clock& clock, const QList<RateLimitRule>& rules) : clock_(clock)
{
    for (const auto& r : rules)
        setRule(r);
}

QList<RateLimitRule> RateLimiter::polymarketDefaults()
{
    // Sliding 10 s windows per the docs' rate-limit table. Only read-side families are listed;
    // order endpoints belong to the trading client.
    const auto r = [](const char* f, int n) { return RateLimitRule{QString::fromLatin1(f), n, 10'000}; };
    return {
        r("global", 15'000),
        r("data", 1'000),          r("data.trades", 200),     r("data.positions", 150),
        r("data.closed-positions", 150),
        r("gamma", 4'000),         r("gamma.events", 500),    r("gamma.markets", 300),
        r("gamma.tags", 200),      r("gamma.public-search", 350),
        r("clob", 9'000),          r("clob.book", 1'500),     r("clob.books", 500),
        r("clob.price", 1'500),    r("clob.prices", 500),     r("clob.midpoint", 1'500),
        r("clob.midpoints", 500),  r("clob.prices-history", 1'000), r("clob.tick-size", 200),
    };
}

void RateLimiter::setRule(const RateLimitRule& rule)
{
    buckets_.erase(rule.family);
    buckets_.emplace(rule.family,
                     Entry{rule, TokenBucket(rule.capacity, rule.windowMs, clock_.nowMs())});
}

QList<RateLimitRule> RateLimiter::rules() const
{
    QList<RateLimitRule> out;
    for (const auto& [name, e] : buckets_)
        out.push_back(e.rule);
    return out;
}

std::vector<RateLimitState> RateLimiter::state()
{
    std::vector<RateLimitState> out;
    const std::int64_t now = clock_.nowMs();
    for (auto& [name, e] : buckets_)
        out.push_back({e.rule, int(e.bucket.available(now))});
    return out;
}

QStringList RateLimiter::chainFor(const QString& family) const
{
    QStringList chain;
    QString f = family;
    while (!f.isEmpty()) {
        if (buckets_.count(f) && f != u"global")
            chain.push_back(f);
        const auto dot = f.lastIndexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        f.truncate(dot);
    }
    if (buckets_.count(QStringLiteral("global")))
        chain.push_back(QStringLiteral("global"));
    return chain;
}

std::int64_t RateLimiter::waitMs(const QStringList& chain)
{
    const auto now = clock_.nowMs();
    std::int64_t wait = 0;
    for (const auto& f : chain) {
        auto it = buckets_.find(f);
        if (it != buckets_.end())
            wait = std::max(wait, it->second.bucket.waitMs(now));
    }
    return wait;
}

bool RateLimiter::tryAcquire(const QStringList& chain)
{
    const auto now = clock_.nowMs();
    for (const auto& f : chain) {
        auto it = buckets_.find(f);
        if (it != buckets_.end() && it->second.bucket.available(now) < 1.0)
            return false;
    }
    for (const auto& f : chain) {
        auto it = buckets_.find(f);
        if (it != buckets_.end())
            it->second.bucket.tryTake(now);
    }
    return true;
}

} // namespace slip
