#include "api/Terminal.h"

#include "api/ConfigStore.h"
#include "api/Controls.h"
#include "api/DemoVenue.h"
#include "api/ReadModels.h"
#include "capture/CaptureJournal.h"

#include "domain/Address.h"
#include "log/Log.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/StoreStats.h"
#include "store/StoreWriter.h"
#include "store/WalletRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace slip::api {
namespace {

constexpr int kMaxLabelLength = 64;

WalletInfo toInfo(const store::WalletRow& r)
{
    return {r.address, r.label, r.enabled, r.mode, r.addedMs};
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QString> cleanLabel(const QString& label)
{
    const QString l = label.trimmed();
    if (l.size() > kMaxLabelLength)
        return Error{QObject::tr("A label can have at most %1 characters.").arg(kMaxLabelLength)};
    for (QChar c : l) {
        if (c.category() == QChar::Other_Control)
            return Error{QObject::tr("A label cannot contain control characters.")};
    }
    return l;
}

} // namespace

Terminal::Terminal(const Clock& clock, QObject* parent) : QObject(parent), clock_(clock) {}

Terminal::~Terminal()
{
    close();
}

Status Terminal::open(const DataDirectory& dir)
{
    dir_ = dir;
    writer_ = std::make_unique<store::StoreWriter>();
    if (auto s = writer_->open(dir.databasePath()); !s) {
        writer_.reset();
        return s;
    }
    connect(writer_.get(), &store::StoreWriter::committed, this, [this](quint64 id) {
        onBatchCommitted(id);
        auto it = pendingCommits_.find(id);
        if (it == pendingCommits_.end())
            return;
        auto fn = std::move(it->second);
        pendingCommits_.erase(it);
        if (fn)
            fn();
    });
    connect(writer_.get(), &store::StoreWriter::failed, this, [this](quint64 id, const QString& error) {
        pendingCommits_.erase(id);
        Q_EMIT operationFailed(tr("Could not save the change: %1").arg(error));
    });
    auto reader = store::Database::openReader(dir.databasePath());
    if (!reader) {
        writer_.reset();
        return Error{reader.error()};
    }
    reader_ = std::move(reader).value();
    readModels_ = std::make_unique<ReadModels>(*reader_);
    wallets_.clear();
    for (const auto& r : store::WalletRepository::list(reader_->sql()))
        wallets_.push_back(toInfo(r));
    if (auto c = Controls::read(*reader_))
        controls_ = *c;
    // The CLI (another process) may change the switches while this window runs.
    controlsPoll_.setInterval(500);
    connect(&controlsPoll_, &QTimer::timeout, this, &Terminal::pollControls, Qt::UniqueConnection);
    controlsPoll_.start();
    log::get("app")->info("opened {} (schema {}, {} followed wallets)",
                          dir.databasePath().toStdString(), writer_->schemaVersion(), wallets_.size());
    return {};
}

void Terminal::close()
{
    controlsPoll_.stop();
    stopEngine();
    if (writer_) {
        writer_->close();
        writer_.reset();
    }
    readModels_.reset();
    reader_.reset();
    pendingCommits_.clear();
}

Status Terminal::startEngine(const Clock& engineClock, RuntimeOptions options)
{
    if (!writer_ || !reader_)
        return Error{tr("The database is not open.")};
    if (runtime_)
        return Error{tr("The engine is already running.")};
    auto config = ConfigStore::load(*reader_);
    if (!config)
        return Error{tr("The stored configuration is not valid: %1").arg(config.error())};
    QHash<QString, qint64> checkpoints;
    QHash<QString, bool> markets;
    {
        QSqlQuery q(reader_->sql());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT name, value FROM checkpoints WHERE name LIKE 'monitor.%'")))
            while (q.next())
                checkpoints.insert(q.value(0).toString().mid(8), q.value(1).toLongLong());
        if (q.exec(QStringLiteral("SELECT condition_id, closed FROM markets")))
            while (q.next())
                markets.insert(q.value(0).toString(), q.value(1).toInt() != 0);
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM copy_attempts")) && q.next())
            lastAttemptId_ = q.value(0).toLongLong();
    }
    runtime_ = std::make_unique<EngineRuntime>(engineClock, *writer_, dir_.captureDirectory(), std::move(config).value(),
                                               std::move(options));
    connect(runtime_.get(), &EngineRuntime::batchSubmitted, this,
            [this](quint64 id, int attempts, bool portfolio) { engineBatches_[id] = {attempts, portfolio}; });
    connect(runtime_.get(), &EngineRuntime::healthChanged, this, [this](const HealthSnapshot& h) {
        HealthSnapshot copy = h;
        copy.killSwitch = controls_.killSwitch;
        copy.paused = controls_.paused;
        Q_EMIT healthChanged(copy);
    });
    // After recovery: the stored switches are the operator's word; the stream must agree.
    connect(runtime_.get(), &EngineRuntime::streamSwitches, this, [this](bool killSwitch, bool paused) {
        if (killSwitch != controls_.killSwitch)
            streamSwitch(QString::fromLatin1(Controls::kKillSwitch), controls_.killSwitch);
        if (paused != controls_.paused)
            streamSwitch(QString::fromLatin1(Controls::kPause), controls_.paused);
    });
    runtime_->start(checkpoints, markets);
    return {};
}

Status Terminal::startDemo(std::int64_t speedPermille, RuntimeOptions options)
{
    if (!writer_)
        return Error{tr("The database is not open.")};
    demo_ = true;
    if (wallets_.empty()) {
        const EngineConfig demo = DemoVenue::config();
        store::WriteBatch ops = ConfigStore::saveOps(demo, QStringLiteral("demo"), clock_.nowMs());
        submit(std::move(ops), {});
        if (!writer_->flush())
            return Error{tr("Could not store the demo wallets.")};
        wallets_.clear();
        for (const auto& r : store::WalletRepository::list(reader_->sql()))
            wallets_.push_back(toInfo(r));
        Q_EMIT walletsChanged();
    }
    // Resume the venue's time where an earlier demo session stopped, so restarts move on.
    std::int64_t resumeAfter = 0;
    for (const QString& file : CaptureJournal::files(dir_.captureDirectory()))
        resumeAfter = std::max(resumeAfter, CaptureJournal::lastRecordTime(file));
    demoVenue_ = std::make_unique<DemoVenue>(resumeAfter, speedPermille);
    if (Status s = demoVenue_->start(); !s) {
        demoVenue_.reset();
        return s;
    }
    options.endpoints = demoVenue_->endpoints();
    options.profile = QStringLiteral("demo");
    options.clockSpeedPermille = speedPermille;
    log::get("app")->info("DEMO profile: embedded sandbox venue at {} (synthetic data, {}x)",
                          options.endpoints.dataApi.toString().toStdString(), double(speedPermille) / 1000.0);
    return startEngine(demoVenue_->clock(), std::move(options));
}

void Terminal::stopEngine()
{
    if (runtime_) {
        runtime_->stop();
        runtime_.reset();
    }
    if (demoVenue_) {
        demoVenue_->stop();
        demoVenue_.reset();
    }
    engineBatches_.clear();
}

void Terminal::onBatchCommitted(quint64 id)
{
    auto it = engineBatches_.find(id);
    if (it == engineBatches_.end())
        return;
    const auto [attempts, portfolio] = it->second;
    engineBatches_.erase(it);
    if (attempts > 0 && readModels_) {
        auto rows = readModels_->attemptsAfter(lastAttemptId_, 100'000);
        if (rows && !rows->empty()) {
            lastAttemptId_ = rows->back().id;
            Q_EMIT attemptsStored(*rows);
        }
    }
    if (portfolio)
        Q_EMIT portfolioChanged();
    // Trips, re-arms and resets happen only where a scope decides a group (an attempt).
    if (attempts > 0)
        Q_EMIT breakersChanged();
}

void Terminal::pollControls()
{
    if (!reader_ || pendingControlWrites_ > 0)
        return;
    auto stored = Controls::read(*reader_);
    if (!stored)
        return;
    const bool killChanged = stored->killSwitch != controls_.killSwitch;
    const bool pauseChanged = stored->paused != controls_.paused;
    if (!killChanged && !pauseChanged)
        return;
    controls_ = *stored;
    if (runtime_ && killChanged)
        streamSwitch(QString::fromLatin1(Controls::kKillSwitch), controls_.killSwitch);
    if (runtime_ && pauseChanged)
        streamSwitch(QString::fromLatin1(Controls::kPause), controls_.paused);
    Q_EMIT controlsChanged(controls_);
}

void Terminal::streamSwitch(const QString& action, bool engaged)
{
    if (Status s = runtime_->recordSwitch(action, engaged); !s) {
        log::get("app")->error("could not record {}: {}", action.toStdString(), s.error().toStdString());
        Q_EMIT operationFailed(tr("The engine did not take the switch: %1").arg(s.error()));
    }
}

Status Terminal::applySwitch(const QString& action, bool engaged, const QString& actor)
{
    if (!writer_)
        return Error{tr("The database is not open.")};
    // In force for the engine at once; the stored value follows through the writer.
    if (runtime_) {
        if (Status s = runtime_->recordSwitch(action, engaged); !s)
            return s;
    }
    if (action == QLatin1String(Controls::kKillSwitch))
        controls_.killSwitch = engaged;
    else
        controls_.paused = engaged;
    controls_.updatedMs = clock_.nowMs();
    controls_.updatedBy = actor;
    ++pendingControlWrites_;
    submit(Controls::setOps(action, engaged, actor, clock_.nowMs()), [this] { --pendingControlWrites_; });
    log::get("app")->warn("{} {} by {}", action.toStdString(), engaged ? "engaged" : "released", actor.toStdString());
    Q_EMIT controlsChanged(controls_);
    return {};
}

Status Terminal::setKillSwitch(bool engaged)
{
    return applySwitch(QString::fromLatin1(Controls::kKillSwitch), engaged, QStringLiteral("gui"));
}

Status Terminal::setPaused(bool paused)
{
    return applySwitch(QString::fromLatin1(Controls::kPause), paused, QStringLiteral("gui"));
}

ReadModels& Terminal::readModels()
{
    Q_ASSERT(readModels_);
    return *readModels_;
}

const WalletInfo* Terminal::findWallet(const QString& address) const
{
    for (const auto& w : wallets_) {
        if (w.address == address)
            return &w;
    }
    return nullptr;
}

void Terminal::audit(const QString& action, const QString& detailsJson, store::WriteBatch& ops)
{
    ops.push_back(store::AuditRepository::appendOp(clock_.nowMs(), QStringLiteral("operator"), action, detailsJson));
}

void Terminal::submit(store::WriteBatch ops, std::function<void()> onCommitted)
{
    const quint64 id = writer_->submit(std::move(ops));
    pendingCommits_[id] = std::move(onCommitted);
}

Result<WalletInfo> Terminal::addWallet(const QString& addressText, const QString& label)
{
    if (!writer_)
        return Error{tr("The database is not open.")};
    auto address = Address::parse(addressText.trimmed());
    if (!address)
        return Error{tr("Not a valid wallet address: %1.").arg(address.error())};
    auto cleaned = cleanLabel(label);
    if (!cleaned)
        return Error{cleaned.error()};
    if (findWallet(address->toString()))
        return Error{tr("Wallet %1 is already followed.").arg(address->toString())};
    const qint64 now = clock_.nowMs();
    store::WalletRow row{address->toString(), *cleaned, true, QStringLiteral("paper"), QStringLiteral("{}"), now, now};
    const WalletInfo info = toInfo(row);
    store::WriteBatch ops{store::WalletRepository::insertOp(row)};
    audit(QStringLiteral("wallet.add"), json({{"address", info.address}, {"label", info.label}}), ops);
    submit(std::move(ops), [this, info] {
        if (!findWallet(info.address))
            wallets_.push_back(info);
        Q_EMIT walletsChanged();
    });
    return info;
}

Status Terminal::setWalletLabel(const QString& address, const QString& label)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    auto cleaned = cleanLabel(label);
    if (!cleaned)
        return Error{cleaned.error()};
    store::WriteBatch ops{store::WalletRepository::setLabelOp(address, *cleaned, clock_.nowMs())};
    audit(QStringLiteral("wallet.label"), json({{"address", address}, {"label", *cleaned}}), ops);
    const QString l = *cleaned;
    submit(std::move(ops), [this, address, l] {
        for (auto& w : wallets_) {
            if (w.address == address)
                w.label = l;
        }
        Q_EMIT walletsChanged();
    });
    return {};
}

Status Terminal::setWalletEnabled(const QString& address, bool enabled)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    store::WriteBatch ops{store::WalletRepository::setEnabledOp(address, enabled, clock_.nowMs())};
    audit(enabled ? QStringLiteral("wallet.enable") : QStringLiteral("wallet.disable"),
          json({{"address", address}}), ops);
    submit(std::move(ops), [this, address, enabled] {
        for (auto& w : wallets_) {
            if (w.address == address)
                w.enabled = enabled;
        }
        Q_EMIT walletsChanged();
    });
    return {};
}

