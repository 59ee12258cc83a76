#include "venue/polymarket/BookParser.h"

#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>

namespace slip::polymarket {
namespace {

Result<std::vector<BookLevel>> parseLevels(const QJsonValue& value, const char* side)
{
    std::vector<BookLevel> levels;
    if (value.isUndefined() || value.isNull())
        return levels;
    if (!value.isArray())
        return Error{QLatin1String(side) + QStringLiteral(" is not an array")};
    const QJsonArray arr = value.toArray();
    levels.reserve(std::size_t(arr.size()));
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject lv = arr.at(i).toObject();
        if (!arr.at(i).isObject())
            return Error{QStringLiteral("%1[%2] is not an object").arg(QLatin1String(side)).arg(i)};
        // Spec §2: a price outside (0, 1] or a negative size rejects the book (both after the
        // truncation of §1, so -1e-07 is a size of 0); a size of 0 is dropped.
        auto price = signedMicrosFromJson(lv.value(QLatin1String("price")));
        if (!price)
            return Error{QStringLiteral("%1[%2].price: %3").arg(QLatin1String(side)).arg(i).arg(price.error())};
        if (price->raw() <= 0 || price->raw() > Micros::kScale)
            return Error{QStringLiteral("%1[%2].price outside (0, 1]").arg(QLatin1String(side)).arg(i)};
        auto size = signedMicrosFromJson(lv.value(QLatin1String("size")));
        if (!size)
            return Error{QStringLiteral("%1[%2].size: %3").arg(QLatin1String(side)).arg(i).arg(size.error())};
        if (size->raw() < 0)
            return Error{QStringLiteral("%1[%2].size is negative").arg(QLatin1String(side)).arg(i)};
        if (size->raw() == 0)
            continue; // an empty level carries no liquidity
        levels.push_back({*price, *size});
    }
    return levels;
}

} // namespace

Result<BookSnapshot> BookParser::parseBook(const QJsonObject& o)
{
    BookSnapshot book;
    const QJsonValue asset = o.value(QLatin1String("asset_id"));
    if (asset.isString() && !asset.toString().isEmpty())
        book.asset = asset.toString();
    else if (asset.isDouble()) {
        auto text = integerText(asset);
        if (!text)
            return Error{QStringLiteral("asset_id: ") + text.error()};
        book.asset = *text;
    } else
        return Error{QStringLiteral("asset_id missing or not a token id")};
    auto bids = parseLevels(o.value(QLatin1String("bids")), "bids");
    if (!bids)
        return Error{bids.error()};
    auto asks = parseLevels(o.value(QLatin1String("asks")), "asks");
    if (!asks)
        return Error{asks.error()};
    book.bids = std::move(bids).value();
    book.asks = std::move(asks).value();
    // Informational fields: kept when well-formed, never a reason to reject the book.
    book.market = o.value(QLatin1String("market")).toString().toLower();
    book.hash = o.value(QLatin1String("hash")).toString();
    if (auto ts = parseIntegerField(o.value(QLatin1String("timestamp"))))
        book.venueTimestampMs = *ts;
    if (auto tick = Micros::fromJson(o.value(QLatin1String("tick_size"))))
        book.tickSize = *tick;
    if (auto mos = Micros::fromJson(o.value(QLatin1String("min_order_size"))))
        book.minOrderSize = *mos;
    book.negRisk = o.value(QLatin1String("neg_risk")).toBool(false);
    return book;
}

BookParseResult BookParser::parse(const QJsonValue& body)
{
    BookParseResult out;
    if (body.isObject()) {
        auto b = parseBook(body.toObject());
        if (b)
            out.books.push_back(std::move(b).value());
        else
            out.rejected.push_back({-1, b.error()});
        return out;
    }
    if (!body.isArray()) {
        out.rejected.push_back({-1, QStringLiteral("book body is neither an object nor an array")});
        return out;
    }
    const QJsonArray arr = body.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject()) {
            out.rejected.push_back({int(i), QStringLiteral("book is not an object")});
            continue;
        }
        auto b = parseBook(arr.at(i).toObject());
        if (b)
            out.books.push_back(std::move(b).value());
        else
            out.rejected.push_back({int(i), b.error()});
    }
    return out;
}

} // namespace slip::polymarket
