#include "monitor/MonitorCore.h"

#include "capture/CaptureJournal.h"
#include "log/Log.h"
#include "net/Endpoints.h"
#include "net/RateLimiter.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/GammaMarketParser.h"
#include "venue/polymarket/MarketChannelSession.h"
#include "venue/polymarket/RtdsSession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace slip {
namespace {

const QString kDataFeed = QStringLiteral("data-api");
const QString kGammaFeed = QStringLiteral("gamma");
const QString kClobFeed = QStringLiteral("clob");
const QString kRtdsFeed = QStringLiteral("rtds");

std::int64_t floorSec(std::int64_t ms) { return ms < 0 ? 0 : ms / 1000; }

} // namespace

MonitorCore::MonitorCore(const Clock& clock, CaptureJournal& journal, PendingWork& work, MonitorOptions options)
    : clock_(clock), journal_(journal), work_(work), options_(std::move(options))
{
    qRegisterMetaType<std::vector<slip::api::FeedHealth>>();
    qRegisterMetaType<std::vector<slip::api::LimiterHealth>>();
    qRegisterMetaType<QHash<QString, qint64>>();
    qRegisterMetaType<QHash<QString, bool>>();
}

MonitorCore::~MonitorCore() = default;

api::FeedHealth& MonitorCore::feed(const QString& name)
{
    auto it = feeds_.find(name);
    if (it == feeds_.end()) {
        api::FeedHealth f;
        f.name = name;
        it = feeds_.emplace(name, f).first;
    }
    return it->second;
}

