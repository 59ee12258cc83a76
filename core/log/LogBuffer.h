#pragma once
// LogBuffer: a thread-safe ring of the most recent log lines, fed by a spdlog sink behind the
// redaction layer, for the GUI's Log panel. Any thread may log; the panel is told there is
// something new by one queued notification per burst and pulls the lines itself.

#include <QObject>
#include <QString>

#include <spdlog/common.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace slip::log {

struct LogLine
{
    std::int64_t seq = 0; ///< 1, 2, 3 … in arrival order, never reused
    std::int64_t tMs = 0; ///< wall-clock time of the record
    int level = 0;        ///< spdlog::level::level_enum (0 trace … 5 critical)
    QString category;     ///< logger name ("net", "engine", …)
    QString message;      ///< already redacted
};

class LogBuffer : public QObject
{
    Q_OBJECT
public:
    /// The process-wide buffer the log façade feeds.
    static LogBuffer& instance();
    /// The sink to attach to the façade's redacting sink (records arrive already redacted).
    static spdlog::sink_ptr sink();

    /// Keeps at most this many lines (oldest dropped first); default 5000.
    void setCapacity(std::size_t lines);
    /// Appends one line (thread-safe); used by the sink and by tests.
    void append(LogLine line);
    /// Lines with seq > afterSeq still held, oldest first; re-arms the linesAdded notification.
    std::vector<LogLine> linesAfter(std::int64_t afterSeq);
    /// Seq of the newest line (0 when none).
    std::int64_t lastSeq() const;
    /// Drops every line (seq keeps counting).
    void clear();

Q_SIGNALS:
    /// New lines arrived since the last linesAfter() call. Emitted from the logging thread, once
    /// per burst; connect with a queued (or auto) connection.
    void linesAdded();

private:
    LogBuffer() = default;

    mutable std::mutex mutex_;
    std::deque<LogLine> lines_;
    std::size_t capacity_ = 5000;
    std::int64_t nextSeq_ = 1;
    std::atomic<bool> notifyPending_{false};
};

} // namespace slip::log
