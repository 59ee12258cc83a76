#include "replay/ReplayEngine.h"

#include "replay/CopyEngine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace slip {

ReplayEngine::ReplayEngine(EngineConfig config) : config_(std::move(config)) {}

// A replay is the stream engine fed from a file: the same code the live terminal runs, so a
// session's capture replays to the decisions the session made.
ReplayResult ReplayEngine::run(const std::vector<CaptureRecord>& input, const Progress& progress) const
{
    std::vector<const CaptureRecord*> records;
    records.reserve(input.size());
    for (const CaptureRecord& r : input)
        records.push_back(&r);
    std::stable_sort(records.begin(), records.end(), [](const auto* a, const auto* b) { return a->t < b->t; });

    // Room for every row's group and its two attempts up front: growing these vectors copies
    // them and touches fresh pages again at every doubling.
    std::size_t rows = 0;
    for (const CaptureRecord* r : records) {
        if (r->src != u"data-api.activity" && r->src != u"data-api.trades")
            continue;
        if (r->body.isArray())
            rows += std::size_t(r->body.toArray().size());
        else if (r->body.isObject())
            rows += std::size_t(r->body.toObject().value(QLatin1String("data")).toArray().size());
    }
    // An upper bound (duplicates and other wallets' rows make no group), so capped: what is
    // reserved and never used is address space, not memory, but need not be gigabytes.
    rows = std::min<std::size_t>(rows, 1 << 20);
    CopyEngine engine(config_);
    engine.setKeepEvents(keepEvents_);
    engine.setFollowTerminalRecords(followTerminalRecords_);
    engine.reserve(rows);
    CopyEngine::Output out;
    out.attempts.reserve(2 * rows);
    if (keepEvents_)
        out.events.reserve(rows);
    const std::size_t total = records.size();
    // With the followed wallets fixed (no terminal records followed), the parser thread also
    // deduplicates: the engine's identity keys then stay on that thread.
    ParseAhead ahead(records, parseMode_, engine.aheadWork(!followTerminalRecords_));
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && (i % 4096 == 0))
            progress(i, total);
        engine.ingest(*records[i], out, ahead.take(i));
    }
    engine.finish(out);

    ReplayResult result = engine.takeFigures();
    result.attempts = std::move(out.attempts);
    result.events = std::move(out.events);
    if (progress)
        progress(total, total);
    return result;
}

} // namespace slip
