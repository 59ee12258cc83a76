#pragma once
// MarketEventParser: turns one CLOB market-channel WebSocket frame (a JSON object, a JSON array
// of events, or a non-JSON control frame such as PONG) into MarketEvents, rejecting a malformed
// event alone with its index.

#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/MarketEvent.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace slip::polymarket {

struct MarketFrame
{
    bool isJson = true;                 ///< false for PONG, "" and other control text
    std::vector<MarketEvent> events;    ///< in frame order
    std::vector<RowRejection> rejected; ///< malformed events (index -1: the frame itself)
};

class MarketEventParser
{
public:
    /// Parses a whole frame.
    static MarketFrame parseFrame(const QByteArray& frame);
    /// Parses one event object.
    static Result<MarketEvent> parseEvent(const QJsonObject& object);
};

} // namespace slip::polymarket
