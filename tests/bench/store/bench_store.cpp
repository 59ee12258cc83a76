// Store writer throughput: events plus two ledger entries each, written through the writer
// thread in batches of one event (the worst case: every event its own batch) and of 100, against
// a baseline of the same rows inserted directly in one transaction on the same machine, same run.

#include "domain/TradeEvent.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>

using namespace slip;
using namespace slip::store;

namespace {

WriteBatch batchFor(qint64 i)
{
    TradeEvent e;
    e.key = QStringLiteral("bench-%1").arg(i);
    e.wallet = QStringLiteral("0x%1").arg(i % 50, 40, 16, QLatin1Char('0'));
    e.txHash = QStringLiteral("0x%1").arg(i, 64, 16, QLatin1Char('0'));
    e.conditionId = QStringLiteral("0xc%1").arg(i % 250);
    e.asset = QString::number(100000 + i % 500);
    e.price = Micros(1 + i % 999999);
    e.shares = Micros(1000000 + i);
    e.timeMs = 1700000000000 + i;
    e.detectMs = e.timeMs + 500;
    LedgerRow l{QStringLiteral("SHADOW"), e.wallet, e.key, QStringLiteral("BUY"), QString(), e.asset,
                e.conditionId, e.shares.raw(), -e.price.raw(), e.price.raw(), 0, 0, e.detectMs, e.key, 0, e.price.raw()};
    LedgerRow g = l;
    g.scope = QStringLiteral("EXEC_GLOBAL");
    g.wallet = QString();
    g.lotWallet = e.wallet;
    return {EventRepository::insertOp(e, QStringLiteral("bench")), LedgerRepository::insertOp(l),
            LedgerRepository::insertOp(g)};
}

double runWriter(const QString& path, qint64 n, int perBatch)
{
    StoreWriter w;
    if (!w.open(path))
        return 0;
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < n; i += perBatch) {
        WriteBatch b;
        for (qint64 j = i; j < std::min(n, i + perBatch); ++j) {
            auto part = batchFor(j);
            b.insert(b.end(), part.begin(), part.end());
        }
        w.submit(std::move(b));
    }
    w.flush(600000);
    return double(n) * 1000.0 / double(std::max<qint64>(1, t.elapsed()));
}

double runBaseline(const QString& path, qint64 n)
{
    auto db = Database::openWriter(path);
    if (!db)
        return 0;
    QElapsedTimer t;
    t.start();
    (*db)->sql().transaction();
    // The best case for SQLite through Qt: each statement prepared once, one transaction.
    std::map<QString, std::unique_ptr<QSqlQuery>> prepared;
    for (qint64 i = 0; i < n; ++i) {
        for (const auto& op : batchFor(i)) {
            auto& q = prepared[op.sql];
            if (!q) {
                q = std::make_unique<QSqlQuery>((*db)->sql());
                q->prepare(op.sql);
            }
            for (int b = 0; b < op.binds.size(); ++b)
                q->bindValue(b, op.binds[b]);
            q->exec();
        }
    }
    prepared.clear();
    (*db)->sql().commit();
    return double(n) * 1000.0 / double(std::max<qint64>(1, t.elapsed()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const double base = runBaseline(dir.filePath("baseline.db"), n);
    const double one = runWriter(dir.filePath("one.db"), n, 1);
    const double hundred = runWriter(dir.filePath("hundred.db"), n, 100);
    std::printf("store bench: %lld events (each + 2 ledger entries)\n", static_cast<long long>(n));
    std::printf("  baseline, one transaction, direct:   %10.0f events/s\n", base);
    std::printf("  writer thread, 1 event per batch:     %10.0f events/s  (%.2fx baseline)\n", one, one / base);
    std::printf("  writer thread, 100 events per batch:  %10.0f events/s  (%.2fx baseline)\n", hundred, hundred / base);
    return (base > 0 && one > 0 && hundred > 0) ? 0 : 1;
}