Status Terminal::removeWallet(const QString& address)
{
    if (!writer_ || !findWallet(address))
        return Error{tr("Wallet %1 is not followed.").arg(address)};
    store::WriteBatch ops{store::WalletRepository::removeOp(address)};
    audit(QStringLiteral("wallet.remove"), json({{"address", address}}), ops);
    submit(std::move(ops), [this, address] {
        std::erase_if(wallets_, [&](const WalletInfo& w) { return w.address == address; });
        Q_EMIT walletsChanged();
    });
    return {};
}

Result<EngineConfig> Terminal::config()
{
    if (!reader_)
        return Error{tr("The database is not open.")};
    return ConfigStore::load(*reader_);
}

Status Terminal::checkConfig(const EngineConfig& config) const
{
    // The switches have one place: the toolbar controls (and the CLI), each with its audit row.
    for (const char* flag : {"kill_switch", "paused"})
        if (config.globalJson.contains(QLatin1String(flag)))
            return Error{tr("global.%1: not part of a saved configuration; use the kill switch and pause controls "
                            "on the toolbar.")
                             .arg(QLatin1String(flag))};
    for (std::size_t i = 0; i < config.wallets.size(); ++i) {
        const FollowedWallet& w = config.wallets[i];
        if (!findWallet(w.address))
            return Error{tr("wallets[%1].address: %2 is not followed; follow it in the Wallets panel first.")
                             .arg(i)
                             .arg(w.address)};
        if (w.mode != u"paper")
            return Error{tr("wallets[%1].mode: live mode is not available in this build; every wallet trades on paper.")
                             .arg(i)};
    }
    return {};
}

