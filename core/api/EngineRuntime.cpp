#include "api/EngineRuntime.h"

#include "api/RunOnThread.h"

#include "capture/CaptureJournal.h"
#include "executor/ExecutorCore.h"
#include "log/Log.h"
#include "monitor/MonitorCore.h"
#include "api/SignalCore.h"
#include "store/StoreWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slip::api {
namespace {

store::WriteOp checkpointOp(const QString& name, const QString& value, std::int64_t nowMs)
{
    return {QStringLiteral("INSERT INTO checkpoints(name, value, updated_ms) VALUES (?, ?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms"),
            {name, value, qint64(nowMs)}};
}

} // namespace

EngineRuntime::EngineRuntime(const Clock& clock, store::StoreWriter& writer, QString captureDir, EngineConfig config,
                             RuntimeOptions options, QObject* parent)
    : QObject(parent),
      clock_(clock),
      writer_(writer),
      captureDir_(std::move(captureDir)),
      config_(std::move(config)),
      options_(std::move(options))
{
    qRegisterMetaType<slip::api::HealthSnapshot>();
    journal_ = std::make_unique<CaptureJournal>(clock_, captureDir_, options_.captureMaxBytes, options_.captureKeepFiles);

    MonitorOptions mo;
    mo.dataApi = options_.endpoints.dataApi;
    mo.gamma = options_.endpoints.gamma;
    mo.clob = options_.endpoints.clob;
    if (options_.streams)
        mo.rtds = options_.endpoints.rtdsWs;
    mo.pollIntervalMs = options_.pollIntervalMs;
    mo.reconcileIntervalMs = options_.reconcileIntervalMs;
    mo.marketRefreshMs = options_.marketRefreshMs;
    mo.heartbeatMs = options_.heartbeatMs;
    mo.http = options_.http;
    mo.limits = options_.endpoints.rateLimits();
    ExecutorOptions eo;
    eo.clob = options_.endpoints.clob;
    eo.markIntervalMs = options_.markIntervalMs;
    eo.heartbeatMs = options_.heartbeatMs;
    eo.http = options_.http;
    eo.limits = options_.endpoints.rateLimits();

    monitor_ = new MonitorCore(clock_, *journal_, work_, mo);
    signal_ = new SignalCore(config_, writer_, work_, options_.mode);
    executor_ = new ExecutorCore(clock_, *journal_, work_, eo);
    monitorThread_.setObjectName(QStringLiteral("monitor"));
    signalThread_.setObjectName(QStringLiteral("signal"));
    executorThread_.setObjectName(QStringLiteral("executor"));
    monitor_->moveToThread(&monitorThread_);
    signal_->moveToThread(&signalThread_);
    executor_->moveToThread(&executorThread_);
    connect(&monitorThread_, &QThread::finished, monitor_, &QObject::deleteLater);
    connect(&signalThread_, &QThread::finished, signal_, &QObject::deleteLater);
    connect(&executorThread_, &QThread::finished, executor_, &QObject::deleteLater);

    // The journal's order is the engine's order: both signals are queued from inside its lock.
    connect(journal_.get(), &CaptureJournal::recorded, signal_, &SignalCore::take, Qt::QueuedConnection);
    connect(journal_.get(), &CaptureJournal::ticked, signal_, &SignalCore::tick, Qt::QueuedConnection);
    connect(signal_, &SignalCore::bookWanted, executor_, &ExecutorCore::needBook, Qt::QueuedConnection);
    connect(signal_, &SignalCore::heldAssetsChanged, executor_, &ExecutorCore::setHeldAssets, Qt::QueuedConnection);
    connect(signal_, &SignalCore::batchSubmitted, this, &EngineRuntime::batchSubmitted, Qt::QueuedConnection);
    connect(signal_, &SignalCore::recovered, this, &EngineRuntime::onRecovered, Qt::QueuedConnection);
    connect(signal_, &SignalCore::switchesInStream, this, &EngineRuntime::streamSwitches, Qt::QueuedConnection);
    connect(signal_, &SignalCore::progress, this,
            [this](qint64 streamMs, int pending, qint64 lastEventMs, qint64) {
                health_.streamMs = streamMs;
                health_.pendingGroups = pending;
                health_.lastEventMs = std::max<qint64>(health_.lastEventMs, lastEventMs);
                publishHealth(false);
            },
            Qt::QueuedConnection);
    connect(monitor_, &MonitorCore::feedsChanged, this,
            [this](const std::vector<FeedHealth>& feeds) {
                std::vector<FeedHealth> merged = feeds;
                for (const FeedHealth& f : health_.feeds)
                    if (f.name == u"clob.book")
                        merged.push_back(f);
                health_.feeds = merged;
                publishHealth(false);
            },
            Qt::QueuedConnection);
    connect(executor_, &ExecutorCore::feedChanged, this,
            [this](const FeedHealth& feed) {
                bool found = false;
                for (FeedHealth& f : health_.feeds)
                    if (f.name == feed.name) {
                        f = feed;
                        found = true;
                    }
                if (!found)
                    health_.feeds.push_back(feed);
                publishHealth(false);
            },
            Qt::QueuedConnection);
    auto limiters = [this](const QString& owner, const std::vector<LimiterHealth>& rows) {
        std::erase_if(health_.limiters, [&](const LimiterHealth& l) { return l.family.startsWith(owner); });
        health_.limiters.insert(health_.limiters.end(), rows.begin(), rows.end());
        // Tightest first: what the operator needs to see is the bucket closest to empty.
        std::stable_sort(health_.limiters.begin(), health_.limiters.end(), [](const LimiterHealth& a, const LimiterHealth& b) {
            return qint64(a.available) * std::max(1, b.capacity) < qint64(b.available) * std::max(1, a.capacity);
        });
    };
    connect(monitor_, &MonitorCore::limitersChanged, this,
            [limiters](const std::vector<LimiterHealth>& rows) { limiters(QStringLiteral("monitor: "), rows); },
            Qt::QueuedConnection);
    connect(executor_, &ExecutorCore::limitersChanged, this,
            [limiters](const std::vector<LimiterHealth>& rows) { limiters(QStringLiteral("executor: "), rows); },
            Qt::QueuedConnection);
    connect(monitor_, &MonitorCore::backfilled, this, [this](qint64 t) { health_.backfillMs = t; }, Qt::QueuedConnection);
    connect(monitor_, &MonitorCore::checkpoint, this,
            [this](const QString& name, qint64 value) {
                writer_.submit({checkpointOp(name, QString::number(value), clock_.nowMs())});
                Q_EMIT checkpoint(name, value);
            },
            Qt::QueuedConnection);
    if (options_.realTimeTicks) {
        CaptureJournal* journal = journal_.get();
        signal_->setDecisionWakeups(&clock_, options_.clockSpeedPermille, [journal] { journal->tick(); });
    }
    tickTimer_.setInterval(options_.heartbeatMs);
    connect(&tickTimer_, &QTimer::timeout, this, [this] { journal_->tick(); });
    health_.profile = options_.profile;
}

