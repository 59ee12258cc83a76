#include "capture/CaptureJournal.h"

#include "capture/CaptureReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace slip {
namespace {

const QString kBase = QStringLiteral("capture");

// A kill -9 can leave the last line cut short; the next record must start on a line of its own
// or it would be lost with the fragment.
void endWithNewline(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() == 0)
        return;
    f.seek(f.size() - 1);
    char last = 0;
    if (f.read(&last, 1) == 1 && last != '\n') {
        f.seek(f.size());
        f.write("\n", 1);
    }
}

} // namespace

CaptureJournal::CaptureJournal(const Clock& clock, QString dir, std::int64_t maxBytesPerFile, int keepFiles,
                               QObject* parent)
    : QObject(parent),
      clock_(clock),
      dir_(std::move(dir)),
      writer_(std::make_unique<CaptureWriter>(dir_, kBase, maxBytesPerFile, keepFiles))
{
    qRegisterMetaType<slip::CaptureRecord>();
    QDir().mkpath(dir_);
    endWithNewline(writer_->currentPath());
}

CaptureJournal::~CaptureJournal()
{
    std::lock_guard lock(mutex_);
    writer_->flush();
}

QStringList CaptureJournal::files(const QString& dir)
{
    QDir d(dir);
    std::vector<std::pair<int, QString>> numbered;
    const QStringList names = d.entryList({kBase + QStringLiteral(".*.jsonl")}, QDir::Files);
    for (const QString& name : names) {
        bool ok = false;
        const int n = name.mid(kBase.size() + 1, name.size() - kBase.size() - 7).toInt(&ok);
        if (ok && n > 0)
            numbered.push_back({n, d.filePath(name)});
    }
    std::sort(numbered.begin(), numbered.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (const auto& [n, path] : numbered)
        out << path;
    if (QFile::exists(d.filePath(kBase + QStringLiteral(".jsonl"))))
        out << d.filePath(kBase + QStringLiteral(".jsonl"));
    return out;
}

std::int64_t CaptureJournal::lastRecordTime(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const qint64 tail = std::min<qint64>(f.size(), 1 << 20);
    f.seek(f.size() - tail);
    const QList<QByteArray> lines = f.read(tail).split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(*it);
        if (doc.isObject() && doc.object().value(QLatin1String("t")).isDouble())
            return std::int64_t(doc.object().value(QLatin1String("t")).toDouble());
    }
    return 0;
}

void CaptureJournal::resumeAfter(std::int64_t t)
{
    std::lock_guard lock(mutex_);
    last_ = std::max(last_, t);
}

std::int64_t CaptureJournal::stampLocked()
{
    last_ = std::max(last_, clock_.nowMs());
    return last_;
}

Result<CaptureRecord> CaptureJournal::append(const QString& src, const QJsonObject& req, const QByteArray& rawBody)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return Error{QStringLiteral("%1 answered with malformed JSON: %2").arg(src, error.errorString())};

    std::lock_guard lock(mutex_);
    const std::int64_t t = stampLocked();
    const QByteArray line = CaptureWriter::line(t, src, req, rawBody);
    // The record the engine gets is read back from the very line written, as a replay will read it.
    CaptureReadResult parsed = CaptureReader::parse(line);
    if (parsed.records.size() != 1)
        return Error{QStringLiteral("%1 payload could not be recorded").arg(src)};
    if (Status s = writer_->writeRaw(t, src, req, rawBody); !s)
        return Error{s.error()};
    writer_->flush();
    bytes_ += line.size() + 1;
    CaptureRecord record = std::move(parsed.records.front());
    record.line = ++line_;
    Q_EMIT recorded(record);
    return record;
}

std::int64_t CaptureJournal::tick()
{
    std::lock_guard lock(mutex_);
    const std::int64_t t = stampLocked();
    Q_EMIT ticked(qint64(t));
    return t;
}

std::int64_t CaptureJournal::lastMs() const
{
    std::lock_guard lock(mutex_);
    return last_;
}

std::int64_t CaptureJournal::bytesWritten() const
{
    std::lock_guard lock(mutex_);
    return bytes_;
}

} // namespace slip