Status Terminal::setConfig(const EngineConfig& config)
{
    if (!writer_)
        return Error{tr("The database is not open.")};
    // Round trip through the validating parser: nothing invalid reaches the store.
    auto checked = EngineConfig::fromObject(config.toJson());
    if (!checked)
        return Error{checked.error()};
    if (Status s = checkConfig(*checked); !s)
        return s;
    store::WriteBatch ops = ConfigStore::saveOps(*checked, QStringLiteral("operator"), clock_.nowMs());
    const EngineConfig stored = *checked;
    submit(std::move(ops), [this, stored] {
        for (auto& w : wallets_) {
            for (const auto& c : stored.wallets) {
                if (c.address == w.address) {
                    w.label = c.label;
                    w.enabled = c.enabled;
                    w.mode = c.mode;
                }
            }
        }
        Q_EMIT walletsChanged();
        Q_EMIT configChanged();
    });
    return {};
}

Result<std::vector<BreakerState>> Terminal::breakers()
{
    if (!reader_)
        return Error{tr("The database is not open.")};
    auto config = ConfigStore::load(*reader_);
    if (!config)
        return Error{tr("The stored configuration is not valid: %1").arg(config.error())};
    return BreakerModels::read(*reader_, *config);
}

Status Terminal::resetBreaker(const QString& scope, const QString& wallet, const QString& breaker)
{
    if (!writer_ || !reader_)
        return Error{tr("The database is not open.")};
    auto config = ConfigStore::load(*reader_);
    if (!config)
        return Error{tr("The stored configuration is not valid: %1").arg(config.error())};
    const QString w = scope == u"EXEC_GLOBAL" ? QString() : wallet.trimmed().toLower();
    auto state = BreakerModels::find(*reader_, *config, scope, w, breaker);
    if (!state)
        return Error{state.error()};
    const QString where = scope == u"EXEC_GLOBAL" ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER %1").arg(w);
    if (!state->tripped)
        return Error{tr("The %1 breaker of %2 is not tripped: there is nothing to reset.").arg(breaker, where)};
    if (state->resetRequestedMs)
        return Error{tr("A reset of the %1 breaker of %2 was already requested; the engine applies it before the "
                        "scope's next decision.").arg(breaker, where)};
    if (!runtime_ || !runtime_->isReady())
        return Error{tr("The engine is not running: a breaker reset goes into the engine's stream, start the engine "
                        "first.")};
    QJsonObject body{{QStringLiteral("action"), QStringLiteral("reset_breaker")},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("breaker"), breaker}};
    if (scope == u"EXEC_USER")
        body.insert(QStringLiteral("wallet"), w);
    auto t = runtime_->recordControl(body);
    if (!t)
        return Error{tr("The engine did not take the reset: %1").arg(t.error())};
    // The figures that tripped it go into the audit row with the request.
    QJsonObject details = body;
    details.insert(QStringLiteral("wallet"), w);
    details.insert(QStringLiteral("t_ms"), qint64(*t));
    details.insert(QStringLiteral("tripped_ms"), qint64(state->sinceMs));
    details.insert(QStringLiteral("equity"), qint64(state->equity));
    details.insert(QStringLiteral("reference"), qint64(state->reference));
    details.insert(QStringLiteral("threshold_bps"), qint64(state->thresholdBps));
    store::WriteBatch ops;
    audit(QString::fromLatin1(BreakerModels::kResetAudit), json(details), ops);
    submit(std::move(ops), [this] { Q_EMIT breakersChanged(); });
    log::get("app")->warn("breaker reset requested: {} {} (tripped at {}, equity {}, reference {})",
                          where.toStdString(), breaker.toStdString(), qint64(state->sinceMs), qint64(state->equity),
                          qint64(state->reference));
    return {};
}

