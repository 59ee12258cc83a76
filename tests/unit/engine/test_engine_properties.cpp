// Properties over thousands of random captures generated here: shares and cost basis never
// negative, executable cash never negative, every portfolio rebuilt from its ledger equals the
// live one, and two runs give byte-identical output (also with the bodies parsed on a thread
// ahead of the engine instead of inline).

#include "ScenarioBuilder.h"
#include "replay/CopyEngine.h"
#include "replay/IdentityKeySet.h"
#include "replay/ParseAhead.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace slip;
using namespace slip::test;

namespace {

struct Gen
{
    std::mt19937_64 rng;
    explicit Gen(std::uint64_t seed) : rng(seed) {}
    std::int64_t in(std::int64_t lo, std::int64_t hi) { return lo + std::int64_t(rng() % std::uint64_t(hi - lo + 1)); }
    bool chance(int percent) { return in(1, 100) <= percent; }
    // A price in micros on a 0.001 grid, as decimal text.
    QByteArray price(std::int64_t lo = 10, std::int64_t hi = 990) { return Micros(in(lo, hi) * 1000).toString().toLatin1(); }
    QByteArray size() { return Micros(in(1, 500'000'000)).toString().toLatin1(); }
};

const QStringList kTokens{QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("21"), QStringLiteral("22")};
const QString kStranger = QStringLiteral("0x5555555555555555555555555555555555555555");
const QString kConds[2] = {QStringLiteral("0xc1"), QStringLiteral("0xc2")};

EngineConfig randomConfig(Gen& g)
{
    const char* modes[] = {"notional_pct", "share_ratio", "fixed_usdc", "bankroll_bps"};
    auto overrides = [&]() {
        QByteArray o = "{\"sizing_mode\":\"" + QByteArray(modes[g.in(0, 3)]) + "\",\"sell_mode\":\"" +
                       (g.chance(50) ? "sizing" : "proportional") + "\",\"copy_bps\":" + QByteArray::number(g.in(0, 20000)) +
                       ",\"ratio_ppm\":" + QByteArray::number(g.in(0, 2'000'000)) + ",\"min_depth_bps\":" +
                       QByteArray::number(g.in(0, 1) * 12500) + ",\"aggregation_window_ms\":" + QByteArray::number(g.in(0, 3000)) +
                       ",\"jitter_ms\":" + QByteArray::number(g.in(0, 300)) + ",\"wallet_bankroll_usdc\":\"" +
                       QByteArray::number(g.in(1, 2000)) + "\"";
        if (g.chance(30))
            o += ",\"fee_rate_bps\":" + QByteArray::number(g.in(0, 10000));
        if (g.chance(20))
            o += ",\"min_trade_usdc\":\"0\"";
        return QByteArray(o + "}");
    };
    QByteArray text = "{\"seed\":" + QByteArray::number(g.in(0, 1'000'000)) + ",\"global\":{\"max_trade_equity_bps\":" +
                      QByteArray::number(g.in(0, 10000)) + ",\"max_spread\":\"0.5\",\"max_total_exposure_bps\":" +
                      QByteArray::number(g.in(0, 20000)) + ",\"max_market_exposure_bps\":" + QByteArray::number(g.in(0, 20000)) +
                      ",\"daily_loss_bps\":" + QByteArray::number(g.in(0, 500)) + ",\"max_drawdown_bps\":" +
                      QByteArray::number(g.in(0, 800)) + ",\"global_bankroll_usdc\":\"" + QByteArray::number(g.in(1, 3000)) +
                      "\"},\"wallets\":[";
    const QString wallets[3] = {kW1, kW2, kW3};
    for (int i = 0; i < 3; ++i) {
        if (i)
            text += ',';
        text += "{\"address\":\"" + wallets[i].toLatin1() + "\",\"enabled\":" + (g.chance(90) ? "true" : "false") +
                ",\"overrides\":" + overrides() + "}";
    }
    return configFrom(text + "]}");
}

Scenario randomScenario(Gen& g)
{
    Scenario s;
    const QString wallets[3] = {kW1, kW2, kW3};
    std::int64_t t = kMonday - 3'600'000;
    for (int c = 0; c < 2; ++c)
        s.market(t, kConds[c], {kTokens[2 * c], kTokens[2 * c + 1]});
    const int records = int(g.in(10, 60));
    std::map<QString, std::int64_t> lastBid; // in thousandths, so trades print near the book
    std::vector<std::size_t> trades;         // records of one trade row each
    for (int i = 0; i < records; ++i) {
        t += g.chance(85) ? g.in(0, 3000) : g.in(0, 40'000'000);
        const int kind = int(g.in(0, 99));
        const QString token = kTokens[g.in(0, 3)];
        const QString cond = kConds[token.startsWith(u'1') ? 0 : 1];
        if (kind < 30) {
            const std::int64_t bid = g.in(10, 980);
            lastBid[token] = bid;
            Levels bids, asks;
            std::vector<QByteArray> keep; // keep the texts alive for the levels
            keep.reserve(12);
            for (int l = 0, n = int(g.in(0, 3)); l < n; ++l) {
                keep.push_back(Micros((bid - l) * 1000).toString().toLatin1());
                keep.push_back(g.size());
                bids.push_back({keep[keep.size() - 2].constData(), keep.back().constData()});
            }
            for (int l = 0, n = int(g.in(0, 3)); l < n; ++l) {
                keep.push_back(Micros(std::min<std::int64_t>(1000, bid + g.in(1, 30) + l) * 1000).toString().toLatin1());
                keep.push_back(g.size());
                asks.push_back({keep[keep.size() - 2].constData(), keep.back().constData()});
            }
            s.book(t, token, bids, asks);
        } else if (kind < 85 && !trades.empty() && g.chance(8)) {
            // An activity body seen before, polled again: every row a duplicate (its key is the
            // row's, whatever record carries it), and a trade row beside them that is new.
            const CaptureRecord& again = s.records[trades[std::size_t(g.in(0, qint64(trades.size()) - 1))]];
            QJsonArray rows = again.body.toArray();
            if (g.chance(50))
                rows.push_back(Scenario::tradeRow(wallets[g.in(0, 2)], token, "BUY", g.price().constData(), g.size().constData(),
                                        t / 1000, QStringLiteral("0xd%1").arg(i), cond));
            s.add(t, QStringLiteral("data-api.activity"), rows);
        } else if (kind < 85) {
            trades.push_back(s.records.size());
            const auto known = lastBid.find(token);
            const QByteArray price = known == lastBid.end() ? g.price()
                                                             : g.price(std::max<std::int64_t>(1, known->second - 10),
                                                                       std::min<std::int64_t>(1000, known->second + 20));
            const QByteArray size = g.size();
            // Now and then a wallet nobody follows: its rows are ignored, however they are parsed.
            const QString& who = g.chance(5) ? kStranger : wallets[g.in(0, 2)];
            s.trade(t, who, token, g.chance(55) ? "BUY" : "SELL", price.constData(), size.constData(), {},
                    t / 1000 - g.in(0, 1) * g.in(0, 200), cond);
        } else if (kind < 91) {
            const QByteArray size = g.size();
            s.splitMerge(t, wallets[g.in(0, 2)], g.chance(50) ? "SPLIT" : "MERGE", cond, size.constData());
        } else if (kind < 94) {
            const int c = int(g.in(0, 1));
            const bool first = g.chance(50);
            s.market(t, kConds[c], {kTokens[2 * c], kTokens[2 * c + 1]}, g.chance(70),
                     {first ? QStringLiteral("1") : QStringLiteral("0"), first ? QStringLiteral("0") : QStringLiteral("1")});
        } else if (kind < 97) {
            s.feeRate(t, token, int(g.in(0, 500)));
        } else {
            const char* breakers[] = {"daily", "weekly", "drawdown"};
            if (g.chance(50))
                s.control(t, QJsonObject{{QStringLiteral("action"), g.chance(50) ? QStringLiteral("pause") : QStringLiteral("kill_switch")},
                                         {QStringLiteral("engaged"), g.chance(50)}});
            else
                s.control(t, QJsonObject{{QStringLiteral("action"), QStringLiteral("reset_breaker")},
                                         {QStringLiteral("scope"), g.chance(50) ? QStringLiteral("EXEC_GLOBAL") : QStringLiteral("EXEC_USER")},
                                         {QStringLiteral("wallet"), wallets[g.in(0, 2)]},
                                         {QStringLiteral("breaker"), QString::fromLatin1(breakers[g.in(0, 2)])}});
        }
    }
    return s;
}

} // namespace

class TestEngineProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomScenariosKeepTheInvariants()
    {
        int executes = 0, skips = 0, sells = 0, breakerEvents = 0, ignored = 0, duplicates = 0;
        for (std::uint64_t seed = 1; seed <= 2500; ++seed) {
            Gen g(seed);
            const EngineConfig config = randomConfig(g);
            const Scenario s = randomScenario(g);
            const ReplayResult r = s.run(config);
            breakerEvents += int(r.breakerEvents.size());
            for (const CopyAttempt& a : r.attempts) {
                if (a.execute) {
                    ++executes;
                    QVERIFY(a.reasons.isEmpty());
                    QVERIFY(*a.filledShares > 0 && *a.filledShares <= *a.targetShares);
                    sells += a.side == u"SELL";
                } else {
                    ++skips;
                    QVERIFY2(!a.reasons.isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
                    QVERIFY(!a.filledShares.has_value());
                }
            }
            for (const PortfolioFigures& f : r.portfolios) {
                const QString where = QStringLiteral("seed %1 %2 %3").arg(seed).arg(f.scope, f.wallet);
                if (f.scope != u"SHADOW")
                    QVERIFY2(f.cash >= 0, qPrintable(where));
                for (const Portfolio::AssetEntry* e : f.portfolio.sortedAssets()) {
                    const AssetHolding& h = e->second;
                    QVERIFY2(h.shares >= 0 && h.costBasis >= 0, qPrintable(where));
                    for (const auto& [owner, lot] : h.lots)
                        QVERIFY2(lot.shares >= 0 && lot.costBasis >= 0, qPrintable(where));
                }
                const Portfolio rebuilt = Portfolio::rebuild(f.startCash, f.portfolio.ledger());
                QVERIFY2(rebuilt.cash() == f.cash && rebuilt.realized() == f.realized, qPrintable(where));
                for (const Portfolio::AssetEntry* e : f.portfolio.sortedAssets()) {
                    const auto& [asset, h] = *e;
                    const AssetHolding* same = rebuilt.holding(asset);
                    QVERIFY2(same || h.shares == 0, qPrintable(where));
                    if (!same)
                        continue;
                    QVERIFY2(same->shares == h.shares && same->costBasis == h.costBasis, qPrintable(where));
                    for (const auto& [owner, lot] : h.lots)
                        QVERIFY2(rebuilt.holdings(owner, asset) == lot.shares, qPrintable(where));
                }
            }
            // The same replay with every body parsed on a parser thread ahead of the engine
            // (these captures are too short for the default to start one): the same bytes,
            // counts and diagnostics.
            ReplayEngine ahead(config);
            ahead.setParseMode(ParseAhead::Mode::Ahead);
            const ReplayResult same = ahead.run(s.records);
            QCOMPARE(ReplayResultWriter::toJson(same), ReplayResultWriter::toJson(r));
            QCOMPARE(same.diagnostics, r.diagnostics);
            QCOMPARE(same.stats.ignoredRows, r.stats.ignoredRows);
            QCOMPARE(same.stats.rejectedObjects, r.stats.rejectedObjects);
            QCOMPARE(same.stats.duplicates, r.stats.duplicates);
            QCOMPARE(same.stats.tradeEvents, r.stats.tradeEvents);
            ignored += r.stats.ignoredRows;
            duplicates += r.stats.duplicates;
            // A terminal's rebuild (terminal records followed) has the parser thread work out
            // the group keys but deduplicates itself: the same again.
            if (seed % 4 == 0) {
                ReplayEngine terminal(config);
                terminal.setFollowTerminalRecords(true);
                ReplayEngine terminalAhead(config);
                terminalAhead.setFollowTerminalRecords(true);
                terminalAhead.setParseMode(ParseAhead::Mode::Ahead);
                const ReplayResult t1 = terminal.run(s.records);
                const ReplayResult t2 = terminalAhead.run(s.records);
                QCOMPARE(ReplayResultWriter::toJson(t2), ReplayResultWriter::toJson(t1));
                QCOMPARE(t2.stats.duplicates, t1.stats.duplicates);
            }
            if (seed % 10 == 0)
                QCOMPARE(ReplayResultWriter::toJson(r), ReplayResultWriter::toJson(s.run(config)));
        }
        qInfo("executes %d skips %d sells %d breaker events %d ignored rows %d duplicates %d", executes, skips, sells,
              breakerEvents, ignored, duplicates);
        // The generator must exercise both outcomes, sells and breakers, or the test proves little.
        QVERIFY(executes > 1000);
        QVERIFY(skips > 1000);
        QVERIFY(sells > 100);
        QVERIFY(breakerEvents > 10);
        QVERIFY(ignored > 100);
        QVERIFY(duplicates > 100);
    }

    // The identity key set (a flat table of digests) against a set of the key texts: random
    // keys, keys alike in three words of four (one slot number would collide), the all-zero
    // key (the table's free mark), keys that are not 64 lowercase hex digits, and every key
    // offered again; with the table grown from empty and reserved up front.
    void identityKeysAreCountedLikeTheirTexts()
    {
        for (const bool reserved : {false, true}) {
            std::mt19937_64 rng(reserved ? 7 : 8);
            IdentityKeySet keys;
            if (reserved)
                keys.reserve(40'000);
            std::set<QString> texts;
            std::vector<QString> offered;
            const QString zero(64, u'0');
            auto hex = [&](std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
                QString out;
                for (const std::uint64_t w : {a, b, c, d})
                    out += QStringLiteral("%1").arg(w, 16, 16, QLatin1Char('0'));
                return out;
            };
            for (int i = 0; i < 50'000; ++i) {
                QString key;
                switch (int(rng() % 8)) {
                case 0: key = hex(1, 2, 3, rng() % 1000); break;         // alike but in the last word
                case 1: key = hex(rng() % 1000, 0, 0, 0); break;         // alike but in the first
                case 2: key = zero; break;
                case 3: key = hex(rng(), rng(), rng(), rng()).toUpper(); break; // not lowercase: a text
                case 4: key = QStringLiteral("0xt%1").arg(rng() % 5000); break;
                case 5:
                    if (!offered.empty()) {
                        key = offered[std::size_t(rng() % offered.size())];
                        break;
                    }
                    [[fallthrough]];
                default: key = hex(rng(), rng(), rng(), rng());
                }
                offered.push_back(key);
                const bool fresh = texts.insert(key).second;
                QVERIFY2(keys.insert(key) == fresh, qPrintable(key));
            }
            QCOMPARE(keys.size(), qsizetype(texts.size()));
            for (const QString& key : texts)
                QVERIFY(!keys.insert(key));
        }
    }

    // An engine may still hold records parsed ahead when their ParseAhead is gone (the app's
    // rebuild reads one capture file after another, then goes on live): the rows of those
    // bodies are then freed where the engine passes them, and the decisions are the same.
    void bodiesParsedAheadOutliveTheirParser()
    {
        int held = 0;
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            Gen g(seed);
            const EngineConfig config = randomConfig(g);
            const Scenario s = randomScenario(g);
            std::vector<CaptureRecord> records = s.records;
            std::stable_sort(records.begin(), records.end(), [](const CaptureRecord& a, const CaptureRecord& b) { return a.t < b.t; });
            CopyEngine engine(config);
            CopyEngine::Output out;
            {
                // Half of them with the parser thread's extra work (group keys, and the
                // duplicate test for a quarter).
                std::shared_ptr<AheadWork> work = seed % 2 ? nullptr : engine.aheadWork(seed % 4 == 0);
                ParseAhead ahead(records, ParseAhead::Mode::Ahead, work);
                for (std::size_t i = 0; i < records.size(); ++i)
                    engine.ingest(records[i], out, ahead.take(i));
            }
            held += engine.nextDueMs() >= 0;
            engine.finish(out);
            ReplayResult r = engine.takeFigures();
            r.attempts = std::move(out.attempts);
            QCOMPARE(ReplayResultWriter::toJson(r), ReplayResultWriter::toJson(s.run(config)));
        }
        QVERIFY(held > 100); // the engine had work left after its parser was gone
    }
};

QTEST_GUILESS_MAIN(TestEngineProperties)
#include "test_engine_properties.moc"
