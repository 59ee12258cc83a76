#include "venue/polymarket/ClobMarketClient.h"

#include "net/Endpoints.h"
#include "net/JsonReply.h"
#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/FeeRateParser.h"
#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slip::polymarket {
namespace {

/// Decodes a response with a parser of the JSON document; parser errors become Malformed.
template <class T, class Parse>
VenueResult<T> decode(const HttpResponse& r, Parse parse)
{
    auto doc = jsonBody(r);
    if (!doc)
        return doc.error();
    Result<T> v = parse(doc.value());
    if (!v)
        return VenueError::malformed(r.error.endpoint, v.error(), r.body);
    return std::move(v).value();
}


Result<QJsonObject> objectOf(const QJsonDocument& d)
{
    if (!d.isObject())
        return Error{QStringLiteral("expected a JSON object")};
    return d.object();
}

QByteArray tokenArrayBody(const QStringList& ids, const char* extraKey = nullptr, const char* extraValue = nullptr)
{
    QJsonArray arr;
    for (const auto& id : ids) {
        QJsonObject o{{QStringLiteral("token_id"), id}};
        if (extraKey)
            o.insert(QLatin1String(extraKey), QLatin1String(extraValue));
        arr.push_back(o);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

QUrlQuery tokenQuery(const QString& tokenId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("token_id"), tokenId);
    return q;
}

std::optional<Micros> optionalNumber(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    auto m = Micros::fromJson(v);
    return m ? std::optional<Micros>(*m) : std::nullopt;
}

} // namespace

ClobMarketClient::ClobMarketClient(HttpClient& http, QUrl base, QObject* parent)
    : QObject(parent), http_(http), base_(std::move(base))
{
}

void ClobMarketClient::get(const QString& path, const QUrlQuery& query, const QString& family,
                           std::function<void(const HttpResponse&)> done)
{
    http_.send(HttpRequest::get(base_, path, query, family), this, std::move(done));
}

void ClobMarketClient::post(const QString& path, const QByteArray& body, const QString& family,
                            std::function<void(const HttpResponse&)> done)
{
    HttpRequest r;
    r.url = Endpoints::join(base_, path);
    r.method = "POST";
    r.body = body;
    r.family = family;
    r.endpoint = QStringLiteral("POST ") + path;
    http_.send(std::move(r), this, std::move(done));
}

void ClobMarketClient::book(const QString& tokenId, Callback<BookSnapshot> cb)
{
    get(QStringLiteral("/book"), tokenQuery(tokenId), QStringLiteral("clob.book"), [cb](const HttpResponse& r) {
        cb(decode<BookSnapshot>(r, [](const QJsonDocument& d) -> Result<BookSnapshot> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return BookParser::parseBook(*o);
        }));
    });
}

void ClobMarketClient::books(const QStringList& tokenIds, Callback<std::vector<BookSnapshot>> cb)
{
    post(QStringLiteral("/books"), tokenArrayBody(tokenIds), QStringLiteral("clob.books"), [cb](const HttpResponse& r) {
        cb(decode<std::vector<BookSnapshot>>(r, [](const QJsonDocument& d) -> Result<std::vector<BookSnapshot>> {
            if (!d.isArray())
                return Error{QStringLiteral("expected a JSON array of books")};
            auto parsed = BookParser::parse(QJsonValue(d.array()));
            if (!parsed.rejected.empty())
                return Error{QStringLiteral("book %1: %2").arg(parsed.rejected.front().index).arg(parsed.rejected.front().message)};
            return std::move(parsed.books);
        }));
    });
}

void ClobMarketClient::midpoint(const QString& tokenId, Callback<Micros> cb)
{
    get(QStringLiteral("/midpoint"), tokenQuery(tokenId), QStringLiteral("clob.midpoint"), [cb](const HttpResponse& r) {
        cb(decode<Micros>(r, [](const QJsonDocument& d) -> Result<Micros> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return requireMicrosField(*o, "mid");
        }));
    });
}

