#include "net/HttpClient.h"

#include "net/Endpoints.h"

#include "log/Log.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace slip {

struct HttpClient::Pending
{
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    QStringList chain;
    int attempts = 0;
    int maxAttempts = 1;
    int timeoutMs = 0;
    QElapsedTimer started;
};

HttpRequest HttpRequest::get(const QUrl& base, const QString& path, const QUrlQuery& query, const QString& family)
{
    HttpRequest r;
    r.url = Endpoints::join(base, path);
    r.url.setQuery(query);
    r.family = family;
    r.endpoint = QStringLiteral("GET ") + path;
    return r;
}

HttpClient::HttpClient(const Clock& clock, const QList<RateLimitRule>& limits, HttpOptions options,
                       QObject* parent)
    : QObject(parent), clock_(clock), limiter_(clock, limits), options_(std::move(options)),
      nam_(new QNetworkAccessManager(this)), rng_(std::random_device{}())
{
    pumpTimer_.setSingleShot(true);
    pumpTimer_.setTimerType(Qt::PreciseTimer);
    connect(&pumpTimer_, &QTimer::timeout, this, &HttpClient::pump);
}

HttpClient::~HttpClient()
{
    // Replies are children of nam_ and die with it; callbacks of unfinished requests are dropped
    // because their owners are being torn down with us.
    for (auto* reply : nam_->findChildren<QNetworkReply*>())
        reply->disconnect(this);
}

void HttpClient::send(HttpRequest request, QObject* context, Callback callback)
{
    auto p = std::make_shared<Pending>();
    p->hasContext = context != nullptr;
    p->context = context;
    p->callback = std::move(callback);
    p->maxAttempts = std::max(1, request.maxAttempts > 0 ? request.maxAttempts : options_.maxAttempts);
    p->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : options_.timeoutMs;
    if (request.endpoint.isEmpty())
        request.endpoint = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path();
    p->chain = limiter_.chainFor(request.family);
    p->request = std::move(request);
    queues_[p->request.family].push_back(p);
    ++stats_.queued;
    // Dispatch from the event loop, never re-entrantly from the caller's stack.
    if (!pumpTimer_.isActive() || pumpTimer_.remainingTime() > 0)
        pumpTimer_.start(0);
}

