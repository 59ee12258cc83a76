#include "venue/polymarket/DataApiClient.h"

#include "net/Endpoints.h"
#include "net/JsonReply.h"
#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace slip::polymarket {
namespace {

QString csv(const QStringList& l) { return l.join(QLatin1Char(',')); }

/// The rows of a body: a bare array (v1) or {"data": [...]} (v2 and trimmed captures).
Result<QJsonArray> rowsOf(const QJsonDocument& d)
{
    if (d.isArray())
        return d.array();
    if (d.isObject() && d.object().value(QLatin1String("data")).isArray())
        return d.object().value(QLatin1String("data")).toArray();
    return Error{QStringLiteral("expected an array of rows or {\"data\": [...]}")};
}

VenueResult<DataPage> parsePage(const HttpResponse& r, const ActivityParser::WalletFilter& followed,
                                ActivityParser::Feed feed, std::int64_t detectMs, bool v2, int limit)
{
    auto doc = jsonBody(r);
    if (!doc)
        return doc.error();
    auto rows = rowsOf(doc.value());
    if (!rows)
        return VenueError::malformed(r.error.endpoint, rows.error(), r.body);
    DataPage page;
    page.rowCount = int(rows->size());
    if (v2) {
        QJsonArray mapped;
        for (const auto& row : rows.value())
            mapped.push_back(row.isObject() ? QJsonValue(DataApiClient::v2RowToV1(row.toObject())) : row);
        page.parsed = ActivityParser::parse(mapped, feed, detectMs, followed);
        const QJsonObject pg = doc->object().value(QLatin1String("pagination")).toObject();
        page.hasMore = pg.value(QLatin1String("has_more")).toBool();
        page.nextCursor = pg.value(QLatin1String("next_cursor")).toString();
        if (!page.hasMore)
            page.nextCursor.clear();
    } else {
        page.parsed = ActivityParser::parse(rows.value(), feed, detectMs, followed);
        page.hasMore = page.rowCount >= limit && limit > 0;
    }
    return page;
}

} // namespace

DataApiClient::DataApiClient(HttpClient& http, QUrl base, const Clock& clock, QObject* parent)
    : QObject(parent), http_(http), base_(std::move(base)), clock_(clock)
{
}

void DataApiClient::get(const QString& path, const QUrlQuery& query, const QString& family,
                        std::function<void(const HttpResponse&)> done)
{
    http_.send(HttpRequest::get(base_, path, query, family), this, std::move(done));
}

QJsonObject DataApiClient::v2RowToV1(const QJsonObject& row)
{
    static const std::pair<const char*, const char*> kMap[] = {
        {"proxy_wallet", "proxyWallet"}, {"condition_id", "conditionId"}, {"usdc_size", "usdcSize"},
        {"transaction_hash", "transactionHash"}, {"token_id", "asset"}, {"outcome_index", "outcomeIndex"},
        {"event_slug", "eventSlug"}, {"profile_image", "profileImage"}, {"is_combo", "isCombo"},
    };
    QJsonObject out = row;
    for (const auto& [snake, camel] : kMap) {
        const QJsonValue v = row.value(QLatin1String(snake));
        if (!v.isUndefined() && !out.contains(QLatin1String(camel)))
            out.insert(QLatin1String(camel), v);
    }
    return out;
}

void DataApiClient::activity(const ActivityQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb)
{
    if (q.offset < 0 || q.offset > kActivityMaxOffset) {
        VenueError e;
        e.kind = VenueError::Kind::ClientError;
        e.endpoint = QStringLiteral("GET /activity");
        e.message = QStringLiteral("offset %1 past the documented cap %2; page by start/end windows")
                        .arg(q.offset).arg(kActivityMaxOffset);
        cb(e);
        return;
    }
    const int limit = std::clamp(q.limit, 1, kActivityMaxLimit);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), q.user);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(q.offset));
    if (!q.types.isEmpty())
        query.addQueryItem(QStringLiteral("type"), csv(q.types));
    if (!q.markets.isEmpty())
        query.addQueryItem(QStringLiteral("market"), csv(q.markets));
    if (q.startSec)
        query.addQueryItem(QStringLiteral("start"), QString::number(*q.startSec));
    if (q.endSec)
        query.addQueryItem(QStringLiteral("end"), QString::number(*q.endSec));
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("TIMESTAMP"));
    query.addQueryItem(QStringLiteral("sortDirection"), q.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    get(QStringLiteral("/activity"), query, QStringLiteral("data.activity"),
        [this, cb, followed, limit](const HttpResponse& r) {
            cb(parsePage(r, followed, ActivityParser::Feed::Activity, clock_.nowMs(), false, limit));
        });
}

