#pragma once
// Clock: the only source of "now" for logic. SystemClock in the app, VirtualClock in
// replay and tests, so the same engine runs deterministically everywhere.

#include <QtGlobal>

#include <atomic>
#include <cstdint>

namespace slip {

class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch.
    virtual std::int64_t nowMs() const = 0;
};

/// The next multiple of interval after now (now itself when interval <= 0): schedules on a fixed
/// grid of clock time, so a restarted process acts at the instants an uninterrupted one would.
inline std::int64_t nextOnGrid(std::int64_t now, std::int64_t interval)
{
    return interval > 0 ? (now / interval + 1) * interval : now;
}

/// Wall-clock time.
class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
};

/// Time that moves only when told to; safe to read from any thread.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(std::int64_t startMs = 0) : now_(startMs) {}
    std::int64_t nowMs() const override { return now_.load(std::memory_order_acquire); }
    /// Sets the time; moving backwards is allowed (replays restart), callers decide.
    void setMs(std::int64_t ms) { now_.store(ms, std::memory_order_release); }
    /// Moves time forward by delta milliseconds.
    void advanceMs(std::int64_t delta) { now_.fetch_add(delta, std::memory_order_acq_rel); }

private:
    std::atomic<std::int64_t> now_;
};

} // namespace slip
