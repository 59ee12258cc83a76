// slipstream-cli sandbox: serve a capture over the real Polymarket endpoints on 127.0.0.1.

#include "CliCommand.h"

#include "capture/CaptureReader.h"
#include "log/Log.h"
#include "venue/sandbox/SandboxVenue.h"
#include "venue/sandbox/ScaledClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {

// "max" is not meaningful for a server (it has to pace the capture); accepts "1x", "10x", "0.5x".
bool parseSpeed(const QString& text, std::int64_t* permille)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(u'x'))
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok); // operator input, converted once to an integer rate
    if (!ok || v <= 0 || v > 100000)
        return false;
    *permille = static_cast<std::int64_t>(v * 1000.0 + 0.5);
    return *permille > 0;
}

int runSandbox(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves a capture over the real Polymarket HTTP and WebSocket endpoints on 127.0.0.1:\n"
        "Data API on PORT, CLOB on PORT+1, Gamma on PORT+2, market channel and RTDS WebSocket on PORT+3."));
    p.addHelpOption();
    p.addOption({QStringLiteral("capture"), QStringLiteral("Capture file (.jsonl or .jsonl.gz)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("port"), QStringLiteral("First port (default 0: any free ports)."), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("speed"), QStringLiteral("Playback speed, e.g. 1x or 60x (default 1x)."), QStringLiteral("Nx"), QStringLiteral("1x")});
    p.addOption({QStringLiteral("start"), QStringLiteral("Capture time to start at, ms (default: first record)."), QStringLiteral("MS")});
    if (!p.parse(QStringList{QStringLiteral("sandbox")} + args)) {
        QTextStream(stderr) << "sandbox: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.isSet(QStringLiteral("capture"))) {
        QTextStream(stderr) << "sandbox: --capture FILE is required\n";
        return 2;
    }
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65532) {
        QTextStream(stderr) << "sandbox: --port must be 0 or a port number up to 65532\n";
        return 2;
    }
    std::int64_t speed = 1000;
    if (!parseSpeed(p.value(QStringLiteral("speed")), &speed)) {
        QTextStream(stderr) << "sandbox: --speed must look like 1x, 10x or 0.5x\n";
        return 2;
    }
    auto read = slip::CaptureReader::readFile(p.value(QStringLiteral("capture")));
    if (!read) {
        QTextStream(stderr) << "sandbox: " << read.error() << '\n';
        return 1;
    }
    for (const auto& e : read->errors)
        QTextStream(stderr) << "sandbox: line " << e.line << ": " << e.message << '\n';
    if (read->records.empty()) {
        QTextStream(stderr) << "sandbox: the capture has no usable records\n";
        return 1;
    }
    std::int64_t start = read->records.front().t;
    if (p.isSet(QStringLiteral("start"))) {
        start = p.value(QStringLiteral("start")).toLongLong(&ok);
        if (!ok) {
            QTextStream(stderr) << "sandbox: --start must be milliseconds since the epoch\n";
            return 2;
        }
    }
    slip::log::init({QString(), QStringLiteral("info"), true});
    slip::sandbox::ScaledClock clock(start, speed);
    slip::sandbox::SandboxOptions options;
    options.basePort = quint16(port);
    slip::sandbox::SandboxVenue venue(read->records, clock, options);
    if (const QString err = venue.start(); !err.isEmpty()) {
        QTextStream(stderr) << "sandbox: " << err << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "data-api " << venue.dataApiUrl().toString() << '\n'
        << "clob     " << venue.clobUrl().toString() << '\n'
        << "gamma    " << venue.gammaUrl().toString() << '\n'
        << "ws       " << venue.marketWebSocketUrl().toString() << '\n'
        << "rtds     " << venue.rtdsUrl().toString() << '\n'
        << "records  " << read->records.size() << " from " << read->records.front().t << " to "
        << read->records.back().t << " ms, speed " << speed / 1000.0 << "x\n";
    out.flush();
    // Stop cleanly on Ctrl+C / SIGTERM.
    static int pipeFds[2];
    if (::pipe(pipeFds) == 0) {
        auto* notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &venue);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
        std::signal(SIGINT, [](int) { [[maybe_unused]] auto n = ::write(pipeFds[1], "x", 1); });
        std::signal(SIGTERM, [](int) { [[maybe_unused]] auto n = ::write(pipeFds[1], "x", 1); });
    }
    return QCoreApplication::exec();
}

} // namespace

SLIPSTREAM_CLI_COMMAND(sandbox, "sandbox", "Serve a capture as a local Polymarket-compatible venue", runSandbox)
