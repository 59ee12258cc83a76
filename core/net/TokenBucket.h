#pragma once
// TokenBucket: a rate limit of `capacity` requests per `windowMs`, refilled continuously, so a
// burst may use the whole capacity and the sustained rate never exceeds capacity/window.

#include <cstdint>

namespace slip {

class TokenBucket
{
public:
    /// A bucket that starts full; capacity >= 1, windowMs >= 1.
    TokenBucket(int capacity, std::int64_t windowMs, std::int64_t nowMs);

    /// Milliseconds until one token is available at nowMs (0 when one is available now).
    std::int64_t waitMs(std::int64_t nowMs);
    /// Takes one token if available at nowMs; returns whether it did.
    bool tryTake(std::int64_t nowMs);
    /// Tokens available at nowMs (fractional).
    double available(std::int64_t nowMs);

    int capacity() const { return capacity_; }
    std::int64_t windowMs() const { return windowMs_; }

private:
    void refill(std::int64_t nowMs);

    int capacity_;
    std::int64_t windowMs_;
    double tokens_;
    std::int64_t lastMs_;
};

} // namespace slip
