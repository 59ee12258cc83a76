// `slipstream-cli activity WALLET [--since S] [--limit N]`: a wallet's trades from the Data API as
// JSON lines, oldest first, with identity keys, prices and shares in micros.

#include "CliCommand.h"

#include "domain/Clock.h"
#include "net/Endpoints.h"
#include "net/HttpClient.h"
#include "venue/polymarket/DataApiClient.h"
#include "venue/polymarket/OperatorJson.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

/// Epoch seconds, or an ISO-8601 date / date-time (UTC unless an offset is given).
std::optional<std::int64_t> parseSince(const QString& s)
{
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    if (ok && n >= 0)
        return n;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

int runActivity(const QStringList& argsIn)
{
    QStringList args = argsIn;
    QTextStream err(stderr);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << "Usage: slipstream-cli activity WALLET [--since S] [--limit N] [--data-api-url URL]\n"
                               "                                    [--endpoints FILE] [--data-dir DIR]\n"
                               "WALLET is the proxy wallet. S is epoch seconds or an ISO-8601 date/time.\n"
                               "Without --since, prints the latest N trades (N <= 500, default 100); with it, every\n"
                               "trade since S up to N (default 1000). One JSON object per line:\n"
                               "{\"key\",\"wallet\",\"tx\",\"asset\",\"condition\",\"side\",\"price\",\"shares\",\"time_ms\"}\n";
        return 0;
    }
    // An endpoints file (--endpoints FILE, else the data directory's endpoints.json) sets
    // URLs and rate limits; the environment and the per-URL flags override it.
    const QString endpointsFile = slip::Endpoints::dataDirectoryFile(args);
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(args, endpointsFile);
    if (!endpoints) {
        err << "activity: " << endpoints.error() << '\n';
        return 2;
    }
    std::optional<std::int64_t> since;
    int limit = -1;
    QString wallet;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if ((a == u"--since" || a == u"--limit") && i + 1 >= args.size()) {
            err << "activity: " << a << " needs a value\n";
            return 2;
        }
        if (a == u"--since") {
            since = parseSince(args[++i]);
            if (!since) {
                err << "activity: --since expects epoch seconds or an ISO-8601 date, got " << args[i] << '\n';
                return 2;
            }
        } else if (a == u"--limit") {
            bool ok = false;
            limit = args[++i].toInt(&ok);
            if (!ok || limit <= 0) {
                err << "activity: --limit expects a positive integer\n";
                return 2;
            }
        } else if (a.startsWith(u"-") || !wallet.isEmpty()) {
            err << "activity: unexpected argument " << a << " (see --help)\n";
            return 2;
        } else {
            wallet = a;
        }
    }
    if (wallet.isEmpty()) {
        err << "activity: WALLET is required (see --help)\n";
        return 2;
    }
    slip::SystemClock clock;
    slip::HttpClient http(clock, endpoints->rateLimits());
    slip::polymarket::DataApiClient data(http, endpoints->dataApi, clock);
    QEventLoop loop;
    int rc = 1;
    auto print = [&](std::vector<slip::TradeEvent> events) {
        std::stable_sort(events.begin(), events.end(),
                         [](const slip::TradeEvent& a, const slip::TradeEvent& b) { return a.timeMs < b.timeMs; });
        QTextStream out(stdout);
        for (const auto& e : events)
            out << QJsonDocument(slip::polymarket::tradeEventJson(e)).toJson(QJsonDocument::Compact) << '\n';
        rc = 0;
    };
    const QString lower = wallet.toLower();
    if (since) {
        data.activitySince(wallet, *since, limit > 0 ? limit : 1000, [&](const auto& r) {
            if (r)
                print(r.value());
            else
                err << "activity: " << r.error().toString() << '\n';
            loop.quit();
        }, {QStringLiteral("TRADE")});
    } else {
        slip::polymarket::ActivityQuery q;
        q.user = wallet;
        q.types = {QStringLiteral("TRADE")};
        q.limit = std::min(limit > 0 ? limit : 100, slip::polymarket::DataApiClient::kActivityMaxLimit);
        data.activity(q, [lower](const QString& w) { return w == lower; },
                      [&](const slip::VenueResult<slip::polymarket::DataPage>& r) {
                          if (!r) {
                              err << "activity: " << r.error().toString() << '\n';
                          } else {
                              for (const auto& rej : r->parsed.rejected)
                                  err << "activity: row " << rej.index << " rejected: " << rej.message << '\n';
                              print(r->parsed.events);
                          }
                          loop.quit();
                      });
    }
    loop.exec();
    return rc;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(activityCommand, "activity", "Print a wallet's trades from the Data API (JSON lines)", runActivity)
