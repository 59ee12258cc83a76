#include "venue/sandbox/ScaledClock.h"

#include "domain/Int128.h"

namespace slip::sandbox {

ScaledClock::ScaledClock(std::int64_t startMs, std::int64_t speedPermille)
    : start_(startMs), speed_(speedPermille)
{
    elapsed_.start();
}

std::int64_t ScaledClock::nowMs() const
{
    // From nanoseconds, so a clock running N times faster moves in steps of 1/N real ms rather
    // than N ms at a time. 128-bit product: hours of nanoseconds times the speed overflow 64 bits.
    return start_ + std::int64_t(Int128(elapsed_.nsecsElapsed()) * speed_ / 1000000000);
}

} // namespace slip::sandbox
