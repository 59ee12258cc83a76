#pragma once
// GammaMarketParser: turns gamma.market bodies (an object or an array of markets) into
// MarketInfo records per spec/copy-engine.md §2, rejecting a malformed market alone.

#include "domain/MarketInfo.h"
#include "domain/Result.h"
#include "venue/polymarket/ActivityParser.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip::polymarket {

struct MarketParseResult
{
    std::vector<MarketInfo> markets;      ///< accepted markets in body order
    std::vector<RowRejection> rejected;   ///< index -1 for a lone object body
};

class GammaMarketParser
{
public:
    /// Parses an object or an array of market objects.
    static MarketParseResult parse(const QJsonValue& body);
    /// Parses one market object.
    static Result<MarketInfo> parseMarket(const QJsonObject& object);
    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.f]]` with optional `Z`/`±hh:mm` (none = UTC)
    /// into ms since the epoch, the fraction truncated to ms.
    static Result<std::int64_t> parseEndDate(QStringView text);
};

} // namespace slip::polymarket
