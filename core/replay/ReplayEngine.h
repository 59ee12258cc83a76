#pragma once
// ReplayEngine: drives a capture through parsing, SHADOW, grouping and every executable
// scope on the virtual clock of spec/copy-engine.md §4, deterministically.

#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "replay/ParseAhead.h"
#include "replay/ReplayResult.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace slip {

class ReplayEngine
{
public:
    /// Called now and then with (work done, total work) for progress reports.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    explicit ReplayEngine(EngineConfig config);

    /// Keeps every new event in the result (for storing them); off by default to save memory.
    void setKeepEvents(bool keep) { keepEvents_ = keep; }
    /// Whether activity and book bodies are parsed on a second thread, ahead of the engine
    /// (ParseAhead; by default for longer captures on a machine with two cores or more). The
    /// result is the same either way.
    void setParseMode(ParseAhead::Mode mode) { parseMode_ = mode; }
    /// Follows Slipstream's own control records (`config`, `close_position`) as the terminal
    /// that wrote the capture did (CopyEngine::setFollowTerminalRecords); off by default, as
    /// the replay contract counts them and ignores them.
    void setFollowTerminalRecords(bool on) { followTerminalRecords_ = on; }

    /// Replays records (sorted stably by t, as CaptureReader returns them).
    ReplayResult run(const std::vector<CaptureRecord>& records, const Progress& progress = {}) const;

private:
    EngineConfig config_;
    bool keepEvents_ = false;
    bool followTerminalRecords_ = false;
    ParseAhead::Mode parseMode_ = ParseAhead::Mode::Auto;
};

} // namespace slip
