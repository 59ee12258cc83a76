// `slipstream-cli book TOKEN_ID`: one CLOB order book as a JSON object, best levels first, micros.

#include "CliCommand.h"

#include "domain/Clock.h"
#include "net/Endpoints.h"
#include "net/HttpClient.h"
#include "venue/polymarket/ClobMarketClient.h"
#include "venue/polymarket/OperatorJson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace {

int runBook(const QStringList& argsIn)
{
    QStringList args = argsIn;
    QTextStream err(stderr);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << "Usage: slipstream-cli book TOKEN_ID [--clob-url URL] [--endpoints FILE] [--data-dir DIR]\n"
                               "Prints {\"asset\",\"bids\",\"asks\",\"tick\",\"min_order_size\",\"timestamp_ms\"}; "
                               "prices and sizes in micros, best levels first.\n";
        return 0;
    }
    // An endpoints file (--endpoints FILE, else the data directory's endpoints.json) sets
    // URLs and rate limits; the environment and the per-URL flags override it.
    const QString endpointsFile = slip::Endpoints::dataDirectoryFile(args);
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(args, endpointsFile);
    if (!endpoints) {
        err << "book: " << endpoints.error() << '\n';
        return 2;
    }
    if (args.size() != 1 || args[0].startsWith(u"-")) {
        err << "book: expected exactly one TOKEN_ID (see --help)\n";
        return 2;
    }
    const QString token = args[0];
    slip::SystemClock clock;
    slip::HttpClient http(clock, endpoints->rateLimits());
    slip::polymarket::ClobMarketClient clob(http, endpoints->clob);
    QEventLoop loop;
    int rc = 1;
    slip::BookSnapshot book; // outlives both callbacks
    clob.book(token, [&](const slip::VenueResult<slip::BookSnapshot>& r) {
        if (!r) {
            err << "book: " << r.error().toString() << '\n';
            loop.quit();
            return;
        }
        book = r.value();
        auto print = [&] {
            QTextStream(stdout) << QJsonDocument(slip::polymarket::bookJson(book)).toJson(QJsonDocument::Compact) << '\n';
            rc = 0;
            loop.quit();
        };
        if (book.tickSize.raw() > 0) {
            print();
            return;
        }
        // Older books carry no tick_size: ask the dedicated endpoint, print 0 if that fails too.
        clob.tickSize(token, [&, print](const slip::VenueResult<slip::Micros>& t) {
            if (t)
                book.tickSize = t.value();
            else
                err << "book: tick size unavailable: " << t.error().toString() << '\n';
            print();
        });
    });
    loop.exec();
    return rc;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(bookCommand, "book", "Print a CLOB order book (micros, best first)", runBook)
