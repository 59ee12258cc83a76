// A restarting terminal's rebuild (SignalCore::recover) from a capture file into an empty store:
// what it stores is what a replay of the same file decides (ledger hash recomputed from the
// stored rows, attempt count), and the held-asset set it reports to the executor — kept
// incrementally from ledger entries — is at every step the set of assets any scope holds; the
// engine's valuation by asset number (the snapshots') equals one by token id at every step.

#include "../../unit/engine/ScenarioBuilder.h"
#include "api/DemoVenue.h"
#include "api/SignalCore.h"
#include "capture/CaptureReader.h"
#include "domain/PendingWork.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "venue/sandbox/DemoCaptureGenerator.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;

namespace {

// The assets any portfolio of the engine holds (shares ≠ 0), sorted: the definition the
// incremental set must match.
QStringList heldByWalk(const CopyEngine& engine)
{
    QSet<QString> assets;
    auto add = [&assets](const Portfolio& p) {
        for (const Portfolio::AssetEntry* e : p.sortedAssets())
            if (e->second.shares != 0)
                assets.insert(e->first);
    };
    for (int w = 0; w < int(engine.config().wallets.size()); ++w) {
        add(engine.shadow(w));
        add(engine.user(w).portfolio());
    }
    add(engine.global().portfolio());
    QStringList out(assets.begin(), assets.end());
    out.sort();
    return out;
}

// Every portfolio's equity as the engine values it (by each slot's asset number, as the
// per-minute snapshots do) against a valuation that looks every asset up by its token id.
// Returns how many portfolios held something valued on a book at x.
int checkEquities(const CopyEngine& engine, std::int64_t x)
{
    int valued = 0;
    auto check = [&](const Portfolio& p) {
        const std::int64_t byName = p.equity([&](const QString& asset) { return engine.markets().midAt(asset, x); });
        if (engine.equityAt(p, x) != byName)
            return false;
        valued += byName != p.cash();
        return true;
    };
    for (int w = 0; w < int(engine.config().wallets.size()); ++w)
        if (!check(engine.shadow(w)) || !check(engine.user(w).portfolio()))
            return -1;
    return check(engine.global().portfolio()) ? valued : -1;
}

QStringList wallets(const EngineConfig& config)
{
    QStringList out;
    for (const FollowedWallet& w : config.wallets)
        out << w.address;
    return out;
}

} // namespace

