#pragma once
// CaptureRecord: one line of a capture (spec/capture-and-replay.md): when a payload arrived,
// from which feed, the request that produced it and the body exactly as received.

#include <QJsonObject>
#include <QMetaType>
#include <QJsonValue>
#include <QString>

#include <cstdint>

namespace slip {

struct CaptureRecord
{
    std::int64_t t = 0;     ///< receive time, ms since the epoch
    QString src;            ///< feed name
    QJsonObject req;        ///< request parameters (empty for streams)
    QJsonValue body;        ///< payload as received
    int line = 0;           ///< 1-based line number in the file
};

} // namespace slip

Q_DECLARE_METATYPE(slip::CaptureRecord)
