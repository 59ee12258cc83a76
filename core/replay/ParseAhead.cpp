#include "replay/ParseAhead.h"

#include <algorithm>
#include <limits>

namespace slip {

ParseAhead::ParseAhead(std::vector<const CaptureRecord*> records, Mode mode, std::shared_ptr<AheadWork> work)
    : records_(std::move(records)), work_(std::move(work))
{
    const bool worth = std::thread::hardware_concurrency() > 1 && records_.size() >= kMinRecords;
    if (mode == Mode::Inline || (mode == Mode::Auto && !worth) || records_.empty() ||
        records_.size() >= std::size_t(std::numeric_limits<int>::max() - kAhead))
        return;
    bodies_.resize(std::size_t(kAhead));
    spent_ = std::make_shared<SpentRows>();
    thread_ = std::thread([this] { parseAll(); });
}

namespace {

std::vector<const CaptureRecord*> pointersTo(const std::vector<CaptureRecord>& records)
{
    std::vector<const CaptureRecord*> out;
    out.reserve(records.size());
    for (const CaptureRecord& r : records)
        out.push_back(&r);
    return out;
}

} // namespace

ParseAhead::ParseAhead(const std::vector<CaptureRecord>& records, Mode mode, std::shared_ptr<AheadWork> work)
    : ParseAhead(pointersTo(records), mode, std::move(work))
{
}

ParseAhead::~ParseAhead()
{
    if (!thread_.joinable())
        return;
    stop_.store(true, std::memory_order_release);
    spent_->close();
    taken_.fetch_add(kAhead, std::memory_order_release); // wakes a parser waiting for room
    taken_.notify_one();
    thread_.join();
}

void ParseAhead::parseAll()
{
    const int total = int(records_.size());
    for (int i = 0; i < total; ++i) {
        for (int t = taken_.load(std::memory_order_acquire); i >= t + kAhead; t = taken_.load(std::memory_order_acquire)) {
            if (stop_.load(std::memory_order_acquire))
                return;
            taken_.wait(t, std::memory_order_acquire);
        }
        if (stop_.load(std::memory_order_acquire))
            return;
        ParsedBody& body = bodies_[std::size_t(i % kAhead)];
        body = ParsedBody::of(*records_[std::size_t(i)]);
        if (work_)
            work_->prepare(body);
        parsed_.store(i + 1, std::memory_order_release);
        parsed_.notify_one();
        spent_->freeSome();
    }
    spent_->freeUntilClosed();
}

ParsedBody ParseAhead::take(std::size_t i)
{
    if (!thread_.joinable())
        return {};
    const int at = int(i);
    for (int p = parsed_.load(std::memory_order_acquire); p <= at; p = parsed_.load(std::memory_order_acquire))
        parsed_.wait(p, std::memory_order_acquire);
    ParsedBody out = std::move(bodies_[std::size_t(at % kAhead)]);
    if (out.activity)
        out.spent = spent_;
    taken_.store(at + 1, std::memory_order_release);
    taken_.notify_one();
    return out;
}

void SpentRows::put(std::vector<TradeEvent>&& rows, std::vector<RowAhead>&& ahead)
{
    std::unique_lock lock(mutex_);
    if (closed_)
        return;
    rows_.push_back({std::move(rows), std::move(ahead)});
    const bool wake = rows_.size() >= kBatch;
    lock.unlock();
    if (wake)
        ready_.notify_one();
}

void SpentRows::freeSome()
{
    {
        std::unique_lock lock(mutex_, std::try_to_lock);
        if (!lock.owns_lock() || rows_.empty())
            return;
        rows_.swap(freeing_);
    }
    freeing_.clear();
}

void SpentRows::freeUntilClosed()
{
    for (bool closed = false; !closed;) {
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return closed_ || rows_.size() >= kBatch; });
            rows_.swap(freeing_);
            closed = closed_;
        }
        freeing_.clear();
    }
}

void SpentRows::close()
{
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    ready_.notify_one();
}

AheadWork::AheadWork(std::int64_t seed, std::optional<QSet<QString>> followed, std::size_t rows)
    : seed_(seed), followed_(std::move(followed))
{
    if (followed_)
        seen_.reserve(qsizetype(std::min<std::size_t>(rows, std::size_t(1) << 24)));
}

void AheadWork::prepare(ParsedBody& body)
{
    if (!body.activity || body.activity->events.empty())
        return;
    const std::vector<TradeEvent>& events = body.activity->events;
    body.rows.resize(events.size());
    body.dedupedAhead = followed_.has_value();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TradeEvent& e = events[i];
        // The engine's order: rows of wallets not followed are set aside before the key test.
        const bool followed = !followed_ || followed_->contains(e.wallet);
        if (followed_ && followed)
            body.rows[i].fresh = seen_.insert(e.key);
        if (followed && e.type == ActivityType::Trade)
            body.rows[i].key = CopyGrouper::prepare(seed_, e.wallet, e.asset, sideToString(e.side), e.detectMs);
    }
}

} // namespace slip
