// Fuzz target: CLOB /markets/{id} and compact /clob-markets/{id} objects, and the HTTP body
// decoder every client uses (HTML pages, bare scalars, broken JSON).

#include "net/JsonReply.h"
#include "venue/polymarket/ClobMarketClient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace slip;
using namespace slip::polymarket;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    HttpResponse resp;
    resp.status = 200;
    resp.body = bytes;
    const auto decoded = jsonBody(resp);
    if (!decoded.ok() && decoded.error().kind != VenueError::Kind::Malformed)
        std::abort();
    if (decoded.ok() && decoded.value().isObject()) {
        const QJsonObject o = decoded.value().object();
        if (auto m = ClobMarketClient::parseMarket(o); m.ok() && m.value().conditionId.isEmpty())
            std::abort();
        (void)ClobMarketClient::parseCompactMarket(o);
    }
    (void)bodyExcerpt(bytes);
    return 0;
}
