#pragma once
// SeededProfile: a profile database filled with real engine output — the bundled demo capture
// replayed with its four wallets and stored through the same persistence as the live engine —
// so read-model and CLI tests compare what they read with the replay's own figures.

#include "api/ConfigStore.h"
#include "capture/CaptureReader.h"
#include "config/EngineConfig.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "store/StoreWriter.h"
#include "venue/sandbox/DemoCaptureGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slip::test {

/// The demo wallets in config order; the second gets an override so config round trips are
/// not trivially the defaults.
inline EngineConfig demoConfig()
{
    QJsonArray wallets;
    for (const auto& w : sandbox::DemoCaptureGenerator::wallets()) {
        QJsonObject o{{QStringLiteral("address"), w.address}, {QStringLiteral("label"), w.label}};
        if (wallets.size() == 1)
            o.insert(QStringLiteral("overrides"),
                     QJsonObject{{QStringLiteral("wallet_bankroll_usdc"), QStringLiteral("2500")}});
        wallets.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("seed"), 7},
        {QStringLiteral("global"), QJsonObject{{QStringLiteral("copy_bps"), 300}}},
        {QStringLiteral("wallets"), wallets}};
    auto cfg = EngineConfig::fromObject(root);
    Q_ASSERT(cfg.ok());
    return cfg.value();
}

/// The demo capture replayed under config, events kept for storing.
inline Result<ReplayResult> replayDemo(const EngineConfig& config)
{
    auto capture = CaptureReader::readFile(
        QStringLiteral(SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz"));
    if (!capture)
        return Error{capture.error()};
    ReplayEngine engine(config);
    engine.setKeepEvents(true);
    return engine.run(capture->records);
}

/// Writes config and the replay's rows into the database at path (created and migrated).
inline Status seedDatabase(const QString& path, const EngineConfig& config,
                           const ReplayResult& result, const store::WriteBatch& extra = {})
{
    store::StoreWriter writer;
    if (auto s = writer.open(path); !s)
        return s;
    writer.submit(api::ConfigStore::saveOps(config, QStringLiteral("test"), 1'700'000'000'000));
    writer.submit(ReplayPersistence::batchFor(result));
    if (!extra.empty())
        writer.submit(extra);
    if (!writer.flush())
        return Error{QStringLiteral("the writer did not finish")};
    const auto stats = writer.stats();
    writer.close();
    if (stats.batchesFailed)
        return Error{QStringLiteral("a seed batch failed: %1").arg(stats.lastError)};
    return {};
}

/// A hand-made portfolio snapshot (cash = equity, nothing held).
inline store::WriteOp snapshotOp(const QString& scope, const QString& wallet, std::int64_t t, std::int64_t equity)
{
    return {QStringLiteral("INSERT INTO portfolio_snapshots(scope, wallet, t_ms, cash, equity, exposure, realized, "
                           "unrealized) VALUES (?, ?, ?, ?, ?, 0, 0, 0)"),
            {scope, wallet, qint64(t), qint64(equity), qint64(equity)}};
}

} // namespace slip::test
