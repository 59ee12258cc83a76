#include "venue/polymarket/GammaClient.h"

#include "net/Endpoints.h"
#include "net/JsonReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slip::polymarket {
namespace {

bool isHex(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

VenueError notFound(const QString& endpoint, const QString& what)
{
    VenueError e;
    e.kind = VenueError::Kind::ClientError;
    e.endpoint = endpoint;
    e.httpStatus = 200;
    e.message = QStringLiteral("no market for ") + what;
    return e;
}

} // namespace

GammaClient::GammaClient(HttpClient& http, QUrl base, QObject* parent)
    : QObject(parent), http_(http), base_(std::move(base))
{
}

GammaClient::IdKind GammaClient::classify(const QString& id)
{
    if (id.startsWith(u"0x") && (id.size() == 66 || id.size() == 64) && isHex(id.mid(2)))
        return IdKind::ConditionId;
    if (!id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return IdKind::TokenId;
    return IdKind::Slug;
}

void GammaClient::markets(const QUrlQuery& query, Callback<MarketParseResult> cb)
{
    HttpRequest r;
    r.url = Endpoints::join(base_, QStringLiteral("/markets"));
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("include_tag"), QStringLiteral("true"));
    r.url.setQuery(q);
    r.family = QStringLiteral("gamma.markets");
    r.endpoint = QStringLiteral("GET /markets");
    http_.send(std::move(r), this, [cb](const HttpResponse& resp) {
        auto doc = jsonBody(resp);
        if (!doc) {
            cb(doc.error());
            return;
        }
        if (!doc->isArray() && !doc->isObject()) {
            cb(VenueError::malformed(resp.error.endpoint, QStringLiteral("expected markets"), resp.body));
            return;
        }
        const QJsonValue body = doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object());
        MarketParseResult parsed = GammaMarketParser::parse(body);
        if (parsed.markets.empty() && !parsed.rejected.empty()) {
            cb(VenueError::malformed(resp.error.endpoint, parsed.rejected.front().message, resp.body));
            return;
        }
        cb(std::move(parsed));
    });
}

void GammaClient::marketsByConditionIds(const QStringList& ids, Callback<MarketParseResult> cb)
{
    QUrlQuery q;
    for (const auto& id : ids)
        q.addQueryItem(QStringLiteral("condition_ids"), id); // repeated keys, not csv
    markets(q, std::move(cb));
}

void GammaClient::marketsByTokenIds(const QStringList& ids, Callback<MarketParseResult> cb)
{
    QUrlQuery q;
    for (const auto& id : ids)
        q.addQueryItem(QStringLiteral("clob_token_ids"), id);
    markets(q, std::move(cb));
}

void GammaClient::marketsBySlug(const QString& slug, Callback<MarketParseResult> cb)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("slug"), slug);
    markets(q, std::move(cb));
}

Result<std::vector<GammaEvent>> GammaClient::parseEvents(const QJsonValue& body)
{
    QJsonArray arr;
    if (body.isArray())
        arr = body.toArray();
    else if (body.isObject())
        arr = QJsonArray{body};
    else
        return Error{QStringLiteral("expected an event or an array of events")};
    std::vector<GammaEvent> out;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return Error{QStringLiteral("event %1 is not an object").arg(i)};
        const QJsonObject o = arr.at(i).toObject();
        GammaEvent ev;
        const QJsonValue id = o.value(QLatin1String("id"));
        ev.id = id.isString() ? id.toString() : QString::number(id.toInteger());
        ev.slug = o.value(QLatin1String("slug")).toString();
        ev.title = o.value(QLatin1String("title")).toString();
        for (const auto& t : o.value(QLatin1String("tags")).toArray()) {
            const QJsonValue label = t.toObject().value(QLatin1String("label"));
            if (label.isString())
                ev.tags.push_back(label.toString());
        }
        ev.markets = GammaMarketParser::parse(o.value(QLatin1String("markets")).toArray());
        for (auto& m : ev.markets.markets)
            for (const auto& t : ev.tags)
                if (!m.categories.contains(t))
                    m.categories.push_back(t);
        out.push_back(std::move(ev));
    }
    return out;
}

void GammaClient::eventsBySlug(const QString& slug, Callback<std::vector<GammaEvent>> cb)
{
    HttpRequest r;
    r.url = Endpoints::join(base_, QStringLiteral("/events"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("slug"), slug);
    r.url.setQuery(q);
    r.family = QStringLiteral("gamma.events");
    r.endpoint = QStringLiteral("GET /events");
    http_.send(std::move(r), this, [cb](const HttpResponse& resp) {
        auto doc = jsonBody(resp);
        if (!doc) {
            cb(doc.error());
            return;
        }
        auto ev = parseEvents(doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object()));
        if (!ev) {
            cb(VenueError::malformed(resp.error.endpoint, ev.error(), resp.body));
            return;
        }
        cb(std::move(ev).value());
    });
}

void GammaClient::lookup(const QString& id, Callback<MarketInfo> cb)
{
    auto first = [cb, id](const VenueResult<MarketParseResult>& r) {
        if (!r) {
            cb(r.error());
            return;
        }
        if (r->markets.empty()) {
            cb(notFound(QStringLiteral("GET /markets"), id));
            return;
        }
        cb(r->markets.front());
    };
    switch (classify(id)) {
    case IdKind::ConditionId:
        marketsByConditionIds({id}, first);
        return;
    case IdKind::TokenId:
        marketsByTokenIds({id}, first);
        return;
    case IdKind::Slug:
        marketsBySlug(id, [this, cb, id, first](const VenueResult<MarketParseResult>& r) {
            if (!r || !r->markets.empty()) {
                first(r);
                return;
            }
            // Not a market slug: try an event slug and take its first market.
            eventsBySlug(id, [cb, id](const VenueResult<std::vector<GammaEvent>>& ev) {
                if (!ev) {
                    cb(ev.error());
                    return;
                }
                for (const auto& e : ev.value())
                    if (!e.markets.markets.empty()) {
                        cb(e.markets.markets.front());
                        return;
                    }
                cb(notFound(QStringLiteral("GET /events"), id));
            });
        });
        return;
    }
}

} // namespace slip::polymarket
