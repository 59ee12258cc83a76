#pragma once
// ExecutorCore: execution (core #3, its own thread). In paper mode the fill is the engine's
// book walk; what this core does is fetch the L2 book each group will be decided on — when the
// group closes, ahead of its decision time — and the books of held assets for marking every
// 30 s, handing each to the capture journal so the engine (and any replay of the capture)
// decides on exactly that book. Live order placement will live here too.

#include "api/ReadRows.h"
#include "domain/Clock.h"
#include "domain/PendingWork.h"
#include "net/HttpClient.h"
#include "net/RateLimiter.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <cstdint>
#include <map>
#include <memory>

namespace slip {

class CaptureJournal;

struct ExecutorOptions
{
    QUrl clob;
    std::int64_t markIntervalMs = 30'000;  ///< clock time between marks of held assets
    int heartbeatMs = 50;
    HttpOptions http;
    QList<RateLimitRule> limits = RateLimiter::polymarketDefaults(); ///< token buckets per endpoint family
};

class ExecutorCore : public QObject
{
    Q_OBJECT
public:
    ExecutorCore(const Clock& clock, CaptureJournal& journal, PendingWork& work, ExecutorOptions options);
    ~ExecutorCore() override;

public Q_SLOTS:
    void start();
    void stop();
    /// Runs whatever is due now.
    void heartbeat();
    /// Fetch the book of asset at (or right after) atMs. Counted in the pending work by the caller.
    void needBook(const QString& asset, qint64 atMs);
    /// The assets any scope holds now (marked every markIntervalMs).
    void setHeldAssets(const QStringList& assets);

Q_SIGNALS:
    void feedChanged(const slip::api::FeedHealth& feed);
    /// The rate limiter's headroom, with each feed report.
    void limitersChanged(const std::vector<slip::api::LimiterHealth>& limiters);

private:
    void fetchBook(const QString& asset, int attempt = 0);
    void markHeld();
    void publishFeed();

    const Clock& clock_;
    CaptureJournal& journal_;
    PendingWork& work_;
    ExecutorOptions options_;
    std::unique_ptr<HttpClient> http_;
    std::unique_ptr<QTimer> heartbeat_;
    std::multimap<std::int64_t, QString> due_; // when → asset
    QStringList held_;
    std::int64_t nextMarkMs_ = 0;
    bool markInFlight_ = false;
    api::FeedHealth feed_;
    bool running_ = false;
};

} // namespace slip
