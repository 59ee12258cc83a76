// Replay throughput: generates a capture with 50 followed wallets trading 500 assets (books
// refreshed every minute), then times the engine in memory against a baseline measured in the
// same run (parsing the same activity bodies alone), the same replay from the capture file, and
// the app's recovery from that file into the SQLite store; prints events/s and peak RSS.

#include "api/SignalCore.h"
#include "capture/CaptureReader.h"
#include "capture/CaptureRecord.h"
#include "capture/CaptureWriter.h"
#include "domain/PendingWork.h"
#include "store/Database.h"
#include "config/EngineConfig.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayPersistence.h"
#include "replay/ReplayResultWriter.h"
#include "store/StoreWriter.h"
#include "venue/polymarket/ActivityParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <limits>
#include <random>

using namespace slip;

namespace {

constexpr int kWallets = 50;
constexpr int kMarkets = 250; // two tokens each: 500 assets
constexpr std::int64_t kStart = 1767571200000;

QString wallet(int i) { return QStringLiteral("0x%1").arg(i + 1, 40, 16, QLatin1Char('0')); }
// Token ids shaped like the venue's: 77 decimal digits that differ from the first ones on.
QString asset(int i)
{
    static const std::vector<QString> ids = [] {
        std::vector<QString> out;
        std::mt19937_64 rng(99);
        for (int k = 0; k < 500; ++k) {
            QString id = QString::number(1 + rng() % 9);
            while (id.size() < 77)
                id += QString::number(rng() % 10);
            out.push_back(id);
        }
        return out;
    }();
    return ids[std::size_t(i)];
}

// CPU time of this process (all threads): on a shared machine the wall-clock figures move with
// the other processes' load, CPU time much less.
qint64 cpuNs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000LL + ts.tv_nsec;
}

long statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Peak RSS per stage: writing 5 to clear_refs resets VmHWM to the current RSS, so the peak read
// after a stage is that stage's (on top of what the process already held). The process-wide
// peak is kept here, as the reset loses it.
long processPeakKb = 0;

long stagePeakKb()
{
    const long peak = statusKb("VmHWM");
    processPeakKb = std::max(processPeakKb, peak);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
    return peak;
}

