#include "log/RedactingSink.h"

#include "log/SecretRedactor.h"

namespace slip::log {

void RedactingSink::addChild(spdlog::sink_ptr sink)
{
    std::lock_guard<std::mutex> lock(mutex_);
    children_.push_back(std::move(sink));
}

void RedactingSink::clearChildren()
{
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& c : children_)
        c->flush();
    children_.clear();
}

void RedactingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    // Redact the payload (the only part that can carry user data) and forward a copy that
    // points at the redacted text; children format it with their own patterns.
    const std::string clean = redact(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg);
    copy.payload = spdlog::string_view_t(clean.data(), clean.size());
    for (auto& c : children_) {
        if (c->should_log(copy.level))
            c->log(copy);
    }
}

void RedactingSink::flush_()
{
    for (auto& c : children_)
        c->flush();
}

} // namespace slip::log