void ClobMarketClient::midpoints(const QStringList& tokenIds, Callback<std::map<QString, Micros>> cb)
{
    post(QStringLiteral("/midpoints"), tokenArrayBody(tokenIds), QStringLiteral("clob.midpoints"), [cb](const HttpResponse& r) {
        cb(decode<std::map<QString, Micros>>(r, [](const QJsonDocument& d) -> Result<std::map<QString, Micros>> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            std::map<QString, Micros> out;
            for (auto it = o->begin(); it != o->end(); ++it) {
                auto m = Micros::fromJson(it.value());
                if (!m)
                    return Error{it.key() + QStringLiteral(": ") + m.error()};
                out.emplace(it.key(), *m);
            }
            return out;
        }));
    });
}

void ClobMarketClient::price(const QString& tokenId, Side side, Callback<Micros> cb)
{
    QUrlQuery q = tokenQuery(tokenId);
    q.addQueryItem(QStringLiteral("side"), sideToString(side));
    get(QStringLiteral("/price"), q, QStringLiteral("clob.price"), [cb](const HttpResponse& r) {
        cb(decode<Micros>(r, [](const QJsonDocument& d) -> Result<Micros> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return requireMicrosField(*o, "price");
        }));
    });
}

void ClobMarketClient::prices(const QStringList& tokenIds, Callback<std::map<QString, TokenPrices>> cb)
{
    QJsonArray req;
    for (const auto& id : tokenIds)
        for (const char* side : {"BUY", "SELL"})
            req.push_back(QJsonObject{{QStringLiteral("token_id"), id}, {QStringLiteral("side"), QLatin1String(side)}});
    post(QStringLiteral("/prices"), QJsonDocument(req).toJson(QJsonDocument::Compact), QStringLiteral("clob.prices"),
         [cb](const HttpResponse& r) {
             cb(decode<std::map<QString, TokenPrices>>(r, [](const QJsonDocument& d) -> Result<std::map<QString, TokenPrices>> {
                 auto o = objectOf(d);
                 if (!o)
                     return Error{o.error()};
                 std::map<QString, TokenPrices> out;
                 for (auto it = o->begin(); it != o->end(); ++it) {
                     if (!it.value().isObject())
                         return Error{it.key() + QStringLiteral(": expected {\"BUY\",\"SELL\"}")};
                     const QJsonObject sides = it.value().toObject();
                     TokenPrices tp;
                     for (const auto& [name, dst] : {std::pair{"BUY", &tp.buy}, std::pair{"SELL", &tp.sell}}) {
                         const QJsonValue v = sides.value(QLatin1String(name));
                         if (v.isUndefined() || v.isNull())
                             continue;
                         auto m = Micros::fromJson(v);
                         if (!m)
                             return Error{it.key() + QLatin1Char('.') + QLatin1String(name) + QStringLiteral(": ") + m.error()};
                         *dst = *m;
                     }
                     out.emplace(it.key(), tp);
                 }
                 return out;
             }));
         });
}

void ClobMarketClient::spread(const QString& tokenId, Callback<Micros> cb)
{
    get(QStringLiteral("/spread"), tokenQuery(tokenId), QStringLiteral("clob.spread"), [cb](const HttpResponse& r) {
        cb(decode<Micros>(r, [](const QJsonDocument& d) -> Result<Micros> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return requireMicrosField(*o, "spread");
        }));
    });
}

void ClobMarketClient::lastTradePrice(const QString& tokenId, Callback<LastTrade> cb)
{
    get(QStringLiteral("/last-trade-price"), tokenQuery(tokenId), QStringLiteral("clob.last-trade-price"),
        [cb](const HttpResponse& r) {
            cb(decode<LastTrade>(r, [](const QJsonDocument& d) -> Result<LastTrade> {
                auto o = objectOf(d);
                if (!o)
                    return Error{o.error()};
                auto p = requireMicrosField(*o, "price");
                if (!p)
                    return Error{p.error()};
                LastTrade t{*p, std::nullopt};
                const QString side = o->value(QLatin1String("side")).toString();
                if (!side.isEmpty()) {
                    auto s = parseSide(side);
                    if (!s)
                        return Error{s.error()};
                    t.side = *s;
                }
                return t;
            }));
        });
}

