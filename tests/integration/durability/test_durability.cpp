// Durability: a child process writes events and ledger entries through the StoreWriter in a
// loop and is killed with SIGKILL at random moments. After each kill the database must pass
// PRAGMA integrity_check, hold no duplicate, and contain every write the child reported as
// committed. The test binary is its own child (--durability-child).

#include "domain/TradeEvent.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <mutex>

using namespace slip;
using namespace slip::store;

namespace {

const QString kWallet = QStringLiteral("0x3333333333333333333333333333333333333333");

TradeEvent eventFor(qint64 seq)
{
    TradeEvent e;
    e.key = QStringLiteral("event-%1").arg(seq);
    e.wallet = kWallet;
    e.txHash = QStringLiteral("0x%1").arg(seq, 64, 16, QLatin1Char('0'));
    e.conditionId = QStringLiteral("0xcond");
    e.asset = QString::number(1000 + seq % 7);
    e.side = seq % 3 == 0 ? Side::Sell : Side::Buy;
    e.price = Micros(1 + seq % 999999);
    e.shares = Micros(1000000 + seq);
    e.timeMs = 1700000000000 + seq;
    e.detectMs = e.timeMs + 500;
    return e;
}

WriteBatch batchFor(qint64 seq)
{
    LedgerRow l{QStringLiteral("EXEC_USER"), kWallet, QStringLiteral("group-%1").arg(seq),
                QStringLiteral("BUY"), QString(), QString::number(1000 + seq % 7), QStringLiteral("0xcond"),
                1000000 + seq, -(500000 + seq), 500000 + seq, 0, seq % 100, 1700000000000 + seq,
                QStringLiteral("group-%1").arg(seq), 0, 500000 + seq};
    LedgerRow fee = l;
    fee.entryType = QStringLiteral("FEE");
    return {EventRepository::insertOp(eventFor(seq), QStringLiteral("durability")),
            LedgerRepository::insertOp(l), LedgerRepository::insertOp(fee)};
}

// The child: writes seq = start, start+1, … forever; prints "C <seq>" once a batch is durable.
int runChild(const QString& path, qint64 start)
{
    StoreWriter writer;
    if (auto s = writer.open(path); !s) {
        std::fprintf(stderr, "child: %s\n", qPrintable(s.error()));
        return 3;
    }
    std::mutex outMutex;
    std::map<quint64, qint64> seqOfBatch;
    std::mutex mapMutex;
    QObject::connect(&writer, &StoreWriter::committed, &writer, [&](quint64 id) {
        qint64 seq;
        {
            std::lock_guard<std::mutex> g(mapMutex);
            seq = seqOfBatch[id];
            seqOfBatch.erase(id);
        }
        std::lock_guard<std::mutex> g(outMutex);
        std::printf("C %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }, Qt::DirectConnection);
    std::printf("READY\n");
    std::fflush(stdout);
    for (qint64 seq = start;; ++seq) {
        {
            std::lock_guard<std::mutex> g(mapMutex);
            // Submit under the lock so the id is known before committed() can fire.
            seqOfBatch[writer.submit(batchFor(seq))] = seq;
        }
        if (seq % 32 == 0)
            writer.flush();
    }
}

qint64 scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("durable.db");
        QRandomGenerator rng(20261121);
        qint64 highestReported = -1;
        QSet<qint64> reported;
        const int kills = 24;
        for (int round = 0; round < kills; ++round) {
            // Restart a little behind the last reported write: those rows must not duplicate.
            const qint64 start = std::max<qint64>(0, highestReported - rng.bounded(50));
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--durability-child"), path, QString::number(start)});
            QVERIFY(child.waitForStarted());
            const int target = 1 + int(rng.bounded(400)); // commits to see before the kill
            int seen = 0;
            QByteArray buffer;
            while (seen < target) {
                QVERIFY2(child.waitForReadyRead(30000), "child stopped reporting commits");
                buffer += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (line.startsWith("C ")) {
                        const qint64 seq = line.mid(2).toLongLong();
                        reported.insert(seq);
                        highestReported = std::max(highestReported, seq);
                        ++seen;
                    }
                }
            }
            child.kill(); // SIGKILL on Unix
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            // Whatever the child printed before dying counts as reported too.
            buffer += child.readAllStandardOutput();
            for (const QByteArray& line : buffer.split('\n')) {
                if (line.startsWith("C ")) {
                    const qint64 seq = line.mid(2).toLongLong();
                    reported.insert(seq);
                    highestReported = std::max(highestReported, seq);
                }
            }

            auto db = Database::openWriter(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QSqlDatabase& sql = (*db)->sql();
            QSqlQuery check(sql);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(sql, "SELECT count(*) - count(DISTINCT event_key) FROM events"), qint64(0));
            QCOMPARE(scalar(sql, "SELECT count(*) FROM (SELECT 1 FROM ledger_entries GROUP BY scope, "
                                 "wallet, reference, entry_type HAVING count(*) > 1)"), qint64(0));
            // Every event has both ledger entries: batches are atomic.
            QCOMPARE(scalar(sql, "SELECT count(*) FROM ledger_entries"),
                     2 * scalar(sql, "SELECT count(*) FROM events"));
            QSet<qint64> stored;
            QSqlQuery keys(sql);
            QVERIFY(keys.exec(QStringLiteral("SELECT event_key FROM events")));
            while (keys.next())
                stored.insert(keys.value(0).toString().mid(6).toLongLong());
            for (qint64 seq : std::as_const(reported))
                QVERIFY2(stored.contains(seq), qPrintable(QStringLiteral("reported write %1 lost").arg(seq)));
        }
        QVERIFY(reported.size() > kills);
        qInfo("%d kills, %lld writes reported committed, all present", kills,
              static_cast<long long>(reported.size()));
    }
};

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--durability-child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    QCoreApplication app(argc, argv);
    TestDurability t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_durability.moc"
