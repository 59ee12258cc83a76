#pragma once
// WhatIfReplay: "what would this configuration have done over the last 24 h?" — the profile's
// stored capture replayed through the copy engine under the current and a candidate
// configuration (spec/capture-and-replay.md), with executed/skipped counts per scope and the
// EXEC_GLOBAL equity curve of each. Pure of UI and deterministic; cancellable from any thread.

#include "api/ReadRows.h"
#include "capture/CaptureRecord.h"
#include "config/EngineConfig.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace slip::api {

/// The records of a what-if window: every record with t >= fromMs (up to the newest, toMs),
/// preceded by the context recorded before it — books, markets, fee rates and operator switches
/// (never trades) — so decisions early in the window see the books and markets in force then.
struct WhatIfWindow
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    int windowRecords = 0;   ///< records with t in [fromMs, toMs]
    int contextRecords = 0;  ///< earlier book, market, fee-rate and control records
    int files = 0;
    int badLines = 0;
    std::vector<CaptureRecord> records; ///< sorted by t (stable), context first
};

/// One executable scope's figures over the window.
struct WhatIfScope
{
    QString scope;   ///< "EXEC_GLOBAL" or "EXEC_USER"
    QString wallet;  ///< empty for EXEC_GLOBAL
    int executed = 0;
    int skipped = 0;
    std::int64_t startEquity = 0; ///< micros
    std::int64_t endEquity = 0;   ///< micros, at the end of the replay (copy-engine §8)
};

/// One configuration's replay over the window.
struct WhatIfRun
{
    int executed = 0;   ///< attempts of every executable scope
    int skipped = 0;
    std::vector<WhatIfScope> scopes;           ///< EXEC_GLOBAL, then EXEC_USER per wallet in config order
    std::map<QString, int> skipReasons;        ///< reason code -> attempts skipped with it (all scopes)
    std::vector<EquityPoint> globalEquity;     ///< EXEC_GLOBAL equity on a regular grid (tMs, equity, cash)
    QString ledgerSha256;                      ///< as `slipstream-cli replay` reports it
};

struct WhatIfResult
{
    WhatIfWindow window;  ///< records cleared after the runs (figures kept)
    WhatIfRun current;
    WhatIfRun candidate;
};

class WhatIfReplay
{
public:
    /// The default look-back: 24 h before the newest captured record.
    static constexpr std::int64_t kWindowMs = 24LL * 3600 * 1000;
    /// Points of each equity curve (plus the end point).
    static constexpr int kCurvePoints = 288;

    /// (done, total) in permille of the whole job; called on the worker thread.
    using Progress = std::function<void(int permille)>;

    /// The capture files of a profile's capture directory, oldest first.
    static QStringList captureFiles(const QString& captureDirectory);
    /// Feeds that are context (kept from before the window): books, markets, fee rates, control.
    static bool isContextSource(const QString& src);
    /// Selects the window from records sorted by t: t >= newest - windowMs, with earlier context.
    static WhatIfWindow selectWindow(std::vector<CaptureRecord> records, std::int64_t windowMs = kWindowMs);
    /// Reads capture files (oldest first, as CaptureJournal::files lists them) and selects the window.
    static Result<WhatIfWindow> loadWindow(const QStringList& files, std::int64_t windowMs = kWindowMs,
                                           const std::atomic_bool* cancel = nullptr);

    /// The replay configuration: the switches in force now are not applied (the capture's own
    /// control records are); everything else as given.
    static EngineConfig replayConfig(EngineConfig config);
    /// Replays the window's records under config (as ReplayEngine does), sampling EXEC_GLOBAL's
    /// equity on a regular grid over [fromMs, toMs]. Fails only when cancelled.
    static Result<WhatIfRun> run(const EngineConfig& config, const WhatIfWindow& window,
                                 const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    /// Loads the window from files and runs current then candidate. Progress goes 0..1000 over
    /// reading (10%) and the two runs (45% each).
    static Result<WhatIfResult> compare(const QStringList& files, const EngineConfig& current,
                                        const EngineConfig& candidate, std::int64_t windowMs = kWindowMs,
                                        const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
};

} // namespace slip::api
