#include "capture/CaptureWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace slip {

CaptureWriter::CaptureWriter(QString dir, QString baseName, std::int64_t maxBytesPerFile, int keepFiles)
    : dir_(std::move(dir)), baseName_(std::move(baseName)), maxBytes_(maxBytesPerFile), keep_(keepFiles)
{
}

CaptureWriter::~CaptureWriter() { flush(); }

QString CaptureWriter::currentPath() const { return QDir(dir_).filePath(baseName_ + QStringLiteral(".jsonl")); }

QByteArray CaptureWriter::line(std::int64_t t, const QString& src, const QJsonObject& req, const QByteArray& rawBody)
{
    QByteArray out = "{\"t\":" + QByteArray::number(qlonglong(t)) + ",\"src\":" +
                     QJsonDocument(QJsonArray{src}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!req.isEmpty())
        out += ",\"req\":" + QJsonDocument(req).toJson(QJsonDocument::Compact);
    QByteArray body = rawBody;
    body.replace('\n', ' ').replace('\r', ' '); // JSON whitespace; keeps one record per line
    out += ",\"body\":" + body + '}';
    return out;
}

Status CaptureWriter::openIfNeeded()
{
    if (file_ && file_->isOpen())
        return {};
    QDir().mkpath(dir_);
    file_ = std::make_unique<QFile>(currentPath());
    if (!file_->open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{QStringLiteral("cannot open capture file %1: %2").arg(currentPath(), file_->errorString())};
    return {};
}

void CaptureWriter::rotate()
{
    file_->close();
    QDir d(dir_);
    auto numbered = [&](int i) { return d.filePath(baseName_ + u'.' + QString::number(i) + QStringLiteral(".jsonl")); };
    QFile::remove(numbered(keep_));
    for (int i = keep_ - 1; i >= 1; --i)
        QFile::rename(numbered(i), numbered(i + 1));
    if (keep_ >= 1)
        QFile::rename(currentPath(), numbered(1));
    else
        QFile::remove(currentPath());
    file_.reset();
}

Status CaptureWriter::writeRaw(std::int64_t t, const QString& src, const QJsonObject& req, const QByteArray& rawBody)
{
    Status s = openIfNeeded();
    if (!s)
        return s;
    const QByteArray l = line(t, src, req, rawBody) + '\n';
    if (file_->size() > 0 && maxBytes_ > 0 && file_->size() + l.size() > maxBytes_) {
        rotate();
        s = openIfNeeded();
        if (!s)
            return s;
    }
    if (file_->write(l) != l.size())
        return Error{QStringLiteral("capture write failed: %1").arg(file_->errorString())};
    return {};
}

Status CaptureWriter::write(const CaptureRecord& r)
{
    QByteArray body;
    if (r.body.isArray())
        body = QJsonDocument(r.body.toArray()).toJson(QJsonDocument::Compact);
    else if (r.body.isObject())
        body = QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact);
    else
        body = QJsonDocument(QJsonArray{r.body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return writeRaw(r.t, r.src, r.req, body);
}

void CaptureWriter::flush()
{
    if (file_ && file_->isOpen())
        file_->flush();
}

} // namespace slip
