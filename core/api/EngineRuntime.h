#pragma once
// EngineRuntime: the wiring of the terminal's cores to their threads (DESIGN.md §Threads) —
// the monitor, signal and executor cores each on a QThread of its own, the capture journal
// between them, the store writer (owned by the caller) on its own — plus start-up recovery from
// the capture, the operator switches as `control` records, and the health read model. The GUI,
// the headless `slipstream-cli run` and the tests all run the engine through this one class.

#include "api/ReadRows.h"
#include "config/EngineConfig.h"
#include "domain/Clock.h"
#include "domain/PendingWork.h"
#include "domain/Result.h"
#include "net/Endpoints.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace slip {
class CaptureJournal;
class MonitorCore;
class SignalCore;
class ExecutorCore;
namespace store {
class StoreWriter;
}
} // namespace slip

namespace slip::api {

struct RuntimeOptions
{
    Endpoints endpoints;
    QString profile = QStringLiteral("default");   ///< "demo" in the demo profile
    QString mode = QStringLiteral("paper");
    std::int64_t pollIntervalMs = 30'000;           ///< clock time, per wallet
    std::int64_t reconcileIntervalMs = 60'000;
    std::int64_t markIntervalMs = 30'000;
    std::int64_t marketRefreshMs = 5 * 60'000;
    int heartbeatMs = 50;                           ///< real time between schedule checks and ticks
    bool realTimeTicks = true;                      ///< false: the stream moves only on kick() (stepped runs)
    std::int64_t clockSpeedPermille = 1000;         ///< engine clock ms per 1000 real ms (demo speed)
    bool streams = true;                            ///< RTDS push triggers
    std::int64_t captureMaxBytes = 64LL << 20;      ///< per capture file
    int captureKeepFiles = 256;
    HttpOptions http;
};

class EngineRuntime : public QObject
{
    Q_OBJECT
public:
    /// clock and writer must outlive the runtime; captureDir holds this profile's capture files.
    EngineRuntime(const Clock& clock, store::StoreWriter& writer, QString captureDir, EngineConfig config,
                  RuntimeOptions options, QObject* parent = nullptr);
    ~EngineRuntime() override;

    /// Starts the threads: recovery from the capture first, then the feeds. `checkpoints` are the
    /// stored "monitor.<wallet>" values, `markets` the known condition ids with their closed flag.
    void start(const QHash<QString, qint64>& checkpoints, const QHash<QString, bool>& markets = {});
    /// Stops the feeds, lets the engine take what was already recorded, and joins the threads.
    void stop();
    bool isReady() const { return ready_; }

    /// Records an operator switch ("kill_switch" or "pause") into the stream: in force for every
    /// decision from now on, and in any replay of the capture.
    Status recordSwitch(const QString& action, bool engaged);
    /// Records any other operator control record (a breaker reset, a position close) into the
    /// stream through the capture journal, so the engine and any replay of the capture apply it
    /// at the same t. Returns the record's t.
    Result<std::int64_t> recordControl(const QJsonObject& body);
    /// Stepped runs: runs every core's due work at the clock's time now and moves the stream there.
    void kick();
    /// Stepped runs: decides every remaining group and applies what remains (the end of a replay).
    void finishStream();
    /// True when nothing started is still in flight, queued or unstored.
    bool idle() const { return ready_ && work_.idle(); }
    PendingWork& work() { return work_; }
    CaptureJournal& journal() { return *journal_; }
    const EngineConfig& config() const { return config_; }
    /// Health as last assembled.
    HealthSnapshot health() const { return health_; }

Q_SIGNALS:
    /// Recovery is over and the feeds are starting; streamMs is where the stream resumed.
    void ready(qint64 streamMs, int recoveredRecords);
    /// A batch of engine output went to the writer (ids for change notifications on commit).
    void batchSubmitted(quint64 batchId, int attempts, bool portfolio);
    /// Health changed (at most a few times a second).
    void healthChanged(const slip::api::HealthSnapshot& health);
    /// The monitor stored a checkpoint value.
    void checkpoint(const QString& name, qint64 value);
    /// The switches in force in the stream after recovery.
    void streamSwitches(bool killSwitch, bool paused);

private:
    void onRecovered(qint64 t, int records, const QString& problems, bool configOutdated);
    void publishHealth(bool force);

    const Clock& clock_;
    store::StoreWriter& writer_;
    QString captureDir_;
    EngineConfig config_;
    RuntimeOptions options_;
    PendingWork work_;
    std::unique_ptr<CaptureJournal> journal_;
    QThread monitorThread_;
    QThread signalThread_;
    QThread executorThread_;
    MonitorCore* monitor_ = nullptr;
    SignalCore* signal_ = nullptr;
    ExecutorCore* executor_ = nullptr;
    QTimer tickTimer_;
    QHash<QString, qint64> checkpoints_;
    QHash<QString, bool> markets_;
    HealthSnapshot health_;
    QElapsedTimer healthThrottle_;
    QElapsedTimer healthStored_;
    bool ready_ = false;
    bool started_ = false;
};

} // namespace slip::api
