#include "venue/polymarket/OperatorJson.h"

#include <QJsonArray>

#include <algorithm>

namespace slip::polymarket {
namespace {

QJsonValue micros(Micros m) { return QJsonValue(qint64(m.raw())); }

QJsonArray levelsJson(std::vector<BookLevel> levels, bool descending)
{
    // Venue arrays are not sorted reliably; equal prices keep their array order.
    std::stable_sort(levels.begin(), levels.end(), [descending](const BookLevel& a, const BookLevel& b) {
        return descending ? a.price > b.price : a.price < b.price;
    });
    QJsonArray out;
    for (const auto& l : levels)
        out.push_back(QJsonArray{micros(l.price), micros(l.size)});
    return out;
}

} // namespace

QJsonObject tradeEventJson(const TradeEvent& e)
{
    return QJsonObject{
        {QStringLiteral("key"), e.key},
        {QStringLiteral("wallet"), e.wallet},
        {QStringLiteral("tx"), e.txHash},
        {QStringLiteral("asset"), e.asset},
        {QStringLiteral("condition"), e.conditionId},
        {QStringLiteral("side"), e.type == ActivityType::Trade ? sideToString(e.side) : activityTypeToString(e.type)},
        {QStringLiteral("price"), micros(e.price)},
        {QStringLiteral("shares"), micros(e.shares)},
        {QStringLiteral("time_ms"), qint64(e.timeMs)},
    };
}

QJsonObject bookJson(const BookSnapshot& b)
{
    return QJsonObject{
        {QStringLiteral("asset"), b.asset},
        {QStringLiteral("bids"), levelsJson(b.bids, true)},
        {QStringLiteral("asks"), levelsJson(b.asks, false)},
        {QStringLiteral("tick"), micros(b.tickSize)},
        {QStringLiteral("min_order_size"), micros(b.minOrderSize)},
        {QStringLiteral("timestamp_ms"), qint64(b.venueTimestampMs)},
    };
}

QJsonObject marketJson(const MarketInfo& m)
{
    QJsonArray tokens;
    for (qsizetype i = 0; i < m.tokenIds.size(); ++i) {
        QJsonObject t{{QStringLiteral("token"), m.tokenIds[i]},
                      {QStringLiteral("outcome"), m.outcomes.value(i)}};
        if (std::size_t(i) < m.outcomePrices.size())
            t.insert(QStringLiteral("price"), micros(m.outcomePrices[std::size_t(i)]));
        tokens.push_back(t);
    }
    QJsonObject o{
        {QStringLiteral("condition"), m.conditionId},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("slug"), m.slug},
        {QStringLiteral("question"), m.question},
        {QStringLiteral("tokens"), tokens},
        {QStringLiteral("end_ms"), m.endMs ? QJsonValue(qint64(*m.endMs)) : QJsonValue()},
        {QStringLiteral("closed"), m.closed},
        {QStringLiteral("active"), m.active},
        {QStringLiteral("accepting_orders"), m.acceptingOrders},
        {QStringLiteral("neg_risk"), m.negRisk},
        {QStringLiteral("tick"), m.tickSize ? micros(*m.tickSize) : QJsonValue()},
        {QStringLiteral("min_order_size"), m.orderMinSize ? micros(*m.orderMinSize) : QJsonValue()},
        {QStringLiteral("version"), m.version},
        {QStringLiteral("categories"), QJsonArray::fromStringList(m.categories)},
    };
    return o;
}

} // namespace slip::polymarket
