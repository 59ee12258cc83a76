#include "venue/polymarket/ActivityParser.h"

#include <optional>

#include "domain/EventKey.h"
#include "venue/polymarket/ParserFields.h"

#include <QHash>
#include <QJsonArray>

namespace slip::polymarket {
namespace {

const QString kIgnoredPrefix = QStringLiteral("ignored:");

// A token id as a string, or as a JSON integer taken as its decimal text; nullopt when the
// value is neither.
std::optional<Result<QString>> tokenIdText(const QJsonValue& v)
{
    if (v.isString())
        return Result<QString>(v.toString());
    if (v.isDouble())
        return integerText(v);
    return std::nullopt;
}

Error fieldError(const char* field, const QString& why)
{
    return Error{QLatin1String(field) + QStringLiteral(": ") + why};
}

} // namespace

Result<TradeEvent> ActivityParser::parseRow(const QJsonObject& row, Feed feed, std::int64_t detectMs)
{
    TradeEvent ev;
    ev.detectMs = detectMs;
    if (feed == Feed::Activity) {
        const QJsonValue type = row.value(QLatin1String("type"));
        if (!type.isString())
            return fieldError("type", QStringLiteral("missing or not a string"));
        const QString t = type.toString();
        if (t == u"TRADE")
            ev.type = ActivityType::Trade;
        else if (t == u"SPLIT")
            ev.type = ActivityType::Split;
        else if (t == u"MERGE")
            ev.type = ActivityType::Merge;
        else if (t == u"REDEEM")
            ev.type = ActivityType::Redeem;
        else
            return Error{kIgnoredPrefix + QStringLiteral(" type ") + t.left(24)};
    }

    const QJsonValue wallet = row.value(QLatin1String("proxyWallet"));
    if (!wallet.isString() || !isHexAddress(wallet.toString()))
        return fieldError("proxyWallet", QStringLiteral("expected 0x + 40 hex digits"));
    ev.wallet = wallet.toString().toLower();

    auto ts = parseIntegerField(row.value(QLatin1String("timestamp")));
    if (!ts)
        return fieldError("timestamp", ts.error());
    ev.timeMs = *ts * 1000;

    auto tx = requireNonEmptyString(row.value(QLatin1String("transactionHash")), "transactionHash");
    if (!tx)
        return Error{tx.error()};
    ev.txHash = tx->toLower();
    auto cond = requireNonEmptyString(row.value(QLatin1String("conditionId")), "conditionId");
    if (!cond)
        return Error{cond.error()};
    ev.conditionId = cond->toLower();

    const QJsonValue asset = row.value(QLatin1String("asset"));
    if (ev.type == ActivityType::Trade) {
        auto side = row.value(QLatin1String("side"));
        if (!side.isString())
            return fieldError("side", QStringLiteral("missing or not a string"));
        auto s = parseSide(side.toString());
        if (!s)
            return fieldError("side", s.error());
        ev.side = *s;
        auto assetText = tokenIdText(asset);
        if (!assetText)
            return fieldError("asset", QStringLiteral("missing or not a token id"));
        if (!*assetText)
            return fieldError("asset", assetText->error());
        ev.asset = assetText->value();
        if (!isDecimalDigits(ev.asset))
            return fieldError("asset", QStringLiteral("not a decimal token id"));
        auto price = Micros::fromJson(row.value(QLatin1String("price")));
        if (!price)
            return fieldError("price", price.error());
        if (price->raw() <= 0 || price->raw() > Micros::kScale)
            return fieldError("price", QStringLiteral("outside (0, 1]"));
        ev.price = *price;
        auto size = Micros::fromJson(row.value(QLatin1String("size")));
        if (!size)
            return fieldError("size", size.error());
        if (size->raw() <= 0)
            return fieldError("size", QStringLiteral("must be > 0"));
        ev.shares = *size;
        const QJsonValue usdc = row.value(QLatin1String("usdcSize"));
        if (!usdc.isUndefined() && !usdc.isNull()) {
            // Carried for display only; a bad value here does not matter to the trade.
            ev.usdcSize = Micros::fromJson(usdc).valueOr(Micros());
        }
    } else {
        if (asset.isUndefined() || asset.isNull()) { // the venue omits or nulls it on non-token rows
            ev.asset = QString();
        } else {
            auto assetText = tokenIdText(asset);
            if (!assetText)
                return fieldError("asset", QStringLiteral("not a token id"));
            if (!*assetText)
                return fieldError("asset", assetText->error());
            ev.asset = assetText->value();
        }
        auto size = Micros::fromJson(row.value(QLatin1String("size")));
        if (!size)
            return fieldError("size", size.error());
        ev.shares = *size;
        const QJsonValue usdc = row.value(QLatin1String("usdcSize"));
        if (!usdc.isUndefined() && !usdc.isNull()) {
            auto u = Micros::fromJson(usdc);
            if (!u)
                return fieldError("usdcSize", u.error());
            ev.usdcSize = *u;
        }
    }
    ev.title = row.value(QLatin1String("title")).toString();
    ev.outcome = row.value(QLatin1String("outcome")).toString();
    ev.slug = row.value(QLatin1String("slug")).toString();
    return ev;
}

QString ActivityParser::keyText(const TradeEvent& e)
{
    if (e.type == ActivityType::Trade)
        return tradeKeyText(e.wallet, e.txHash, e.asset, e.side, e.price, e.shares, e.timeMs);
    return activityKeyText(activityTypeToString(e.type), e.wallet, e.txHash, e.conditionId, e.asset,
                           e.shares, e.usdcSize, e.timeMs);
}

ActivityParseResult ActivityParser::parse(const QJsonValue& body, Feed feed, std::int64_t detectMs,
                                          const WalletFilter& followed)
{
    ActivityParseResult out;
    QJsonArray rows;
    if (body.isArray())
        rows = body.toArray();
    else if (body.isObject() && body.toObject().value(QLatin1String("data")).isArray())
        rows = body.toObject().value(QLatin1String("data")).toArray();
    else {
        out.rejected.push_back({-1, QStringLiteral("body is neither an array nor {\"data\": [...]}")});
        return out;
    }
    QHash<QString, int> seenTexts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue v = rows.at(i);
        if (!v.isObject()) {
            out.rejected.push_back({int(i), QStringLiteral("row is not an object")});
            continue;
        }
        auto ev = parseRow(v.toObject(), feed, detectMs);
        if (!ev) {
            if (ev.error().startsWith(kIgnoredPrefix))
                ++out.ignored;
            else
                out.rejected.push_back({int(i), ev.error()});
            continue;
        }
        if (followed && !followed(ev->wallet)) {
            ++out.ignored;
            continue;
        }
        TradeEvent e = std::move(ev).value();
        const QString text = keyText(e);
        int& k = seenTexts[text];
        e.key = eventKey(text, k);
        ++k;
        out.events.push_back(std::move(e));
    }
    return out;
}

} // namespace slip::polymarket
