// Benchmark (not a timed test): local order book level updates per second and Data API activity
// JSON parse throughput, each printed with its ratio to a baseline measured in the same run —
// a bare std::map doing the same level edits, and QJsonDocument parsing the same bytes.

#include "domain/Micros.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/LocalOrderBook.h"
#include "venue/polymarket/MarketEventParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>
#include <random>
#include <vector>

using namespace slip;
using namespace slip::polymarket;

namespace {

struct Op { bool bid; std::int64_t price; std::int64_t size; };

std::vector<Op> makeOps(std::size_t n)
{
    std::mt19937_64 rng(42);
    std::vector<Op> ops(n);
    for (auto& o : ops) {
        o.bid = rng() & 1;
        // Realistic books: ~100 live levels per side on a 0.001 tick around the middle.
        o.price = std::int64_t(300 + rng() % 400) * 1'000;
        o.size = (rng() % 5 == 0) ? 0 : std::int64_t(rng() % 10'000) * 1'000'000;
    }
    return ops;
}

QByteArray activityPage(int rows)
{
    QJsonArray arr;
    std::mt19937_64 rng(7);
    for (int i = 0; i < rows; ++i) {
        QJsonObject r;
        r.insert(QStringLiteral("proxyWallet"), QStringLiteral("0x%1").arg(rng() % 50 + 1, 40, 16, QLatin1Char('0')));
        r.insert(QStringLiteral("timestamp"), qint64(1767504071 + i));
        r.insert(QStringLiteral("conditionId"), QStringLiteral("0x%1").arg(rng() % 1000, 64, 16, QLatin1Char('0')));
        r.insert(QStringLiteral("type"), QStringLiteral("TRADE"));
        r.insert(QStringLiteral("size"), double(rng() % 100000) / 100.0);
        r.insert(QStringLiteral("usdcSize"), double(rng() % 100000) / 100.0);
        r.insert(QStringLiteral("transactionHash"), QStringLiteral("0x%1").arg(rng(), 64, 16, QLatin1Char('0')));
        r.insert(QStringLiteral("price"), double(1 + rng() % 999) / 1000.0);
        r.insert(QStringLiteral("asset"), QStringLiteral("15021889545079495848739846890023281680218813652196836971125934620663712152882"));
        r.insert(QStringLiteral("side"), (rng() & 1) ? QStringLiteral("BUY") : QStringLiteral("SELL"));
        r.insert(QStringLiteral("outcomeIndex"), 0);
        r.insert(QStringLiteral("title"), QStringLiteral("Bitcoin Up or Down - January 4, 3:15AM-3:30AM ET"));
        r.insert(QStringLiteral("slug"), QStringLiteral("btc-updown-15m-1767514500"));
        r.insert(QStringLiteral("eventSlug"), QStringLiteral("btc-updown-15m-1767514500"));
        r.insert(QStringLiteral("outcome"), QStringLiteral("Up"));
        r.insert(QStringLiteral("name"), QStringLiteral("borderx"));
        r.insert(QStringLiteral("pseudonym"), QStringLiteral("Rowdy-Tenement"));
        r.insert(QStringLiteral("bio"), QString());
        r.insert(QStringLiteral("profileImage"), QString());
        arr.push_back(r);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // --only book|activity runs one part (for profiling).
    const auto onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? app.arguments().value(onlyAt + 1) : QString();
    const bool runBook = only.isEmpty() || only == u"book";
    const bool runActivity = only.isEmpty() || only == u"activity";
    const std::size_t nOps = quick ? 200'000 : 5'000'000;
    const int parseRounds = quick ? 3 : 40;

    std::size_t bytes = 1;
    QElapsedTimer t;
    if (runBook) {
    // 1. Book level updates.
    const auto ops = makeOps(nOps);
    std::map<std::int64_t, std::int64_t, std::greater<>> bids;
    std::map<std::int64_t, std::int64_t> asks;
    t.start();
    for (const auto& o : ops) {
        if (o.bid) {
            if (o.size == 0) bids.erase(o.price); else bids[o.price] = o.size;
        } else {
            if (o.size == 0) asks.erase(o.price); else asks[o.price] = o.size;
        }
    }
    const double baseNs = double(t.nsecsElapsed());
    LocalOrderBook book(QStringLiteral("1"));
    BookSnapshot empty;
    empty.asset = QStringLiteral("1");
    book.applySnapshot(empty);
    std::int64_t ts = 1;
    t.start();
    for (const auto& o : ops)
        book.applyChange(o.bid ? Side::Buy : Side::Sell, Micros(o.price), Micros(o.size), ts++);
    const double bookNs = double(t.nsecsElapsed());
    const double perSec = double(nOps) / (bookNs / 1e9);
    std::printf("book level updates:      %12.0f /s   (baseline std::map %12.0f /s, ratio %.2f; target >= 1,000,000 /s)\n",
                perSec, double(nOps) / (baseNs / 1e9), baseNs / bookNs);

    // 1b. Whole pipeline: price_change frames (10 changes each) parsed and applied.
    std::vector<QByteArray> frames;
    for (std::size_t i = 0; i + 10 <= std::min<std::size_t>(nOps, 200'000); i += 10) {
        QByteArray f = R"({"event_type":"price_change","market":"0x5f65","timestamp":")" + QByteArray::number(qint64(i + 2)) + R"(","price_changes":[)";
        for (std::size_t k = 0; k < 10; ++k) {
            const auto& o = ops[i + k];
            f += (k ? "," : "") + QByteArray(R"({"asset_id":"1","price":")") + Micros(o.price).toString().toLatin1() +
                 R"(","size":")" + Micros(o.size).toString().toLatin1() + R"(","side":")" + (o.bid ? "BUY" : "SELL") + R"("})";
        }
        f += "]}";
        frames.push_back(f);
    }
    LocalOrderBook wsBook(QStringLiteral("1"));
    wsBook.applySnapshot(empty);
    std::size_t applied = 0;
    t.start();
    for (const auto& f : frames)
        for (const auto& e : MarketEventParser::parseFrame(f).events)
            for (const auto& c : e.changes) {
                wsBook.applyChange(c.side, c.price, c.size, e.timestampMs, c.hash);
                ++applied;
            }
    const double frameNs = double(t.nsecsElapsed());
    std::printf("ws frames parsed+applied: %11.0f level updates/s (ratio to bare book %.3f)\n",
                double(applied) / (frameNs / 1e9), (frameNs / double(applied)) > 0 ? (bookNs / double(nOps)) / (frameNs / double(applied)) : 0.0);

    }
    if (runActivity) {
    // 2. Activity JSON parse throughput (500-row pages, the /activity cap).
    const QByteArray page = activityPage(500);
    bytes = 0;
    std::size_t events = 0;
    t.start();
    for (int r = 0; r < parseRounds; ++r) {
        const QJsonDocument d = QJsonDocument::fromJson(page);
        bytes += std::size_t(page.size()) + (d.isArray() ? 0 : 1);
    }
    const double jsonNs = double(t.nsecsElapsed());
    t.start();
    for (int r = 0; r < parseRounds; ++r) {
        const auto res = ActivityParser::parse(QJsonDocument::fromJson(page).array(), ActivityParser::Feed::Activity, 0);
        events += res.events.size();
    }
    const double actNs = double(t.nsecsElapsed());
    const double mb = double(page.size()) * parseRounds / 1e6;
    std::printf("activity JSON parse:     %12.1f MB/s (%zu events; baseline QJsonDocument::fromJson %.1f MB/s, ratio %.2f; target >= 100 MB/s)\n",
                mb / (actNs / 1e9), events, mb / (jsonNs / 1e9), jsonNs / actNs);
    }
    return bytes > 0 ? 0 : 1;
}
