#include "net/TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace slip {

TokenBucket::TokenBucket(int capacity, std::int64_t windowMs, std::int64_t nowMs)
    : capacity_(std::max(1, capacity)), windowMs_(std::max<std::int64_t>(1, windowMs)),
      tokens_(capacity_), lastMs_(nowMs)
{
}

void TokenBucket::refill(std::int64_t nowMs)
{
    // A clock that steps backwards (wall clock adjusted) must not mint tokens or stall forever.
    if (nowMs <= lastMs_) {
        lastMs_ = std::min(lastMs_, nowMs);
        return;
    }
    const double rate = double(capacity_) / double(windowMs_);
    tokens_ = std::min<double>(capacity_, tokens_ + double(nowMs - lastMs_) * rate);
    lastMs_ = nowMs;
}

double TokenBucket::available(std::int64_t nowMs)
{
    refill(nowMs);
    return tokens_;
}

std::int64_t TokenBucket::waitMs(std::int64_t nowMs)
{
    refill(nowMs);
    if (tokens_ >= 1.0)
        return 0;
    const double rate = double(capacity_) / double(windowMs_);
    return std::max<std::int64_t>(1, std::int64_t(std::ceil((1.0 - tokens_) / rate)));
}

bool TokenBucket::tryTake(std::int64_t nowMs)
{
    refill(nowMs);
    if (tokens_ < 1.0)
        return false;
    tokens_ -= 1.0;
    return true;
}

} // namespace slip
