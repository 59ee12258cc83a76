#include "store/StoreWriter.h"

#include "log/Log.h"
#include "store/Database.h"
#include "store/SqliteStatements.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace slip::store {

// Lives on the writer thread. Pending batches sit in a mutex-guarded queue; a drain takes all
// of them (up to kMaxOpsPerTransaction) and applies them in one transaction; when a statement
// fails, that work is done again with each batch under its own savepoint, so that one bad batch
// does not sink the others (applyAll). The queue uses std::mutex
// and std::condition_variable (not QMutex/QWaitCondition) so ThreadSanitizer sees every
// hand-off: Qt's wait condition releases its mutex inside the uninstrumented library.
class WriterWorker : public QObject
{
public:
    explicit WriterWorker(StoreWriter* owner) : owner_(owner) {}

    // Open and close run on the writer thread and report back through mutex_/done_, so the
    // caller's wait is visible to ThreadSanitizer (a BlockingQueuedConnection waits inside the
    // uninstrumented Qt library).
    void openOn(QString path)
    {
        auto db = Database::openWriter(path);
        std::lock_guard<std::mutex> locker(mutex_);
        if (db) {
            db_ = std::move(db).value();
            openVersion_ = db_->schemaVersion();
            StoreWriter::tuneConnection(db_->sql());
            statements_.setHandle(SqliteStatements::handleOf(db_->sql().driver()->handle()));
        } else {
            openResult_ = Error{db.error()};
        }
        lifecycleDone_ = true;
        done_.notify_all();
    }

    void closeDb()
    {
        std::lock_guard<std::mutex> locker(mutex_);
        statements_.setHandle(nullptr); // finalized before the connection they belong to
        db_.reset();
        lifecycleDone_ = true;
        done_.notify_all();
    }

    /// Runs fn on the writer thread and waits for it to report through lifecycleDone_.
    template <class Fn>
    void runOnWriterThread(Fn fn)
    {
        {
            std::lock_guard<std::mutex> locker(mutex_);
            lifecycleDone_ = false;
        }
        QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
        std::unique_lock<std::mutex> locker(mutex_);
        done_.wait(locker, [this] { return lifecycleDone_; });
    }

    Status openResult()
    {
        std::lock_guard<std::mutex> locker(mutex_);
        return openResult_;
    }

    int openVersion()
    {
        std::lock_guard<std::mutex> locker(mutex_);
        return openVersion_;
    }

    quint64 enqueue(WriteBatch batch)
    {
        Spent spent; // destroyed after the lock is released, on this thread
        std::lock_guard<std::mutex> locker(mutex_);
        spent.swap(spent_);
        const quint64 id = ++lastSubmitted_;
        queuedOps_ += batch.size();
        stats_.maxQueuedOps = std::max<quint64>(stats_.maxQueuedOps, queuedOps_);
        pending_.push_back({id, std::move(batch)});
        stats_.queueDepth = int(pending_.size());
        if (!drainScheduled_) {
            drainScheduled_ = true;
            QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
        }
        return id;
    }

    bool waitFor(quint64 id, int timeoutMs)
    {
        std::unique_lock<std::mutex> locker(mutex_);
        return done_.wait_for(locker, std::chrono::milliseconds(timeoutMs), [&] { return lastDone_ >= id; });
    }

    bool waitForRoom(std::size_t maxQueuedOps, int timeoutMs)
    {
        Spent spent;
        std::unique_lock<std::mutex> locker(mutex_);
        const bool room = roomMade_.wait_for(locker, std::chrono::milliseconds(timeoutMs),
                                             [&] { return queuedOps_ <= maxQueuedOps; });
        spent.swap(spent_);
        return room;
    }

    quint64 lastSubmitted()
    {
        std::lock_guard<std::mutex> locker(mutex_);
        return lastSubmitted_;
    }

    WriterStats stats()
    {
        std::lock_guard<std::mutex> locker(mutex_);
        return stats_;
    }

