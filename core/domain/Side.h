#pragma once
// Side of a trade as the venues spell it: "BUY" or "SELL".

#include "domain/Result.h"

#include <QString>
#include <QStringView>

namespace slip {

enum class Side { Buy, Sell };

/// "BUY" or "SELL" (exact, upper case, as on the wire).
inline QString sideToString(Side s) { return s == Side::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"); }

/// Parses "BUY"/"SELL" exactly; anything else is an error.
inline Result<Side> parseSide(QStringView text)
{
    if (text == u"BUY")
        return Side::Buy;
    if (text == u"SELL")
        return Side::Sell;
    return Error{QStringLiteral("side must be BUY or SELL, got \"%1\"").arg(text.left(20).toString())};
}

} // namespace slip