void HttpClient::pump()
{
    std::int64_t nextWait = -1;
    // Deadlines start when a request is on the wire, so requests wait here rather than in QNAM.
    std::vector<std::deque<std::shared_ptr<Pending>>*> order;
    for (auto& [family, queue] : queues_)
        order.push_back(&queue);
    const std::size_t start = order.empty() ? 0 : nextFamily_++ % order.size();
    for (std::size_t k = 0; k < order.size(); ++k) {
        auto& queue = *order[(start + k) % order.size()];
        while (!queue.empty() && stats_.inFlight < std::max(1, options_.maxInFlight)) {
            auto& head = queue.front();
            if (head->hasContext && !head->context) { // owner gone: drop silently
                queue.pop_front();
                --stats_.queued;
                continue;
            }
            if (!limiter_.tryAcquire(head->chain)) {
                const auto w = limiter_.waitMs(head->chain);
                nextWait = nextWait < 0 ? w : std::min(nextWait, w);
                break;
            }
            auto p = head;
            queue.pop_front();
            --stats_.queued;
            dispatch(p);
        }
    }
    if (nextWait >= 0)
        pumpTimer_.start(int(std::clamp<std::int64_t>(nextWait, 1, 60'000)));
}

void HttpClient::dispatch(const std::shared_ptr<Pending>& p)
{
    QNetworkRequest req(p->request.url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", options_.userAgent);
    req.setTransferTimeout(p->timeoutMs);
    if (!p->request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++p->attempts;
    ++stats_.requests;
    if (p->attempts > 1)
        ++stats_.retries;
    ++stats_.inFlight;
    p->started.start();
    QNetworkReply* reply = p->request.body.isEmpty() && p->request.method == "GET"
                               ? nam_->get(req)
                               : nam_->sendCustomRequest(req, p->request.method, p->request.body);
    // The transfer timeout only covers inactivity; a server trickling bytes is cut by a deadline.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(p->timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, p, reply, timedOut] {
        finished(p, reply, *timedOut);
    });
}

void HttpClient::finished(const std::shared_ptr<Pending>& p, QNetworkReply* reply, bool timedOut)
{
    reply->deleteLater();
    --stats_.inFlight;
    if (!queues_.empty())
        pumpTimer_.start(0);
    HttpResponse r;
    r.attempts = p->attempts;
    r.latencyMs = p->started.elapsed();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const auto& endpoint = p->request.endpoint;
    const bool isClob = p->request.family.startsWith(u"clob");

    VenueError& e = r.error;
    e.endpoint = endpoint;
    e.httpStatus = r.status;
    const auto err = reply->error();
    // Errors below 200 are transport-level (refused, reset, cut mid-body, proxy): whatever status
    // line arrived, the body is not trustworthy.
    const bool transportError = err != QNetworkReply::NoError && int(err) < 200;
    if (r.status == 0 || timedOut || transportError) {
        e.kind = timedOut || err == QNetworkReply::OperationCanceledError ||
                         err == QNetworkReply::TimeoutError
                     ? VenueError::Kind::Timeout
                     : VenueError::Kind::Network;
        e.message = e.kind == VenueError::Kind::Timeout
                        ? QStringLiteral("no answer within %1 ms").arg(p->timeoutMs)
                        : reply->errorString();
        e.httpStatus = 0;
    } else {
        stats_.addLatency(r.latencyMs);
        e.excerpt = (r.status >= 200 && r.status < 300) ? QString() : bodyExcerpt(r.body);
        e.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"), clock_.nowMs());
        if (r.status >= 200 && r.status < 300) {
            e.kind = VenueError::Kind::None;
        } else if (r.status == 429) {
            ++stats_.http429;
            e.kind = VenueError::Kind::RateLimited;
            e.message = QStringLiteral("rate limited");
        } else if (r.status == 425) {
            e.kind = VenueError::Kind::TooEarly;
            e.message = QStringLiteral("matching engine restarting");
        } else if (r.status == 503 && isClob) {
            e.kind = VenueError::Kind::TradingPaused;
            e.message = QStringLiteral("trading paused");
        } else if (r.status >= 500) {
            e.kind = VenueError::Kind::ServerError;
            e.message = QStringLiteral("server error");
        } else {
            e.kind = VenueError::Kind::ClientError;
            e.message = QStringLiteral("request rejected");
        }
    }
    if (isClob && r.status > 0)
        setPaused(e.kind == VenueError::Kind::TradingPaused);

    if (!e.isError()) {
        complete(p, std::move(r));
        return;
    }
    ++stats_.errorsByKind[std::size_t(e.kind)];
    const bool retryable = e.kind == VenueError::Kind::Network || e.kind == VenueError::Kind::Timeout ||
                           e.kind == VenueError::Kind::RateLimited || e.kind == VenueError::Kind::TooEarly ||
                           e.kind == VenueError::Kind::ServerError;
    const bool ownerAlive = !p->hasContext || p->context;
    if (retryable && ownerAlive && p->attempts < p->maxAttempts &&
        e.retryAfterMs <= options_.maxRetryAfterMs) {
        const auto delay = e.retryAfterMs >= 0 ? e.retryAfterMs : backoffMs(p->attempts);
        log::get("net")->debug("{} {} (attempt {}), retrying in {} ms", endpoint.toStdString(),
                               venueErrorKindName(e.kind).toStdString(), p->attempts, delay);
        ++stats_.queued;
        QTimer::singleShot(int(delay), this, [this, p] {
            --stats_.queued;
            // A retry goes first in its family's queue: it is older than anything queued since.
            queues_[p->request.family].push_front(p);
            ++stats_.queued;
            pump();
        });
        return;
    }
    log::get("net")->warn("{}", e.toString().toStdString());
    complete(p, std::move(r));
}

void HttpClient::complete(const std::shared_ptr<Pending>& p, HttpResponse response)
{
    if (response.ok())
        ++stats_.succeeded;
    else
        ++stats_.failed;
    if (p->hasContext && !p->context)
        return;
    if (p->callback)
        p->callback(response);
}

std::int64_t HttpClient::backoffMs(int attempt)
{
    // Exponential with "equal jitter": half fixed, half random, so retries of many requests that
    // failed together spread out but never retry immediately.
    const double base = std::min<double>(options_.backoffCapMs,
                                         double(options_.backoffBaseMs) * double(1LL << std::min(attempt - 1, 20)));
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    return std::max<std::int64_t>(1, std::int64_t(base * jitter(rng_)));
}

void HttpClient::setPaused(bool paused)
{
    if (stats_.tradingPaused == paused)
        return;
    stats_.tradingPaused = paused;
    log::get("net")->warn("CLOB trading {}", paused ? "paused (503)" : "resumed");
    Q_EMIT tradingPausedChanged(paused);
}

NetStats HttpClient::stats() const
{
    return stats_;
}

std::int64_t HttpClient::parseRetryAfterMs(const QByteArray& value, std::int64_t nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok)
        return secs < 0 ? -1 : std::int64_t(secs * 1000.0);
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<std::int64_t>(0, when.toMSecsSinceEpoch() - nowMs);
}

} // namespace slip