    void drain()
    {
        for (;;) {
            std::vector<std::pair<quint64, WriteBatch>> work;
            Spent spent;
            {
                std::lock_guard<std::mutex> locker(mutex_);
                std::size_t ops = 0;
                while (!pending_.empty() && (work.empty() || ops < StoreWriter::kMaxOpsPerTransaction)) {
                    ops += pending_.front().second.size();
                    queuedOps_ -= pending_.front().second.size();
                    work.push_back(std::move(pending_.front()));
                    pending_.pop_front();
                }
                stats_.queueDepth = int(pending_.size());
                roomMade_.notify_all();
                if (work.empty()) {
                    drainScheduled_ = false;
                    spent.swap(spent_); // idle: the writer frees what no producer took
                    return;
                }
            }
            applyAll(work);
            // With more work queued the producer is ahead of the disk and comes back to submit
            // or to wait for room: it frees these ops then, off the writer's thread (freeing the
            // ops of a transaction was a fourteenth of the writer's time in a rebuild).
            std::lock_guard<std::mutex> locker(mutex_);
            if (!pending_.empty())
                spent_.push_back(std::move(work));
        }
    }

private:
    void applyAll(std::vector<std::pair<quint64, WriteBatch>>& work)
    {
        // First all batches in one transaction without savepoints: a savepoint makes SQLite copy
        // every page a batch touches into a statement journal first (without them the rebuild
        // into the store ran about a fifth faster, alternating runs). Only when a statement fails is that transaction rolled back and the same work
        // done again with a savepoint per batch, so one bad batch still sinks none of the others.
        Outcome done = applyInOneTransaction(work, /*savepoints=*/false);
        if (!done.bad.empty()) {
            statements_.forgetNames(); // the rollback took the names the first try wrote
            if (work.size() > 1)
                done = applyInOneTransaction(work, /*savepoints=*/true);
        }
        auto& [ok, bad, ops, txError] = done;
        if (!txError.isEmpty()) {
            // The whole transaction is gone: every batch in it failed, nothing was written (and
            // the names it wrote are gone from the table too).
            statements_.forgetNames();
            for (quint64 id : ok)
                bad.emplace_back(id, txError);
            ok.clear();
            ops = 0;
        }
        {
            std::lock_guard<std::mutex> locker(mutex_);
            stats_.transactions += txError.isEmpty() ? 1 : 0;
            stats_.batchesCommitted += ok.size();
            stats_.batchesFailed += bad.size();
            stats_.opsCommitted += ops;
            if (!bad.empty())
                stats_.lastError = bad.back().second;
        }
        for (quint64 id : ok)
            Q_EMIT owner_->committed(id);
        for (auto& [id, err] : bad) {
            log::get("db")->error("write batch {} rolled back: {}", id, err.toStdString());
            Q_EMIT owner_->failed(id, err);
        }
        // Done only once every direct handler of committed()/failed() has returned: flush() waits
        // for this, so its caller may destroy what those handlers use as soon as it returns.
        std::lock_guard<std::mutex> locker(mutex_);
        lastDone_ = work.back().first;
        done_.notify_all();
    }

    // One try at writing `work` in a transaction: which batches went in, which failed and why,
    // or the transaction's own error (it could not begin or commit: then nothing was written).
    // Without savepoints the first failing batch ends the try: the transaction is rolled back,
    // nothing is in `ok` and `bad` names that batch alone.
    struct Outcome
    {
        std::vector<quint64> ok;
        std::vector<std::pair<quint64, QString>> bad;
        quint64 ops = 0;
        QString txError;
    };

    Outcome applyInOneTransaction(const std::vector<std::pair<quint64, WriteBatch>>& work, bool savepoints)
    {
        Outcome a;
        QSqlDatabase& db = db_->sql();
        if (!db.transaction()) {
            a.txError = db.lastError().text();
            return a;
        }
        for (const auto& [id, batch] : work) {
            QString err = savepoints ? applyBatch(batch) : applyOps(batch);
            if (err.isEmpty()) {
                a.ok.push_back(id);
                a.ops += batch.size();
                continue;
            }
            a.bad.emplace_back(id, err);
            if (!savepoints) {
                db.rollback(); // the batches before this one are not written either
                a.ok.clear();
                a.ops = 0;
                return a;
            }
        }
        if (!db.commit()) {
            a.txError = db.lastError().text();
            db.rollback();
        }
        return a;
    }

