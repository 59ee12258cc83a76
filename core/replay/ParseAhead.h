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
    static constexpr int kAhead = 2048;

    enum class Mode
    {
        Auto,   ///< a parser thread for kMinRecords records or more, on a machine with two cores or more
        Ahead,  ///< always a parser thread (tests: the same output as Inline on any input)
        Inline, ///< no thread: take() returns empty bodies and the engine parses each record itself
    };
    /// Below this many records a thread and its hand-offs cost more than they save.
    static constexpr std::size_t kMinRecords = 512;

    /// (With fewer than 2^31 - kAhead records; more are parsed inline.)
    explicit ParseAhead(std::vector<const CaptureRecord*> records, Mode mode = Mode::Auto);
    /// Every record of a vector, in its order.
    explicit ParseAhead(const std::vector<CaptureRecord>& records, Mode mode = Mode::Auto);
    ~ParseAhead();
    ParseAhead(const ParseAhead&) = delete;
    ParseAhead& operator=(const ParseAhead&) = delete;

    /// The parsed body of record i; called once per record, in order (0, 1, 2, …).
    ParsedBody take(std::size_t i);

private:
    void parseAll();

    std::vector<const CaptureRecord*> records_;
    // A ring of kAhead bodies: record i's is slot i % kAhead. The parser writes it before it
    // publishes parsed_ > i, the consumer moves it out after it has seen that (release/acquire),
    // and the parser writes a slot again only once taken_ says the consumer is done with it.
    std::vector<ParsedBody> bodies_;
    // 32-bit counters: std::atomic<int>::wait is a futex on the value itself (wider types go
    // through libstdc++'s proxy waiters).
    std::atomic<int> parsed_{0};
    std::atomic<int> taken_{0};
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

} // namespace slip
