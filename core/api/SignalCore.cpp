#include "api/SignalCore.h"

#include "capture/CaptureReader.h"
#include "replay/ParseAhead.h"
#include "log/Log.h"
#include "replay/ReplayPersistence.h"
#include "store/EventRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreWriter.h"
#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/GammaMarketParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <set>

namespace slip {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::size_t kRecoveryBatchOps = 4'000;
// How far a rebuild may run ahead of the disk: the engine outpaces the writer several times
// over, and every op it has built but the writer has not yet taken is held in memory (a long
// capture's rebuild queued gigabytes of rows). One full transaction's worth keeps the writer's
// next transaction ready while it writes one (a smaller backlog made its transactions, and the
// rebuild, slower).
constexpr std::size_t kRecoveryBacklogOps = store::StoreWriter::kMaxOpsPerTransaction;

QVariant optionalMicros(const std::optional<std::int64_t>& v) { return v ? QVariant(qint64(*v)) : QVariant(); }

// The configuration of the first `config` control record in the capture files, if any. A plain
// text search finds the candidate lines, so the files are not parsed twice.
std::optional<EngineConfig> firstRecordedConfig(const QStringList& files)
{
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto text = CaptureReader::gunzip(f.readAll());
        if (!text)
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text->indexOf("\"action\":\"config\"", from);
            if (at < 0)
                break;
            const qsizetype begin = text->lastIndexOf('\n', at) + 1;
            qsizetype end = text->indexOf('\n', at);
            if (end < 0)
                end = text->size();
            from = end;
            const CaptureReadResult line = CaptureReader::parse(text->mid(begin, end - begin));
            for (const CaptureRecord& r : line.records) {
                const QJsonObject o = r.body.toObject();
                if (r.src != u"control" || o.value(QLatin1String("action")).toString() != u"config")
                    continue;
                if (auto c = EngineConfig::fromObject(o.value(QLatin1String("config")).toObject()))
                    return std::move(c).value();
            }
        }
    }
    return std::nullopt;
}

} // namespace

SignalCore::SignalCore(EngineConfig config, store::StoreWriter& writer, PendingWork& work, QString mode)
    : configured_(CopyEngine::canonicalJson(config)),
      writer_(writer),
      work_(work),
      mode_(std::move(mode)),
      tracker_(std::make_shared<BatchTracker>())
{
    tracker_->work = &work_;
    makeEngine(std::move(config));
    qRegisterMetaType<slip::CaptureRecord>();
    // Runs on the writer's thread, possibly after this core is gone: it touches only the shared
    // tracker, which outlives both sides and is told when the core detaches.
    auto tracker = tracker_;
    connection_ = connect(&writer_, &store::StoreWriter::committed, &writer_,
                          [tracker](quint64 id) { tracker->finished(id); }, Qt::DirectConnection);
    failedConnection_ = connect(&writer_, &store::StoreWriter::failed, &writer_,
                                [tracker](quint64 id, const QString&) { tracker->finished(id); }, Qt::DirectConnection);
}

SignalCore::~SignalCore()
{
    QObject::disconnect(connection_);
    QObject::disconnect(failedConnection_);
    tracker_->detach();
}

void SignalCore::BatchTracker::submitted(quint64 id)
{
    std::lock_guard lock(mutex);
    if (!work)
        return;
    if (early.erase(id) > 0)
        work->done();
    else
        pending.insert(id);
}

void SignalCore::BatchTracker::finished(quint64 id)
{
    std::lock_guard lock(mutex);
    if (!work)
        return;
    if (pending.erase(id) > 0) {
        work->done();
    } else {
        // Committed before its submitter noted the id (or another component's batch).
        early.insert(id);
        while (early.size() > 4096)
            early.erase(early.begin());
    }
}

void SignalCore::BatchTracker::detach()
{
    std::lock_guard lock(mutex);
    work = nullptr;
}

void SignalCore::setDecisionWakeups(const Clock* clock, std::int64_t speedPermille, std::function<void()> requestTick)
{
    clock_ = clock;
    speedPermille_ = speedPermille > 0 ? speedPermille : 1000;
    requestTick_ = std::move(requestTick);
}

