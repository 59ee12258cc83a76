#pragma once
// StoreWriter: the single SQLite writer. It owns a thread and a connection on it; callers on
// any thread submit batches, which are coalesced into one transaction per drain. committed()
// reports each batch once it is durable.

#include "domain/Result.h"
#include "store/WriteOp.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <memory>

class QSqlDatabase;

namespace slip::store {

class WriterWorker;

struct WriterStats
{
    quint64 batchesCommitted = 0;
    quint64 batchesFailed = 0;
    quint64 opsCommitted = 0;
    quint64 transactions = 0;
    int queueDepth = 0;
    quint64 maxQueuedOps = 0; ///< the most ops ever waiting to be taken into a transaction
    QString lastError;
};

class StoreWriter : public QObject
{
    Q_OBJECT
public:
    /// A drain takes queued batches into one transaction until it holds this many ops. The cap
    /// only matters with a backlog (a restart's rebuild, a burst): live, the queue holds a batch
    /// or two. Larger transactions dirty each index page once instead of once per 20,000 rows;
    /// 100,000 rows commit in about a second.
    static constexpr std::size_t kMaxOpsPerTransaction = 100000;

    explicit StoreWriter(QObject* parent = nullptr);
    ~StoreWriter() override;

    /// The writer connection's settings beyond Database::openWriter's (page cache, checkpoint
    /// interval), for a connection opened by Database::openWriter on the calling thread.
    static void tuneConnection(QSqlDatabase& db);

    /// Starts the writer thread and opens (migrating) the database there; blocks until open.
    Status open(const QString& path);
    /// Commits everything pending, then stops the thread and closes the connection.
    void close();
    bool isOpen() const;

    /// Queues a batch from any thread; returns its id (ids increase by one per batch).
    quint64 submit(WriteBatch batch);
    /// Blocks until every batch submitted before this call has been committed or failed and its
    /// committed() or failed() has been emitted (handlers connected directly have returned).
    /// Returns false on timeout. Not from such a handler: the writer thread cannot wait for itself.
    bool flush(int timeoutMs = 30000);
    /// Blocks until at most `maxQueuedOps` ops wait in the queue (the transaction being written
    /// is not counted, so the writer never runs dry while its producer waits). A producer far
    /// ahead of the disk, like a restart's rebuild, calls this after each submit so its backlog,
    /// and the memory it holds, stays bounded. Returns false on timeout. Not from a handler of
    /// committed()/failed().
    bool waitForRoom(std::size_t maxQueuedOps, int timeoutMs = 60000);

    const QString& path() const { return path_; }
    /// The schema version after migrations.
    int schemaVersion() const { return schemaVersion_; }
    /// A consistent snapshot of the counters (any thread).
    WriterStats stats() const;

Q_SIGNALS:
    /// A batch is durable in the database.
    void committed(quint64 batchId);
    /// A batch was rolled back; nothing of it was written.
    void failed(quint64 batchId, const QString& error);

private:
    friend class WriterWorker;
    std::unique_ptr<WriterWorker> worker_;
    QString path_;
    int schemaVersion_ = 0;
};

} // namespace slip::store
