#pragma once
// OperatorJson: the JSON shapes the operator CLI prints for trade events, books and markets
// (issue 3 §7) — exact micros as integers, best book levels first — so scripts can rely on them.

#include "domain/BookSnapshot.h"
#include "domain/MarketInfo.h"
#include "domain/TradeEvent.h"

#include <QJsonObject>

namespace slip::polymarket {

/// {"key","wallet","tx","asset","condition","side","price","shares","time_ms"}; side is the
/// activity type for SPLIT/MERGE/REDEEM rows.
QJsonObject tradeEventJson(const TradeEvent& e);
/// {"asset","bids":[[price,size],…],"asks":[…],"tick","min_order_size","timestamp_ms"}, best first.
QJsonObject bookJson(const BookSnapshot& book);
/// The normalized market: condition, question, slug, tokens[{token,outcome,price}], end_ms, …
QJsonObject marketJson(const MarketInfo& m);

} // namespace slip::polymarket
