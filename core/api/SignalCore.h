#pragma once
// SignalCore: the copy engine on its own thread (core #2), wired by EngineRuntime. It takes the
// journal's records and ticks in stamp order, runs the stream CopyEngine (grouping, sizing, guardrails, decisions,
// paper fills, ledgers — the same code a replay runs), and turns what it produced into
// idempotent store writes: events, attempts, fills, ledger entries, breaker events, market
// facts, price marks and per-minute portfolio snapshots. It asks the executor for the book of
// every group it will decide. The decision logic itself stays pure in CopyEngine; this wrapper
// (threads, timers, the store) lives here, not in signal/, which holds only pure logic.

#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "domain/Clock.h"
#include "domain/IdKey.h"
#include "domain/PendingWork.h"
#include "replay/CopyEngine.h"
#include "store/WriteOp.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>

namespace slip {
namespace store {
class StoreWriter;
}

class SignalCore : public QObject
{
    Q_OBJECT
public:
    /// writer and work must outlive the core.
    SignalCore(EngineConfig config, store::StoreWriter& writer, PendingWork& work, QString mode = QStringLiteral("paper"));
    ~SignalCore() override;

    /// Live runs: wake up right after the next decision time (clock: the engine's clock;
    /// speedPermille: clock ms per 1000 real ms) and call requestTick, which must move the stream through the
    /// journal so the tick keeps its place among the records.
    void setDecisionWakeups(const Clock* clock, std::int64_t speedPermille, std::function<void()> requestTick);

    /// Ledger hash of the engine's portfolios as they stand (for checks; call on the core's thread).
    QString ledgerHash() const;
    const CopyEngine& engine() const { return *engine_; }

public Q_SLOTS:
    /// Rebuilds the engine from the capture files of earlier runs (oldest first), storing
    /// whatever was not stored yet, then emits recovered().
    void recover(const QStringList& files);
    /// The next record from the journal.
    void take(const slip::CaptureRecord& record);
    /// The stream reached t.
    void tick(qint64 t);
    /// End of stream (tests, `run --until`): decides every remaining group and applies every
    /// remaining settlement and reset, as a replay does at its end.
    void finish();

Q_SIGNALS:
    /// Recovery is over; t is the last record time found (0 when none).
    /// configOutdated: the configuration this core was started with is not the one in force at
    /// the end of the capture (the runtime then records it, so it applies from now on).
    void recovered(qint64 t, int records, const QString& problems, bool configOutdated);
    /// The executor should fetch this asset's book at atMs (the group's close).
    void bookWanted(const QString& asset, qint64 atMs);
    /// The set of assets any scope holds changed.
    void heldAssetsChanged(const QStringList& assets);
    /// A batch went to the writer: what it holds, for change notifications once it commits.
    void batchSubmitted(quint64 batchId, int attempts, bool portfolio);
    /// Stream progress for the health read model.
    void progress(qint64 streamMs, int pendingGroups, qint64 lastEventMs, qint64 lastDecisionMs);
    /// The switches in force in the stream (the latest control records).
    void switchesInStream(bool killSwitch, bool paused);

private:
    void handle(CopyEngine::Output& out, const CaptureRecord* record);
    bool trackHeld(const std::vector<ScopedLedgerEntry>& entries);
    void snapshotIfDue(std::int64_t t, store::WriteBatch& batch);
    void recordExtras(const CaptureRecord& r, store::WriteBatch& batch);
    void submit(store::WriteBatch batch, int attempts, bool portfolio);
    void flushBatch();
    void armWakeup();
    QString walletOf(int index) const;

    void makeEngine(EngineConfig config);

    std::unique_ptr<CopyEngine> engine_;
    QByteArray configured_; // the configuration this core was started with (canonical JSON)
    store::StoreWriter& writer_;
    PendingWork& work_;
    QString mode_;
    QStringList held_;
    // Which portfolios hold which assets: (scope × kMaxWallets + wallet + 1, asset) pairs, and
    // per asset the number of portfolios holding it.
    static constexpr int kMaxWallets = 1 << 20;
    QSet<std::pair<int, IdKey>> holdings_;
    QHash<IdKey, int> heldBy_;
    std::int64_t lastSnapshotMinute_ = 0;
    std::int64_t lastEventMs_ = 0;
    bool recovering_ = false;
    store::WriteBatch batch_; // ops not yet submitted (recovery gathers many records per batch)
    int batchAttempts_ = 0;
    bool batchPortfolio_ = false;
    // Batches submitted and not yet committed, each counted in work_ until the writer says so.
    struct BatchTracker
    {
        std::mutex mutex;
        PendingWork* work = nullptr; // null once the core is gone
        std::set<quint64> pending;
        std::set<quint64> early;
        void submitted(quint64 id);
        void finished(quint64 id);
        void detach();
    };
    std::shared_ptr<BatchTracker> tracker_;
    QMetaObject::Connection connection_;
    QMetaObject::Connection failedConnection_;
    const Clock* clock_ = nullptr;
    std::int64_t speedPermille_ = 1000;
    std::function<void()> requestTick_;
    std::unique_ptr<QTimer> wakeup_;
};

} // namespace slip