Result<std::int64_t> Terminal::openPositionShares(const QString& scope, const QString& wallet, const QString& asset)
{
    QSqlQuery q(reader_->sql());
    if (scope == u"EXEC_USER") {
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(shares_delta), 0) FROM ledger_rows WHERE scope = 'EXEC_USER' "
                                 "AND wallet = (SELECT id FROM names WHERE name = ?) "
                                 "AND asset = (SELECT id FROM names WHERE name = ?)"));
        q.addBindValue(wallet);
        q.addBindValue(asset);
    } else if (wallet.isEmpty()) {
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(shares_delta), 0) FROM ledger_rows WHERE scope = 'EXEC_GLOBAL' "
                                 "AND wallet = (SELECT id FROM names WHERE name = '') "
                                 "AND asset = (SELECT id FROM names WHERE name = ?)"));
        q.addBindValue(asset);
    } else {
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(shares_delta), 0) FROM ledger_rows WHERE scope = 'EXEC_GLOBAL' "
                                 "AND wallet = (SELECT id FROM names WHERE name = '') "
                                 "AND lot_wallet = (SELECT id FROM names WHERE name = ?) "
                                 "AND asset = (SELECT id FROM names WHERE name = ?)"));
        q.addBindValue(wallet);
        q.addBindValue(asset);
    }
    if (!q.exec() || !q.next())
        return Error{tr("Cannot read the ledger.")};
    return std::int64_t(q.value(0).toLongLong());
}

