// The sandbox venue's HTTP routes: Data API, CLOB market data and Gamma, answering from the
// capture as of the venue's clock, with the real endpoints' parameters, caps and error bodies.

#include "domain/Address.h"
#include "domain/Micros.h"
#include "venue/sandbox/SandboxVenue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace slip::sandbox {
namespace {

QByteArray compact(const QJsonValue& v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QStringList csv(const QUrlQuery& q, const QString& key)
{
    QStringList out;
    for (const auto& v : q.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const auto& part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

std::optional<std::int64_t> intParam(const QUrlQuery& q, const QString& key, std::int64_t fallback)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const std::int64_t v = q.queryItemValue(key).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

// Best bid (max) and best ask (min) of a captured book, exact.
struct Top
{
    std::optional<Micros> bid, ask;
};

Top topOf(const QJsonObject& book)
{
    Top t;
    for (const auto& l : book.value(QStringLiteral("bids")).toArray()) {
        const auto p = Micros::fromJson(l.toObject().value(QStringLiteral("price")));
        const auto s = Micros::fromJson(l.toObject().value(QStringLiteral("size")));
        if (p && s && s->raw() > 0 && (!t.bid || *p > *t.bid))
            t.bid = *p;
    }
    for (const auto& l : book.value(QStringLiteral("asks")).toArray()) {
        const auto p = Micros::fromJson(l.toObject().value(QStringLiteral("price")));
        const auto s = Micros::fromJson(l.toObject().value(QStringLiteral("size")));
        if (p && s && s->raw() > 0 && (!t.ask || *p < *t.ask))
            t.ask = *p;
    }
    return t;
}

bool isTokenId(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,78}$"));
    return re.match(s).hasMatch();
}

HttpResponse noBook()
{
    return HttpResponse::error(404, QStringLiteral("No orderbook exists for the requested token id"));
}

QString numberText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

} // namespace

HttpResponse SandboxVenue::handleDataApi(const HttpRequest& req, std::int64_t now)
{
    const QUrlQuery& q = req.query;
    if (req.path == u"/" || req.path.isEmpty())
        return HttpResponse::json(R"({"data":"OK"})");
    const bool activity = req.path == u"/activity";
    const bool trades = req.path == u"/trades";
    if (activity || trades) {
        const QString userText = q.queryItemValue(QStringLiteral("user"));
        if (activity && userText.isEmpty())
            return HttpResponse::error(400, QStringLiteral("user is required"));
        QString user;
        if (!userText.isEmpty()) {
            auto a = Address::parseLenient(userText);
            if (!a)
                return HttpResponse::error(400, QStringLiteral("invalid user address"));
            user = a->toString();
        }
        const auto limit = intParam(q, QStringLiteral("limit"), 100);
        const auto offset = intParam(q, QStringLiteral("offset"), 0);
        const auto start = intParam(q, QStringLiteral("start"), 0);
        const auto end = intParam(q, QStringLiteral("end"), 0);
        if (!limit || !offset || !start || !end || *limit < 0 || *offset < 0)
            return HttpResponse::error(400, QStringLiteral("invalid paging parameters"));
        const std::int64_t maxOffset = 10000;
        if (*offset > maxOffset)
            return HttpResponse::error(400, QStringLiteral("offset exceeds %1").arg(maxOffset));
        const std::int64_t cap = activity ? 500 : 10000;
        const std::int64_t take = std::min(*limit, cap);
        const QStringList types = csv(q, QStringLiteral("type"));
        const QStringList markets = csv(q, QStringLiteral("market"));
        const QString side = q.queryItemValue(QStringLiteral("side"));
        std::vector<const TimedRow*> rows;
        if (user.isEmpty()) {
            for (const auto& w : feed_.wallets()) {
                auto part = feed_.trades(w, now);
                rows.insert(rows.end(), part.begin(), part.end());
            }
            std::stable_sort(rows.begin(), rows.end(),
                             [](const TimedRow* a, const TimedRow* b) { return a->timestamp > b->timestamp; });
        } else {
            rows = activity ? feed_.activity(user, now) : feed_.trades(user, now);
        }
        std::vector<const TimedRow*> kept;
        for (const TimedRow* r : rows) {
            if (!types.isEmpty() && !types.contains(r->type, Qt::CaseInsensitive))
                continue;
            if (*start > 0 && r->timestamp < *start)
                continue;
            if (*end > 0 && r->timestamp > *end)
                continue;
            if (!markets.isEmpty() &&
                !markets.contains(r->row.value(QStringLiteral("conditionId")).toString(), Qt::CaseInsensitive))
                continue;
            if (!side.isEmpty() && r->row.value(QStringLiteral("side")).toString() != side)
                continue;
            kept.push_back(r);
        }
        const QString sortBy = q.queryItemValue(QStringLiteral("sortBy"));
        if (sortBy == u"TOKENS" || sortBy == u"CASH") {
            const QString key = sortBy == u"TOKENS" ? QStringLiteral("size") : QStringLiteral("usdcSize");
            std::stable_sort(kept.begin(), kept.end(), [&key](const TimedRow* a, const TimedRow* b) {
                return a->row.value(key).toDouble() > b->row.value(key).toDouble();
            });
        }
        if (q.queryItemValue(QStringLiteral("sortDirection")) == u"ASC")
            std::reverse(kept.begin(), kept.end());
        QJsonArray out;
        for (std::int64_t i = *offset; i < std::int64_t(kept.size()) && out.size() < take; ++i) {
            QJsonObject row = kept[size_t(i)]->row;
            if (trades) {
                row.remove(QStringLiteral("type"));
                row.remove(QStringLiteral("usdcSize"));
            }
            out.append(row);
        }
        return HttpResponse::json(compact(out));
    }
    if (req.path == u"/positions" || req.path == u"/value") {
        const auto user = Address::parseLenient(q.queryItemValue(QStringLiteral("user")));
        if (!user)
            return HttpResponse::error(400, QStringLiteral("user is required"));
        const QJsonArray rows = feed_.positions(user->toString(), now).value_or(QJsonArray());
        if (req.path == u"/positions")
            return HttpResponse::json(compact(rows));
        Micros value;
        for (const auto& r : rows) {
            if (auto v = Micros::fromJson(r.toObject().value(QStringLiteral("currentValue"))))
                value += *v;
        }
        QJsonArray out{QJsonObject{{QStringLiteral("user"), user->toString()},
                                   {QStringLiteral("value"), value.toString().toDouble()}}};
        return HttpResponse::json(compact(out));
    }
    return HttpResponse::error(404, QStringLiteral("not found"));
}

HttpResponse SandboxVenue::handleClob(const HttpRequest& req, std::int64_t now)
{
    const QUrlQuery& q = req.query;
    const QString token = q.queryItemValue(QStringLiteral("token_id"));
    auto requireToken = [&]() -> std::optional<HttpResponse> {
        if (!isTokenId(token))
            return HttpResponse::error(400, QStringLiteral("Invalid token id"));
        return std::nullopt;
    };
    auto tokensOfBody = [&]() -> std::optional<QStringList> {
        const QJsonDocument d = QJsonDocument::fromJson(req.body);
        if (!d.isArray())
            return std::nullopt;
        QStringList out;
        for (const auto& v : d.array())
            out << v.toObject().value(QStringLiteral("token_id")).toString();
        return out;
    };
    const QString& p = req.path;
    if (p == u"/" || p == u"/ok")
        return HttpResponse::json("\"OK\"");
    if (p == u"/time")
        return HttpResponse::json(QByteArray::number(now / 1000));
    if (p == u"/version")
        return HttpResponse::json(R"({"version":2})");
    if (p == u"/book") {
        if (auto e = requireToken())
            return *e;
        const TimedObject* b = bookAt(token, now);
        return b ? HttpResponse::json(compact(b->object)) : noBook();
    }
    if (p == u"/books" && req.method == "POST") {
        auto tokens = tokensOfBody();
        if (!tokens)
            return HttpResponse::error(400, QStringLiteral("Invalid payload"));
        QJsonArray out;
        for (const auto& t : *tokens) {
            if (const TimedObject* b = bookAt(t, now))
                out.append(b->object);
        }
        return HttpResponse::json(compact(out));
    }
    if (p == u"/midpoint" || p == u"/spread" || p == u"/price") {
        if (auto e = requireToken())
            return *e;
        const TimedObject* b = bookAt(token, now);
        if (!b)
            return noBook();
        const Top t = topOf(b->object);
        if (p == u"/price") {
            const QString side = q.queryItemValue(QStringLiteral("side"));
            if (side != u"BUY" && side != u"SELL")
                return HttpResponse::error(400, QStringLiteral("Invalid side"));
            // As on the real venue: side=BUY answers the best bid, SELL the best ask.
            const auto price = side == u"BUY" ? t.bid : t.ask;
            if (!price)
                return noBook();
            return HttpResponse::json(compact(QJsonObject{{QStringLiteral("price"), price->toString()}}));
        }
        if (!t.bid || !t.ask)
            return noBook();
        if (p == u"/midpoint")
            return HttpResponse::json(compact(QJsonObject{{QStringLiteral("mid"), Micros((t.bid->raw() + t.ask->raw()) / 2).toString()}}));
        return HttpResponse::json(compact(QJsonObject{{QStringLiteral("spread"), (*t.ask - *t.bid).toString()}}));
    }
    if (p == u"/midpoints" && req.method == "POST") {
        auto tokens = tokensOfBody();
        if (!tokens)
            return HttpResponse::error(400, QStringLiteral("Invalid payload"));
        QJsonObject out;
        for (const auto& tk : *tokens) {
            if (const TimedObject* b = bookAt(tk, now)) {
                const Top t = topOf(b->object);
                if (t.bid && t.ask)
                    out.insert(tk, Micros((t.bid->raw() + t.ask->raw()) / 2).toString());
            }
        }
        return HttpResponse::json(compact(out));
    }
    if (p == u"/last-trade-price") {
        if (auto e = requireToken())
            return *e;
        const TimedRow* last = nullptr;
        for (const auto& w : feed_.wallets()) {
            for (const TimedRow* r : feed_.trades(w, now)) {
                if (r->row.value(QStringLiteral("asset")).toString() == token && (!last || r->timestamp > last->timestamp))
                    last = r;
            }
        }
        if (!last)
            return HttpResponse::json(R"({"price":"0","side":""})");
        return HttpResponse::json(compact(QJsonObject{{QStringLiteral("price"), numberText(last->row.value(QStringLiteral("price")))},
                                                      {QStringLiteral("side"), last->row.value(QStringLiteral("side"))}}));
    }
    if (p == u"/tick-size" || p == u"/neg-risk" || p == u"/fee-rate") {
        if (auto e = requireToken())
            return *e;
        const TimedObject* b = bookAt(token, now);
        const QJsonObject* market = nullptr;
        const auto markets = feed_.gammaMarkets(now);
        for (const TimedObject* m : markets) {
            if (SandboxFeed::tokenIdsOf(m->object).contains(token))
                market = &m->object;
        }
        if (!b && !market)
            return HttpResponse::error(404, QStringLiteral("market not found"));
        if (p == u"/fee-rate")
            return HttpResponse::json(compact(QJsonObject{{QStringLiteral("base_fee"), feed_.feeRate(token, now).value_or(0)}}));
        if (p == u"/neg-risk") {
            bool neg = b ? b->object.value(QStringLiteral("neg_risk")).toBool() : false;
            if (market && market->contains(QStringLiteral("negRisk")))
                neg = market->value(QStringLiteral("negRisk")).toBool();
            return HttpResponse::json(compact(QJsonObject{{QStringLiteral("neg_risk"), neg}}));
        }
        double tick = 0.01;
        if (b && b->object.contains(QStringLiteral("tick_size")))
            tick = b->object.value(QStringLiteral("tick_size")).toString().toDouble();
        else if (market && market->contains(QStringLiteral("orderPriceMinTickSize")))
            tick = market->value(QStringLiteral("orderPriceMinTickSize")).toDouble();
        return HttpResponse::json(compact(QJsonObject{{QStringLiteral("minimum_tick_size"), tick}}));
    }
    if (p.startsWith(u"/markets/")) {
        const QString cid = p.mid(9).toLower();
        if (const TimedObject* m = feed_.clobMarket(cid, now))
            return HttpResponse::json(compact(m->object));
        for (const TimedObject* m : feed_.gammaMarkets(now)) {
            if (m->object.value(QStringLiteral("conditionId")).toString().toLower() != cid)
                continue;
            // Derived from the Gamma record: the CLOB market's core fields.
            QJsonArray tokens;
            const QStringList ids = SandboxFeed::tokenIdsOf(m->object);
            QJsonValue outcomes = m->object.value(QStringLiteral("outcomes"));
            if (outcomes.isString())
                outcomes = QJsonDocument::fromJson(outcomes.toString().toUtf8()).array();
            for (int i = 0; i < ids.size(); ++i)
                tokens.append(QJsonObject{{QStringLiteral("token_id"), ids[i]},
                                          {QStringLiteral("outcome"), outcomes.toArray().at(i).toString()}});
            QJsonObject o{{QStringLiteral("condition_id"), cid},
                          {QStringLiteral("question"), m->object.value(QStringLiteral("question"))},
                          {QStringLiteral("market_slug"), m->object.value(QStringLiteral("slug"))},
                          {QStringLiteral("closed"), m->object.value(QStringLiteral("closed")).toBool()},
                          {QStringLiteral("active"), m->object.value(QStringLiteral("active")).toBool(true)},
                          {QStringLiteral("neg_risk"), m->object.value(QStringLiteral("negRisk")).toBool()},
                          {QStringLiteral("minimum_tick_size"), m->object.value(QStringLiteral("orderPriceMinTickSize")).toDouble(0.01)},
                          {QStringLiteral("minimum_order_size"), m->object.value(QStringLiteral("orderMinSize")).toDouble(5)},
                          {QStringLiteral("end_date_iso"), m->object.value(QStringLiteral("endDate"))},
                          {QStringLiteral("tokens"), tokens}};
            return HttpResponse::json(compact(o));
        }
        return HttpResponse::error(404, QStringLiteral("market not found"));
    }
    return HttpResponse::error(404, QStringLiteral("not found"));
}

HttpResponse SandboxVenue::handleGamma(const HttpRequest& req, std::int64_t now)
{
    const QUrlQuery& q = req.query;
    if (req.path == u"/markets") {
        const QStringList cids = csv(q, QStringLiteral("condition_ids"));
        const QStringList tokens = csv(q, QStringLiteral("clob_token_ids"));
        const QStringList slugs = csv(q, QStringLiteral("slug"));
        const QStringList ids = csv(q, QStringLiteral("id"));
        const QString closed = q.queryItemValue(QStringLiteral("closed"));
        const auto limit = intParam(q, QStringLiteral("limit"), 500);
        if (!limit || *limit < 0)
            return HttpResponse::error(400, QStringLiteral("invalid limit"));
        QJsonArray out;
        for (const TimedObject* m : feed_.gammaMarkets(now)) {
            const QJsonObject& o = m->object;
            if (!cids.isEmpty() && !cids.contains(o.value(QStringLiteral("conditionId")).toString(), Qt::CaseInsensitive))
                continue;
            if (!slugs.isEmpty() && !slugs.contains(o.value(QStringLiteral("slug")).toString()))
                continue;
            if (!ids.isEmpty() && !ids.contains(numberText(o.value(QStringLiteral("id")))))
                continue;
            if (!tokens.isEmpty()) {
                const QStringList mine = SandboxFeed::tokenIdsOf(o);
                if (std::none_of(tokens.begin(), tokens.end(), [&](const QString& t) { return mine.contains(t); }))
                    continue;
            }
            if (!closed.isEmpty() && o.value(QStringLiteral("closed")).toBool() != (closed == u"true"))
                continue;
            if (out.size() >= *limit)
                break;
            out.append(o);
        }
        return HttpResponse::json(compact(out));
    }
    if (req.path == u"/events") {
        const QStringList slugs = csv(q, QStringLiteral("slug"));
        QJsonArray out;
        QSet<QString> seen;
        for (const TimedObject* m : feed_.gammaMarkets(now)) {
            for (const auto& e : m->object.value(QStringLiteral("events")).toArray()) {
                const QJsonObject ev = e.toObject();
                const QString slug = ev.value(QStringLiteral("slug")).toString();
                if ((!slugs.isEmpty() && !slugs.contains(slug)) || seen.contains(slug))
                    continue;
                seen.insert(slug);
                out.append(ev);
            }
        }
        return HttpResponse::json(compact(out));
    }
    return HttpResponse::error(404, QStringLiteral("not found"));
}

} // namespace slip::sandbox
