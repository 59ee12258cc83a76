// Fuzz target: Gamma /markets and /events bodies through GammaMarketParser and the event reader.

#include "venue/polymarket/GammaClient.h"
#include "venue/polymarket/GammaMarketParser.h"

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
    const QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto r = GammaMarketParser::parse(body);
    for (const auto& m : r.markets)
        if (m.tokenIds.isEmpty() || m.conditionId.isEmpty())
            std::abort();
    (void)GammaClient::parseEvents(body);
    (void)GammaMarketParser::parseEndDate(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(std::min<size_t>(size, 64))));
    return 0;
}
