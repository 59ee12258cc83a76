// The engine's rows written through the store: idempotent (a second write and a resumed,
// half-written run add nothing and lose nothing) and complete (every portfolio rebuilt from the
// stored ledger equals the engine's figures).

#include "../../unit/engine/ScenarioBuilder.h"
#include "replay/ReplayPersistence.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/StoreWriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::test;

namespace {

constexpr std::int64_t kT0 = kMonday + 36'000'000;

qint64 count(QSqlDatabase& db, const char* table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestReplayStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idempotentAndRebuildable()
    {
        Scenario s;
        s.market(kMonday, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")});
        s.book(kT0 - 1'000, QStringLiteral("101"), {{"0.49", "10000"}}, {{"0.5", "10"}, {"0.51", "10000"}});
        s.trade(kT0, kW1, QStringLiteral("101"), "BUY", "0.5", "200");
        s.trade(kT0 + 100, kW2, QStringLiteral("101"), "BUY", "0.5", "200");
        s.splitMerge(kT0 + 200, kW2, "SPLIT", QStringLiteral("0xc1"), "500");
        s.trade(kT0 + 10'000, kW1, QStringLiteral("101"), "SELL", "0.5", "100");
        s.market(kT0 + 20'000, QStringLiteral("0xc1"), {QStringLiteral("101"), QStringLiteral("102")}, true,
                 {QStringLiteral("0"), QStringLiteral("1")});
        const EngineConfig config = configFrom(R"({"global":{"copy_bps":5000,"min_depth_bps":0,"max_trade_equity_bps":10000,
            "max_market_exposure_bps":10000},"wallets":[{"address":"0x1111111111111111111111111111111111111111"},
            {"address":"0x2222222222222222222222222222222222222222"}]})");
        ReplayEngine engine(config);
        engine.setKeepEvents(true);
        const ReplayResult r = engine.run(s.records);
        std::size_t ledgerEntries = 0;
        for (const PortfolioFigures& f : r.portfolios)
            ledgerEntries += f.portfolio.ledger().size();
        QVERIFY(ledgerEntries > 10);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replay.db"));
        const store::WriteBatch batch = ReplayPersistence::batchFor(r);
        {
            // A run that stopped halfway, then the whole run again (a restart), then once more.
            store::StoreWriter writer;
            QVERIFY(writer.open(path).ok());
            writer.submit(store::WriteBatch(batch.begin(), batch.begin() + std::ptrdiff_t(batch.size() / 2)));
            writer.submit(batch);
            writer.submit(batch);
            QVERIFY(writer.flush());
            QCOMPARE(writer.stats().batchesFailed, quint64(0));
            writer.close();
        }
        auto db = store::Database::openReader(path);
        QVERIFY(db.ok());
        QSqlDatabase& sql = (*db)->sql();
        QCOMPARE(count(sql, "ledger_entries"), qint64(ledgerEntries));
        QCOMPARE(count(sql, "copy_attempts"), qint64(r.attempts.size()));
        QCOMPARE(count(sql, "events"), qint64(r.events.size()));
        QCOMPARE(count(sql, "breaker_events"), qint64(r.breakerEvents.size()));
        qint64 levels = 0;
        for (const CopyAttempt& a : r.attempts)
            levels += qint64(a.fillLevels.size());
        QCOMPARE(count(sql, "executable_fills"), levels);

        for (const PortfolioFigures& f : r.portfolios) {
            std::int64_t cash = f.startCash, realized = 0;
            std::map<QString, std::pair<std::int64_t, std::int64_t>> positions;
            for (const store::LedgerRow& row : store::LedgerRepository::entries(sql, f.scope, f.wallet.isNull() ? QStringLiteral("") : f.wallet)) {
                cash += row.cashDelta;
                realized += row.realizedDelta;
                positions[row.asset].first += row.sharesDelta;
                positions[row.asset].second += row.costBasisDelta;
            }
            QCOMPARE(cash, f.cash);
            QCOMPARE(realized, f.realized);
            std::size_t held = 0;
            for (const auto& [asset, pc] : positions) {
                if (pc.first == 0)
                    continue;
                QCOMPARE(f.positions.at(held).asset, asset);
                QCOMPARE(f.positions.at(held).shares, pc.first);
                QCOMPARE(f.positions.at(held).costBasis, pc.second);
                ++held;
            }
            QCOMPARE(held, f.positions.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestReplayStore)
#include "test_replay_store.moc"
