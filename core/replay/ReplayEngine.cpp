#include "replay/ReplayEngine.h"

#include "replay/CopyEngine.h"

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

    CopyEngine engine(config_);
    engine.setKeepEvents(keepEvents_);
    CopyEngine::Output out;
    const std::size_t total = records.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && (i % 4096 == 0))
            progress(i, total);
        engine.ingest(*records[i], out);
    }
    engine.finish(out);

    ReplayResult result = engine.figures();
    result.attempts = std::move(out.attempts);
    result.events = std::move(out.events);
    if (progress)
        progress(total, total);
    return result;
}

} // namespace slip