    QString applyOps(const WriteBatch& batch)
    {
        for (const auto& op : batch)
            if (QString err = statements_.run(op.sql, op.binds); !err.isEmpty())
                return err;
        return {};
    }

    // Each batch under its own savepoint; statements are prepared once and run on the raw
    // connection (SqliteStatements).
    QString applyBatch(const WriteBatch& batch)
    {
        if (QString err = statements_.exec("SAVEPOINT batch"); !err.isEmpty())
            return err;
        if (QString err = applyOps(batch); !err.isEmpty()) {
            statements_.exec("ROLLBACK TO batch");
            statements_.exec("RELEASE batch");
            statements_.forgetNames(); // before the next batch binds one this one wrote
            return err;
        }
        return statements_.exec("RELEASE batch");
    }

    StoreWriter* owner_;
    std::unique_ptr<Database> db_;
    SqliteStatements statements_;
    bool lifecycleDone_ = false;
    Status openResult_;
    int openVersion_ = 0;
    std::mutex mutex_;
    std::condition_variable done_;
    std::condition_variable roomMade_; // the writer took queued batches into a transaction
    std::deque<std::pair<quint64, WriteBatch>> pending_;
    // Applied work left for a producer to free (see drain).
    using Spent = std::vector<std::vector<std::pair<quint64, WriteBatch>>>;
    Spent spent_;
    std::size_t queuedOps_ = 0; // ops in pending_ (not yet taken by a drain)
    quint64 lastSubmitted_ = 0;
    quint64 lastDone_ = 0;
    bool drainScheduled_ = false;
    WriterStats stats_;
    friend class StoreWriter;
    QThread* thread_ = nullptr;
};

void StoreWriter::tuneConnection(QSqlDatabase& db)
{
    // A larger page cache for the one writer connection (64 MiB, SQLite's default is 2 MiB): a
    // replay writes hundreds of thousands of rows into several unique indexes per transaction,
    // and with the default cache the index pages were spilled to the WAL and read back for every
    // insert. Only memory, no change to what is written. Checkpoints every 8,192 WAL pages
    // (64 MiB of 8 KiB pages; the default is 1,000): during a backlog each checkpoint copied the
    // same index pages back into the database again and again. Commits stay synchronous=FULL;
    // only the WAL file grows larger between checkpoints.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"));
}

StoreWriter::StoreWriter(QObject* parent) : QObject(parent) {}

StoreWriter::~StoreWriter()
{
    close();
}

Status StoreWriter::open(const QString& path)
{
    if (worker_)
        return Error{QStringLiteral("store writer is already open")};
    auto worker = std::make_unique<WriterWorker>(this);
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("store-writer"));
    worker->moveToThread(thread);
    worker->thread_ = thread;
    thread->start();
    WriterWorker* w = worker.get();
    w->runOnWriterThread([w, path] { w->openOn(path); });
    const Status result = w->openResult();
    const int version = w->openVersion();
    if (!result) {
        thread->quit();
        thread->wait();
        delete thread;
        return result;
    }
    worker_ = std::move(worker);
    path_ = path;
    schemaVersion_ = version;
    return {};
}

bool StoreWriter::isOpen() const
{
    return worker_ != nullptr;
}

void StoreWriter::close()
{
    if (!worker_)
        return;
    flush(120000);
    WriterWorker* w = worker_.get();
    w->runOnWriterThread([w] { w->closeDb(); });
    QThread* thread = w->thread_;
    thread->quit();
    thread->wait();
    worker_.reset();
    delete thread;
}

quint64 StoreWriter::submit(WriteBatch batch)
{
    Q_ASSERT(worker_);
    return worker_->enqueue(std::move(batch));
}

bool StoreWriter::waitForRoom(std::size_t maxQueuedOps, int timeoutMs)
{
    return !worker_ || worker_->waitForRoom(maxQueuedOps, timeoutMs);
}

bool StoreWriter::flush(int timeoutMs)
{
    if (!worker_)
        return true;
    return worker_->waitFor(worker_->lastSubmitted(), timeoutMs);
}

WriterStats StoreWriter::stats() const
{
    return worker_ ? worker_->stats() : WriterStats{};
}

} // namespace slip::store
