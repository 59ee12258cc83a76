#pragma once
// LiveScenario: runs the threaded engine (EngineRuntime: monitor, signal and executor cores on
// their threads, the store writer on its own) against an in-process sandbox venue over real
// HTTP and WebSocket on 127.0.0.1, on a stepped virtual clock: each step moves the clock, runs
// what is due and waits until everything it caused is stored. Then it replays the capture the
// run recorded, for the tests to compare.

#include "api/DemoVenue.h"
#include "api/EngineRuntime.h"
#include "capture/CaptureJournal.h"
#include "capture/CaptureReader.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "venue/sandbox/SandboxVenue.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace slip::test {

struct ScenarioResult
{
    QStringList storedAttempts;   ///< canonical text per stored attempt, in id order
    QStringList replayedAttempts; ///< the same for the replay of the recorded capture
    QString storedLedgerHash;     ///< recomputed from the stored ledger rows
    QString replayLedgerHash;     ///< ledger_sha256 of the replay
    QString engineLedgerHash;     ///< the live engine's own figure
    int captureRecords = 0;
    int executes = 0;
    api::HealthSnapshot health;
    sandbox::FaultCounters faults;
    bool ok = false;
    QString problem;
};

inline QString attemptText(const QString& scope, const QString& wallet, const QString& key, const QString& decision,
                           const QString& reasons, const QVariant& target, const QVariant& filled,
                           const QVariant& notional, const QVariant& fee, const QVariant& mid, qint64 decisionMs)
{
    auto v = [](const QVariant& x) { return x.isNull() ? QStringLiteral("null") : QString::number(x.toLongLong()); };
    return scope + u'|' + wallet + u'|' + key + u'|' + decision + u'|' + reasons + u'|' + v(target) + u'|' + v(filled) +
           u'|' + v(notional) + u'|' + v(fee) + u'|' + v(mid) + u'|' + QString::number(decisionMs);
}

inline QVariant opt(const std::optional<std::int64_t>& x) { return x ? QVariant(qint64(*x)) : QVariant(); }

/// Waits (processing events) until pred holds or timeoutMs passes.
inline bool waitFor(const std::function<bool()>& pred, int timeoutMs)
{
    return QTest::qWaitFor(pred, timeoutMs);
}

/// Runs `minutes` of the bundled demo capture, stepping stepMs at a time; `onStep(k, venue)`
/// may inject faults before step k.
inline ScenarioResult runScenario(const QString& dir, int minutes, std::int64_t stepMs,
                                  const std::function<void(int, sandbox::SandboxVenue&)>& onStep = {})
{
    ScenarioResult out;
    auto read = CaptureReader::readFile(api::DemoVenue::capturePath());
    if (!read || read->records.empty()) {
        out.problem = QStringLiteral("no demo capture");
        return out;
    }
    const std::int64_t start = read->records.front().t;
    const std::int64_t end = start + std::int64_t(minutes) * 60'000;
    std::vector<CaptureRecord> slice;
    for (const CaptureRecord& r : read->records)
        if (r.t < end)
            slice.push_back(r);

    VirtualClock clock(start);
    sandbox::SandboxOptions so;
    so.holdMs = 1'500;
    sandbox::SandboxVenue venue(slice, clock, so);
    if (const QString e = venue.start(); !e.isEmpty()) {
        out.problem = e;
        return out;
    }
    store::StoreWriter writer;
    if (Status s = writer.open(dir + QStringLiteral("/slipstream.db")); !s) {
        out.problem = s.error();
        return out;
    }
    const EngineConfig config = api::DemoVenue::config();
    api::RuntimeOptions options;
    options.endpoints.dataApi = venue.dataApiUrl();
    options.endpoints.clob = venue.clobUrl();
    options.endpoints.gamma = venue.gammaUrl();
    options.endpoints.marketWs = venue.marketWebSocketUrl();
    options.endpoints.rtdsWs = venue.rtdsUrl();
    options.pollIntervalMs = stepMs;
    options.realTimeTicks = false;
    options.streams = true;
    options.http.timeoutMs = 400;
    options.http.backoffBaseMs = 20;
    options.http.maxAttempts = 6;
    {
        api::EngineRuntime runtime(clock, writer, dir + QStringLiteral("/capture"), config, options);
        runtime.start({});
        if (!waitFor([&] { return runtime.isReady() && runtime.idle(); }, 60'000)) {
            out.problem = QStringLiteral("the engine did not start");
            return out;
        }
        const int steps = int((end - start) / stepMs) + 5;
        for (int k = 0; k < steps; ++k) {
            if (onStep)
                onStep(k, venue);
            clock.advanceMs(stepMs);
            venue.pump();
            runtime.kick();
            if (!waitFor([&] { return runtime.idle(); }, 60'000)) {
                out.problem = QStringLiteral("the engine did not settle at step %1 (pending %2)").arg(k).arg(runtime.work().pending());
                return out;
            }
        }
        runtime.finishStream();
        if (!waitFor([&] { return runtime.idle(); }, 60'000)) {
            out.problem = QStringLiteral("the stream did not finish");
            return out;
        }
        out.health = runtime.health();
        runtime.stop();
    }
    writer.flush();
    writer.close();
    out.faults = venue.faults();

    auto db = store::Database::openReader(dir + QStringLiteral("/slipstream.db"));
    if (!db) {
        out.problem = db.error();
        return out;
    }
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT scope, wallet, group_key, decision, reasons, target_shares, filled_shares, "
                          "filled_notional, fee, mid, decision_ms FROM copy_attempts ORDER BY id"));
    while (q.next()) {
        out.storedAttempts << attemptText(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), q.value(5), q.value(6),
                                          q.value(7), q.value(8), q.value(9), q.value(10).toLongLong());
        if (q.value(3).toString() == u"EXECUTE")
            ++out.executes;
    }
    QStringList wallets;
    for (const FollowedWallet& w : config.wallets)
        wallets << w.address;
    auto stored = ReplayPersistence::storedLedgerHash((*db)->sql(), wallets);
    out.storedLedgerHash = stored ? *stored : stored.error();

    std::vector<CaptureRecord> captured;
    for (const QString& file : CaptureJournal::files(dir + QStringLiteral("/capture"))) {
        auto f = CaptureReader::readFile(file);
        if (!f) {
            out.problem = f.error();
            return out;
        }
        for (const CaptureRecord& r : f->records)
            captured.push_back(r);
    }
    out.captureRecords = int(captured.size());
    const ReplayResult replay = ReplayEngine(config).run(captured);
    for (const CopyAttempt& a : replay.attempts)
        out.replayedAttempts << attemptText(a.scope, a.wallet, a.groupKey, a.execute ? QStringLiteral("EXECUTE") : QStringLiteral("SKIP"),
                                            a.reasons.join(u','), opt(a.targetShares), opt(a.filledShares),
                                            opt(a.filledNotional), opt(a.fee), opt(a.mid), a.decisionMs);
    out.replayLedgerHash = replay.ledgerSha256;
    out.ok = true;
    return out;
}

} // namespace slip::test
