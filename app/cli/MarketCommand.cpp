// `slipstream-cli market ID`: a market by condition id, token id or slug, normalized, from Gamma.

#include "CliCommand.h"

#include "domain/Clock.h"
#include "net/Endpoints.h"
#include "net/HttpClient.h"
#include "venue/polymarket/GammaClient.h"
#include "venue/polymarket/OperatorJson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace {

int runMarket(const QStringList& argsIn)
{
    QStringList args = argsIn;
    QTextStream err(stderr);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << "Usage: slipstream-cli market ID [--gamma-url URL] [--endpoints FILE] [--data-dir DIR]\n"
                               "ID is a condition id (0x…), a token id (digits) or a market/event slug.\n"
                               "Prints the normalized market as JSON (prices, tick and sizes in micros).\n";
        return 0;
    }
    // An endpoints file (--endpoints FILE, else the data directory's endpoints.json) sets
    // URLs and rate limits; the environment and the per-URL flags override it.
    const QString endpointsFile = slip::Endpoints::dataDirectoryFile(args);
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(args, endpointsFile);
    if (!endpoints) {
        err << "market: " << endpoints.error() << '\n';
        return 2;
    }
    if (args.size() != 1 || args[0].startsWith(u"-")) {
        err << "market: expected exactly one ID (see --help)\n";
        return 2;
    }
    slip::SystemClock clock;
    slip::HttpClient http(clock, endpoints->rateLimits());
    slip::polymarket::GammaClient gamma(http, endpoints->gamma);
    QEventLoop loop;
    int rc = 1;
    gamma.lookup(args[0], [&](const slip::VenueResult<slip::MarketInfo>& r) {
        if (r) {
            QTextStream(stdout) << QJsonDocument(slip::polymarket::marketJson(r.value())).toJson(QJsonDocument::Compact) << '\n';
            rc = 0;
        } else {
            err << "market: " << r.error().toString() << '\n';
        }
        loop.quit();
    });
    loop.exec();
    return rc;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(marketCommand, "market", "Print a Polymarket market (condition id, token id or slug)", runMarket)
