// `slipstream-cli replay`: runs a capture through the copy engine on a virtual clock and writes
// the result object of spec/copy-engine.md §8 (capture-and-replay.md "Replay").

#include "CliCommand.h"

#include "capture/CaptureReader.h"
#include "config/EngineConfig.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "replay/ReplayResultWriter.h"
#include "store/StoreWriter.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <cstdio>

namespace {

void err(const QString& text) { std::fputs(qPrintable(text + u'\n'), stderr); }

const char* kUsage =
    "usage: slipstream-cli replay --capture FILE [--config FILE.json] [--out FILE.json]\n"
    "                             [--speed max|1x|Nx] [--db PATH] [--terminal-records] [--quiet]\n"
    "\n"
    "Replays a capture (JSON Lines, optionally .gz) through the copy engine on a virtual clock\n"
    "and writes the result object (attempts, portfolios, breaker_events, ledger_sha256) to --out\n"
    "or stdout. The same capture and config always give byte-identical output. Progress and\n"
    "diagnostics (bad lines, rejected venue objects) go to stderr.\n"
    "  --config  the engine configuration JSON (as exported by the Config panel)\n"
    "  --speed   max (default) computes at once; 1x or Nx paces the run to capture time / N\n"
    "  --db      also store the run's events, attempts, fills, ledger entries and breaker\n"
    "            events in this SQLite file (idempotent: re-running adds no duplicates);\n"
    "            never point it at the live store\n"
    "  --terminal-records\n"
    "            also follow Slipstream's own control records (config changes and manual\n"
    "            closes) as the terminal that wrote the capture did; without it the replay\n"
    "            follows the replay contract, which counts them and ignores them\n";

// Parses "max", "1x", "Nx" (N a positive integer); 0 means max.
int parseSpeed(const QString& s, bool* ok)
{
    *ok = true;
    if (s == u"max")
        return 0;
    if (s.endsWith(u'x')) {
        const int n = s.chopped(1).toInt(ok);
        if (*ok && n > 0)
            return n;
    }
    *ok = false;
    return 0;
}

int runReplay(const QStringList& args)
{
    QString capturePath, configPath, outPath, dbPath;
    QString speedText = QStringLiteral("max");
    bool quiet = false;
    bool terminalRecords = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString& target) {
            if (i + 1 >= args.size()) {
                err(QStringLiteral("replay: %1 needs a value").arg(a));
                return false;
            }
            target = args[++i];
            return true;
        };
        if (a == u"--help" || a == u"-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == u"--capture") {
            if (!value(capturePath)) return 2;
        } else if (a == u"--config") {
            if (!value(configPath)) return 2;
        } else if (a == u"--out") {
            if (!value(outPath)) return 2;
        } else if (a == u"--speed") {
            if (!value(speedText)) return 2;
        } else if (a == u"--db") {
            if (!value(dbPath)) return 2;
        } else if (a == u"--quiet") {
            quiet = true;
        } else if (a == u"--terminal-records") {
            terminalRecords = true;
        } else {
            err(QStringLiteral("replay: unknown argument %1").arg(a));
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (capturePath.isEmpty()) {
        err(QStringLiteral("replay: --capture FILE is required"));
        std::fputs(kUsage, stderr);
        return 2;
    }
    bool speedOk = false;
    const int speed = parseSpeed(speedText, &speedOk);
    if (!speedOk) {
        err(QStringLiteral("replay: --speed must be max, 1x or Nx (N a positive integer), got %1").arg(speedText));
        return 2;
    }

    slip::EngineConfig config;
    if (!configPath.isEmpty()) {
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("replay: cannot open config %1: %2").arg(configPath, f.errorString()));
            return 1;
        }
        auto parsed = slip::EngineConfig::fromJson(f.readAll());
        if (!parsed) {
            err(QStringLiteral("replay: invalid config: %1").arg(parsed.error()));
            return 1;
        }
        config = std::move(parsed).value();
    }

    auto read = slip::CaptureReader::readFile(capturePath);
    if (!read) {
        err(QStringLiteral("replay: %1").arg(read.error()));
        return 1;
    }
    const slip::CaptureReadResult& capture = *read;
    for (const auto& e : capture.errors)
        err(QStringLiteral("replay: %1 line %2: %3").arg(capturePath).arg(e.line).arg(e.message));
    if (capture.outOfOrder)
        err(QStringLiteral("replay: warning: %1 record(s) out of time order, sorted into place").arg(capture.outOfOrder));
    if (capture.unknownSrc)
        err(QStringLiteral("replay: warning: %1 record(s) of unknown src ignored").arg(capture.unknownSrc));
    if (capture.unknownFields)
        err(QStringLiteral("replay: warning: %1 record(s) with unknown fields (ignored)").arg(capture.unknownFields));

    // Progress is for long captures only, so short runs stay quiet.
    const bool showProgress = !quiet && capture.records.size() >= 20'000;
    int lastPercent = -1;
    slip::ReplayEngine engine(config);
    engine.setKeepEvents(!dbPath.isEmpty());
    engine.setFollowTerminalRecords(terminalRecords);
    const slip::ReplayResult result = engine.run(capture.records, [&](std::size_t done, std::size_t total) {
        if (!showProgress || total == 0)
            return;
        const int percent = int(done * 100 / total);
        if (percent / 5 != lastPercent / 5) {
            lastPercent = percent;
            std::fprintf(stderr, "replay: %3d%% (%zu/%zu)\n", percent, done, total);
        }
    });

    if (speed > 0 && !capture.records.empty()) {
        // Paced runs take (capture span / N) of wall time; the result does not depend on it.
        const std::int64_t spanMs = (capture.records.back().t - capture.records.front().t) / speed;
        for (std::int64_t waited = 0; waited < spanMs; waited += 1000) {
            QThread::msleep(unsigned(std::min<std::int64_t>(1000, spanMs - waited)));
            if (!quiet && waited % 10'000 == 0)
                std::fprintf(stderr, "replay: paced %lld/%lld ms\n", (long long)waited, (long long)spanMs);
        }
    }

    for (const QString& d : result.diagnostics)
        err(QStringLiteral("replay: rejected: %1").arg(d));
    if (!quiet)
        err(QStringLiteral("replay: %1 records, %2 trade events, %3 groups, %4 attempts, %5 duplicates, "
                           "%6 rejected objects, %7 ignored rows, %8 ignored control records, "
                           "%9 untracked sells")
                .arg(result.stats.records).arg(result.stats.tradeEvents).arg(result.stats.groups)
                .arg(result.attempts.size()).arg(result.stats.duplicates).arg(result.stats.rejectedObjects)
                .arg(result.stats.ignoredRows).arg(result.stats.ignoredControls).arg(result.stats.untrackedSells));

    if (!dbPath.isEmpty()) {
        // Every row is keyed (event key, group key, ledger reference), so writing into a
        // database that already holds this run adds nothing and loses nothing.
        slip::store::StoreWriter store;
        const slip::Status opened = store.open(dbPath);
        if (!opened) {
            err(QStringLiteral("replay: --db %1: %2").arg(dbPath, opened.error()));
            return 1;
        }
        store.submit(slip::ReplayPersistence::batchFor(result));
        const bool flushed = store.flush(600'000);
        const slip::store::WriterStats stats = store.stats();
        store.close();
        if (!flushed || stats.batchesFailed > 0) {
            err(QStringLiteral("replay: --db %1: write failed: %2").arg(dbPath, stats.lastError));
            return 1;
        }
        if (!quiet)
            err(QStringLiteral("replay: stored %1 rows in %2").arg(stats.opsCommitted).arg(dbPath));
    }

    const QByteArray json = slip::ReplayResultWriter::toJson(result);
    if (outPath.isEmpty()) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        err(QStringLiteral("replay: cannot write %1: %2").arg(outPath, out.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(replayCommand, "replay", "replay a capture through the copy engine", runReplay)
