#include "api/WhatIfReplay.h"

#include "capture/CaptureJournal.h"
#include "capture/CaptureReader.h"
#include "replay/CopyEngine.h"
#include "replay/ParseAhead.h"

#include <QCoreApplication>

#include <algorithm>

namespace slip::api {
namespace {

bool cancelled(const std::atomic_bool* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

Error cancelError() { return Error{QCoreApplication::translate("slip::api::WhatIfReplay", "Cancelled.")}; }

} // namespace

QStringList WhatIfReplay::captureFiles(const QString& captureDirectory)
{
    return CaptureJournal::files(captureDirectory);
}

bool WhatIfReplay::isContextSource(const QString& src)
{
    return src == u"clob.book" || src == u"gamma.market" || src == u"clob.market" || src == u"clob.fee-rate" ||
           src == u"control";
}

WhatIfWindow WhatIfReplay::selectWindow(std::vector<CaptureRecord> records, std::int64_t windowMs)
{
    std::stable_sort(records.begin(), records.end(), [](const CaptureRecord& a, const CaptureRecord& b) { return a.t < b.t; });
    WhatIfWindow w;
    if (records.empty())
        return w;
    w.toMs = records.back().t;
    w.fromMs = w.toMs - windowMs;
    std::vector<CaptureRecord> kept;
    kept.reserve(records.size());
    for (CaptureRecord& r : records) {
        if (r.t >= w.fromMs) {
            ++w.windowRecords;
            kept.push_back(std::move(r));
        } else if (isContextSource(r.src)) {
            ++w.contextRecords;
            kept.push_back(std::move(r));
        }
    }
    w.records = std::move(kept);
    return w;
}

Result<WhatIfWindow> WhatIfReplay::loadWindow(const QStringList& files, std::int64_t windowMs, const std::atomic_bool* cancel)
{
    std::vector<CaptureRecord> all;
    int badLines = 0;
    for (const QString& path : files) {
        if (cancelled(cancel))
            return cancelError();
        auto read = CaptureReader::readFile(path);
        if (!read)
            return Error{read.error()};
        badLines += int(read->errors.size());
        all.insert(all.end(), std::make_move_iterator(read->records.begin()),
                   std::make_move_iterator(read->records.end()));
    }
    WhatIfWindow w = selectWindow(std::move(all), windowMs);
    w.files = int(files.size());
    w.badLines = badLines;
    return w;
}

EngineConfig WhatIfReplay::replayConfig(EngineConfig config)
{
    config.killSwitch = false;
    config.paused = false;
    config.globalJson.remove(QStringLiteral("kill_switch"));
    config.globalJson.remove(QStringLiteral("paused"));
    return config;
}

Result<WhatIfRun> WhatIfReplay::run(const EngineConfig& config, const WhatIfWindow& window,
                                    const std::atomic_bool* cancel, const Progress& progress)
{
    WhatIfRun run;
    CopyEngine engine(config);
    CopyEngine::Output out;
    std::map<QString, int> scopeIndex; // "EXEC_GLOBAL" or wallet -> index into run.scopes
    run.scopes.push_back({QStringLiteral("EXEC_GLOBAL"), QString(), 0, 0, 0, 0});
    for (const FollowedWallet& w : config.wallets) {
        scopeIndex[w.address] = int(run.scopes.size());
        run.scopes.push_back({QStringLiteral("EXEC_USER"), w.address, 0, 0, 0, 0});
    }
    auto count = [&] {
        for (const CopyAttempt& a : out.attempts) {
            WhatIfScope& s = a.scope == u"EXEC_GLOBAL" ? run.scopes[0] : run.scopes[std::size_t(scopeIndex[a.wallet])];
            if (a.execute) {
                ++s.executed;
                ++run.executed;
            } else {
                ++s.skipped;
                ++run.skipped;
                for (const QString& reason : a.reasons)
                    ++run.skipReasons[reason];
            }
        }
        out.attempts.clear();
        out.events.clear();
    };
    const std::int64_t span = std::max<std::int64_t>(0, window.toMs - window.fromMs);
    const std::int64_t step = std::max<std::int64_t>(1, span / kCurvePoints);
    std::int64_t nextSample = window.fromMs;
    auto sample = [&](std::int64_t x) {
        const Portfolio& p = engine.global().portfolio();
        EquityPoint e;
        e.tMs = x;
        e.cash = p.cash();
        e.equity = engine.equityAt(p, x);
        e.realized = p.realized();
        e.unrealized = e.equity - e.cash;
        run.globalEquity.push_back(e);
    };

    const std::size_t total = window.records.size();
    ParseAhead ahead(window.records, ParseAhead::Mode::Auto, engine.aheadWork(true));
    for (std::size_t i = 0; i < total; ++i) {
        if (i % 256 == 0) {
            if (cancelled(cancel))
                return cancelError();
            if (progress && i % 2048 == 0)
                progress(int(std::int64_t(i) * 1000 / std::int64_t(total)));
        }
        const CaptureRecord& r = window.records[i];
        // Advancing the stream to a sample time first decides exactly what ingesting r would
        // decide before it, so the run's decisions equal a plain replay's.
        while (r.t >= window.fromMs && nextSample < r.t && nextSample <= window.toMs) {
            engine.advanceTo(nextSample, out);
            count();
            sample(nextSample);
            nextSample += step;
        }
        engine.ingest(r, out, ahead.take(i));
        count();
    }
    engine.finish(out);
    count();
    ReplayResult figures = engine.figures();
    run.ledgerSha256 = figures.ledgerSha256;
    for (const PortfolioFigures& f : figures.portfolios) {
        if (f.scope == u"EXEC_GLOBAL") {
            run.scopes[0].startEquity = f.startCash;
            run.scopes[0].endEquity = f.equity;
        } else if (f.scope == u"EXEC_USER" && scopeIndex.count(f.wallet)) {
            WhatIfScope& s = run.scopes[std::size_t(scopeIndex[f.wallet])];
            s.startEquity = f.startCash;
            s.endEquity = f.equity;
        }
    }
    if (total > 0) {
        const Portfolio& p = engine.global().portfolio();
        EquityPoint e;
        e.tMs = std::max(figures.endMs, run.globalEquity.empty() ? 0 : run.globalEquity.back().tMs + 1);
        e.cash = p.cash();
        e.equity = run.scopes[0].endEquity;
        e.realized = p.realized();
        e.unrealized = e.equity - e.cash;
        run.globalEquity.push_back(e);
    }
    if (progress)
        progress(1000);
    return run;
}

Result<WhatIfResult> WhatIfReplay::compare(const QStringList& files, const EngineConfig& current,
                                           const EngineConfig& candidate, std::int64_t windowMs,
                                           const std::atomic_bool* cancel, const Progress& progress)
{
    if (progress)
        progress(0);
    auto window = loadWindow(files, windowMs, cancel);
    if (!window)
        return Error{window.error()};
    if (progress)
        progress(100);
    WhatIfResult result;
    auto phase = [&](int from) -> Progress {
        if (!progress)
            return {};
        return [&progress, from](int permille) { progress(from + permille * 450 / 1000); };
    };
    auto cur = run(replayConfig(current), *window, cancel, phase(100));
    if (!cur)
        return Error{cur.error()};
    auto cand = run(replayConfig(candidate), *window, cancel, phase(550));
    if (!cand)
        return Error{cand.error()};
    result.current = std::move(cur).value();
    result.candidate = std::move(cand).value();
    result.window = std::move(window).value();
    result.window.records.clear();
    result.window.records.shrink_to_fit();
    if (progress)
        progress(1000);
    return result;
}

} // namespace slip::api
