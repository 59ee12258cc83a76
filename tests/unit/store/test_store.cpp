// Store: migrations (empty, older, newer databases), idempotent writes, batch atomicity,
// reader connections.

#include "domain/TradeEvent.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/LedgerRepository.h"
#include "store/Migrations.h"
#include "store/StoreStats.h"
#include "store/StoreWriter.h"
#include "store/WalletRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrent>
#include <QtTest>

#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace slip;
using namespace slip::store;

namespace {

qint64 count(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TradeEvent sampleEvent(const QString& key)
{
    TradeEvent e;
    e.key = key;
    e.wallet = QStringLiteral("0x1111111111111111111111111111111111111111");
    e.txHash = QStringLiteral("0xabc");
    e.conditionId = QStringLiteral("0xcond");
    e.asset = QStringLiteral("123");
    e.side = Side::Buy;
    e.price = Micros(520000);
    e.shares = Micros(10000000);
    e.timeMs = 1700000000000;
    e.detectMs = 1700000001000;
    return e;
}

// Holds the writer thread inside a directly connected committed()/failed() handler until the
// test lets it go, so a test can look at the writer while a batch's handler has not returned (and
// later batches queue behind it). Declare it before the writer, so the writer's thread ends before
// it goes, and finish() it before the writer's destructor flushes.
class WriterGate
{
public:
    /// The handler's body: waits for release() (one handler) or finish() (every one from then).
    void hold()
    {
        std::unique_lock lock(m_);
        ++entered_;
        cv_.notify_all();
        cv_.wait(lock, [&] { return open_ || finished_; });
        open_ = false;
        ++returned_;
    }
    /// Whether the n-th handler is holding (or has held) the writer thread within 30 s.
    bool entered(int n)
    {
        std::unique_lock lock(m_);
        return cv_.wait_for(lock, std::chrono::seconds(30), [&] { return entered_ == n; });
    }
    void release()
    {
        std::lock_guard lock(m_);
        open_ = true;
        cv_.notify_all();
    }
    void finish()
    {
        std::lock_guard lock(m_);
        finished_ = true;
        cv_.notify_all();
    }
    int returned()
    {
        std::lock_guard lock(m_);
        return returned_;
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    int entered_ = 0;
    int returned_ = 0;
    bool open_ = false;
    bool finished_ = false;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        auto db = Database::openWriter(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Migrations::latestVersion(), 4);
        QSqlQuery q((*db)->sql());
        // The Wallets panel's per-wallet counts come from an index alone (v4).
        QVERIFY(q.exec("EXPLAIN QUERY PLAN SELECT COUNT(*), COALESCE(SUM(decision = 'EXECUTE'), 0), "
                       "COALESCE(SUM(decision = 'EXECUTE' AND filled_shares < target_shares), 0) "
                       "FROM copy_attempts INDEXED BY attempts_user_metrics WHERE wallet = 'x' AND scope = 'EXEC_USER'"));
        QVERIFY(q.next());
        QVERIFY2(q.value(3).toString().contains(QStringLiteral("COVERING INDEX attempts_user_metrics")),
                 qPrintable(q.value(3).toString()));
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // A new store has 8 KiB pages (a rebuild's indexes split and checkpoint less).
        QCOMPARE(count((*db)->sql(), "PRAGMA page_size"), qint64(8192));
        for (const char* table : {"wallets", "wallet_proxies", "markets", "assets", "events",
                                  "copy_attempts", "executable_fills", "ledger_entries",
                                  "portfolio_snapshots", "price_snapshots", "checkpoints", "orders",
                                  "global_config", "breaker_events", "audit_log", "system_events",
                                  "capture_files", "schema_version"}) {
            QCOMPARE(count((*db)->sql(),
                           QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='%1'")
                               .arg(QLatin1String(table))),
                     qint64(1));
        }
        // Re-opening applies nothing twice.
        db = Error{QString()};
        auto again = Database::openWriter(path);
        QVERIFY(again.ok());
        QCOMPARE(count((*again)->sql(), "SELECT count(*) FROM schema_version"), qint64(Migrations::latestVersion()));
    }

    void migratesOlderDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        {
            // Build a version-1 database by hand, with data in it.
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "old");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::apply(raw, 1).ok());
            QCOMPARE(Migrations::currentVersion(raw), 1);
            QSqlQuery q(raw);
            QVERIFY(q.exec("INSERT INTO wallets(address, label, added_ms, updated_ms) VALUES "
                           "('0x2222222222222222222222222222222222222222', 'old', 1, 1)"));
            QCOMPARE(count(raw, "SELECT count(*) FROM sqlite_master WHERE name='capture_files'"), qint64(0));
            raw.close();
        }
        QSqlDatabase::removeDatabase("old");
        auto db = Database::openWriter(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), 4);
        // An existing file keeps its page size (SQLite sets it only on an empty database).
        QCOMPARE(count((*db)->sql(), "PRAGMA page_size"), qint64(4096));
        QCOMPARE(count((*db)->sql(), "SELECT count(*) FROM sqlite_master WHERE name='capture_files'"), qint64(1));
        auto wallets = WalletRepository::list((*db)->sql());
        QCOMPARE(wallets.size(), size_t(1));
        QCOMPARE(wallets[0].label, QStringLiteral("old"));
    }

    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.db");
        {
            auto db = Database::openWriter(path);
            QVERIFY(db.ok());
            QVERIFY(exec((*db)->sql(), "INSERT INTO schema_version VALUES (99, 'future', 0)").ok());
        }
        auto db = Database::openWriter(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains("newer than this build"), qPrintable(db.error()));
    }

    void rejectsGarbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("garbage.db");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::openWriter(path);
        QVERIFY(!db.ok());
        QVERIFY(!db.error().isEmpty());
    }

    void writesAreIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        LedgerRow entry{"EXEC_USER", "0x1111111111111111111111111111111111111111", "group-1", "BUY", "",
                        "123", "0xcond", 1000000, -520000, 520000, 0, 0, 5, "group-1", 0, 520000};
        QSignalSpy committed(&writer, &StoreWriter::committed);
        for (int i = 0; i < 3; ++i) {
            writer.submit({EventRepository::insertOp(sampleEvent("k1"), "test"),
                           LedgerRepository::insertOp(entry),
                           LedgerRepository::insertBreakerEventOp({"EXEC_GLOBAL", "", "daily", "trip", 9, 1, 2}),
                           WalletRepository::insertOp({"0x1111111111111111111111111111111111111111",
                                                       "w", true, "paper", "{}", 1, 1})});
        }
        QVERIFY(writer.flush());
        QTRY_COMPARE(committed.count(), 3);
        auto reader = Database::openReader(path);
        QVERIFY(reader.ok());
        QSqlDatabase& db = (*reader)->sql();
        QCOMPARE(count(db, "SELECT count(*) FROM events"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_entries"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM breaker_events"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM wallets"), qint64(1));
        QVERIFY(EventRepository::contains(db, "k1"));
        auto rows = LedgerRepository::entries(db, "EXEC_USER", "0x1111111111111111111111111111111111111111");
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].cashDelta, qint64(-520000));
        QCOMPARE(rows[0].sharesDelta, qint64(1000000));
        // A different entry type with the same reference is a different entry.
        entry.entryType = "FEE";
        writer.submit({LedgerRepository::insertOp(entry)});
        QVERIFY(writer.flush());
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_entries"), qint64(2));
    }

    void failedBatchWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        QSignalSpy failed(&writer, &StoreWriter::failed);
        QSignalSpy committed(&writer, &StoreWriter::committed);
        const quint64 good1 = writer.submit({EventRepository::insertOp(sampleEvent("a"), "t")});
        const quint64 bad = writer.submit({EventRepository::insertOp(sampleEvent("b"), "t"),
                                           {"INSERT INTO wallets(address) VALUES ('not-an-address')", {}}});
        const quint64 good2 = writer.submit({EventRepository::insertOp(sampleEvent("c"), "t")});
        QVERIFY(writer.flush());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), bad);
        QTRY_COMPARE(committed.count(), 2);
        QCOMPARE(committed.at(0).at(0).toULongLong(), good1);
        QCOMPARE(committed.at(1).at(0).toULongLong(), good2);
        auto reader = Database::openReader(path);
        QCOMPARE(count((*reader)->sql(), "SELECT count(*) FROM events"), qint64(2));
        QVERIFY(!EventRepository::contains((*reader)->sql(), "b"));
        QCOMPARE(writer.stats().batchesFailed, quint64(1));
        QVERIFY2(writer.stats().lastError.contains("NOT NULL constraint failed"), qPrintable(writer.stats().lastError));
    }

    void readersAreReadOnlyAndSeeCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        writer.submit({AuditRepository::appendOp(1, "operator", "test", "{}")});
        QVERIFY(writer.flush());
        // A reader on another thread sees the commit and cannot write.
        auto future = QtConcurrent::run([path] {
            auto r = Database::openReader(path);
            if (!r)
                return QStringLiteral("open failed");
            const qint64 n = count((*r)->sql(), "SELECT count(*) FROM audit_log");
            QSqlQuery q((*r)->sql());
            const bool wrote = q.exec("INSERT INTO audit_log(t_ms, actor, action) VALUES (1, 'x', 'y')");
            return QStringLiteral("%1 %2").arg(n).arg(wrote);
        });
        QCOMPARE(future.result(), QStringLiteral("1 0"));
        auto stats = [&] {
            auto r = Database::openReader(path);
            return collectStoreStats((*r)->sql(), path);
        }();
        QCOMPARE(stats.schemaVersion, 4);
        QVERIFY(stats.fileBytes > 0);
        bool found = false;
        for (const auto& [name, rows] : stats.rowCounts) {
            if (name == u"audit_log") {
                QCOMPARE(rows, qint64(1));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(!Database::openReader(dir.filePath("missing.db")).ok());
    }

    void batchesCoalesce()
    {
        QTemporaryDir dir;
        StoreWriter writer;
        QVERIFY(writer.open(dir.filePath("s.db")).ok());
        for (int i = 0; i < 2000; ++i)
            writer.submit({EventRepository::insertOp(sampleEvent(QString::number(i)), "t")});
        QVERIFY(writer.flush());
        const auto s = writer.stats();
        QCOMPARE(s.batchesCommitted, quint64(2000));
        QCOMPARE(s.opsCommitted, quint64(2000));
        QVERIFY2(s.transactions < 2000, "batches submitted in a burst share transactions");
    }

    // flush() returns only once the handlers connected directly to committed() and failed() have
    // returned, so its caller may destroy what they use. (bench_live_pipeline's handler stored
    // into a local map that was destroyed after flush() while the writer thread was still about
    // to call it: a heap corruption at the end of the run, under load.)
    void flushWaitsForDirectHandlers()
    {
        WriterGate gate;
        QTemporaryDir dir;
        StoreWriter writer;
        QVERIFY(writer.open(dir.filePath("s.db")).ok());
        const auto finishOnExit = qScopeGuard([&] { gate.finish(); }); // before the writer's destructor flushes
        QObject::connect(&writer, &StoreWriter::committed, &writer, [&](quint64) { gate.hold(); }, Qt::DirectConnection);
        QObject::connect(&writer, &StoreWriter::failed, &writer, [&](quint64, const QString&) { gate.hold(); },
                         Qt::DirectConnection);

        // The batch is written (or rolled back) but its handler has not returned yet: flush()
        // does not report it done until it has.
        auto flushWaitsFor = [&](WriteBatch batch, int n) {
            writer.submit(std::move(batch));
            if (!gate.entered(n))
                return false;
            const bool doneEarly = writer.flush(0);
            gate.release();
            if (doneEarly || !writer.flush())
                return false;
            return gate.returned() == n;
        };
        QVERIFY(flushWaitsFor({AuditRepository::appendOp(1, "operator", "test", "{}")}, 1)); // committed()
        QVERIFY(flushWaitsFor({{"INSERT INTO wallets(address) VALUES ('not-an-address')", {}}}, 2)); // failed()
    }

    // A Utf8Text value is stored as TEXT with its bytes unchanged, through the writer's own
    // binding and through QSqlQuery's (which binds it by its QString conversion).
    void utf8TextIsStoredAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        const QByteArray json = QStringLiteral("{\"who\":\"M\u00fcller \u2713 \U0001F600\"}").toUtf8();
        const QString insert = QStringLiteral("INSERT INTO audit_log(t_ms, actor, action, details_json) VALUES (?, ?, ?, ?)");
        writer.submit({{insert, {qint64(1), QStringLiteral("writer"), QStringLiteral("a"), utf8Text(json)}}});
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(0));
        writer.close();

        auto db = Database::openWriter(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.prepare(insert));
        for (const QVariant& v : QVariantList{qint64(2), QStringLiteral("qsql"), QStringLiteral("a"), utf8Text(json)})
            q.addBindValue(v);
        QVERIFY(q.exec());
        QVERIFY(q.exec("SELECT actor, typeof(details_json), details_json, length(CAST(details_json AS BLOB)) "
                       "FROM audit_log ORDER BY t_ms"));
        for (const char* actor : {"writer", "qsql"}) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString::fromLatin1(actor));
            QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
            QCOMPARE(q.value(2).toString().toUtf8(), json);
            QCOMPARE(q.value(3).toLongLong(), qint64(json.size()));
        }
        QVERIFY(!q.next());
    }

    // waitForRoom() counts the ops still queued, not the transaction being written: a producer
    // (a restart's rebuild) waits while more than its limit is queued and goes on as soon as the
    // writer has taken them.
    void waitForRoomCountsQueuedOps()
    {
        WriterGate gate;
        QTemporaryDir dir;
        StoreWriter writer;
        QVERIFY(writer.open(dir.filePath("s.db")).ok());
        const auto finishOnExit = qScopeGuard([&] { gate.finish(); });
        // The first batch's committed() handler holds the writer thread, so later batches queue.
        QObject::connect(&writer, &StoreWriter::committed, &writer, [&](quint64) { gate.hold(); }, Qt::DirectConnection);
        QVERIFY(writer.waitForRoom(0, 0)); // nothing queued yet

        writer.submit({EventRepository::insertOp(sampleEvent("a"), "t")});
        QVERIFY(gate.entered(1));
        writer.submit({EventRepository::insertOp(sampleEvent("b1"), "t"), EventRepository::insertOp(sampleEvent("b2"), "t"),
                       EventRepository::insertOp(sampleEvent("b3"), "t")});
        writer.submit({EventRepository::insertOp(sampleEvent("c1"), "t"), EventRepository::insertOp(sampleEvent("c2"), "t")});
        QVERIFY(!writer.waitForRoom(4, 0)); // five ops queued behind the held transaction
        QVERIFY(writer.waitForRoom(5, 0));

        gate.finish();
        QVERIFY(writer.waitForRoom(0, 30000));
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().opsCommitted, quint64(6));
        QCOMPARE(writer.stats().batchesCommitted, quint64(3));
        QCOMPARE(writer.stats().maxQueuedOps, quint64(5));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
