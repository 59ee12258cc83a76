// Fuzz target: a Data API activity/trades body (v1 array, v2 envelope mapped to v1 names) through
// ActivityParser; every accepted event must satisfy the spec's ranges.

#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/DataApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace slip;
using namespace slip::polymarket;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (auto feed : {ActivityParser::Feed::Activity, ActivityParser::Feed::Trades}) {
        const auto r = ActivityParser::parse(body, feed, 0);
        for (const auto& e : r.events) {
            if (e.key.size() != 64 || e.shares.raw() < 0)
                std::abort();
            if (e.type == ActivityType::Trade && (e.price.raw() <= 0 || e.price.raw() > Micros::kScale))
                std::abort();
        }
    }
    if (doc.isObject() && doc.object().value(QLatin1String("data")).isArray()) {
        QJsonArray mapped;
        for (const auto& row : doc.object().value(QLatin1String("data")).toArray())
            mapped.push_back(row.isObject() ? QJsonValue(DataApiClient::v2RowToV1(row.toObject())) : row);
        (void)ActivityParser::parse(mapped, ActivityParser::Feed::Activity, 0);
    }
    (void)DataApiClient::parsePositions(body);
    return 0;
}
