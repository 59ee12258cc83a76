#pragma once
// MarketEvent: one event of the CLOB market WebSocket channel (book, price_change,
// tick_size_change, last_trade_price, best_bid_ask, market_resolved, new_market), parsed exactly.

#include "domain/BookSnapshot.h"
#include "domain/Micros.h"
#include "domain/Side.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip::polymarket {

/// One level change of a price_change event (new aggregate size; 0 removes the level).
struct PriceLevelChange
{
    QString asset;
    Side side = Side::Buy;  ///< BUY = bid level, SELL = ask level
    Micros price;
    Micros size;
    QString hash;           ///< book hash after the change, when given
    std::optional<Micros> bestBid; ///< venue's best bid after the change (current format)
    std::optional<Micros> bestAsk;
};

struct MarketEvent
{
    enum class Type { Book, PriceChange, TickSizeChange, LastTradePrice, BestBidAsk, MarketResolved, NewMarket, Other };

    Type type = Type::Other;
    QString eventType;           ///< the wire `event_type`
    QString market;              ///< condition id (lowercase) when given
    QString asset;               ///< asset of single-asset events
    std::int64_t timestampMs = 0;
    BookSnapshot book;                       ///< Book
    std::vector<PriceLevelChange> changes;   ///< PriceChange
    Micros oldTickSize, newTickSize;         ///< TickSizeChange
    Micros price, size;                      ///< LastTradePrice
    std::optional<Side> side;                ///< LastTradePrice (may be absent)
    QString transactionHash;                 ///< LastTradePrice
    std::optional<Micros> bestBid, bestAsk;  ///< BestBidAsk
    QStringList assets;                      ///< MarketResolved / NewMarket
    QString winningAsset;                    ///< MarketResolved
    QString winningOutcome;                  ///< MarketResolved
};

} // namespace slip::polymarket

Q_DECLARE_METATYPE(slip::polymarket::MarketEvent)
