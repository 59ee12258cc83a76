#include "replay/ParseAhead.h"

namespace slip {

ParseAhead::ParseAhead(std::vector<const CaptureRecord*> records, bool on) : records_(std::move(records))
{
    if (!on || std::thread::hardware_concurrency() < 2 || records_.size() < 2)
        return;
    bodies_.resize(records_.size());
    thread_ = std::thread([this] { parseAll(); });
}

ParseAhead::~ParseAhead()
{
    if (!thread_.joinable())
        return;
    stop_.store(true, std::memory_order_release);
    taken_.fetch_add(kAhead, std::memory_order_release); // wakes a parser waiting for room
    taken_.notify_one();
    thread_.join();
}

void ParseAhead::parseAll()
{
    for (std::size_t i = 0; i < records_.size(); ++i) {
        for (std::size_t t = taken_.load(std::memory_order_acquire); i >= t + kAhead;
             t = taken_.load(std::memory_order_acquire)) {
            if (stop_.load(std::memory_order_acquire))
                return;
            taken_.wait(t, std::memory_order_acquire);
        }
        if (stop_.load(std::memory_order_acquire))
            return;
        bodies_[i] = ParsedBody::of(*records_[i]);
        parsed_.store(i + 1, std::memory_order_release);
        parsed_.notify_one();
    }
}

ParsedBody ParseAhead::take(std::size_t i)
{
    if (!thread_.joinable())
        return {};
    for (std::size_t p = parsed_.load(std::memory_order_acquire); p <= i; p = parsed_.load(std::memory_order_acquire))
        parsed_.wait(p, std::memory_order_acquire);
    ParsedBody out = std::move(bodies_[i]);
    taken_.store(i + 1, std::memory_order_release);
    taken_.notify_one();
    return out;
}

} // namespace slip