void ClobMarketClient::tickSize(const QString& tokenId, Callback<Micros> cb)
{
    get(QStringLiteral("/tick-size"), tokenQuery(tokenId), QStringLiteral("clob.tick-size"), [cb](const HttpResponse& r) {
        cb(decode<Micros>(r, [](const QJsonDocument& d) -> Result<Micros> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            auto t = requireMicrosField(*o, "minimum_tick_size");
            if (t && (t->raw() <= 0 || t->raw() >= Micros::kScale))
                return Error{QStringLiteral("minimum_tick_size outside (0, 1)")};
            return t;
        }));
    });
}

void ClobMarketClient::negRisk(const QString& tokenId, Callback<bool> cb)
{
    get(QStringLiteral("/neg-risk"), tokenQuery(tokenId), QStringLiteral("clob.neg-risk"), [cb](const HttpResponse& r) {
        cb(decode<bool>(r, [](const QJsonDocument& d) -> Result<bool> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            const QJsonValue v = o->value(QLatin1String("neg_risk"));
            if (!v.isBool())
                return Error{QStringLiteral("neg_risk missing or not a boolean")};
            return v.toBool();
        }));
    });
}

void ClobMarketClient::feeRateBps(const QString& tokenId, Callback<std::int64_t> cb)
{
    get(QStringLiteral("/fee-rate"), tokenQuery(tokenId), QStringLiteral("clob.fee-rate"), [cb, tokenId](const HttpResponse& r) {
        cb(decode<std::int64_t>(r, [&tokenId](const QJsonDocument& d) -> Result<std::int64_t> {
            const QJsonObject req{{QStringLiteral("token_id"), tokenId}};
            auto f = FeeRateParser::parse(req, d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array()));
            if (!f)
                return Error{f.error()};
            return f->bps;
        }));
    });
}

Result<ClobMarket> ClobMarketClient::parseMarket(const QJsonObject& o)
{
    ClobMarket m;
    m.conditionId = o.value(QLatin1String("condition_id")).toString().toLower();
    if (m.conditionId.isEmpty())
        return Error{QStringLiteral("condition_id missing")};
    m.question = o.value(QLatin1String("question")).toString();
    m.slug = o.value(QLatin1String("market_slug")).toString();
    m.active = o.value(QLatin1String("active")).toBool();
    m.closed = o.value(QLatin1String("closed")).toBool();
    m.acceptingOrders = o.value(QLatin1String("accepting_orders")).toBool();
    m.negRisk = o.value(QLatin1String("neg_risk")).toBool();
    m.endDateIso = o.value(QLatin1String("end_date_iso")).toString();
    if (auto t = optionalNumber(o.value(QLatin1String("minimum_tick_size"))))
        m.minimumTickSize = *t;
    if (auto t = optionalNumber(o.value(QLatin1String("minimum_order_size"))))
        m.minimumOrderSize = *t;
    m.makerBaseFee = optionalNumber(o.value(QLatin1String("maker_base_fee")));
    m.takerBaseFee = optionalNumber(o.value(QLatin1String("taker_base_fee")));
    for (const auto& t : o.value(QLatin1String("tags")).toArray())
        m.tags.push_back(t.toString());
    const QJsonValue tokens = o.value(QLatin1String("tokens"));
    if (!tokens.isArray())
        return Error{QStringLiteral("tokens missing or not an array")};
    for (const auto& tv : tokens.toArray()) {
        const QJsonObject t = tv.toObject();
        ClobToken tok;
        const QJsonValue id = t.value(QLatin1String("token_id"));
        tok.tokenId = id.isString() ? id.toString() : integerText(id).valueOr(QString());
        if (!isDecimalDigits(tok.tokenId) && !tok.tokenId.isEmpty())
            return Error{QStringLiteral("token_id is not a decimal token id")};
        tok.outcome = t.value(QLatin1String("outcome")).toString();
        tok.price = optionalNumber(t.value(QLatin1String("price"))).value_or(Micros());
        tok.winner = t.value(QLatin1String("winner")).toBool();
        m.tokens.push_back(std::move(tok));
    }
    return m;
}

