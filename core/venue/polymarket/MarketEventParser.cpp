#include "venue/polymarket/MarketEventParser.h"

#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace slip::polymarket {
namespace {

QString tokenText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return integerText(v).valueOr(QString());
    return {};
}


std::optional<Micros> optionalMicros(const QJsonObject& o, const char* field)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return std::nullopt;
    auto m = Micros::fromJson(v);
    return m ? std::optional<Micros>(*m) : std::nullopt;
}

Result<PriceLevelChange> parseChange(const QJsonObject& c, const QString& fallbackAsset)
{
    PriceLevelChange ch;
    ch.asset = tokenText(c.value(QLatin1String("asset_id")));
    if (ch.asset.isEmpty())
        ch.asset = fallbackAsset;
    if (ch.asset.isEmpty())
        return Error{QStringLiteral("asset_id missing")};
    auto side = parseSide(c.value(QLatin1String("side")).toString());
    if (!side)
        return Error{side.error()};
    ch.side = *side;
    auto price = requireMicrosField(c, "price");
    if (!price)
        return Error{price.error()};
    if (price->raw() <= 0 || price->raw() > Micros::kScale)
        return Error{QStringLiteral("price outside (0, 1]")};
    auto size = requireMicrosField(c, "size");
    if (!size)
        return Error{size.error()};
    ch.price = *price;
    ch.size = *size;
    ch.hash = c.value(QLatin1String("hash")).toString();
    ch.bestBid = optionalMicros(c, "best_bid");
    ch.bestAsk = optionalMicros(c, "best_ask");
    return ch;
}

} // namespace

Result<MarketEvent> MarketEventParser::parseEvent(const QJsonObject& o)
{
    MarketEvent e;
    e.eventType = o.value(QLatin1String("event_type")).toString();
    e.market = o.value(QLatin1String("market")).toString().toLower();
    e.asset = tokenText(o.value(QLatin1String("asset_id")));
    const QJsonValue ts = o.value(QLatin1String("timestamp"));
    if (!ts.isUndefined() && !ts.isNull()) {
        auto t = parseIntegerField(ts);
        if (!t)
            return Error{QStringLiteral("timestamp: ") + t.error()};
        e.timestampMs = *t;
    }
    const QString& t = e.eventType;
    if (t == u"book") {
        e.type = MarketEvent::Type::Book;
        auto book = BookParser::parseBook(o);
        if (!book)
            return Error{QStringLiteral("book: ") + book.error()};
        e.book = std::move(book).value();
        e.asset = e.book.asset;
    } else if (t == u"price_change") {
        e.type = MarketEvent::Type::PriceChange;
        // Current format: price_changes[] with an asset per entry. Older: changes[] under a
        // top-level asset_id, or a single change at the top level.
        QJsonValue list = o.value(QLatin1String("price_changes"));
        if (list.isUndefined())
            list = o.value(QLatin1String("changes"));
        if (list.isArray()) {
            const QJsonArray arr = list.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                if (!arr.at(i).isObject())
                    return Error{QStringLiteral("price_changes[%1] is not an object").arg(i)};
                auto ch = parseChange(arr.at(i).toObject(), e.asset);
                if (!ch)
                    return Error{QStringLiteral("price_changes[%1]: %2").arg(i).arg(ch.error())};
                PriceLevelChange change = std::move(ch).value();
                if (change.hash.isEmpty())
                    change.hash = o.value(QLatin1String("hash")).toString();
                e.changes.push_back(std::move(change));
            }
        } else if (!list.isUndefined() && !list.isNull()) {
            return Error{QStringLiteral("price_changes is not an array")};
        } else {
            auto ch = parseChange(o, e.asset);
            if (!ch)
                return Error{ch.error()};
            e.changes.push_back(std::move(ch).value());
        }
    } else if (t == u"tick_size_change") {
        e.type = MarketEvent::Type::TickSizeChange;
        auto nt = requireMicrosField(o, "new_tick_size");
        if (!nt)
            return Error{nt.error()};
        if (nt->raw() <= 0 || nt->raw() >= Micros::kScale)
            return Error{QStringLiteral("new_tick_size outside (0, 1)")};
        e.newTickSize = *nt;
        e.oldTickSize = optionalMicros(o, "old_tick_size").value_or(Micros());
        if (e.asset.isEmpty())
            return Error{QStringLiteral("asset_id missing")};
    } else if (t == u"last_trade_price") {
        e.type = MarketEvent::Type::LastTradePrice;
        auto p = requireMicrosField(o, "price");
        if (!p)
            return Error{p.error()};
        e.price = *p;
        e.size = optionalMicros(o, "size").value_or(Micros());
        const QString side = o.value(QLatin1String("side")).toString();
        if (!side.isEmpty()) {
            auto s = parseSide(side);
            if (!s)
                return Error{s.error()};
            e.side = *s;
        }
        e.transactionHash = o.value(QLatin1String("transaction_hash")).toString().toLower();
        if (e.asset.isEmpty())
            return Error{QStringLiteral("asset_id missing")};
    } else if (t == u"best_bid_ask") {
        e.type = MarketEvent::Type::BestBidAsk;
        e.bestBid = optionalMicros(o, "best_bid");
        e.bestAsk = optionalMicros(o, "best_ask");
        if (e.asset.isEmpty())
            return Error{QStringLiteral("asset_id missing")};
    } else if (t == u"market_resolved" || t == u"new_market") {
        e.type = t == u"new_market" ? MarketEvent::Type::NewMarket : MarketEvent::Type::MarketResolved;
        for (const auto& a : o.value(QLatin1String("assets_ids")).toArray())
            e.assets.push_back(tokenText(a));
        e.winningAsset = tokenText(o.value(QLatin1String("winning_asset_id")));
        e.winningOutcome = o.value(QLatin1String("winning_outcome")).toString();
    } else {
        e.type = MarketEvent::Type::Other;
    }
    return e;
}

MarketFrame MarketEventParser::parseFrame(const QByteArray& frame)
{
    MarketFrame out;
    const QByteArray trimmed = frame.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '[')) {
        out.isJson = false; // PONG, "" and other control text
        return out;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
    if (err.error != QJsonParseError::NoError) {
        out.rejected.push_back({-1, QStringLiteral("invalid JSON: ") + err.errorString()});
        return out;
    }
    auto one = [&](const QJsonValue& v, int index) {
        if (!v.isObject()) {
            out.rejected.push_back({index, QStringLiteral("event is not an object")});
            return;
        }
        auto e = parseEvent(v.toObject());
        if (e)
            out.events.push_back(std::move(e).value());
        else
            out.rejected.push_back({index, e.error()});
    };
    if (doc.isArray()) {
        const QJsonArray arr = doc.array();
        for (qsizetype i = 0; i < arr.size(); ++i)
            one(arr.at(i), int(i));
    } else {
        one(doc.object(), -1);
    }
    return out;
}

} // namespace slip::polymarket