std::vector<CaptureRecord> generate(int events, std::mt19937_64& rng)
{
    std::vector<CaptureRecord> out;
    auto push = [&](std::int64_t t, const QString& src, const QJsonValue& body) {
        CaptureRecord r;
        r.t = t;
        r.src = src;
        r.body = body;
        r.line = int(out.size() + 1);
        out.push_back(std::move(r));
    };
    QJsonArray markets;
    for (int m = 0; m < kMarkets; ++m)
        markets.push_back(QJsonObject{{QStringLiteral("conditionId"), QStringLiteral("0xc%1").arg(m)},
                                      {QStringLiteral("clobTokenIds"), QJsonArray{asset(2 * m), asset(2 * m + 1)}},
                                      {QStringLiteral("orderMinSize"), 5}});
    push(kStart, QStringLiteral("gamma.market"), markets);
    const int rowsPerRecord = 10;
    const std::int64_t stepMs = 50; // one event every 50 ms of capture time
    std::int64_t t = kStart;
    std::int64_t nextBooks = kStart;
    std::vector<std::int64_t> mids(500, 500'000);
    int made = 0;
    while (made < events) {
        if (t >= nextBooks) {
            // Every asset's book once a minute, in POST /books batches of 50.
            for (int b = 0; b < 500; b += 50) {
                QJsonArray books;
                for (int a = b; a < b + 50; ++a) {
                    mids[std::size_t(a)] = std::clamp<std::int64_t>(mids[std::size_t(a)] + std::int64_t(rng() % 21) - 10 , 50'000, 950'000) / 1000 * 1000;
                    const std::int64_t mid = mids[std::size_t(a)];
                    books.push_back(QJsonObject{
                        {QStringLiteral("asset_id"), asset(a)},
                        {QStringLiteral("bids"), QJsonArray{QJsonObject{{QStringLiteral("price"), Micros(mid - 5000).toString()}, {QStringLiteral("size"), QStringLiteral("500")}},
                                                            QJsonObject{{QStringLiteral("price"), Micros(mid - 10000).toString()}, {QStringLiteral("size"), QStringLiteral("2000")}}}},
                        {QStringLiteral("asks"), QJsonArray{QJsonObject{{QStringLiteral("price"), Micros(mid + 5000).toString()}, {QStringLiteral("size"), QStringLiteral("500")}},
                                                            QJsonObject{{QStringLiteral("price"), Micros(mid + 10000).toString()}, {QStringLiteral("size"), QStringLiteral("2000")}}}}});
                }
                push(t, QStringLiteral("clob.book"), books);
            }
            nextBooks += 60'000;
        }
        QJsonArray rows;
        const int w = int(rng() % kWallets);
        for (int i = 0; i < rowsPerRecord && made < events; ++i, ++made) {
            const int a = int(rng() % 500);
            const bool buy = rng() % 100 < 60;
            const std::int64_t price = mids[std::size_t(a)];
            rows.push_back(QJsonObject{{QStringLiteral("proxyWallet"), wallet(w)}, {QStringLiteral("timestamp"), qint64(t / 1000)},
                                       {QStringLiteral("conditionId"), QStringLiteral("0xc%1").arg(a / 2)}, {QStringLiteral("type"), QStringLiteral("TRADE")},
                                       {QStringLiteral("size"), double(1 + rng() % 400)}, {QStringLiteral("price"), Micros(price).toString()},
                                       {QStringLiteral("asset"), asset(a)}, {QStringLiteral("side"), buy ? QStringLiteral("BUY") : QStringLiteral("SELL")},
                                       {QStringLiteral("transactionHash"), QStringLiteral("0x%1").arg(made)}});
        }
        push(t + 1500, QStringLiteral("data-api.activity"), rows);
        t += stepMs * rowsPerRecord;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int events = 200'000;
    const QStringList args = app.arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--events"));
    if (i >= 0 && i + 1 < args.size())
        events = args[i + 1].toInt();
    std::mt19937_64 rng(12345);
    const std::vector<CaptureRecord> records = generate(events, rng);

    QByteArray config = "{\"seed\":1,\"global\":{\"copy_bps\":500,\"min_trade_usdc\":\"1\",\"max_spread\":\"0.05\"},\"wallets\":[";
    for (int w = 0; w < kWallets; ++w)
        config += (w ? "," : "") + ("{\"address\":\"" + wallet(w) + "\"}").toUtf8();
    config += "]}";
    auto cfg = EngineConfig::fromJson(config);
    if (!cfg) {
        std::fprintf(stderr, "config: %s\n", qPrintable(cfg.error()));
        return 1;
    }

    // Baseline: parsing the same activity bodies into keyed events, nothing else.
    QElapsedTimer timer;
    timer.start();
    std::size_t parsed = 0;
    for (const CaptureRecord& r : records)
        if (r.src == u"data-api.activity")
            parsed += polymarket::ActivityParser::parse(r.body, polymarket::ActivityParser::Feed::Activity, r.t).events.size();
    const qint64 baseNs = std::max<qint64>(1, timer.nsecsElapsed());

    stagePeakKb();
    const long runHeldKb = statusKb("VmRSS");
    timer.restart();
    qint64 cpu = cpuNs();
    const qint64 mainCpu = cpuNs(CLOCK_THREAD_CPUTIME_ID);
    const ReplayResult result = ReplayEngine(*cfg).run(records);
    const long runPeakKb = stagePeakKb();
    const qint64 runNs = std::max<qint64>(1, timer.nsecsElapsed());
    const qint64 runCpuNs = std::max<qint64>(1, cpuNs() - cpu);
    // The engine's own thread (the bodies are parsed on a second one): on a loaded machine the
    // wall-clock figure moves with the other processes, this one much less.
    const qint64 runMainCpuNs = std::max<qint64>(1, cpuNs(CLOCK_THREAD_CPUTIME_ID) - mainCpu);
    // --memory-only stops here: for profiling the engine alone (perf record -D past generation).
    if (args.contains(QStringLiteral("--memory-only"))) {
        std::printf("replay in memory: %lld events/s (%d trade events, %zu attempts; baseline %lld events/s; "
                    "%lld events per CPU second of the engine's thread)\n",
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / runNs), result.stats.tradeEvents,
                    result.attempts.size(), (long long)(qint64(parsed) * 1'000'000'000LL / baseNs),
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / runMainCpuNs));
        return 0;
    }
    timer.restart();
    const QByteArray json = ReplayResultWriter::toJson(result);
    const qint64 writeNs = timer.nsecsElapsed();
    // --out FILE keeps the result JSON, so an optimisation can be checked byte for byte
    // against the output of the build before it.
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    if (outAt >= 0 && outAt + 1 < args.size()) {
        QFile out(args[outAt + 1]);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(args[outAt + 1]));
            return 1;
        }
    }

    // With the store: the app's own path. The records are written as a capture file (as the
    // journal writes them), then a SignalCore rebuilds from that file into an empty store, as a
    // restarting terminal does: capture lines read and parsed, the engine with live output
    // (decision traces), and every event, attempt, fill, ledger entry, market, price mark and
    // per-minute snapshot written through the StoreWriter on its own thread. Timed from reading
    // the file to the last commit. The ledger hash recomputed from the stored rows must equal
    // the in-memory run's.
    const bool withStore = !args.contains(QStringLiteral("--no-store"));
    QTemporaryDir dir;
    const QString capturePath = dir.filePath(QStringLiteral("capture.jsonl"));
    qint64 fileBytes = 0;
    {
        CaptureWriter capture(dir.path(), QStringLiteral("capture"), std::numeric_limits<std::int64_t>::max(), 1);
        for (const CaptureRecord& r : records)
            if (!capture.write(r).ok()) {
                std::fprintf(stderr, "cannot write the capture\n");
                return 1;
            }
        capture.flush();
        fileBytes = QFileInfo(capturePath).size();
    }
    // The same file through `slipstream-cli replay`'s path: read and parse it, replay in memory.
    // --store-only skips this stage and the writer-alone one, for profiling the rebuild.
    const bool storeOnly = args.contains(QStringLiteral("--store-only"));
    timer.restart();
    qint64 fileRunNs = 1;
    if (!storeOnly) {
        auto read = CaptureReader::readFile(capturePath);
        if (!read || read->records.size() != records.size()) {
            std::fprintf(stderr, "cannot read the capture back\n");
            return 1;
        }
        const ReplayResult fromFile = ReplayEngine(*cfg).run(read->records);
        fileRunNs = std::max<qint64>(1, timer.nsecsElapsed());
        if (fromFile.ledgerSha256 != result.ledgerSha256) {
            std::fprintf(stderr, "the replay of the file differs from the replay in memory\n");
            return 1;
        }
    }

    qint64 storeNs = 1, storeCpuNs = 1, storeRows = 0, walNs = 0;
    long storeHeldKb = 0, storePeakKb = 0;
    quint64 storeMaxQueued = 0, storeTransactions = 0;
    QString storedHash;
    if (withStore) {
        store::StoreWriter writer;
        if (!writer.open(dir.filePath(QStringLiteral("bench.db"))).ok()) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        PendingWork work;
        stagePeakKb();
        storeHeldKb = statusKb("VmRSS");
        timer.restart();
        cpu = cpuNs();
        {
            SignalCore core(*cfg, writer, work);
            core.recover({capturePath});
            core.finish();
            walNs = timer.nsecsElapsed();
        }
        if (!writer.flush(1'800'000)) {
            std::fprintf(stderr, "the store did not finish\n");
            return 1;
        }
        storeNs = std::max<qint64>(1, timer.nsecsElapsed());
        storeCpuNs = std::max<qint64>(1, cpuNs() - cpu);
        storePeakKb = stagePeakKb();
        storeRows = qint64(writer.stats().opsCommitted);
        storeMaxQueued = writer.stats().maxQueuedOps;
        storeTransactions = writer.stats().transactions;
        const bool failed = writer.stats().batchesFailed > 0;
        writer.close();
        // --keep-store FILE copies the recovered store out, for query plans and schema work.
        const qsizetype keepAt = args.indexOf(QStringLiteral("--keep-store"));
        if (keepAt >= 0 && keepAt + 1 < args.size()) {
            QFile::remove(args[keepAt + 1]);
            if (!QFile::copy(dir.filePath(QStringLiteral("bench.db")), args[keepAt + 1]))
                std::fprintf(stderr, "cannot copy the store to %s\n", qPrintable(args[keepAt + 1]));
        }
        auto db = store::Database::openReader(dir.filePath(QStringLiteral("bench.db")));
        QStringList wallets;
        for (const FollowedWallet& w : cfg->wallets)
            wallets << w.address;
        auto hash = db ? ReplayPersistence::storedLedgerHash((*db)->sql(), wallets) : Result<QString>(Error{db.error()});
        storedHash = hash ? *hash : QStringLiteral("(%1)").arg(hash.error());
        if (failed)
            storedHash = QStringLiteral("(a write batch failed)");
    }

    // SQLite's floor for the same rows: every table of the rebuilt store copied by SQLite alone
    // into an empty store opened as the writer opens its own (same schema, page size, WAL,
    // synchronous=FULL, foreign keys, page cache and checkpoint interval), one INSERT … SELECT per
    // table in one transaction. "WHERE 1" keeps SQLite from copying the pages whole (its
    // transfer optimisation): each row goes through the table's b-tree and every index, as the
    // writer's rows do, with none of our own work per row. The rebuild cannot be faster than this.
    qint64 floorNs = 1, floorRows = 0;
    if (withStore) {
        auto floorDb = store::Database::openWriter(dir.filePath(QStringLiteral("floor.db")));
        if (!floorDb) {
            std::fprintf(stderr, "cannot open the floor's store: %s\n", qPrintable(floorDb.error()));
            return 1;
        }
        QSqlDatabase& db = (*floorDb)->sql();
        store::StoreWriter::tuneConnection(db);
        QSqlQuery q(db);
        bool ok = q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(dir.filePath(QStringLiteral("bench.db"))));
        QStringList tables;
        ok = ok && q.exec(QStringLiteral("SELECT name FROM src.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                         "AND name <> 'schema_version' ORDER BY name"));
        while (ok && q.next())
            tables << q.value(0).toString();
        timer.restart();
        // Tables go in name order, so a child's rows may come before its parent's: the foreign
        // keys are checked at the commit.
        ok = ok && q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        for (const QString& t : std::as_const(tables)) {
            ok = ok && q.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1 WHERE 1 ON CONFLICT DO NOTHING").arg(t));
            floorRows += ok ? q.numRowsAffected() : 0;
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        floorNs = std::max<qint64>(1, timer.nsecsElapsed());
        if (!ok) {
            std::fprintf(stderr, "the floor's copy failed: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }

    // The writer alone: the in-memory replay's rows (events, attempts, fills, ledger, breakers;
    // no traces or snapshots) submitted at once to an empty store, timed to the last commit.
    qint64 writerNs = 1;
    std::size_t writerRows = 0;
    if (withStore && !storeOnly) {
        ReplayEngine keeping(*cfg);
        keeping.setKeepEvents(true);
        const store::WriteBatch batch = ReplayPersistence::batchFor(keeping.run(records));
        writerRows = batch.size();
        store::StoreWriter writer;
        if (!writer.open(dir.filePath(QStringLiteral("writer.db"))).ok()) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        timer.restart();
        writer.submit(batch);
        writer.flush(1'800'000);
        writerNs = std::max<qint64>(1, timer.nsecsElapsed());
        writer.close();
    }

    int executed = 0;
    for (const CopyAttempt& a : result.attempts)
        executed += a.execute;
    const qint64 eps = qint64(result.stats.tradeEvents) * 1'000'000'000LL / runNs;
    const qint64 baseEps = qint64(parsed) * 1'000'000'000LL / baseNs;
    std::printf("replay bench: %d wallets, 500 assets, %d trade events, %zu records, %d groups, %zu attempts (%d executed)\n",
                kWallets, result.stats.tradeEvents, records.size(), result.stats.groups, result.attempts.size(), executed);
    std::printf("  baseline (parse only): %lld events/s\n", (long long)baseEps);
    std::printf("  replay in memory     : %lld events/s  (%.2fx the baseline's time; %lld events per CPU second, "
                "%lld per CPU second of the engine's thread)\n",
                (long long)eps, double(runNs) / double(baseNs),
                (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / runCpuNs),
                (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / runMainCpuNs)); // display only
    if (storeOnly)
        std::printf("  (--store-only: the capture-file and writer-alone stages were skipped)\n");
    else
        std::printf("  from the capture file: %lld events/s  (%.1f MB read, parsed and replayed: slipstream-cli replay's path)\n",
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / fileRunNs), double(fileBytes) / 1e6);
    if (withStore) {
        std::printf("  replay + SQLite store: %lld events/s  (%lld rows; the app's recovery from the capture file, until the last commit; %.2fx the in-memory time; %lld events per CPU second)\n",
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / storeNs), (long long)storeRows,
                    double(storeNs) / double(runNs),
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / storeCpuNs)); // display only
        std::printf("    of which: engine done after %lld ms, store caught up %lld ms later; %llu transactions; at most "
                    "%llu ops queued (the rebuild waits beyond %zu)\n",
                    (long long)(walNs / 1'000'000), (long long)((storeNs - walNs) / 1'000'000),
                    (unsigned long long)storeTransactions, (unsigned long long)storeMaxQueued,
                    store::StoreWriter::kMaxOpsPerTransaction);
        std::printf("  SQLite's own floor   : %lld events/s  (%lld rows copied by SQLite alone into an empty store of the "
                    "same schema, in %lld ms; the rebuild takes %.2fx that)\n",
                    (long long)(qint64(result.stats.tradeEvents) * 1'000'000'000LL / floorNs), (long long)floorRows,
                    (long long)(floorNs / 1'000'000), double(storeNs) / double(floorNs));
        if (!storeOnly)
            std::printf("  store writer alone   : %lld rows/s  (%zu rows of the replay in one submission, %.1f us a row)\n",
                    (long long)(qint64(writerRows) * 1'000'000'000LL / writerNs), writerRows,
                    double(writerNs) / 1000.0 / double(std::max<std::size_t>(1, writerRows)));
    } else {
        std::printf("  replay + SQLite store: skipped (--no-store)\n");
    }
    std::printf("  result JSON          : %lld bytes in %lld ms\n", (long long)json.size(), (long long)(writeNs / 1'000'000));
    const bool storedDiffers = withStore && storedHash != result.ledgerSha256;
    std::printf("  ledger_sha256        : %s%s\n", qPrintable(result.ledgerSha256),
                storedDiffers ? qPrintable(QStringLiteral(" (the stored ledger differs: %1)").arg(storedHash)) : "");
    stagePeakKb();
    std::printf("  peak RSS             : %ld kB (the whole bench, with every stage's data)\n", processPeakKb);
    std::printf("    in-memory replay   : %ld kB at its peak, %ld kB of it held before (the generated records)\n",
                runPeakKb, runHeldKb);
    if (withStore)
        std::printf("    store rebuild      : %ld kB at its peak, %ld kB of it held before\n", storePeakKb, storeHeldKb);
    // The rebuild's backlog stays bounded: one transaction's worth, plus the recovery batch that
    // was being submitted when the limit was reached.
    const bool backlogUnbounded = storeMaxQueued > store::StoreWriter::kMaxOpsPerTransaction + 20'000;
    if (backlogUnbounded)
        std::printf("  the rebuild queued %llu ops: its backlog is not bounded\n", (unsigned long long)storeMaxQueued);
    return result.stats.tradeEvents == events && !storedDiffers && !backlogUnbounded ? 0 : 1;
}