Result<ClobMarket> ClobMarketClient::parseCompactMarket(const QJsonObject& o)
{
    ClobMarket m;
    m.conditionId = o.value(QLatin1String("c")).toString().toLower();
    if (m.conditionId.isEmpty())
        return Error{QStringLiteral("c (condition id) missing")};
    const QJsonValue tokens = o.value(QLatin1String("t"));
    if (!tokens.isArray())
        return Error{QStringLiteral("t (tokens) missing or not an array")};
    for (const auto& tv : tokens.toArray()) {
        const QJsonObject t = tv.toObject();
        ClobToken tok;
        const QJsonValue id = t.value(QLatin1String("t"));
        tok.tokenId = id.isString() ? id.toString() : integerText(id).valueOr(QString());
        if (!isDecimalDigits(tok.tokenId))
            return Error{QStringLiteral("t[].t is not a decimal token id")};
        tok.outcome = t.value(QLatin1String("o")).toString();
        m.tokens.push_back(std::move(tok));
    }
    if (auto t = optionalNumber(o.value(QLatin1String("mts"))))
        m.minimumTickSize = *t;
    if (auto t = optionalNumber(o.value(QLatin1String("mos"))))
        m.minimumOrderSize = *t;
    m.negRisk = o.value(QLatin1String("nr")).toBool();
    m.acceptingOrders = o.value(QLatin1String("ao")).toBool();
    const QJsonObject fd = o.value(QLatin1String("fd")).toObject();
    m.feeRate = optionalNumber(fd.value(QLatin1String("r")));
    m.feeExponent = optionalNumber(fd.value(QLatin1String("e")));
    m.takerOnlyFees = fd.value(QLatin1String("to")).toBool();
    return m;
}

void ClobMarketClient::market(const QString& conditionId, Callback<ClobMarket> cb)
{
    get(QStringLiteral("/markets/") + conditionId, {}, QStringLiteral("clob"), [cb](const HttpResponse& r) {
        cb(decode<ClobMarket>(r, [](const QJsonDocument& d) -> Result<ClobMarket> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return parseMarket(*o);
        }));
    });
}

void ClobMarketClient::clobMarket(const QString& conditionId, Callback<ClobMarket> cb)
{
    get(QStringLiteral("/clob-markets/") + conditionId, {}, QStringLiteral("clob"), [cb](const HttpResponse& r) {
        cb(decode<ClobMarket>(r, [](const QJsonDocument& d) -> Result<ClobMarket> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            return parseCompactMarket(*o);
        }));
    });
}

void ClobMarketClient::serverTime(Callback<std::int64_t> cb)
{
    get(QStringLiteral("/time"), {}, QStringLiteral("clob"), [cb](const HttpResponse& r) {
        cb(decode<std::int64_t>(r, [](const QJsonDocument& d) -> Result<std::int64_t> {
            // A bare integer arrives wrapped in an array by jsonBody.
            if (d.isArray() && d.array().size() == 1)
                return parseIntegerField(d.array().at(0));
            return Error{QStringLiteral("expected a bare integer")};
        }));
    });
}

void ClobMarketClient::version(Callback<int> cb)
{
    get(QStringLiteral("/version"), {}, QStringLiteral("clob"), [cb](const HttpResponse& r) {
        cb(decode<int>(r, [](const QJsonDocument& d) -> Result<int> {
            auto o = objectOf(d);
            if (!o)
                return Error{o.error()};
            const QJsonValue v = o->value(QLatin1String("version"));
            if (v.isUndefined() || v.isNull())
                return 2;
            auto n = parseIntegerField(v);
            if (!n)
                return Error{QStringLiteral("version: ") + n.error()};
            return int(*n);
        }));
    });
}

} // namespace slip::polymarket
