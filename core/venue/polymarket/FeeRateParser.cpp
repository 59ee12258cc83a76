#include "venue/polymarket/FeeRateParser.h"

#include "venue/polymarket/ParserFields.h"

namespace slip::polymarket {

Result<FeeRate> FeeRateParser::parse(const QJsonObject& req, const QJsonValue& body)
{
    FeeRate out;
    const QJsonValue token = req.value(QLatin1String("token_id"));
    if (token.isString() && !token.toString().isEmpty())
        out.asset = token.toString();
    else if (token.isDouble()) {
        auto text = integerText(token);
        if (!text)
            return Error{QStringLiteral("req.token_id: ") + text.error()};
        out.asset = *text;
    } else
        return Error{QStringLiteral("req.token_id missing or not a token id")};
    if (!body.isObject())
        return Error{QStringLiteral("fee-rate body is not an object")};
    auto bps = parseIntegerField(body.toObject().value(QLatin1String("base_fee")));
    if (!bps)
        return Error{QStringLiteral("base_fee: ") + bps.error()};
    if (*bps < 0 || *bps > 10'000)
        return Error{QStringLiteral("base_fee: outside [0, 10000]")};
    out.bps = *bps;
    return out;
}

} // namespace slip::polymarket
