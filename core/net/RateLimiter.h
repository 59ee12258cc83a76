#pragma once
// RateLimiter: token buckets per endpoint family ("data", "data.trades", "clob.book", ...). A
// request of family "data.trades" must find a token in "data.trades", "data" and "global" alike,
// mirroring how the venue counts a route against both its own and its API's limit.

#include "domain/Clock.h"
#include "net/TokenBucket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace slip {

struct RateLimitRule
{
    QString family;          ///< "global", "data", "data.trades", ...
    int capacity = 0;        ///< requests per window
    std::int64_t windowMs = 10'000;
};

/// One bucket's headroom at a moment.
struct RateLimitState
{
    RateLimitRule rule;
    int available = 0;       ///< whole tokens left now
};

class RateLimiter
{
public:
    /// A limiter reading time from clock (which must outlive it) with the given rules.
    RateLimiter(const Clock& clock, const QList<RateLimitRule>& rules);

    /// The documented Polymarket limits (spec/polymarket-protocol.md §2.3), per 10 s.
    static QList<RateLimitRule> polymarketDefaults();

    /// Replaces or adds one rule (the bucket restarts full).
    void setRule(const RateLimitRule& rule);
    /// The rules in force.
    QList<RateLimitRule> rules() const;
    /// Every bucket's headroom now, by family name.
    std::vector<RateLimitState> state();
    /// The families a request of `family` counts against: itself and each dotted parent that has
    /// a rule, then "global" when it has one.
    QStringList chainFor(const QString& family) const;
    /// Milliseconds until every bucket of the chain has a token (0 = now).
    std::int64_t waitMs(const QStringList& chain);
    /// Takes one token from every bucket of the chain, all or nothing.
    bool tryAcquire(const QStringList& chain);

private:
    struct Entry
    {
        RateLimitRule rule;
        TokenBucket bucket;
    };
    const Clock& clock_;
    std::map<QString, Entry> buckets_;
};

} // namespace slip
