#pragma once
// ParseAhead: parses the bodies of a sequence of capture records (ParsedBody::of) on a second
// thread while the engine consumes them in order, at most kAhead records ahead. Parsing is a
// fifth of a replay's time; on a machine with more than one core it leaves the engine's path.
// The records must outlive the ParseAhead; the destructor stops and joins the thread.

#include "capture/CaptureRecord.h"
#include "replay/CopyEngine.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace slip {

/// Activity rows the engine is done with, handed back to the thread that parsed them to be
/// freed there: a thread freeing another's allocations takes that thread's malloc arena lock,
/// and with the parser allocating all the time the engine waited on it. Bodies parsed ahead
/// carry it (ParsedBody::spent); it outlives the ParseAhead (an engine may still hold records
/// when the ParseAhead is gone), and then takes nothing: the rows stay with the caller.
class SpentRows
{
public:
    /// Consumer: leaves rows (and what was worked out for them) to be freed by the parser
    /// thread (after close(), leaves them in the arguments, for the caller to free).
    void put(std::vector<TradeEvent>&& rows, std::vector<RowAhead>&& ahead);
    /// Parser thread: frees what has been left, unless the consumer is leaving rows right now.
    void freeSome();
    /// Parser thread, once every record is parsed: frees rows as they come until close().
    void freeUntilClosed();
    /// No parser thread any more: put() takes no more rows.
    void close();

private:
    static constexpr std::size_t kBatch = 16; // rows vectors per wake-up of a waiting parser

    struct Spent
    {
        std::vector<TradeEvent> rows;
        std::vector<RowAhead> ahead;
    };
    std::mutex mutex_;
    std::condition_variable ready_;
    std::vector<Spent> rows_;    // under mutex_
    bool closed_ = false;        // under mutex_
    std::vector<Spent> freeing_; // the parser thread's (keeps its capacity)
};

/// The work on activity rows that needs no engine state, done on the parser thread after the
/// parsing (CopyEngine::aheadWork): each trade row's group key for n = 0 and its jitter word
/// (RowAhead::key; a fifth of the engine's time was these SHA-256s and the duplicate test), and
/// with the followed wallets given, the duplicate test in stream order (RowAhead::fresh).
class AheadWork
{
public:
    /// `followed`: the wallets followed for the whole stream, to deduplicate ahead; none: the
    /// engine deduplicates. `rows`: about how many rows the stream has (room for their keys).
    AheadWork(std::int64_t seed, std::optional<QSet<QString>> followed, std::size_t rows = 0);
    /// Fills body.rows (and body.dedupedAhead) for an activity body; called in stream order.
    void prepare(ParsedBody& body);

private:
    std::int64_t seed_;
    std::optional<QSet<QString>> followed_;
    IdentityKeySet seen_;
};

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

    /// (With fewer than 2^31 - kAhead records; more are parsed inline.) `work`, when given, is
    /// done on each activity body after its parsing (never when the bodies are parsed inline:
    /// the engine then does it all itself).
    explicit ParseAhead(std::vector<const CaptureRecord*> records, Mode mode = Mode::Auto,
                        std::shared_ptr<AheadWork> work = {});
    /// Every record of a vector, in its order.
    explicit ParseAhead(const std::vector<CaptureRecord>& records, Mode mode = Mode::Auto,
                        std::shared_ptr<AheadWork> work = {});
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
    std::shared_ptr<SpentRows> spent_;
    std::shared_ptr<AheadWork> work_; // the parser thread's
    std::thread thread_;
};

} // namespace slip
