#pragma once
// SignedOrderJson: the POST /order body byte for byte as the official client's
// orderToJsonV1/orderToJsonV2 + JSON.stringify produce it (key order, numbers vs strings).

#include "domain/Result.h"
#include "venue/polymarket/SignedOrder.h"

#include <QByteArray>
#include <QString>

namespace slip::polymarket {

/// GTC rests until cancelled, GTD until expiration, FOK fills fully or is killed, FAK fills
/// what it can now.
enum class OrderType { Gtc, Gtd, Fok, Fak };

class SignedOrderJson
{
public:
    /// Parses "GTC", "GTD", "FOK" or "FAK".
    static Result<OrderType> parseOrderType(QStringView text);
    /// The wire spelling of an order type.
    static QString orderTypeText(OrderType type);

    /// The compact JSON body for one order; postOnly with FOK/FAK is refused as the client
    /// refuses it.
    static Result<QByteArray> body(const SignedOrder& order, const QString& owner, OrderType type,
                                   bool postOnly, bool deferExec);
    /// A JSON string literal exactly as JSON.stringify writes it (json::appendString).
    static void appendString(QByteArray& out, const QString& text);
};

} // namespace slip::polymarket
