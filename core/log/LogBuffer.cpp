#include "log/LogBuffer.h"

#include <spdlog/sinks/base_sink.h>

#include <algorithm>
#include <chrono>

namespace slip::log {
namespace {

// Formats nothing itself: keeps the (redacted) payload and the record's fields so the panel
// can filter by level and category.
class LogBufferSink final : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        LogLine line;
        line.tMs = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
        line.level = int(msg.level);
        line.category = QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size()));
        line.message = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        LogBuffer::instance().append(std::move(line));
    }
    void flush_() override {}
};

} // namespace

LogBuffer& LogBuffer::instance()
{
    static LogBuffer buffer;
    return buffer;
}

spdlog::sink_ptr LogBuffer::sink()
{
    static const spdlog::sink_ptr s = std::make_shared<LogBufferSink>();
    return s;
}

void LogBuffer::setCapacity(std::size_t lines)
{
    std::lock_guard<std::mutex> lock(mutex_);
    capacity_ = std::max<std::size_t>(1, lines);
    while (lines_.size() > capacity_)
        lines_.pop_front();
}

void LogBuffer::append(LogLine line)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        line.seq = nextSeq_++;
        lines_.push_back(std::move(line));
        while (lines_.size() > capacity_)
            lines_.pop_front();
    }
    // One notification per burst: a chatty logger must not flood the GUI's event queue.
    if (!notifyPending_.exchange(true))
        Q_EMIT linesAdded();
}

std::vector<LogLine> LogBuffer::linesAfter(std::int64_t afterSeq)
{
    notifyPending_.store(false);
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<LogLine> out;
    for (auto it = lines_.rbegin(); it != lines_.rend() && it->seq > afterSeq; ++it)
        out.push_back(*it);
    std::reverse(out.begin(), out.end());
    return out;
}

std::int64_t LogBuffer::lastSeq() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return nextSeq_ - 1;
}

void LogBuffer::clear()
{
    std::lock_guard<std::mutex> lock(mutex_);
    lines_.clear();
}

} // namespace slip::log
