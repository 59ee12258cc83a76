#pragma once
// CaptureJournal: the one place where the running terminal's payloads get their time. Every
// payload the monitor and executor receive is stamped (monotone, from the injected clock),
// appended to the capture files and announced, all under one lock, so the engine sees records
// in exactly the order and with exactly the times a replay of the files will. Thread-safe.

#include "capture/CaptureRecord.h"
#include "capture/CaptureWriter.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <mutex>

namespace slip {

class CaptureJournal : public QObject
{
    Q_OBJECT
public:
    /// Files `<dir>/capture.jsonl`, rotated past maxBytesPerFile, at most keepFiles old ones.
    CaptureJournal(const Clock& clock, QString dir, std::int64_t maxBytesPerFile, int keepFiles,
                   QObject* parent = nullptr);
    ~CaptureJournal() override;

    /// The capture files in record order (oldest first), as they are on disk now.
    static QStringList files(const QString& dir);

    /// The t of the last complete record of a capture file (0 when none can be read).
    static std::int64_t lastRecordTime(const QString& path);
    /// Makes stamps continue after `t` (the last record of an earlier run), so time never goes back.
    void resumeAfter(std::int64_t t);
    /// Stamps, writes and announces one payload; a body that is not one JSON value is refused
    /// (nothing written) so a garbled answer can be retried.
    Result<CaptureRecord> append(const QString& src, const QJsonObject& req, const QByteArray& rawBody);
    /// Announces that the stream has reached now (no record will be stamped earlier); returns it.
    std::int64_t tick();

    /// Latest stamp handed out.
    std::int64_t lastMs() const;
    /// Bytes written by this journal since it was opened.
    std::int64_t bytesWritten() const;
    QString directory() const { return dir_; }

Q_SIGNALS:
    /// A record was written (queued to receivers in stamp order).
    void recorded(const slip::CaptureRecord& record);
    /// The stream reached t with no record (queued in order with the records).
    void ticked(qint64 t);

private:
    std::int64_t stampLocked();

    const Clock& clock_;
    QString dir_;
    mutable std::mutex mutex_;
    std::unique_ptr<CaptureWriter> writer_;
    std::int64_t last_ = 0;
    std::int64_t bytes_ = 0;
    int line_ = 0;
};

} // namespace slip