void DataApiClient::trades(const TradesQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb)
{
    const int limit = std::clamp(q.limit, 1, kTradesMaxLimit);
    QUrlQuery query;
    if (!q.user.isEmpty())
        query.addQueryItem(QStringLiteral("user"), q.user);
    if (!q.markets.isEmpty())
        query.addQueryItem(QStringLiteral("market"), csv(q.markets));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(std::clamp(q.offset, 0, kTradesMaxOffset)));
    query.addQueryItem(QStringLiteral("takerOnly"), q.takerOnly ? QStringLiteral("true") : QStringLiteral("false"));
    get(QStringLiteral("/trades"), query, QStringLiteral("data.trades"), [this, cb, followed, limit](const HttpResponse& r) {
        cb(parsePage(r, followed, ActivityParser::Feed::Trades, clock_.nowMs(), false, limit));
    });
}

void DataApiClient::activityV2(const ActivityQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb)
{
    const int limit = std::clamp(q.limit, 1, kV2MaxLimit);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), q.user);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!q.types.isEmpty())
        query.addQueryItem(QStringLiteral("type"), csv(q.types));
    if (!q.markets.isEmpty())
        query.addQueryItem(QStringLiteral("condition"), csv(q.markets));
    if (q.startSec)
        query.addQueryItem(QStringLiteral("start"), QString::number(*q.startSec));
    if (q.endSec)
        query.addQueryItem(QStringLiteral("end"), QString::number(*q.endSec));
    query.addQueryItem(QStringLiteral("sort_direction"), q.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    if (!q.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), q.cursor); // never `offset`: v2 answers 400
    get(QStringLiteral("/v2/activity"), query, QStringLiteral("data.activity"), [this, cb, followed, limit](const HttpResponse& r) {
        cb(parsePage(r, followed, ActivityParser::Feed::Activity, clock_.nowMs(), true, limit));
    });
}

void DataApiClient::activitySince(const QString& user, std::int64_t sinceSec, int maxEvents,
                                  Callback<std::vector<TradeEvent>> cb, const QStringList& types)
{
    pageSince(user, types, sinceSec, 0, maxEvents, std::make_shared<std::vector<TradeEvent>>(),
              std::make_shared<QSet<QString>>(), std::move(cb));
}

void DataApiClient::pageSince(const QString& user, const QStringList& types, std::int64_t startSec, int offset, int maxEvents,
                              std::shared_ptr<std::vector<TradeEvent>> acc, std::shared_ptr<QSet<QString>> keys,
                              Callback<std::vector<TradeEvent>> cb)
{
    ActivityQuery q;
    q.user = user;
    q.types = types;
    q.startSec = startSec;
    q.ascending = true;
    q.limit = kActivityMaxLimit;
    q.offset = offset;
    const QString wallet = user.toLower();
    activity(q, [wallet](const QString& w) { return w == wallet; },
             [=, this](const VenueResult<DataPage>& r) {
                 if (!r) {
                     cb(r.error());
                     return;
                 }
                 std::int64_t lastSec = startSec;
                 for (const auto& e : r->parsed.events) {
                     lastSec = std::max(lastSec, e.timeMs / 1000);
                     if (int(acc->size()) >= maxEvents)
                         break;
                     if (!keys->contains(e.key)) { // window restarts overlap by one second
                         keys->insert(e.key);
                         acc->push_back(e);
                     }
                 }
                 const bool full = r->rowCount >= kActivityMaxLimit;
                 if (!full || int(acc->size()) >= maxEvents) {
                     cb(*acc);
                     return;
                 }
                 if (offset + 2 * kActivityMaxLimit <= kActivityMaxOffset) {
                     pageSince(user, types, startSec, offset + kActivityMaxLimit, maxEvents, acc, keys, cb);
                 } else if (lastSec > startSec) {
                     pageSince(user, types, lastSec, 0, maxEvents, acc, keys, cb); // a new window, a new offset budget
                 } else {
                     cb(*acc); // one second holds more rows than the cap allows: stop, don't loop
                 }
             });
}

