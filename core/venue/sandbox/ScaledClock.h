#pragma once
// ScaledClock: capture time that runs at a chosen speed from a chosen start, so the sandbox
// venue replays a capture in real time (1x) or faster. Speed is in thousandths (1000 = 1x).

#include "domain/Clock.h"

#include <QElapsedTimer>

#include <cstdint>

namespace slip::sandbox {

class ScaledClock final : public Clock
{
public:
    ScaledClock(std::int64_t startMs, std::int64_t speedPermille);
    std::int64_t nowMs() const override;
    std::int64_t speedPermille() const { return speed_; }

private:
    std::int64_t start_;
    std::int64_t speed_;
    QElapsedTimer elapsed_;
};

} // namespace slip::sandbox
