#pragma once
// MonitorCore: ingestion (core #1, its own thread). Polls each followed wallet's Data API
// activity through the rate limiter, polls at once when RTDS shows the wallet trading, backfills
// on start and after reconnects, reconciles a trailing window every minute, fetches market facts
// and fee rates on first sight of a market, keeps per-wallet checkpoints, and hands every payload
// to the capture journal, which stamps it and feeds the engine. Schedules run on the injected
// clock, so the same core runs live, faster than real time, or stepped in tests.

#include "api/ReadRows.h"
#include "domain/Clock.h"
#include "domain/PendingWork.h"
#include "net/HttpClient.h"
#include "net/RateLimiter.h"

#include <QHash>
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
namespace polymarket {
class RtdsSession;
class MarketChannelSession;
} // namespace polymarket

struct MonitorOptions
{
    QUrl dataApi;
    QUrl gamma;
    QUrl clob;
    QUrl rtds;                               ///< empty: no RTDS push triggers
    QUrl marketWs;                           ///< empty: no market channel
    std::int64_t pollIntervalMs = 30'000;    ///< per wallet, clock time (seed 003's default)
    std::int64_t backfillStartMs = 15 * 60'000;
    std::int64_t backfillReconnectMs = 5 * 60'000;
    std::int64_t reconcileIntervalMs = 60'000;
    std::int64_t reconcileWindowMs = 5 * 60'000;
    std::int64_t marketRefreshMs = 5 * 60'000; ///< re-read open markets (closing, resolution)
    int heartbeatMs = 50;                    ///< real time between schedule checks
    HttpOptions http;
    QList<RateLimitRule> limits = RateLimiter::polymarketDefaults(); ///< token buckets per endpoint family
};

class MonitorCore : public QObject
{
    Q_OBJECT
public:
    /// clock, journal and work must outlive the core. Construct anywhere; call start() on the
    /// core's thread.
    MonitorCore(const Clock& clock, CaptureJournal& journal, PendingWork& work, MonitorOptions options);
    ~MonitorCore() override;

    /// Number of activity rows a page asks for (the documented cap).
    static constexpr int kPageLimit = 500;

public Q_SLOTS:
    /// Starts following wallets; checkpoints maps wallet → newest venue timestamp seen (seconds).
    void start(const QStringList& wallets, const QHash<QString, qint64>& checkpoints);
    /// Stops polling and closes the sockets.
    void stop();
    /// Runs whatever is due now (also driven by the heartbeat timer).
    void heartbeat();
    /// Markets already known from earlier runs (condition id → closed), so they are not fetched again.
    void knowMarkets(const QHash<QString, bool>& conditions);

Q_SIGNALS:
    /// A wallet's checkpoint moved (store it): name "monitor.<wallet>", value seconds.
    void checkpoint(const QString& name, qint64 value);
    /// Feed figures for the health read model.
    void feedsChanged(const std::vector<slip::api::FeedHealth>& feeds);
    /// The rate limiter's headroom, with each feeds report.
    void limitersChanged(const std::vector<slip::api::LimiterHealth>& limiters);
    /// A backfill pass over every wallet finished at this stream time.
    void backfilled(qint64 t);

private:
    struct Wallet
    {
        QString address;
        std::int64_t cursorSec = 0;   // newest venue timestamp seen
        std::int64_t nextPollMs = 0;
        std::int64_t nextReconcileMs = 0;
        bool inFlight = false;
        std::int64_t wantStartSec = -1; // a poll asked for while one was in flight
        int failures = 0;               // consecutive failed polls
    };
    struct Market
    {
        std::int64_t nextRefreshMs = 0;
        bool closed = false;
        bool inFlight = false;
        int failures = 0;
    };
    static constexpr int kImmediateRetries = 3;

    void poll(Wallet& w, std::int64_t startSec, int offset);
    void onActivity(const QString& wallet, std::int64_t startSec, int offset, const HttpResponse& r);
    void sawRows(const QJsonValue& body);
    void fetchMarket(const QString& condition);
    void fetchFeeRate(const QString& asset);
    bool record(const QString& src, const QJsonObject& req, const HttpResponse& r, const QString& feed);
    void backfillAll(std::int64_t windowMs);
    void publishFeeds();
    api::FeedHealth& feed(const QString& name);

    const Clock& clock_;
    SystemClock realClock_;
    CaptureJournal& journal_;
    PendingWork& work_;
    MonitorOptions options_;
    std::unique_ptr<HttpClient> http_;
    std::unique_ptr<QTimer> heartbeat_;
    std::unique_ptr<polymarket::RtdsSession> rtds_;
    std::unique_ptr<polymarket::MarketChannelSession> marketWs_;
    std::map<QString, Wallet> wallets_;
    QHash<QString, Market> markets_;
    QSet<QString> feeRatesSeen_;
    QHash<QString, int> feeFailures_;
    std::map<QString, api::FeedHealth> feeds_;
    int backfillOutstanding_ = 0;
    bool running_ = false;
};

} // namespace slip