Status Terminal::closePosition(const QString& scope, const QString& wallet, const QString& asset)
{
    if (!writer_ || !reader_)
        return Error{tr("The database is not open.")};
    if (scope != u"EXEC_USER" && scope != u"EXEC_GLOBAL")
        return Error{tr("Positions are closed in EXEC_USER or EXEC_GLOBAL, not %1.").arg(scope)};
    const QString w = wallet.trimmed().toLower();
    if (scope == u"EXEC_USER" && w.isEmpty())
        return Error{tr("An EXEC_USER position belongs to a wallet: name it.")};
    if (!w.isEmpty() && !findWallet(w))
        return Error{tr("Wallet %1 is not followed.").arg(w)};
    const QString a = asset.trimmed();
    if (a.isEmpty())
        return Error{tr("Name the asset (token id) to close.")};
    // The kill switch means no new orders of any kind; a close is an order.
    if (controls_.killSwitch)
        return Error{tr("The kill switch is engaged: no orders of any kind, closes included. Release it to close "
                        "the position.")};
    auto shares = openPositionShares(scope, w, a);
    if (!shares)
        return Error{shares.error()};
    if (*shares <= 0)
        return Error{tr("There is no open position in %1 to close.").arg(a)};
    if (!runtime_ || !runtime_->isReady())
        return Error{tr("The engine is not running: a close goes into the engine's stream, start the engine first.")};
    QJsonObject body{{QStringLiteral("action"), QStringLiteral("close_position")},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("asset"), a}};
    if (!w.isEmpty())
        body.insert(QStringLiteral("wallet"), w);
    auto t = runtime_->recordControl(body);
    if (!t)
        return Error{tr("The engine did not take the close: %1").arg(t.error())};
    QJsonObject details = body;
    details.insert(QStringLiteral("t_ms"), qint64(*t));
    details.insert(QStringLiteral("shares"), qint64(*shares));
    store::WriteBatch ops;
    audit(QStringLiteral("position.close"), json(details), ops);
    submit(std::move(ops), {});
    log::get("app")->warn("close requested: {} {} {} ({} shares)", scope.toStdString(), w.toStdString(),
                          a.toStdString(), qint64(*shares));
    return {};
}