class TestSignalRebuild : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    QString capture_;
    EngineConfig config_ = api::DemoVenue::config();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        capture_ = dir_.filePath(QStringLiteral("capture.jsonl"));
        sandbox::DemoOptions options;
        options.hours = 8;
        QVERIFY(sandbox::DemoCaptureGenerator::writeFile(capture_, options).ok());
    }

    void storesWhatTheReplayDecides()
    {
        auto read = CaptureReader::readFile(capture_);
        QVERIFY(read.ok());
        const ReplayResult replay = ReplayEngine(config_).run(read->records);
        QVERIFY(replay.attempts.size() > 100);

        const QString path = dir_.filePath(QStringLiteral("rebuild.db"));
        store::StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        PendingWork work;
        {
            SignalCore core(config_, writer, work);
            QSignalSpy recovered(&core, &SignalCore::recovered);
            core.recover({capture_});
            core.finish();
            QCOMPARE(recovered.count(), 1);
            QCOMPARE(recovered.at(0).at(1).toInt(), int(read->records.size()));
            QCOMPARE(core.ledgerHash(), replay.ledgerSha256);
        }
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(0));
        writer.close();

        auto db = store::Database::openReader(path);
        QVERIFY(db.ok());
        auto stored = ReplayPersistence::storedLedgerHash((*db)->sql(), wallets(config_));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
        QCOMPARE(*stored, replay.ledgerSha256);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM copy_attempts")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(replay.attempts.size()));
        // Every stored attempt carries its decision trace, and each is one JSON object.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM copy_attempts WHERE json_valid(trace_json) "
                                      "AND json_type(trace_json) = 'object' AND trace_json <> '{}'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(replay.attempts.size()));
    }

    void heldAssetsFollowEveryStep()
    {
        auto read = CaptureReader::readFile(capture_);
        QVERIFY(read.ok());
        store::StoreWriter writer;
        QVERIFY(writer.open(dir_.filePath(QStringLiteral("held.db"))).ok());
        PendingWork work;
        SignalCore core(config_, writer, work);
        QSignalSpy held(&core, &SignalCore::heldAssetsChanged);
        QStringList current;
        int changes = 0, emptied = 0, valued = 0;
        for (const CaptureRecord& r : read->records) {
            work.add(); // take() finishes one unit of work, as the journal's hand-off adds one
            core.take(r);
            if (!held.isEmpty()) {
                const QStringList next = held.takeLast().at(0).toStringList();
                held.clear();
                QVERIFY(next != current); // only changes are reported
                emptied += next.size() < current.size();
                current = next;
                ++changes;
            }
            QCOMPARE(current, heldByWalk(core.engine()));
            const int v = checkEquities(core.engine(), r.t);
            QVERIFY2(v >= 0, qPrintable(QStringLiteral("equities differ at t %1").arg(r.t)));
            valued += v;
        }
        QVERIFY(valued > 1000);
        QVERIFY2(changes >= 10 && emptied >= 1, qPrintable(QStringLiteral("%1 changes, %2 shrinks").arg(changes).arg(emptied)));
        QVERIFY(writer.flush());
    }

    // Buy two assets, sell one out, settle the other's market: the executor is told exactly
    // {101}, {101, 201}, {201}, {} — a shadow selling out (or settling) leaves the asset held
    // until the executable scopes have sold (or settled) theirs too.
    void heldAssetsGrowAndShrink()
    {
        using namespace slip::test;
        constexpr std::int64_t t0 = kMonday + 36'000'000;
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")});
        s.market(kMonday, QStringLiteral("0xc2"), {QStringLiteral("201"), QStringLiteral("202")});
        for (const char* asset : {"101", "201"})
            s.book(t0 - 1'000, QLatin1String(asset), {{"0.49", "10000"}}, {{"0.5", "10000"}});
        s.trade(t0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.trade(t0 + 10'000, kW1, QStringLiteral("201"), "BUY", "0.5", "200");
        s.trade(t0 + 20'000, kW1, QStringLiteral("101"), "SELL", "0.49", "200");
        s.market(t0 + 30'000, QStringLiteral("0xc2"), {QStringLiteral("201"), QStringLiteral("202")}, true,
                 {QStringLiteral("1"), QStringLiteral("0")});
        const EngineConfig config = configFrom(R"({"global":{"copy_bps":5000,"min_depth_bps":0,"max_trade_equity_bps":10000,
            "max_market_exposure_bps":10000,"min_trade_usdc":"1"},"wallets":[{"address":"0x1111111111111111111111111111111111111111"}]})");

        store::StoreWriter writer;
        QVERIFY(writer.open(dir_.filePath(QStringLiteral("sequence.db"))).ok());
        PendingWork work;
        SignalCore core(config, writer, work);
        QSignalSpy held(&core, &SignalCore::heldAssetsChanged);
        for (const CaptureRecord& r : s.records) {
            work.add();
            core.take(r);
            const QStringList now = held.isEmpty() ? QStringList() : held.last().at(0).toStringList();
            QCOMPARE(now, heldByWalk(core.engine()));
        }
        core.finish(); // the executable scopes apply the settlement at their next step
        QCOMPARE(held.last().at(0).toStringList(), heldByWalk(core.engine()));
        QList<QStringList> seen;
        for (const QList<QVariant>& signal : held)
            seen << signal.at(0).toStringList();
        const QList<QStringList> expected = {{QStringLiteral("101")},
                                             {QStringLiteral("101"), QStringLiteral("201")},
                                             {QStringLiteral("201")},
                                             {}};
        QCOMPARE(seen, expected);
        QVERIFY(writer.flush());
    }
};

QTEST_GUILESS_MAIN(TestSignalRebuild)
#include "test_signal_rebuild.moc"