// A decision is due once the stream passes its time (and new records are taken once it passes
// theirs); rather than wait for the next periodic tick, wake up just after, so the copy goes out
// as soon as the configured latency allows.
void SignalCore::armWakeup()
{
    if (!clock_ || !requestTick_ || recovering_)
        return;
    const std::int64_t next = engine_->nextDueMs();
    if (next < 0)
        return;
    if (!wakeup_) {
        wakeup_ = std::make_unique<QTimer>();
        wakeup_->setSingleShot(true);
        wakeup_->setTimerType(Qt::PreciseTimer);
        connect(wakeup_.get(), &QTimer::timeout, this, [this] { requestTick_(); });
    }
    // Clock ms to real ms at the clock's speed, rounded up so the wake-up is never early.
    const std::int64_t clockMs = std::max<std::int64_t>(0, next + 1 - clock_->nowMs());
    const std::int64_t realMs = (clockMs * 1000 + speedPermille_ - 1) / speedPermille_;
    wakeup_->start(int(std::min<std::int64_t>(realMs, 60'000)));
}

QString SignalCore::walletOf(int index) const
{
    return index < 0 ? QString() : engine_->config().wallets[std::size_t(index)].address;
}

void SignalCore::submit(store::WriteBatch batch, int attempts, bool portfolio)
{
    if (batch.empty())
        return;
    work_.add();
    const quint64 id = writer_.submit(std::move(batch));
    tracker_->submitted(id);
    Q_EMIT batchSubmitted(id, attempts, portfolio);
}

void SignalCore::makeEngine(EngineConfig config)
{
    engine_ = std::make_unique<CopyEngine>(std::move(config));
    holdings_.clear();
    heldBy_.clear();
    engine_->setKeepEvents(true);
    engine_->setLiveOutput(true);
    engine_->setFollowTerminalRecords(true);
}

void SignalCore::recover(const QStringList& files)
{
    recovering_ = true;
    // The capture's history was decided under the configuration its first `config` record
    // names (each later one applies from its t on); only a capture older than those records
    // starts from the configuration this core was given.
    if (auto first = firstRecordedConfig(files))
        makeEngine(std::move(first).value());
    int records = 0;
    QStringList problems;
    for (const QString& path : files) {
        auto read = CaptureReader::readFile(path);
        if (!read) {
            problems << read.error();
            continue;
        }
        for (const CaptureLineError& e : read->errors)
            problems << QStringLiteral("%1 line %2: %3").arg(path).arg(e.line).arg(e.message);
        // Group keys ahead but not the duplicate test: the engine goes on live after the
        // recovery and keeps every identity key itself.
        ParseAhead ahead(read->records, ParseAhead::Mode::Auto, engine_->aheadWork(false));
        for (std::size_t i = 0; i < read->records.size(); ++i) {
            const CaptureRecord& r = read->records[i];
            CopyEngine::Output out;
            engine_->ingest(r, out, ahead.take(i));
            handle(out, &r);
            ++records;
        }
    }
    log::get("engine")->info("recovered {} capture records from {} files ({} problems)", records, files.size(),
                             problems.size());
    const std::int64_t t = engine_->streamMs();
    recovering_ = false;
    flushBatch();
    // Groups still waiting for their decision need their books; a fetch the crash cut short
    // (or one due at the very instant the stream resumes) is asked for again.
    for (const BookNeed& n : engine_->pendingBookNeeds()) {
        if (n.flushMs >= t) {
            work_.add();
            Q_EMIT bookWanted(n.asset, qint64(n.flushMs));
        }
    }
    const MarketTimeline& m = engine_->markets();
    Q_EMIT switchesInStream(m.switchAt(QStringLiteral("kill_switch"), t).value_or(engine_->config().killSwitch),
                            m.switchAt(QStringLiteral("pause"), t).value_or(engine_->config().paused));
    Q_EMIT progress(qint64(t), engine_->pendingGroups(), qint64(lastEventMs_), qint64(engine_->lastDecisionMs()));
    Q_EMIT recovered(qint64(t), records, problems.join(u'\n'), engine_->recordedConfig() != configured_);
}

void SignalCore::take(const CaptureRecord& record)
{
    CopyEngine::Output out;
    engine_->ingest(record, out);
    handle(out, &record);
    Q_EMIT progress(qint64(engine_->streamMs()), engine_->pendingGroups(), qint64(lastEventMs_),
                    qint64(engine_->lastDecisionMs()));
    work_.done();
}

void SignalCore::tick(qint64 t)
{
    CopyEngine::Output out;
    engine_->advanceTo(t, out);
    handle(out, nullptr);
    snapshotIfDue(t, batch_);
    flushBatch();
}

void SignalCore::finish()
{
    CopyEngine::Output out;
    engine_->finish(out);
    handle(out, nullptr);
}

void SignalCore::flushBatch()
{
    submit(std::move(batch_), batchAttempts_, batchPortfolio_);
    batch_.clear();
    batchAttempts_ = 0;
    batchPortfolio_ = false;
    if (recovering_ && !writer_.waitForRoom(kRecoveryBacklogOps))
        log::get("engine")->warn("the store writer has not taken a batch for a minute; the rebuild goes on queueing");
}

void SignalCore::handle(CopyEngine::Output& out, const CaptureRecord* record)
{
    store::WriteBatch& batch = batch_;
    for (const TradeEvent& e : out.events) {
        batch.push_back(store::EventRepository::insertOp(e, QStringLiteral("monitor")));
        lastEventMs_ = std::max(lastEventMs_, e.detectMs);
    }
    for (const CopyAttempt& a : out.attempts) {
        batch.push_back(ReplayPersistence::attemptOp(a, mode_));
        for (store::WriteOp& op : ReplayPersistence::fillOps(a))
            batch.push_back(std::move(op));
    }
    static const QString kScopes[] = {QStringLiteral("SHADOW"), QStringLiteral("EXEC_USER"), QStringLiteral("EXEC_GLOBAL")};
    for (const ScopedLedgerEntry& l : out.ledger) {
        const QString lotWallet = l.scope == ScopedLedgerEntry::Scope::ExecGlobal ? walletOf(l.entry.lot) : QString();
        batch.push_back(store::LedgerRepository::insertOp(
            ReplayPersistence::ledgerRow(kScopes[int(l.scope)], walletOf(l.walletIndex), l.entry, lotWallet)));
    }
    for (const ScopedBreakerEvent& b : out.breakers)
        batch.push_back(ReplayPersistence::breakerOp(b));
    if (!recovering_) {
        for (const BookNeed& n : out.books) {
            work_.add();
            Q_EMIT bookWanted(n.asset, qint64(n.flushMs));
        }
    }
    if (record)
        recordExtras(*record, batch);
    snapshotIfDue(record ? record->t : engine_->streamMs(), batch);

    const bool portfolio = !out.ledger.empty();
    if (portfolio && trackHeld(out.ledger)) {
        QStringList held;
        held.reserve(heldBy_.size());
        for (auto it = heldBy_.cbegin(); it != heldBy_.cend(); ++it)
            held << it.key().id;
        held.sort();
        if (held != held_) {
            held_ = held;
            Q_EMIT heldAssetsChanged(held_);
        }
    }
    batchAttempts_ += int(out.attempts.size());
    batchPortfolio_ = batchPortfolio_ || portfolio;
    if (!recovering_ || batch_.size() >= kRecoveryBatchOps)
        flushBatch();
    armWakeup();
}

// Every holding changes through a ledger entry naming its asset, so the entries of one step
// tell which (portfolio, asset) pairs may have started or stopped holding; nothing else is
// looked at. (Walking every holding of every scope per step made a restart's rebuild
// quadratic in the size of the book.) Returns whether the set of held assets changed.
bool SignalCore::trackHeld(const std::vector<ScopedLedgerEntry>& entries)
{
    bool changed = false;
    for (const ScopedLedgerEntry& l : entries) {
        const IdKey asset{l.entry.asset};
        const Portfolio& p = l.scope == ScopedLedgerEntry::Scope::Shadow ? engine_->shadow(l.walletIndex)
                             : l.scope == ScopedLedgerEntry::Scope::ExecUser ? engine_->user(l.walletIndex).portfolio()
                                                                           : engine_->global().portfolio();
        const AssetHolding* h = p.holding(asset.id);
        const bool holds = h && h->shares != 0;
        const std::pair<int, IdKey> key{int(l.scope) * kMaxWallets + l.walletIndex + 1, asset};
        if (holds == holdings_.contains(key))
            continue;
        if (holds) {
            holdings_.insert(key);
            changed = heldBy_[asset]++ == 0 || changed;
        } else {
            holdings_.remove(key);
            if (--heldBy_[asset] == 0) {
                heldBy_.remove(asset);
                changed = true;
            }
        }
    }
    return changed;
}

void SignalCore::snapshotIfDue(std::int64_t t, store::WriteBatch& batch)
{
    const std::int64_t minute = t / kMinuteMs;
    if (minute <= lastSnapshotMinute_)
        return;
    lastSnapshotMinute_ = minute;
    const std::int64_t m = minute * kMinuteMs;
    auto row = [&](const QString& scope, const QString& wallet, const Portfolio& p) {
        const std::int64_t equity = engine_->equityAt(p, m);
        std::int64_t cost = 0;
        for (int slot = 0; slot < p.slotCount(); ++slot)
            if (const AssetHolding& h = p.slotHolding(slot); h.shares != 0)
                cost += h.costBasis;
        const std::int64_t exposure = equity - p.cash();
        batch.push_back({QStringLiteral("INSERT INTO portfolio_snapshots(scope, wallet, t_ms, cash, equity, exposure, "
                                        "realized, unrealized) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT(scope, wallet, t_ms) DO NOTHING"),
                         {scope, wallet.isNull() ? QStringLiteral("") : wallet, qint64(m), qint64(p.cash()), qint64(equity),
                          qint64(exposure), qint64(p.realized()), qint64(exposure - cost)}});
    };
    const int n = int(engine_->config().wallets.size());
    for (int w = 0; w < n; ++w)
        row(QStringLiteral("SHADOW"), walletOf(w), engine_->shadow(w));
    for (int w = 0; w < n; ++w)
        row(QStringLiteral("EXEC_USER"), walletOf(w), engine_->user(w).portfolio());
    row(QStringLiteral("EXEC_GLOBAL"), QString(), engine_->global().portfolio());
}

void SignalCore::recordExtras(const CaptureRecord& r, store::WriteBatch& batch)
{
    if (r.src == u"clob.book") {
        const auto parsed = polymarket::BookParser::parse(r.body);
        for (const BookSnapshot& b : parsed.books) {
            std::optional<std::int64_t> bid, ask, mid;
            if (!b.bids.empty())
                bid = b.bestBid().raw();
            if (!b.asks.empty())
                ask = b.bestAsk().raw();
            if (bid && ask)
                mid = (*bid + *ask) / 2;
            batch.push_back({QStringLiteral("INSERT INTO price_snapshots(asset, t_ms, best_bid, best_ask, mid) "
                                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(asset, t_ms) DO UPDATE SET "
                                            "best_bid = excluded.best_bid, best_ask = excluded.best_ask, mid = excluded.mid"),
                             {b.asset, qint64(r.t), optionalMicros(bid), optionalMicros(ask), optionalMicros(mid)}});
        }
    } else if (r.src == u"gamma.market") {
        const auto parsed = polymarket::GammaMarketParser::parse(r.body);
        for (const MarketInfo& m : parsed.markets) {
            QString resolved;
            if (m.closed && m.outcomePrices.size() == std::size_t(m.tokenIds.size()))
                for (std::size_t i = 0; i < m.outcomePrices.size(); ++i)
                    if (m.outcomePrices[i].raw() == Micros::kScale)
                        resolved = m.tokenIds[qsizetype(i)];
            batch.push_back(
                {QStringLiteral("INSERT INTO markets(condition_id, question, slug, end_ms, category, tags_json, tick_size, "
                                "min_order_size, neg_risk, closed, resolved_asset, updated_ms) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(condition_id) DO UPDATE SET "
                                "question = excluded.question, slug = excluded.slug, end_ms = excluded.end_ms, "
                                "category = excluded.category, tags_json = excluded.tags_json, tick_size = excluded.tick_size, "
                                "min_order_size = excluded.min_order_size, neg_risk = excluded.neg_risk, "
                                "closed = excluded.closed, resolved_asset = excluded.resolved_asset, "
                                "updated_ms = excluded.updated_ms"),
                 {m.conditionId, m.question.isNull() ? QStringLiteral("") : m.question,
                  m.slug.isNull() ? QStringLiteral("") : m.slug, m.endMs ? QVariant(qint64(*m.endMs)) : QVariant(),
                  m.categories.isEmpty() ? QStringLiteral("") : m.categories.first(),
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.categories)).toJson(QJsonDocument::Compact)),
                  m.tickSize ? QVariant(qint64(m.tickSize->raw())) : QVariant(),
                  m.orderMinSize ? QVariant(qint64(m.orderMinSize->raw())) : QVariant(), m.negRisk ? 1 : 0,
                  m.closed ? 1 : 0, resolved.isEmpty() ? QVariant() : QVariant(resolved), qint64(r.t)}});
            for (int i = 0; i < int(m.tokenIds.size()); ++i) {
                const QString outcome = i < m.outcomes.size() ? m.outcomes[i] : QString();
                batch.push_back({QStringLiteral("INSERT INTO assets(asset_id, condition_id, outcome, outcome_index, updated_ms) "
                                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(asset_id) DO UPDATE SET "
                                                "condition_id = excluded.condition_id, outcome = excluded.outcome, "
                                                "outcome_index = excluded.outcome_index, updated_ms = excluded.updated_ms"),
                                 {m.tokenIds[i], m.conditionId, outcome.isNull() ? QStringLiteral("") : outcome, i, qint64(r.t)}});
            }
        }
    }
}

QString SignalCore::ledgerHash() const { return engine_->figures().ledgerSha256; }

} // namespace slip
