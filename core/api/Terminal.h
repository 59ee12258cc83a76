#pragma once
// Terminal: the one façade the GUI and the CLI use. It owns the store writer and a reader
// connection for its own thread, validates commands at the boundary, writes through the
// writer thread and announces changes once they are durable.

#include "api/BreakerModels.h"
#include "api/DataDirectory.h"
#include "api/EngineRuntime.h"
#include "api/LiveArming.h"
#include "api/ReadRows.h"
#include "api/SystemInfo.h"
#include "api/WalletInfo.h"
#include "config/EngineConfig.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace slip::store {
class Database;
class StoreWriter;
struct WriteOp;
} // namespace slip::store

namespace slip::api {

class ReadModels;
class DemoVenue;

class Terminal : public QObject
{
    Q_OBJECT
public:
    explicit Terminal(const Clock& clock, QObject* parent = nullptr);
    ~Terminal() override;

    /// Opens the profile's database (migrating it) and loads the read models.
    Status open(const DataDirectory& dir);
    /// Waits for pending writes and closes the database.
    void close();
    const DataDirectory& dataDirectory() const { return dir_; }

    /// Followed wallets in the order they were added.
    const std::vector<WalletInfo>& wallets() const { return wallets_; }
    /// Validates and follows a wallet; the change is announced by walletsChanged() once stored.
    Result<WalletInfo> addWallet(const QString& addressText, const QString& label);
    /// Renames a followed wallet.
    Status setWalletLabel(const QString& address, const QString& label);
    /// Enables or disables copying of a followed wallet.
    Status setWalletEnabled(const QString& address, bool enabled);
    /// Stops following a wallet (its history stays in the database).
    Status removeWallet(const QString& address);

    /// Starts the engine (monitor, signal and executor cores on their threads) on this profile
    /// with its stored configuration; engineClock drives the engine and must outlive it.
    Status startEngine(const Clock& engineClock, RuntimeOptions options);
    /// Starts the demo profile: follows the demo wallets (once), embeds the sandbox venue serving
    /// the bundled synthetic capture at speedPermille (1000 = real time) and starts the engine on it.
    Status startDemo(std::int64_t speedPermille, RuntimeOptions options = {});
    /// Stops the engine and, in the demo, the embedded venue.
    void stopEngine();
    /// The running engine, or null.
    EngineRuntime* engine() { return runtime_.get(); }
    /// The demo's embedded venue, or null.
    DemoVenue* demoVenue() { return demoVenue_.get(); }

    /// The read side for the GUI thread (queries over this thread's reader connection).
    ReadModels& readModels();

    /// Engages (at once, no confirmation) or releases the kill switch; persisted and audited.
    Status setKillSwitch(bool engaged);
    /// Pauses or resumes the engine (no new copies while paused); persisted and audited.
    Status setPaused(bool paused);
    /// The switches in force.
    ControlState controls() const { return controls_; }
    /// True in the DEMO profile (embedded sandbox venue, synthetic data).
    bool isDemo() const { return demo_; }

    /// Every breaker of every executable scope (EXEC_GLOBAL, then EXEC_USER per wallet), as the
    /// stored breaker events and reset requests say they stand.
    Result<std::vector<BreakerState>> breakers();
    /// Resets a tripped breaker (scope "EXEC_USER" with a followed wallet, or "EXEC_GLOBAL" with
    /// none; breaker "daily", "weekly" or "drawdown"): writes the spec §7 `reset_breaker` control
    /// record into the live stream (so any replay of the capture resets it at the same t) and an
    /// audit row. The engine applies it before the scope's next decision. Needs the engine running.
    Status resetBreaker(const QString& scope, const QString& wallet, const QString& breaker);
    /// Closes a position on paper: writes Slipstream's `close_position` control record into the
    /// live stream and an audit row; the engine sells every share of the asset in that scope at
    /// the record's t against the latest book (EXEC_GLOBAL: the wallet's lot, or every lot when
    /// wallet is empty). Refused while the kill switch is engaged (no orders of any kind).
    Status closePosition(const QString& scope, const QString& wallet, const QString& asset);
    /// Runs the live-arming checks (keystore present and unlocked by passphrase, API credentials,
    /// typed confirmation) for every wallet (wallet empty) or one wallet, with an audit row. In
    /// this build nothing is ever switched: the answer says so (LiveArming::kLiveExecutionAvailable).
    LiveCheck armLive(const QString& wallet, QByteArrayView passphrase, const QString& typedConfirmation);

    /// The stored engine configuration (global values, seed, followed wallets and their
    /// overrides), as the Config panel edits it and `--config` files carry it.
    Result<EngineConfig> config();
    /// What a valid configuration must also satisfy to be stored here: no switches (they belong
    /// to the kill switch and pause controls), only followed wallets, paper mode only.
    Status checkConfig(const EngineConfig& config) const;
    /// Validates and stores a whole configuration (global values, seed, each listed wallet's
    /// label/enabled/mode/overrides) with an audit row; wallets not in config are left alone.
    /// Announced by configChanged() once durable. A running engine takes it at its next start.
    Status setConfig(const EngineConfig& config);
    /// The GUI thread's read-only connection (for read models beside ReadModels).
    store::Database& reader();

    /// Database and writer figures, read now.
    SystemInfo systemInfo();
    /// Blocks until every write issued so far is durable (CLI and tests).
    bool flush(int timeoutMs = 30000);

Q_SIGNALS:
    /// The followed-wallet list changed (after the change is durable).
    void walletsChanged();
    /// The stored configuration changed (after the change is durable).
    void configChanged();
    /// A write failed; nothing of it was stored. The message is for the operator.
    void operationFailed(const QString& message);
    /// Attempts the engine stored since the last notification, in the order they were decided.
    void attemptsStored(const std::vector<slip::api::AttemptRow>& rows);
    /// New portfolio snapshots or ledger entries were stored (positions and equity changed).
    void portfolioChanged();
    /// The engine's health (feeds, stream time, queues), a few times a second at most.
    void healthChanged(const slip::api::HealthSnapshot& health);
    /// The kill switch or pause changed (from this window, the CLI or the engine).
    void controlsChanged(const slip::api::ControlState& state);
    /// Breaker state may have changed (new engine output stored, or a reset requested).
    void breakersChanged();

private:
    void onBatchCommitted(quint64 id);
    void pollControls();
    void streamSwitch(const QString& action, bool engaged);
    Status applySwitch(const QString& action, bool engaged, const QString& actor);
    Result<std::int64_t> openPositionShares(const QString& scope, const QString& wallet, const QString& asset);
    const WalletInfo* findWallet(const QString& address) const;
    void submit(std::vector<store::WriteOp> ops, std::function<void()> onCommitted);
    void audit(const QString& action, const QString& detailsJson, std::vector<store::WriteOp>& ops);

    const Clock& clock_;
    DataDirectory dir_;
    std::unique_ptr<store::StoreWriter> writer_;
    std::unique_ptr<store::Database> reader_;
    std::vector<WalletInfo> wallets_;
    std::unique_ptr<ReadModels> readModels_;
    ControlState controls_;
    bool demo_ = false;
    std::unique_ptr<DemoVenue> demoVenue_;
    std::unique_ptr<EngineRuntime> runtime_;
    std::map<quint64, std::pair<int, bool>> engineBatches_; // id -> (attempts, portfolio)
    std::int64_t lastAttemptId_ = 0;
    QTimer controlsPoll_;
    int pendingControlWrites_ = 0; // own switch changes not yet stored (the poll must not undo them)
    std::map<quint64, std::function<void()>> pendingCommits_;
};

} // namespace slip::api
