#pragma once
// RedactingSink: a spdlog sink that formats each record, removes registered secrets and only
// then hands the text to its child sinks. Every sink of the façade sits behind one of these.

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <vector>

namespace slip::log {

class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    /// Adds a destination; records reach it already redacted.
    void addChild(spdlog::sink_ptr sink);
    /// Removes every destination.
    void clearChildren();

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;

private:
    std::vector<spdlog::sink_ptr> children_;
};

} // namespace slip::log
