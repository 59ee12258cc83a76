#pragma once
// ParseAhead: parses the bodies of a sequence of capture records (ParsedBody::of) on a second
// thread while the engine consumes them in order, at most kAhead records ahead. Parsing is a
// fifth of a replay's time; on a machine with more than one core it leaves the engine's path.
// The records must outlive the ParseAhead; the destructor stops and joins the thread.

#include "capture/CaptureRecord.h"
#include "replay/CopyEngine.h"

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace slip {

class ParseAhead
{
public:
    static constexpr std::size_t kAhead = 2048;

    /// Starts parsing when `on` and the machine has more than one core; otherwise take()
    /// returns empty bodies and the engine parses each record itself.
    ParseAhead(std::vector<const CaptureRecord*> records, bool on = true);
    ~ParseAhead();
    ParseAhead(const ParseAhead&) = delete;
    ParseAhead& operator=(const ParseAhead&) = delete;

    /// The parsed body of record i; called once per record, in order (0, 1, 2, …).
    ParsedBody take(std::size_t i);

private:
    void parseAll();

    std::vector<const CaptureRecord*> records_;
    // bodies_[i] is written by the parser thread before it publishes parsed_ > i and read by
    // the consumer after it has seen that (release/acquire); the consumer publishes taken_ so
    // the parser stays at most kAhead ahead and reuses nothing it has not finished with.
    std::vector<ParsedBody> bodies_;
    std::atomic<std::size_t> parsed_{0};
    std::atomic<std::size_t> taken_{0};
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

} // namespace slip
