#pragma once
// CaptureWriter: appends capture records as JSON Lines, splicing the body bytes exactly as
// received, rotating to a new file past a size limit and keeping at most N files.

#include "capture/CaptureRecord.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace slip {

class CaptureWriter
{
public:
    /// Files are `<dir>/<baseName>.jsonl`, rotated to `<baseName>.1.jsonl` … `<baseName>.<keep>.jsonl`.
    CaptureWriter(QString dir, QString baseName, std::int64_t maxBytesPerFile, int keepFiles);
    ~CaptureWriter();

    /// Appends one record whose body is the raw payload bytes (must be one JSON value).
    Status writeRaw(std::int64_t t, const QString& src, const QJsonObject& req, const QByteArray& rawBody);
    /// Appends one record from parsed values (for tests and tools).
    Status write(const CaptureRecord& record);
    /// Flushes buffered bytes to disk.
    void flush();
    /// The file being written.
    QString currentPath() const;

    /// The line (without the newline) for one record with a raw body.
    static QByteArray line(std::int64_t t, const QString& src, const QJsonObject& req, const QByteArray& rawBody);

private:
    Status openIfNeeded();
    void rotate();

    QString dir_;
    QString baseName_;
    std::int64_t maxBytes_;
    int keep_;
    std::unique_ptr<QFile> file_;
};

} // namespace slip
