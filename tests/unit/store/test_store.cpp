// Store: migrations (empty, older, newer databases), idempotent writes, batch atomicity,
// reader connections.

#include "domain/TradeEvent.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "replay/ReplayPersistence.h"
#include "store/LedgerRepository.h"
#include "store/Migrations.h"
#include "store/StoreStats.h"
#include "store/StoreWriter.h"
#include "store/WalletRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrent>
#include <QtTest>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <utility>

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

// A SHADOW buy of token 777 under `condition`, entry `ref` (reference "<ref>|777").
LedgerRow shadowEntry(const QString& ref, const QString& condition)
{
    return {"SHADOW", "0x1111111111111111111111111111111111111111", ref + "|777", "BUY", "",
            "777", condition, 1, -1, 1, 0, 0, 5, ref, 0, 1};
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
        QCOMPARE(Migrations::latestVersion(), 5);
        QSqlQuery q((*db)->sql());
        // The Wallets panel's per-wallet counts come from an index alone (v4).
        QVERIFY(q.exec("EXPLAIN QUERY PLAN SELECT COUNT(*), COALESCE(SUM(decision = 'EXECUTE'), 0), "
                       "COALESCE(SUM(decision = 'EXECUTE' AND filled_shares < target_shares), 0) "
                       "FROM attempt_rows INDEXED BY attempts_user_metrics WHERE wallet = 7 AND scope = 'EXEC_USER'"));
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
        QCOMPARE((*db)->schemaVersion(), 5);
        // An existing file keeps its page size (SQLite sets it only on an empty database).
        QCOMPARE(count((*db)->sql(), "PRAGMA page_size"), qint64(4096));
        QCOMPARE(count((*db)->sql(), "SELECT count(*) FROM sqlite_master WHERE name='capture_files'"), qint64(1));
        auto wallets = WalletRepository::list((*db)->sql());
        QCOMPARE(wallets.size(), size_t(1));
        QCOMPARE(wallets[0].label, QStringLiteral("old"));
    }

    // v5 moves attempts and ledger entries into name-numbered tables behind views: the rows a
    // v4 database held read back through the views exactly as before, composed keys and the
    // ones kept whole alike, and writing them again after the migration adds nothing.
    void migratesVersion4RowsToNamedRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v4.db");
        const QString w = QStringLiteral("0x2222222222222222222222222222222222222222");
        const QString asset = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");
        std::vector<CopyAttempt> attempts(3);
        attempts[0].scope = QStringLiteral("EXEC_USER"); // wallet:asset:side:t0, stored as its parts
        attempts[0].wallet = w;
        attempts[0].asset = asset;
        attempts[0].side = QStringLiteral("BUY");
        attempts[0].t0 = 1767571201500;
        attempts[0].groupKey = w + u':' + asset + QStringLiteral(":BUY:1767571201500");
        attempts[0].reasons = QStringList{QStringLiteral("SPREAD_TOO_WIDE")};
        attempts[1] = attempts[0]; // the second group of the same key text: kept whole
        attempts[1].groupKey += QStringLiteral("#1");
        attempts[1].execute = true;
        attempts[1].filledShares = 5'000'000;
        attempts[1].fillLevels = {{500'000, 5'000'000}};
        attempts[2] = attempts[0]; // a manual close of the global book: no wallet
        attempts[2].scope = QStringLiteral("EXEC_GLOBAL");
        attempts[2].wallet = QString();
        attempts[2].side = QStringLiteral("SELL");
        attempts[2].groupKey = QStringLiteral("manual::") + asset + QStringLiteral(":1767571209000");
        attempts[2].trace = QByteArrayLiteral(R"({"failed_stage":null})");
        std::vector<LedgerRow> ledger = {
            // entry_ref|asset|lot_wallet, entry_ref|asset, and a reference of another shape
            {"EXEC_GLOBAL", "", "e1|" + asset + "|" + w, "BUY", w, asset, "0xc1", 5, -2, 2, 0, 0, 7, "e1", 3, 2},
            {"SHADOW", w, "e1|" + asset, "BUY", "", asset, "0xc1", 5, -2, 2, 0, 0, 7, "e1", 0, 2},
            {"EXEC_USER", w, "group-1", "SELL", "", asset, "0xc1", -5, 3, -2, 1, 0, 8, "", 0, 3},
        };
        WriteBatch batch;
        for (const CopyAttempt& a : attempts) {
            batch.push_back(ReplayPersistence::attemptOp(a, QStringLiteral("paper")));
            for (WriteOp& op : ReplayPersistence::fillOps(a))
                batch.push_back(std::move(op));
        }
        for (const LedgerRow& l : ledger)
            batch.push_back(LedgerRepository::insertOp(l));
        const auto dump = [](QSqlDatabase& db, const char* table) {
            QStringList rows;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                rows << cells.join(u'|');
            }
            return rows;
        };
        QStringList attemptsBefore, ledgerBefore;
        {
            // A version-4 database with the rows as v4 stored them (its own SQL, not v5's ops).
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "v4");
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(Migrations::apply(raw, 4).ok());
            QSqlQuery q(raw);
            for (const CopyAttempt& a : attempts) {
                q.prepare("INSERT INTO copy_attempts(scope, wallet, asset, side, group_key, t0_ms, flush_ms, "
                          "decision_ms, their_shares, their_notional, their_vwap, decision, reasons, filled_shares, "
                          "trace_json) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?, ?)");
                for (const QVariant& v : QVariantList{a.scope, a.wallet.isNull() ? QStringLiteral("") : a.wallet,
                                                      a.asset, a.side, a.groupKey, qint64(a.t0),
                                                      a.execute ? "EXECUTE" : "SKIP", a.reasons.join(u','),
                                                      a.filledShares ? QVariant(qint64(*a.filledShares)) : QVariant(),
                                                      a.trace.isEmpty() ? QStringLiteral("{}")
                                                                        : QString::fromUtf8(a.trace)})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            for (const LedgerRow& l : ledger) {
                q.prepare("INSERT INTO ledger_entries(scope, wallet, reference, entry_type, lot_wallet, asset, "
                          "condition_id, shares_delta, cash_delta, cost_basis_delta, realized_delta, fee, t_ms, "
                          "entry_ref, lot, notional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                for (const QVariant& v : QVariantList{l.scope, l.wallet, l.reference, l.entryType, l.lotWallet,
                                                      l.asset, l.conditionId, l.sharesDelta, l.cashDelta,
                                                      l.costBasisDelta, l.realizedDelta, l.fee, l.tMs, l.entryRef,
                                                      l.lot, l.notional})
                    q.addBindValue(v);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            attemptsBefore = dump(raw, "copy_attempts");
            ledgerBefore = dump(raw, "ledger_entries");
            raw.close();
        }
        QSqlDatabase::removeDatabase("v4");
        QCOMPARE(attemptsBefore.size(), 3);
        QCOMPARE(ledgerBefore.size(), 3);
        {
            auto db = Database::openWriter(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE((*db)->schemaVersion(), 5);
            QCOMPARE(dump((*db)->sql(), "copy_attempts"), attemptsBefore);
            QCOMPARE(dump((*db)->sql(), "ledger_entries"), ledgerBefore);
            // Composed keys are stored as parts; the others whole.
            QCOMPARE(count((*db)->sql(), "SELECT count(*) FROM attempt_rows WHERE group_tag = ''"), qint64(1));
            QCOMPARE(count((*db)->sql(), "SELECT count(*) FROM ledger_rows WHERE ref_tag = ''"), qint64(2));
        }
        // The writer's v5 ops for the same rows find them: nothing is added.
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        writer.submit(batch);
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(0));
        auto reader = Database::openReader(path);
        QCOMPARE(dump((*reader)->sql(), "copy_attempts"), attemptsBefore);
        QCOMPARE(dump((*reader)->sql(), "ledger_entries"), ledgerBefore);
        QCOMPARE(count((*reader)->sql(), "SELECT count(*) FROM executable_fills"), qint64(1));
    }

    // The rule for storing a key as its parts: the parts must read back from the key alone.
    void joinsReadsPartsBackUnambiguously()
    {
        QVERIFY(joins(u"w:123:BUY:17", u':', {u"w", u"123", u"BUY", u"17"}));
        QVERIFY(joins(u"e1|777|0xw", u'|', {u"e1", u"777", u"0xw"}));
        QVERIFY(joins(u"e1|7|7", u'|', {u"e1", u"7|7"}));    // the last part may hold the separator
        QVERIFY(!joins(u"e1|7|7", u'|', {u"e1|7", u"7"}));   // any other may not: it would be ambiguous
        QVERIFY(!joins(u"w:123:BUY:17#1", u':', {u"w", u"123", u"BUY", u"17"}));
        QVERIFY(!joins(u"w:123:BUY", u':', {u"w", u"123", u"BUY", u"17"}));
        QVERIFY(!joins(u"manual:w:123:17", u':', {u"w", u"123", u"SELL", u"17"}));
        QVERIFY(!joins(u"w;123", u':', {u"w", u"123"}));
        QVERIFY(joins(u":123:SELL:5", u':', {u"", u"123", u"SELL", u"5"})); // no wallet
        QVERIFY(!joins(u"w:123:SELL:5", u':', {u"", u"123", u"SELL", u"5"}));
    }

    // A batch that fails after writing a new name takes the name with it: the next batch that
    // uses the name writes it again instead of binding the number the rolled-back one had.
    void failedBatchTakesItsNamesWithIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        const LedgerRow entry = shadowEntry("e1", "0xcond");
        writer.submit({LedgerRepository::insertOp(entry), {"INSERT INTO wallets(address) VALUES ('bad')", {}}});
        // A name the failed batch did not use takes the next number.
        const LedgerRow other = shadowEntry("e2", "0xother");
        writer.submit({LedgerRepository::insertOp(other)});
        writer.submit({LedgerRepository::insertOp(entry)});
        QVERIFY(writer.flush());
        QCOMPARE(writer.stats().batchesFailed, quint64(1));
        auto reader = Database::openReader(path);
        QSqlDatabase& db = (*reader)->sql();
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_entries WHERE asset = '777' AND condition_id = '0xcond' "
                           "AND wallet = '0x1111111111111111111111111111111111111111' AND reference = 'e1|777'"),
                 qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_entries WHERE condition_id = '0xother'"), qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_rows l LEFT JOIN names n ON n.id = l.asset "
                           "WHERE n.id IS NULL"),
                 qint64(0));
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

    // Batches that queued while the writer was busy go into one transaction, written first
    // without savepoints; a failing statement rolls that back and the same batches are written
    // again each under its own savepoint: the bad one alone is lost, its new name with it.
    void badBatchInASharedTransactionSinksNoOther()
    {
        WriterGate gate;
        QTemporaryDir dir;
        const QString path = dir.filePath("s.db");
        StoreWriter writer;
        QVERIFY(writer.open(path).ok());
        const auto finishOnExit = qScopeGuard([&] { gate.finish(); });
        bool first = true;
        QObject::connect(&writer, &StoreWriter::committed, &writer, [&](quint64) {
            if (std::exchange(first, false))
                gate.hold();
        }, Qt::DirectConnection);
        QSignalSpy failed(&writer, &StoreWriter::failed);
        QSignalSpy committed(&writer, &StoreWriter::committed);
        writer.submit({AuditRepository::appendOp(1, "operator", "test", "{}")});
        QVERIFY(gate.entered(1)); // the writer is held: the next three queue behind it
        const LedgerRow entry = shadowEntry("e1", "0xcond");
        const LedgerRow lost = shadowEntry("e2", "0xlost");
        const quint64 good1 = writer.submit({EventRepository::insertOp(sampleEvent("a"), "t"), LedgerRepository::insertOp(entry)});
        const quint64 bad = writer.submit({LedgerRepository::insertOp(lost),
                                           {"INSERT INTO wallets(address) VALUES ('not-an-address')", {}}});
        const quint64 good2 = writer.submit({EventRepository::insertOp(sampleEvent("c"), "t")});
        const quint64 transactionsBefore = writer.stats().transactions;
        gate.release();
        QVERIFY(writer.flush());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), bad);
        QCOMPARE(committed.count(), 3);
        QCOMPARE(committed.at(1).at(0).toULongLong(), good1);
        QCOMPARE(committed.at(2).at(0).toULongLong(), good2);
        QCOMPARE(writer.stats().transactions, transactionsBefore + 1); // the three shared one
        QCOMPARE(writer.stats().batchesFailed, quint64(1));
        QCOMPARE(writer.stats().opsCommitted, quint64(1 + 2 + 1));
        auto reader = Database::openReader(path);
        QSqlDatabase& db = (*reader)->sql();
        QCOMPARE(count(db, "SELECT count(*) FROM events"), qint64(2));
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_entries WHERE reference = 'e1|777' AND condition_id = '0xcond'"),
                 qint64(1));
        QCOMPARE(count(db, "SELECT count(*) FROM names WHERE name = '0xlost'"), qint64(0));
        QCOMPARE(count(db, "SELECT count(*) FROM ledger_rows l LEFT JOIN names n ON n.id = l.asset WHERE n.id IS NULL"),
                 qint64(0));
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
        QCOMPARE(stats.schemaVersion, 5);
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
