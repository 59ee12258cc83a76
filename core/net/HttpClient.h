#pragma once
// HttpClient: asynchronous HTTP for the venue clients on one thread — a QNetworkAccessManager
// (keep-alive), per-family token-bucket limiting, deadlines, retries with exponential backoff and
// jitter (network errors, 5xx, 425, 429 honouring Retry-After), a "trading paused" state and
// counters. Nothing here ever blocks the owning thread.

#include "domain/Clock.h"
#include "net/NetStats.h"
#include "net/RateLimiter.h"
#include "net/VenueError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace slip {

struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body;          ///< sent with Content-Type: application/json when non-empty
    QString family;           ///< limiter family, e.g. "data.trades"
    QString endpoint;         ///< label for errors and logs, e.g. "GET /trades"
    int timeoutMs = -1;       ///< -1: the client's default
    int maxAttempts = -1;     ///< -1: the client's default

    /// A GET of base + path with the query, labelled "GET <path>" and charged to family.
    static HttpRequest get(const QUrl& base, const QString& path, const QUrlQuery& query, const QString& family);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    int attempts = 0;
    std::int64_t latencyMs = 0; ///< of the last attempt
    VenueError error;           ///< kind None on success (2xx)

    /// True on a 2xx answer.
    bool ok() const { return !error.isError(); }
};

struct HttpOptions
{
    int timeoutMs = 10'000;        ///< per attempt, whole answer
    int maxAttempts = 4;           ///< first try included
    int backoffBaseMs = 250;       ///< first retry delay before jitter
    int backoffCapMs = 30'000;
    int maxRetryAfterMs = 60'000;  ///< a longer Retry-After fails the request instead of waiting
    int maxInFlight = 6;           ///< on the wire at once (QNAM's per-host connection count)
    QByteArray userAgent = "Slipstream/0.1";
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse&)>;

    /// A client on the current thread; clock must outlive it.
    HttpClient(const Clock& clock, const QList<RateLimitRule>& limits, HttpOptions options = {},
               QObject* parent = nullptr);
    ~HttpClient() override;

    /// Queues a request; callback runs later on this thread unless context was destroyed.
    void send(HttpRequest request, QObject* context, Callback callback);
    /// Counters and state now.
    NetStats stats() const;
    /// True while the CLOB answers 503 "trading paused" (cleared by its next 2xx).
    bool tradingPaused() const { return stats_.tradingPaused; }
    /// The limiter (to adjust rules at runtime).
    RateLimiter& limiter() { return limiter_; }
    /// The options in force.
    const HttpOptions& options() const { return options_; }
    /// Replaces the options for requests started from now on.
    void setOptions(const HttpOptions& options) { options_ = options; }

    /// Parses a Retry-After header (delta seconds or HTTP date) into ms from nowMs; -1 if absent/bad.
    static std::int64_t parseRetryAfterMs(const QByteArray& value, std::int64_t nowMs);

Q_SIGNALS:
    /// The CLOB went into or out of the 503 "trading paused" state.
    void tradingPausedChanged(bool paused);

private:
    struct Pending;
    void pump();
    void dispatch(const std::shared_ptr<Pending>& p);
    void finished(const std::shared_ptr<Pending>& p, QNetworkReply* reply, bool timedOut);
    void complete(const std::shared_ptr<Pending>& p, HttpResponse response);
    std::int64_t backoffMs(int attempt);
    void setPaused(bool paused);

    const Clock& clock_;
    RateLimiter limiter_;
    HttpOptions options_;
    QNetworkAccessManager* nam_;
    std::map<QString, std::deque<std::shared_ptr<Pending>>> queues_; // FIFO per family
    QTimer pumpTimer_;
    NetStats stats_;
    std::size_t nextFamily_ = 0; // round-robin start so one busy family cannot starve others
    std::mt19937 rng_;
};

} // namespace slip
