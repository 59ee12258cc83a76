#include "venue/polymarket/GammaMarketParser.h"

#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>

namespace slip::polymarket {
namespace {

// Days from 1970-01-01 to a proleptic Gregorian civil date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

bool readDigits(QStringView t, qsizetype& i, int count, int& out)
{
    out = 0;
    for (int k = 0; k < count; ++k, ++i) {
        if (i >= t.size() || t[i] < u'0' || t[i] > u'9')
            return false;
        out = out * 10 + (t[i].unicode() - u'0');
    }
    return true;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

QStringList labelsOf(const QJsonValue& tags)
{
    QStringList out;
    if (!tags.isArray())
        return out;
    for (const QJsonValue& t : tags.toArray()) {
        const QJsonValue label = t.toObject().value(QLatin1String("label"));
        if (label.isString())
            out.push_back(label.toString());
    }
    return out;
}

} // namespace

Result<std::int64_t> GammaMarketParser::parseEndDate(QStringView t)
{
    const Error bad{QStringLiteral("endDate: malformed date \"%1\"").arg(t.left(40).toString())};
    qsizetype i = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!readDigits(t, i, 4, y) || i >= t.size() || t[i++] != u'-' || !readDigits(t, i, 2, mo) ||
        i >= t.size() || t[i++] != u'-' || !readDigits(t, i, 2, d))
        return bad;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return bad;
    if (i < t.size() && t[i] == u'T') {
        ++i;
        if (!readDigits(t, i, 2, h) || i >= t.size() || t[i++] != u':' || !readDigits(t, i, 2, mi))
            return bad;
        if (i < t.size() && t[i] == u':') {
            ++i;
            if (!readDigits(t, i, 2, s))
                return bad;
            if (i < t.size() && t[i] == u'.') {
                ++i;
                int digits = 0;
                while (i < t.size() && t[i] >= u'0' && t[i] <= u'9') {
                    if (digits < 3)
                        ms = ms * 10 + (t[i].unicode() - u'0');
                    ++digits;
                    ++i;
                }
                if (digits == 0)
                    return bad;
                for (int k = digits; k < 3; ++k)
                    ms *= 10;
            }
        }
        if (h > 23 || mi > 59 || s > 59)
            return bad;
    }
    std::int64_t offsetMin = 0;
    if (i < t.size()) {
        if (t[i] == u'Z') {
            ++i;
        } else if (t[i] == u'+' || t[i] == u'-') {
            const int sign = t[i] == u'+' ? 1 : -1;
            ++i;
            int oh = 0, om = 0;
            if (!readDigits(t, i, 2, oh) || i >= t.size() || t[i++] != u':' || !readDigits(t, i, 2, om))
                return bad;
            if (oh > 23 || om > 59)
                return bad;
            offsetMin = sign * (oh * 60 + om);
        } else
            return bad;
    }
    if (i != t.size())
        return bad;
    const std::int64_t days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + std::int64_t(s) * 1000 + ms;
}

Result<MarketInfo> GammaMarketParser::parseMarket(const QJsonObject& o)
{
    MarketInfo m;
    auto cond = requireNonEmptyString(o.value(QLatin1String("conditionId")), "conditionId");
    if (!cond)
        return Error{cond.error()};
    m.conditionId = cond->toLower();

    auto tokens = parseEncodedArray(o.value(QLatin1String("clobTokenIds")));
    if (!tokens)
        return Error{QStringLiteral("clobTokenIds: ") + tokens.error()};
    for (const QJsonValue& t : *tokens) {
        if (!t.isString() || t.toString().isEmpty())
            return Error{QStringLiteral("clobTokenIds: entries must be non-empty strings")};
        // A token listed twice would take a MERGE or a settlement from the same shares twice
        // and drive them negative (spec §3: shares never go negative): such a market is malformed.
        if (m.tokenIds.contains(t.toString()))
            return Error{QStringLiteral("clobTokenIds: %1 is listed twice").arg(t.toString().left(24))};
        m.tokenIds.push_back(t.toString());
    }
    if (m.tokenIds.isEmpty())
        return Error{QStringLiteral("clobTokenIds: empty")};

    const QJsonValue prices = o.value(QLatin1String("outcomePrices"));
    // Only the book's bids and asks take null for empty (spec §2): here, as for endDate, closed
    // and orderMinSize, a field is absent or well-formed.
    if (!prices.isUndefined()) {
        auto arr = parseEncodedArray(prices);
        if (!arr)
            return Error{QStringLiteral("outcomePrices: ") + arr.error()};
        for (const QJsonValue& p : *arr) {
            auto v = signedMicrosFromJson(p); // no range in the spec: a number is a price
            if (!v)
                return Error{QStringLiteral("outcomePrices: ") + v.error()};
            m.outcomePrices.push_back(*v);
        }
    }
    const QJsonValue outcomes = o.value(QLatin1String("outcomes"));
    if (auto arr = parseEncodedArray(outcomes)) {
        for (const QJsonValue& v : *arr)
            m.outcomes.push_back(v.toString());
    }

    const QJsonValue end = o.value(QLatin1String("endDate"));
    if (end.isString() && !end.toString().isEmpty()) {
        auto ms = parseEndDate(end.toString());
        if (!ms)
            return Error{ms.error()};
        m.endMs = *ms;
    } else if (!end.isUndefined() && !end.isString())
        return Error{QStringLiteral("endDate: not a string")};

    const QJsonValue closed = o.value(QLatin1String("closed"));
    if (closed.isBool())
        m.closed = closed.toBool();
    else if (!closed.isUndefined())
        return Error{QStringLiteral("closed: not a boolean")};

    const QJsonValue category = o.value(QLatin1String("category"));
    if (category.isString() && !category.toString().isEmpty())
        m.categories.push_back(category.toString());
    m.tags = labelsOf(o.value(QLatin1String("tags")));
    m.categories += m.tags;
    for (const QJsonValue& ev : o.value(QLatin1String("events")).toArray())
        m.categories += labelsOf(ev.toObject().value(QLatin1String("tags")));

    const QJsonValue minSize = o.value(QLatin1String("orderMinSize"));
    if (!minSize.isUndefined()) {
        auto v = signedMicrosFromJson(minSize); // no range in the spec either
        if (!v)
            return Error{QStringLiteral("orderMinSize: ") + v.error()};
        m.orderMinSize = *v;
    }

    // Informational fields: kept when well-formed, never a reason to reject the market.
    const QJsonValue id = o.value(QLatin1String("id"));
    m.id = id.isString() ? id.toString() : (id.isDouble() ? integerText(id).valueOr(QString()) : QString());
    m.slug = o.value(QLatin1String("slug")).toString();
    m.question = o.value(QLatin1String("question")).toString();
    m.negRisk = o.value(QLatin1String("negRisk")).toBool(false);
    if (auto tick = Micros::fromJson(o.value(QLatin1String("orderPriceMinTickSize"))))
        m.tickSize = *tick;
    m.version = o.value(QLatin1String("version")).toString();
    m.active = o.value(QLatin1String("active")).toBool(false);
    m.acceptingOrders = o.value(QLatin1String("acceptingOrders")).toBool(false);
    return m;
}

MarketParseResult GammaMarketParser::parse(const QJsonValue& body)
{
    MarketParseResult out;
    if (body.isObject()) {
        auto m = parseMarket(body.toObject());
        if (m)
            out.markets.push_back(std::move(m).value());
        else
            out.rejected.push_back({-1, m.error()});
        return out;
    }
    if (!body.isArray()) {
        out.rejected.push_back({-1, QStringLiteral("market body is neither an object nor an array")});
        return out;
    }
    const QJsonArray arr = body.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject()) {
            out.rejected.push_back({int(i), QStringLiteral("market is not an object")});
            continue;
        }
        auto m = parseMarket(arr.at(i).toObject());
        if (m)
            out.markets.push_back(std::move(m).value());
        else
            out.rejected.push_back({int(i), m.error()});
    }
    return out;
}

} // namespace slip::polymarket