Result<std::vector<Position>> DataApiClient::parsePositions(const QJsonValue& body)
{
    const QJsonArray rows = body.isObject() ? body.toObject().value(QLatin1String("data")).toArray() : body.toArray();
    if (!body.isArray() && !(body.isObject() && body.toObject().value(QLatin1String("data")).isArray()))
        return Error{QStringLiteral("expected an array of positions")};
    std::vector<Position> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        if (!rows.at(i).isObject())
            return Error{QStringLiteral("position %1 is not an object").arg(i)};
        Position p;
        const QJsonValue asset = o.value(QLatin1String("asset"));
        p.asset = asset.isString() ? asset.toString() : integerText(asset).valueOr(QString());
        p.conditionId = o.value(QLatin1String("conditionId")).toString().toLower();
        p.outcome = o.value(QLatin1String("outcome")).toString();
        p.title = o.value(QLatin1String("title")).toString();
        p.outcomeIndex = int(parseIntegerField(o.value(QLatin1String("outcomeIndex"))).valueOr(-1));
        p.redeemable = o.value(QLatin1String("redeemable")).toBool();
        struct F { const char* name; Micros* dst; };
        for (const F f : {F{"size", &p.size}, F{"avgPrice", &p.avgPrice}, F{"curPrice", &p.curPrice},
                          F{"currentValue", &p.currentValue}}) {
            const QJsonValue v = o.value(QLatin1String(f.name));
            if (v.isUndefined() || v.isNull())
                continue;
            auto m = Micros::fromJson(v);
            if (!m)
                return Error{QStringLiteral("position %1 %2: %3").arg(i).arg(QLatin1String(f.name), m.error())};
            *f.dst = *m;
        }
        if (p.asset.isEmpty())
            return Error{QStringLiteral("position %1: asset missing").arg(i)};
        out.push_back(std::move(p));
    }
    return out;
}

void DataApiClient::positions(const QString& user, Callback<std::vector<Position>> cb)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), user);
    query.addQueryItem(QStringLiteral("limit"), QString::number(kActivityMaxLimit));
    get(QStringLiteral("/positions"), query, QStringLiteral("data.positions"), [cb](const HttpResponse& r) {
        auto doc = jsonBody(r);
        if (!doc) {
            cb(doc.error());
            return;
        }
        auto p = parsePositions(doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object()));
        if (!p) {
            cb(VenueError::malformed(r.error.endpoint, p.error(), r.body));
            return;
        }
        cb(std::move(p).value());
    });
}

void DataApiClient::value(const QString& user, Callback<Micros> cb)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), user);
    get(QStringLiteral("/value"), query, QStringLiteral("data.value"), [cb](const HttpResponse& r) {
        auto doc = jsonBody(r);
        if (!doc) {
            cb(doc.error());
            return;
        }
        if (!doc->isArray()) {
            cb(VenueError::malformed(r.error.endpoint, QStringLiteral("expected an array"), r.body));
            return;
        }
        if (doc->array().isEmpty()) {
            cb(Micros());
            return;
        }
        auto v = Micros::fromJson(doc->array().at(0).toObject().value(QLatin1String("value")));
        if (!v) {
            cb(VenueError::malformed(r.error.endpoint, QStringLiteral("value: ") + v.error(), r.body));
            return;
        }
        cb(*v);
    });
}

} // namespace slip::polymarket
