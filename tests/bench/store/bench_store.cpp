// Store writer throughput: events plus two ledger entries each, written through the writer
// thread in batches of one event (the worst case: every event its own batch) and of 100, against
// a baseline of the same rows inserted directly in one transaction on the same machine, same run.
// Each run's database must hold every row at the end.

#include "domain/TradeEvent.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/LedgerRepository.h"
#include "store/SqliteStatements.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

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
    // The same statements run directly on the connection (the writer's own runner, with its
    // names cache), in one transaction: what SQLite does without the thread and its batches.
    SqliteStatements statements(SqliteStatements::handleOf((*db)->sql().driver()->handle()));
    if (!statements.exec("BEGIN").isEmpty())
        return 0;
    for (qint64 i = 0; i < n; ++i) {
        for (const auto& op : batchFor(i)) {
            if (const QString error = statements.run(op.sql, op.binds); !error.isEmpty()) {
                std::fprintf(stderr, "baseline: %s\n", qPrintable(error));
                return 0;
            }
        }
    }
    if (!statements.exec("COMMIT").isEmpty())
        return 0;
    return double(n) * 1000.0 / double(std::max<qint64>(1, t.elapsed()));
}

// Every run must have stored every row: n events and 2n ledger entries.
bool complete(const QString& path, qint64 n)
{
    auto db = Database::openReader(path);
    if (!db)
        return false;
    QSqlQuery q((*db)->sql());
    const bool ok = q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM ledger_entries)")) &&
                    q.next() && q.value(0).toLongLong() == n && q.value(1).toLongLong() == 2 * n;
    if (!ok)
        std::fprintf(stderr, "%s does not hold every row\n", qPrintable(path));
    return ok;
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
    const bool all = complete(dir.filePath("baseline.db"), n) && complete(dir.filePath("one.db"), n) &&
                     complete(dir.filePath("hundred.db"), n);
    return (base > 0 && one > 0 && hundred > 0 && all) ? 0 : 1;
}
