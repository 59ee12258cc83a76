#include "venue/sandbox/ScaledClock.h"

namespace slip::sandbox {

ScaledClock::ScaledClock(std::int64_t startMs, std::int64_t speedPermille)
    : start_(startMs), speed_(speedPermille)
{
    elapsed_.start();
}

std::int64_t ScaledClock::nowMs() const
{
    return start_ + elapsed_.elapsed() * speed_ / 1000;
}

} // namespace slip::sandbox