LiveCheck Terminal::armLive(const QString& wallet, QByteArrayView passphrase, const QString& typedConfirmation)
{
    const QString w = wallet.trimmed().toLower();
    const WalletInfo* info = w.isEmpty() ? nullptr : findWallet(w);
    LiveCheck c;
    if (!w.isEmpty() && !info) {
        c.target = w;
        c.problems << tr("Wallet %1 is not followed.").arg(w);
        c.message = c.problems.first();
        return c;
    }
    c = LiveArming::check(dir_.keystorePath(), passphrase, typedConfirmation,
                          LiveArming::expectedConfirmation(info ? info->label : QString(), w), w);
    if (writer_) {
        QJsonObject details{{QStringLiteral("wallet"), w},
                            {QStringLiteral("keystore"), c.keystorePresent},
                            {QStringLiteral("unlocked"), c.unlocked},
                            {QStringLiteral("credentials"), c.credentialsPresent},
                            {QStringLiteral("confirmed"), c.confirmed},
                            {QStringLiteral("switched"), c.switched}};
        store::WriteBatch ops;
        audit(QStringLiteral("live.arm"), json(details), ops);
        submit(std::move(ops), {});
    }
    log::get("app")->warn("live mode requested for {}: not switched ({})",
                          w.isEmpty() ? std::string("every wallet") : w.toStdString(), c.message.toStdString());
    return c;
}

store::Database& Terminal::reader()
{
    Q_ASSERT(reader_);
    return *reader_;
}

SystemInfo Terminal::systemInfo()
{
    SystemInfo info;
    info.dataDirectory = dir_.root();
    info.databasePath = dir_.databasePath();
    info.logFilePath = log::logFilePath();
    if (!reader_)
        return info;
    const auto s = store::collectStoreStats(reader_->sql(), dir_.databasePath());
    info.schemaVersion = s.schemaVersion;
    info.databaseBytes = s.fileBytes;
    info.rowCounts = s.rowCounts;
    if (writer_) {
        const auto w = writer_->stats();
        info.batchesCommitted = w.batchesCommitted;
        info.batchesFailed = w.batchesFailed;
        info.writeQueueDepth = w.queueDepth;
        info.lastWriteError = w.lastError;
    }
    return info;
}

bool Terminal::flush(int timeoutMs)
{
    return !writer_ || writer_->flush(timeoutMs);
}

} // namespace slip::api
