#include "api/ReadRows.h"

#include "net/RateLimiter.h"

#include <QJsonArray>

namespace slip::api {

std::vector<LimiterHealth> limiterHealth(const QString& owner, const std::vector<RateLimitState>& state)
{
    std::vector<LimiterHealth> out;
    for (const RateLimitState& s : state)
        out.push_back({owner + QStringLiteral(": ") + s.rule.family, s.available, s.rule.capacity, s.rule.windowMs});
    return out;
}
namespace {

// Times and byte counts are int64; QJsonValue holds them as doubles, exact below 2^53, which
// covers every millisecond timestamp and any plausible capture size.
std::int64_t int64Of(const QJsonObject& o, const char* key)
{
    return std::int64_t(o.value(QLatin1String(key)).toInteger());
}

} // namespace

QJsonObject HealthSnapshot::toJson() const
{
    QJsonArray feedArray;
    for (const auto& f : feeds) {
        feedArray.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("connected"), f.connected},
            {QStringLiteral("last_message_ms"), qint64(f.lastMessageMs)},
            {QStringLiteral("reconnects"), f.reconnects},
            {QStringLiteral("errors"), f.errors},
            {QStringLiteral("rate_limited"), f.rateLimited},
            {QStringLiteral("last_error"), f.lastError},
        });
    }
    QJsonArray limiterArray;
    for (const auto& l : limiters) {
        limiterArray.append(QJsonObject{
            {QStringLiteral("family"), l.family},
            {QStringLiteral("available"), l.available},
            {QStringLiteral("capacity"), l.capacity},
            {QStringLiteral("window_ms"), qint64(l.windowMs)},
        });
    }
    return QJsonObject{
        {QStringLiteral("t_ms"), qint64(tMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("running"), running},
        {QStringLiteral("kill_switch"), killSwitch},
        {QStringLiteral("paused"), paused},
        {QStringLiteral("stream_ms"), qint64(streamMs)},
        {QStringLiteral("last_event_ms"), qint64(lastEventMs)},
        {QStringLiteral("backfill_ms"), qint64(backfillMs)},
        {QStringLiteral("pending_groups"), pendingGroups},
        {QStringLiteral("write_queue_depth"), writeQueueDepth},
        {QStringLiteral("capture_bytes"), qint64(captureBytes)},
        {QStringLiteral("feeds"), feedArray},
        {QStringLiteral("limiters"), limiterArray},
        {QStringLiteral("attempt_queue_depth"), attemptQueueDepth},
    };
}

HealthSnapshot HealthSnapshot::fromJson(const QJsonObject& o)
{
    HealthSnapshot h;
    h.tMs = int64Of(o, "t_ms");
    h.profile = o.value(QLatin1String("profile")).toString();
    h.running = o.value(QLatin1String("running")).toBool();
    h.killSwitch = o.value(QLatin1String("kill_switch")).toBool();
    h.paused = o.value(QLatin1String("paused")).toBool();
    h.streamMs = int64Of(o, "stream_ms");
    h.lastEventMs = int64Of(o, "last_event_ms");
    h.backfillMs = int64Of(o, "backfill_ms");
    h.pendingGroups = o.value(QLatin1String("pending_groups")).toInt();
    h.writeQueueDepth = o.value(QLatin1String("write_queue_depth")).toInt();
    h.captureBytes = int64Of(o, "capture_bytes");
    for (const auto& v : o.value(QLatin1String("feeds")).toArray()) {
        const QJsonObject f = v.toObject();
        FeedHealth feed;
        feed.name = f.value(QLatin1String("name")).toString();
        feed.connected = f.value(QLatin1String("connected")).toBool();
        feed.lastMessageMs = int64Of(f, "last_message_ms");
        feed.reconnects = f.value(QLatin1String("reconnects")).toInt();
        feed.errors = f.value(QLatin1String("errors")).toInt();
        feed.rateLimited = f.value(QLatin1String("rate_limited")).toInt();
        feed.lastError = f.value(QLatin1String("last_error")).toString();
        h.feeds.push_back(std::move(feed));
    }
    for (const auto& v : o.value(QLatin1String("limiters")).toArray()) {
        const QJsonObject l = v.toObject();
        LimiterHealth limiter;
        limiter.family = l.value(QLatin1String("family")).toString();
        limiter.available = l.value(QLatin1String("available")).toInt();
        limiter.capacity = l.value(QLatin1String("capacity")).toInt();
        limiter.windowMs = int64Of(l, "window_ms");
        h.limiters.push_back(std::move(limiter));
    }
    h.attemptQueueDepth = o.value(QLatin1String("attempt_queue_depth")).toInt();
    return h;
}

} // namespace slip::api
