#pragma once
// EngineRuns: configurations edited the way a config file would be, and the terminal's way of
// running the engine over a capture (e.g. following Slipstream's `config` control records).

#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "replay/CopyEngine.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace slip::test {

/// base with its JSON edited and validated again (a test's edits must be valid).
inline EngineConfig editedConfig(const EngineConfig& base, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = base.toJson();
    edit(root);
    auto parsed = EngineConfig::fromObject(root);
    if (!parsed)
        qFatal("bad config: %s", qPrintable(parsed.error()));
    return std::move(parsed).value();
}

/// base with some global values replaced.
inline EngineConfig withGlobal(const EngineConfig& base, const QJsonObject& values)
{
    return editedConfig(base, [&values](QJsonObject& root) {
        QJsonObject g = root.value(QStringLiteral("global")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            g.insert(it.key(), it.value());
        root.insert(QStringLiteral("global"), g);
    });
}

inline EngineConfig withCopyBps(const EngineConfig& base, qint64 bps)
{
    return withGlobal(base, {{QStringLiteral("copy_bps"), bps}});
}

/// What the engine decided over a whole capture, as the terminal runs it.
struct FollowedRun
{
    std::vector<CopyAttempt> attempts;
    ReplayResult figures;
    QByteArray recorded; ///< the configuration of the last `config` record applied
};

/// The stream engine over a whole capture to its end, set up first by `configure` (live
/// output, following `config` records, …).
inline FollowedRun runStream(const EngineConfig& start, const std::vector<CaptureRecord>& records,
                             const std::function<void(CopyEngine&)>& configure)
{
    CopyEngine engine(start);
    configure(engine);
    CopyEngine::Output out;
    for (const CaptureRecord& r : records)
        engine.ingest(r, out);
    engine.finish(out);
    return {std::move(out.attempts), engine.figures(), engine.recordedConfig()};
}

/// The engine started under start, applying `config` records at their t (as a restarted
/// terminal rebuilds its state), to the end of the records.
inline FollowedRun runFollowingConfigRecords(const EngineConfig& start, const std::vector<CaptureRecord>& records)
{
    return runStream(start, records, [](CopyEngine& engine) { engine.setFollowTerminalRecords(true); });
}

} // namespace slip::test