EngineRuntime::~EngineRuntime() { stop(); }

void EngineRuntime::start(const QHash<QString, qint64>& checkpoints, const QHash<QString, bool>& markets)
{
    if (started_)
        return;
    started_ = true;
    checkpoints_ = checkpoints;
    markets_ = markets;
    monitorThread_.start();
    signalThread_.start();
    executorThread_.start();
    const QStringList files = CaptureJournal::files(captureDir_);
    work_.add(); // recovery, finished in onRecovered
    SignalCore* core = signal_;
    QMetaObject::invokeMethod(core, [core, files] { core->recover(files); }, Qt::QueuedConnection);
}

void EngineRuntime::onRecovered(qint64 t, int records, const QString& problems, bool configOutdated)
{
    if (!problems.isEmpty())
        log::get("engine")->warn("capture problems during recovery:\n{}", problems.toStdString());
    journal_->resumeAfter(t);
    // The history stays decided under the configuration of its time; this one applies from now
    // on, and the capture says so, so the next recovery (and the session's own replay) agree.
    if (configOutdated) {
        const QJsonObject body{{QStringLiteral("action"), QStringLiteral("config")}, {QStringLiteral("config"), config_.toJson()}};
        if (auto recorded = recordControl(body))
            log::get("engine")->info("configuration recorded into the capture at {}", qint64(*recorded));
        else
            log::get("engine")->error("could not record the configuration: {}", recorded.error().toStdString());
    }
    ready_ = true;
    health_.running = true;
    QStringList wallets;
    for (const FollowedWallet& w : config_.wallets)
        wallets << w.address;
    MonitorCore* monitor = monitor_;
    ExecutorCore* executor = executor_;
    const auto checkpoints = checkpoints_;
    const auto markets = markets_;
    QMetaObject::invokeMethod(monitor, [monitor, wallets, checkpoints, markets] {
        monitor->knowMarkets(markets);
        monitor->start(wallets, checkpoints);
    }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(executor, [executor] { executor->start(); }, Qt::QueuedConnection);
    if (options_.realTimeTicks)
        tickTimer_.start();
    log::get("engine")->info("engine ready: {} records recovered, stream at {}", records, qint64(t));
    Q_EMIT ready(t, records);
    publishHealth(true);
    work_.done();
}

void EngineRuntime::stop()
{
    if (!started_)
        return;
    started_ = false;
    tickTimer_.stop();
    if (monitorThread_.isRunning())
        runOnThreadAndWait(monitor_, [m = monitor_] { m->stop(); });
    if (executorThread_.isRunning())
        runOnThreadAndWait(executor_, [e = executor_] { e->stop(); });
    monitorThread_.quit();
    executorThread_.quit();
    monitorThread_.wait();
    executorThread_.wait();
    // The engine takes every record already journaled before its thread ends.
    if (signalThread_.isRunning())
        runOnThreadAndWait(signal_, [] {});
    signalThread_.quit();
    signalThread_.wait();
    monitor_ = nullptr;
    executor_ = nullptr;
    signal_ = nullptr;
    ready_ = false;
    health_.running = false;
    publishHealth(true); // so `slipstream-cli status` says the engine stopped
}

Status EngineRuntime::recordSwitch(const QString& action, bool engaged)
{
    if (auto recorded = recordControl({{QStringLiteral("action"), action}, {QStringLiteral("engaged"), engaged}});
        !recorded)
        return Error{recorded.error()};
    if (action == u"kill_switch")
        health_.killSwitch = engaged;
    else
        health_.paused = engaged;
    publishHealth(true);
    return {};
}

Result<std::int64_t> EngineRuntime::recordControl(const QJsonObject& body)
{
    work_.add(); // taken by the signal core (SignalCore::take)
    auto recorded = journal_->append(QStringLiteral("control"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!recorded) {
        work_.done();
        return Error{recorded.error()};
    }
    return recorded->t;
}

void EngineRuntime::kick()
{
    if (!ready_)
        return;
    work_.add(3);
    MonitorCore* monitor = monitor_;
    ExecutorCore* executor = executor_;
    SignalCore* signal = signal_;
    PendingWork* work = &work_;
    QMetaObject::invokeMethod(monitor, [monitor, work] { monitor->heartbeat(); work->done(); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(executor, [executor, work] { executor->heartbeat(); work->done(); }, Qt::QueuedConnection);
    journal_->tick();
    // Queued after the tick, so it runs once the engine has taken it.
    QMetaObject::invokeMethod(signal, [work] { work->done(); }, Qt::QueuedConnection);
}

void EngineRuntime::finishStream()
{
    if (!ready_)
        return;
    work_.add();
    SignalCore* signal = signal_;
    PendingWork* work = &work_;
    QMetaObject::invokeMethod(signal, [signal, work] { signal->finish(); work->done(); }, Qt::QueuedConnection);
}

void EngineRuntime::publishHealth(bool force)
{
    if (!force && healthThrottle_.isValid() && healthThrottle_.elapsed() < 250)
        return;
    const bool store = force || !healthStored_.isValid() || healthStored_.elapsed() >= 2'000;
    healthThrottle_.start();
    if (store)
        healthStored_.start();
    health_.tMs = clock_.nowMs();
    health_.writeQueueDepth = int(writer_.stats().queueDepth);
    health_.captureBytes = journal_->bytesWritten();
    Q_EMIT healthChanged(health_);
    if (store)
        writer_.submit({checkpointOp(QStringLiteral("runtime.health"),
                                     QString::fromUtf8(QJsonDocument(health_.toJson()).toJson(QJsonDocument::Compact)),
                                     clock_.nowMs())});
}

} // namespace slip::api
