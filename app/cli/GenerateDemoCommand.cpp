// slipstream-cli generate-demo: writes the synthetic demo capture.

#include "CliCommand.h"

#include "venue/sandbox/DemoCaptureGenerator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

int runGenerateDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Writes the synthetic demo capture (markets, wallets and books in the venues' real payload\n"
        "formats). The data is invented: no market, wallet or trade in it is real."));
    p.addHelpOption();
    p.addOption({QStringLiteral("out"), QStringLiteral("Output file (.jsonl or .jsonl.gz)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 20261101)."), QStringLiteral("N"), QStringLiteral("20261101")});
    p.addOption({QStringLiteral("hours"), QStringLiteral("Length of the capture (default 8)."), QStringLiteral("H"), QStringLiteral("8")});
    p.addOption({QStringLiteral("start"), QStringLiteral("Start time, ms since the epoch."), QStringLiteral("MS")});
    if (!p.parse(QStringList{QStringLiteral("generate-demo")} + args)) {
        QTextStream(stderr) << "generate-demo: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.isSet(QStringLiteral("out"))) {
        QTextStream(stderr) << "generate-demo: --out FILE is required\n";
        return 2;
    }
    slip::sandbox::DemoOptions o;
    bool ok = false;
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    const int hours = p.value(QStringLiteral("hours")).toInt(&ok);
    if (!ok || hours < 1 || hours > 24 * 30) {
        QTextStream(stderr) << "generate-demo: --hours must be between 1 and 720\n";
        return 2;
    }
    o.hours = hours;
    if (p.isSet(QStringLiteral("start"))) {
        o.startMs = p.value(QStringLiteral("start")).toLongLong(&ok);
        if (!ok || o.startMs < 0) {
            QTextStream(stderr) << "generate-demo: --start must be milliseconds since the epoch\n";
            return 2;
        }
    }
    if (auto s = slip::sandbox::DemoCaptureGenerator::writeFile(p.value(QStringLiteral("out")), o); !s) {
        QTextStream(stderr) << "generate-demo: " << s.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(generateDemo, "generate-demo", "Write the synthetic demo capture", runGenerateDemo)