void MonitorCore::start(const QStringList& wallets, const QHash<QString, qint64>& checkpoints)
{
    http_ = std::make_unique<HttpClient>(clock_, options_.limits, options_.http);
    heartbeat_ = std::make_unique<QTimer>();
    heartbeat_->setInterval(options_.heartbeatMs);
    connect(heartbeat_.get(), &QTimer::timeout, this, &MonitorCore::heartbeat);
    running_ = true;
    const std::int64_t now = clock_.nowMs();
    for (const QString& address : wallets) {
        Wallet w;
        w.address = address;
        w.cursorSec = checkpoints.value(address, 0);
        w.nextPollMs = now; // the start-up backfill
        w.nextReconcileMs = nextOnGrid(now, options_.reconcileIntervalMs);
        wallets_.emplace(address, w);
    }
    feed(kDataFeed);
    feed(kGammaFeed);
    feed(kClobFeed);
    backfillOutstanding_ = int(wallets_.size());
    if (options_.rtds.isValid() && !options_.rtds.isEmpty()) {
        // Keep-alives and the silence watchdog are about the network, so they run on real time even
        // when the engine's clock runs faster (the demo) or in steps (tests).
        rtds_ = std::make_unique<polymarket::RtdsSession>(realClock_, options_.rtds);
        rtds_->setFollowedWallets(wallets);
        connect(rtds_.get(), &polymarket::RtdsSession::tradeEvent, this, [this](const TradeEvent& e) {
            // A push is a trigger: the Data API row (with its identity key) is what the engine takes.
            auto it = wallets_.find(e.wallet);
            if (it == wallets_.end())
                return;
            api::FeedHealth& f = feed(kRtdsFeed);
            f.lastMessageMs = clock_.nowMs();
            poll(it->second, it->second.cursorSec, 0);
        });
        connect(rtds_.get(), &WebSocketSession::connected, this, [this] {
            api::FeedHealth& f = feed(kRtdsFeed);
            const bool again = f.connected || f.reconnects > 0 || f.lastMessageMs > 0;
            f.connected = true;
            if (again) {
                ++f.reconnects;
                backfillAll(options_.backfillReconnectMs);
            }
        });
        connect(rtds_.get(), &WebSocketSession::disconnected, this, [this](const QString& reason) {
            api::FeedHealth& f = feed(kRtdsFeed);
            f.connected = false;
            f.lastError = reason;
        });
        feed(kRtdsFeed);
        rtds_->start();
    }
    log::get("monitor")->info("following {} wallets (poll every {} ms, backfill {} min)", wallets_.size(),
                              options_.pollIntervalMs, options_.backfillStartMs / 60'000);
    heartbeat();
    heartbeat_->start();
}

void MonitorCore::stop()
{
    running_ = false;
    if (heartbeat_)
        heartbeat_->stop();
    if (rtds_)
        rtds_->stop();
    rtds_.reset();
    http_.reset(); // pending callbacks are dropped with their context
    heartbeat_.reset();
}

void MonitorCore::knowMarkets(const QHash<QString, bool>& conditions)
{
    const std::int64_t now = clock_.nowMs();
    for (auto it = conditions.begin(); it != conditions.end(); ++it) {
        Market& m = markets_[it.key()];
        m.closed = it.value();
        m.nextRefreshMs = nextOnGrid(now, options_.marketRefreshMs);
    }
}

void MonitorCore::heartbeat()
{
    if (!running_)
        return;
    const std::int64_t now = clock_.nowMs();
    for (auto& [address, w] : wallets_) {
        if (now >= w.nextReconcileMs) {
            // Rows the Data API indexes late carry older timestamps than the checkpoint.
            w.nextReconcileMs = nextOnGrid(now, options_.reconcileIntervalMs);
            w.nextPollMs = nextOnGrid(now, options_.pollIntervalMs);
            poll(w, std::min(w.cursorSec > 0 ? w.cursorSec : floorSec(now), floorSec(now - options_.reconcileWindowMs)), 0);
        } else if (now >= w.nextPollMs) {
            w.nextPollMs = nextOnGrid(now, options_.pollIntervalMs);
            poll(w, w.cursorSec > 0 ? w.cursorSec : floorSec(now - options_.backfillStartMs), 0);
        }
    }
    for (auto it = markets_.begin(); it != markets_.end(); ++it) {
        if (!it->closed && !it->inFlight && now >= it->nextRefreshMs)
            fetchMarket(it.key());
    }
    publishFeeds();
}

void MonitorCore::backfillAll(std::int64_t windowMs)
{
    const std::int64_t now = clock_.nowMs();
    for (auto& [address, w] : wallets_)
        poll(w, std::min(w.cursorSec > 0 ? w.cursorSec : floorSec(now), floorSec(now - windowMs)), 0);
}

void MonitorCore::poll(Wallet& w, std::int64_t startSec, int offset)
{
    if (!http_)
        return;
    if (w.inFlight) {
        w.wantStartSec = w.wantStartSec < 0 ? startSec : std::min(w.wantStartSec, startSec);
        return;
    }
    w.inFlight = true;
    work_.add();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user"), w.address);
    if (startSec > 0)
        q.addQueryItem(QStringLiteral("start"), QString::number(startSec));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("TIMESTAMP"));
    q.addQueryItem(QStringLiteral("sortDirection"), QStringLiteral("ASC"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    if (offset > 0)
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    const QString address = w.address;
    http_->send(HttpRequest::get(options_.dataApi, QStringLiteral("/activity"), q, QStringLiteral("data.activity")), this,
                [this, address, startSec, offset](const HttpResponse& r) { onActivity(address, startSec, offset, r); });
}

bool MonitorCore::record(const QString& src, const QJsonObject& req, const HttpResponse& r, const QString& feedName)
{
    api::FeedHealth& f = feed(feedName);
    if (!r.ok()) {
        ++f.errors;
        f.lastError = r.error.toString();
        return false;
    }
    work_.add(); // the engine's share, finished when it has taken the record
    auto recorded = journal_.append(src, req, r.body);
    if (!recorded) {
        work_.done();
        ++f.errors;
        f.lastError = recorded.error();
        log::get("monitor")->warn("{}", recorded.error().toStdString());
        return false;
    }
    f.connected = true;
    f.lastMessageMs = recorded->t;
    return true;
}

void MonitorCore::onActivity(const QString& address, std::int64_t startSec, int offset, const HttpResponse& r)
{
    auto it = wallets_.find(address);
    if (it == wallets_.end()) {
        work_.done();
        return;
    }
    Wallet& w = it->second;
    w.inFlight = false;
    QJsonObject req{{QStringLiteral("user"), address},
                    {QStringLiteral("limit"), kPageLimit},
                    {QStringLiteral("sortDirection"), QStringLiteral("ASC")}};
    if (startSec > 0)
        req.insert(QStringLiteral("start"), qint64(startSec));
    if (offset > 0)
        req.insert(QStringLiteral("offset"), offset);
    if (record(QStringLiteral("data-api.activity"), req, r, kDataFeed)) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const int rows = body.isArray() ? int(body.toArray().size()) : int(body.toObject().value(QLatin1String("data")).toArray().size());
        auto parsed = polymarket::ActivityParser::parse(body, polymarket::ActivityParser::Feed::Activity, clock_.nowMs(),
                                                        [&address](const QString& wallet) { return wallet == address; });
        std::int64_t newest = w.cursorSec;
        for (const TradeEvent& e : parsed.events) {
            newest = std::max(newest, e.timeMs / 1000);
            if (!e.conditionId.isEmpty() && !markets_.contains(e.conditionId))
                fetchMarket(e.conditionId);
            if (e.type == ActivityType::Trade && !feeRatesSeen_.contains(e.asset))
                fetchFeeRate(e.asset);
        }
        if (newest > w.cursorSec) {
            w.cursorSec = newest;
            Q_EMIT checkpoint(QStringLiteral("monitor.") + address, qint64(newest));
        }
        if (rows >= kPageLimit) {
            // A full page: read on, by offset within the documented cap, then by moving the window.
            if (offset + kPageLimit <= 5'000 - kPageLimit)
                poll(w, startSec, offset + kPageLimit);
            else
                poll(w, newest, 0);
        }
        if (backfillOutstanding_ > 0 && --backfillOutstanding_ == 0)
            Q_EMIT backfilled(qint64(journal_.lastMs()));
        w.failures = 0;
    } else if (++w.failures <= kImmediateRetries) {
        // A garbled answer the client could not see as such (a 200 with HTML or cut JSON): ask
        // again now, so the payload is stamped when it would have been.
        poll(w, startSec, offset);
    } else {
        // The client already retried with backoff; try again soon, not at the next full interval.
        w.failures = 0;
        w.nextPollMs = std::min(w.nextPollMs, clock_.nowMs() + std::min<std::int64_t>(options_.pollIntervalMs, 2'000));
    }
    if (w.wantStartSec >= 0 && !w.inFlight) {
        const std::int64_t s = w.wantStartSec;
        w.wantStartSec = -1;
        poll(w, s, 0);
    }
    work_.done();
}

void MonitorCore::fetchMarket(const QString& condition)
{
    Market& m = markets_[condition];
    if (m.inFlight || !http_)
        return;
    m.nextRefreshMs = nextOnGrid(clock_.nowMs(), options_.marketRefreshMs);
    m.inFlight = true;
    work_.add();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("condition_ids"), condition);
    http_->send(HttpRequest::get(options_.gamma, QStringLiteral("/markets"), q, QStringLiteral("gamma.markets")), this,
                [this, condition](const HttpResponse& r) {
                    Market& m = markets_[condition];
                    m.inFlight = false;
                    const std::int64_t now = clock_.nowMs();
                    if (record(QStringLiteral("gamma.market"), {{QStringLiteral("condition_ids"), condition}}, r, kGammaFeed)) {
                        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
                        const auto parsed = polymarket::GammaMarketParser::parse(
                            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
                        for (const MarketInfo& info : parsed.markets)
                            if (info.conditionId == condition)
                                m.closed = info.closed;
                        m.nextRefreshMs = nextOnGrid(now, options_.marketRefreshMs);
                        m.failures = 0;
                    } else if (++m.failures <= kImmediateRetries) {
                        fetchMarket(condition);
                    } else {
                        m.failures = 0;
                        m.nextRefreshMs = now + std::min<std::int64_t>(options_.marketRefreshMs, 5'000);
                    }
                    work_.done();
                });
}

void MonitorCore::fetchFeeRate(const QString& asset)
{
    if (!http_)
        return;
    feeRatesSeen_.insert(asset);
    work_.add();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("token_id"), asset);
    http_->send(HttpRequest::get(options_.clob, QStringLiteral("/fee-rate"), q, QStringLiteral("clob.fee-rate")), this,
                [this, asset](const HttpResponse& r) {
                    if (!record(QStringLiteral("clob.fee-rate"), {{QStringLiteral("token_id"), asset}}, r, kClobFeed)) {
                        if (++feeFailures_[asset] <= kImmediateRetries) {
                            fetchFeeRate(asset);
                        } else {
                            feeFailures_.remove(asset);
                            feeRatesSeen_.remove(asset); // asked again with the asset's next trade
                        }
                    } else {
                        feeFailures_.remove(asset);
                    }
                    work_.done();
                });
}

void MonitorCore::publishFeeds()
{
    if (!http_)
        return;
    const NetStats s = http_->stats();
    api::FeedHealth& data = feed(kDataFeed);
    data.rateLimited = int(s.http429);
    std::vector<api::FeedHealth> out;
    for (const auto& [name, f] : feeds_)
        out.push_back(f);
    if (rtds_) {
        const WsHealth h = rtds_->health();
        for (api::FeedHealth& f : out) {
            if (f.name == kRtdsFeed) {
                f.connected = h.connected;
                f.reconnects = int(h.reconnects);
                if (!h.lastError.isEmpty())
                    f.lastError = h.lastError;
            }
        }
    }
    Q_EMIT feedsChanged(out);
    Q_EMIT limitersChanged(api::limiterHealth(QStringLiteral("monitor"), http_->limiter().state()));
}

} // namespace slip
