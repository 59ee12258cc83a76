#include "executor/ExecutorCore.h"

#include "capture/CaptureJournal.h"
#include "net/Endpoints.h"
#include "net/RateLimiter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slip {

ExecutorCore::ExecutorCore(const Clock& clock, CaptureJournal& journal, PendingWork& work, ExecutorOptions options)
    : clock_(clock), journal_(journal), work_(work), options_(std::move(options))
{
    feed_.name = QStringLiteral("clob.book");
    qRegisterMetaType<slip::api::FeedHealth>();
    qRegisterMetaType<std::vector<slip::api::LimiterHealth>>();
}

ExecutorCore::~ExecutorCore() = default;

void ExecutorCore::start()
{
    http_ = std::make_unique<HttpClient>(clock_, options_.limits, options_.http);
    heartbeat_ = std::make_unique<QTimer>();
    heartbeat_->setInterval(options_.heartbeatMs);
    connect(heartbeat_.get(), &QTimer::timeout, this, &ExecutorCore::heartbeat);
    running_ = true;
    nextMarkMs_ = nextOnGrid(clock_.nowMs(), options_.markIntervalMs);
    heartbeat_->start();
    heartbeat();
}

void ExecutorCore::stop()
{
    running_ = false;
    if (heartbeat_)
        heartbeat_->stop();
    http_.reset();
    heartbeat_.reset();
}

void ExecutorCore::needBook(const QString& asset, qint64 atMs)
{
    // Kept also before start(): books asked for at the end of recovery are fetched once running.
    due_.emplace(atMs, asset);
    if (running_)
        heartbeat();
    work_.done(); // the request to schedule; the fetch counts itself
}

void ExecutorCore::setHeldAssets(const QStringList& assets) { held_ = assets; }

void ExecutorCore::heartbeat()
{
    if (!running_)
        return;
    const std::int64_t now = clock_.nowMs();
    while (!due_.empty() && due_.begin()->first <= now) {
        const QString asset = due_.begin()->second;
        due_.erase(due_.begin());
        fetchBook(asset);
    }
    if (now >= nextMarkMs_) {
        nextMarkMs_ = nextOnGrid(now, options_.markIntervalMs);
        markHeld();
    }
}

void ExecutorCore::fetchBook(const QString& asset, int attempt)
{
    work_.add();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("token_id"), asset);
    http_->send(HttpRequest::get(options_.clob, QStringLiteral("/book"), q, QStringLiteral("clob.book")), this,
                [this, asset, attempt](const HttpResponse& r) {
                    if (r.ok()) {
                        work_.add();
                        auto recorded = journal_.append(QStringLiteral("clob.book"), {{QStringLiteral("token_id"), asset}}, r.body);
                        if (recorded) {
                            feed_.connected = true;
                            feed_.lastMessageMs = recorded->t;
                        } else {
                            work_.done();
                            ++feed_.errors;
                            feed_.lastError = recorded.error();
                            // A garbled 200 (HTML, cut JSON): ask again at once, the decision waits for no one.
                            if (attempt < 3)
                                fetchBook(asset, attempt + 1);
                        }
                    } else {
                        // No book: the decision goes ahead on the latest book it has, or skips
                        // for want of one — the honest outcome of a venue that did not answer.
                        ++feed_.errors;
                        feed_.lastError = r.error.toString();
                        if (r.error.kind == VenueError::Kind::RateLimited)
                            ++feed_.rateLimited;
                    }
                    publishFeed();
                    work_.done();
                });
}

void ExecutorCore::publishFeed()
{
    Q_EMIT feedChanged(feed_);
    if (http_)
        Q_EMIT limitersChanged(api::limiterHealth(QStringLiteral("executor"), http_->limiter().state()));
}

void ExecutorCore::markHeld()
{
    if (held_.isEmpty() || markInFlight_)
        return;
    markInFlight_ = true;
    work_.add();
    QJsonArray tokens;
    for (const QString& asset : held_)
        tokens.append(QJsonObject{{QStringLiteral("token_id"), asset}});
    HttpRequest req;
    req.url = Endpoints::join(options_.clob, QStringLiteral("/books"));
    req.method = "POST";
    req.body = QJsonDocument(tokens).toJson(QJsonDocument::Compact);
    req.family = QStringLiteral("clob.books");
    req.endpoint = QStringLiteral("POST /books");
    http_->send(std::move(req), this, [this, tokens](const HttpResponse& r) {
        markInFlight_ = false;
        if (r.ok()) {
            work_.add();
            auto recorded = journal_.append(QStringLiteral("clob.book"), {{QStringLiteral("tokens"), tokens}}, r.body);
            if (!recorded) {
                work_.done();
                ++feed_.errors;
                feed_.lastError = recorded.error();
            }
        } else {
            ++feed_.errors;
            feed_.lastError = r.error.toString();
        }
        publishFeed();
        work_.done();
    });
}

} // namespace slip
