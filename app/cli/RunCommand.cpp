// `slipstream-cli run`: the terminal without a window — the same cores on the same threads as
// the GUI, for a server or a systemd unit. With --demo it embeds the sandbox venue serving the
// bundled synthetic capture; --stepped moves the demo's time in fixed steps whenever the engine
// has settled (deterministic runs, used by the crash tests).

#include "CliCommand.h"

#include "api/DataDirectory.h"
#include "api/DemoVenue.h"
#include "api/EngineRuntime.h"
#include "api/Terminal.h"
#include "capture/CaptureJournal.h"
#include "domain/Clock.h"
#include "log/Log.h"
#include "net/Endpoints.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

const char* kUsage =
    "usage: slipstream-cli run [--data-dir DIR] [--demo [--demo-speed N | --stepped MS --until-ms T]]\n"
    "                          [--poll-ms MS] [--no-streams] [endpoint options]\n"
    "\n"
    "Runs the engine headless: the monitor, signal and executor cores on their threads, the\n"
    "store writer on its own, against the Polymarket endpoints (or the embedded demo venue),\n"
    "until SIGINT or SIGTERM. The operator commands (status, attempts, kill-switch …) work on\n"
    "the same --data-dir while it runs.\n"
    "  --demo         embedded sandbox venue with the bundled synthetic demo capture\n"
    "  --demo-speed N demo time runs N times real time (default 30)\n"
    "  --stepped MS   demo time moves MS at a time, each step once the engine has settled\n"
    "  --until-ms T   stepped: stop when demo time reaches T (epoch ms) and finish the stream\n"
    "  --poll-ms MS   activity poll interval per wallet in engine time (default 30000)\n"
    "  --no-streams   no RTDS push triggers (polling only)\n"
    "  endpoints: --data-api-url --clob-url --gamma-url --market-ws-url --rtds-url, or the\n"
    "             SLIPSTREAM_*_URL environment variables\n";

std::atomic<bool> g_stop{false};

void onSignal(int) { g_stop = true; }

int runHeadless(const QStringList& input)
{
    QStringList args = input;
    QStringList scan = args; // dataDirectoryFile consumes --data-dir; the loop below needs it too
    const QString endpointsFile = slip::Endpoints::dataDirectoryFile(scan);
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(args, endpointsFile);
    if (!endpoints) {
        std::fprintf(stderr, "run: %s\n", qPrintable(endpoints.error()));
        return 2;
    }
    QString dataDir;
    bool demo = false;
    bool streams = true;
    std::int64_t speed = 30;
    std::int64_t stepMs = 0;
    std::int64_t untilMs = 0;
    std::int64_t pollMs = 30'000;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto number = [&](std::int64_t& target) {
            bool ok = false;
            if (i + 1 < args.size())
                target = args[++i].toLongLong(&ok);
            if (!ok || target < 0) {
                std::fprintf(stderr, "run: %s needs a non-negative integer\n", qPrintable(a));
                return false;
            }
            return true;
        };
        if (a == u"--help" || a == u"-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (a == u"--data-dir" && i + 1 < args.size()) {
            dataDir = args[++i];
        } else if (a == u"--demo") {
            demo = true;
        } else if (a == u"--no-streams") {
            streams = false;
        } else if (a == u"--demo-speed") {
            if (!number(speed) || speed == 0)
                return 2;
        } else if (a == u"--stepped") {
            if (!number(stepMs) || stepMs == 0)
                return 2;
        } else if (a == u"--until-ms") {
            if (!number(untilMs))
                return 2;
        } else if (a == u"--poll-ms") {
            if (!number(pollMs) || pollMs == 0)
                return 2;
        } else {
            std::fprintf(stderr, "run: unknown argument %s\n%s", qPrintable(a), kUsage);
            return 2;
        }
    }
    if (stepMs > 0 && (!demo || untilMs == 0)) {
        std::fprintf(stderr, "run: --stepped needs --demo and --until-ms\n");
        return 2;
    }
    auto dir = slip::api::DataDirectory::resolve(dataDir);
    if (!dir) {
        std::fprintf(stderr, "run: %s\n", qPrintable(dir.error()));
        return 1;
    }
    if (const QString e = slip::log::init({dir->logDirectory(), QStringLiteral("info")}); !e.isEmpty()) {
        std::fprintf(stderr, "run: %s\n", qPrintable(e));
        return 1;
    }

    slip::SystemClock clock;
    slip::api::Terminal terminal(clock);
    if (auto s = terminal.open(*dir); !s) {
        std::fprintf(stderr, "run: %s\n", qPrintable(s.error()));
        return 1;
    }
    slip::api::RuntimeOptions options;
    options.endpoints = *endpoints;
    options.pollIntervalMs = pollMs;
    options.streams = streams && stepMs == 0;
    slip::Status started;
    if (demo) {
        if (stepMs > 0) {
            options.realTimeTicks = false;
            options.reconcileIntervalMs = 60'000;
        }
        started = terminal.startDemo(stepMs > 0 ? 0 : speed * 1000, options);
    } else {
        started = terminal.startEngine(clock, options);
    }
    if (!started) {
        std::fprintf(stderr, "run: %s\n", qPrintable(started.error()));
        return 1;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::fprintf(stderr, "run: engine started on %s%s\n", qPrintable(dir->root()),
                 demo ? " (DEMO: synthetic data from the embedded sandbox venue)" : "");

    bool finishing = false;
    QTimer poll;
    poll.setInterval(stepMs > 0 ? 0 : 100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (g_stop) {
            QCoreApplication::quit();
            return;
        }
        if (stepMs == 0)
            return;
        slip::api::EngineRuntime* engine = terminal.engine();
        if (!engine || !engine->idle())
            return;
        slip::api::DemoVenue* venue = terminal.demoVenue();
        if (finishing) {
            QCoreApplication::quit();
            return;
        }
        if (venue->clock().nowMs() >= untilMs) {
            finishing = true;
            engine->finishStream();
            return;
        }
        venue->advance(stepMs);
        engine->kick();
    });
    poll.start();
    QCoreApplication::exec();
    terminal.stopEngine();
    terminal.flush();
    std::fprintf(stderr, "run: stopped\n");
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(run, "run", "run the engine headless (or the demo) until SIGINT/SIGTERM", runHeadless)
