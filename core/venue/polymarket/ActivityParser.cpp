#include "venue/polymarket/ActivityParser.h"

#include "crypto/Sha256.h"
#include "domain/EventKey.h"
#include "venue/polymarket/ParserFields.h"

#include <QHash>
#include <QJsonArray>

#include <charconv>
#include <limits>
#include <optional>
#include <string>

namespace slip::polymarket {
namespace {

const QString kIgnoredPrefix = QStringLiteral("ignored:");

// A token id as a string, or as a JSON integer taken as its decimal text (spec §2); nullopt
// when the value is neither. QJsonValue does not tell 111 from 111.0 (both are the integer
// 111), so an integral number counts as an integer, as §1 reads integer fields. (An integer
// beyond int64 arrives as a string: CaptureReader quotes it.)
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

// QString::toLower, with a shortcut for the usual hex text: an ASCII-only string is lowered
// in place (A-Z only, what toLower does to ASCII) and left untouched when already lowercase.
QString lowered(QString s)
{
    bool upper = false;
    for (const QChar c : std::as_const(s)) {
        if (c.unicode() >= 0x80)
            return std::move(s).toLower();
        upper = upper || (c >= u'A' && c <= u'Z');
    }
    if (upper)
        for (QChar& c : s)
            if (c >= u'A' && c <= u'Z')
                c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
    return s;
}

// The row fields the parser reads, fetched from the object once.
struct RowValues
{
    QJsonValue type, wallet, timestamp, tx, cond, asset, side, price, size, usdc, title, outcome, slug;
};

// Each field looked up once. QJsonObject keeps its keys sorted, so value() is a binary search;
// measured, one pass over the object costs more (each key() builds a QString), and Latin-1
// keys compare faster against the stored keys than UTF-16 ones.
RowValues collect(const QJsonObject& row)
{
    RowValues r;
    r.type = row.value(QLatin1StringView("type"));
    r.wallet = row.value(QLatin1StringView("proxyWallet"));
    r.timestamp = row.value(QLatin1StringView("timestamp"));
    r.tx = row.value(QLatin1StringView("transactionHash"));
    r.cond = row.value(QLatin1StringView("conditionId"));
    r.asset = row.value(QLatin1StringView("asset"));
    r.side = row.value(QLatin1StringView("side"));
    r.price = row.value(QLatin1StringView("price"));
    r.size = row.value(QLatin1StringView("size"));
    r.usdc = row.value(QLatin1StringView("usdcSize"));
    r.title = row.value(QLatin1StringView("title"));
    r.outcome = row.value(QLatin1StringView("outcome"));
    r.slug = row.value(QLatin1StringView("slug"));
    return r;
}

Result<TradeEvent> parseValues(const RowValues& row, ActivityParser::Feed feed, std::int64_t detectMs)
{
    TradeEvent ev;
    ev.detectMs = detectMs;
    if (feed == ActivityParser::Feed::Activity) {
        if (!row.type.isString())
            return fieldError("type", QStringLiteral("missing or not a string"));
        const QString t = row.type.toString();
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

    QString wallet = row.wallet.isString() ? row.wallet.toString() : QString();
    if (!row.wallet.isString() || !isHexAddress(wallet))
        return fieldError("proxyWallet", QStringLiteral("expected 0x + 40 hex digits"));
    ev.wallet = lowered(std::move(wallet));

    auto ts = parseIntegerField(row.timestamp);
    if (!ts)
        return fieldError("timestamp", ts.error());
    // time_ms = timestamp * 1000 must be a 64-bit number like every time here.
    constexpr std::int64_t kMaxSeconds = std::numeric_limits<std::int64_t>::max() / 1000;
    if (*ts > kMaxSeconds || *ts < -kMaxSeconds)
        return fieldError("timestamp", QStringLiteral("out of range"));
    ev.timeMs = *ts * 1000;

    auto tx = requireNonEmptyString(row.tx, "transactionHash");
    if (!tx)
        return Error{tx.error()};
    ev.txHash = lowered(std::move(tx).value());
    auto cond = requireNonEmptyString(row.cond, "conditionId");
    if (!cond)
        return Error{cond.error()};
    ev.conditionId = lowered(std::move(cond).value());

    const QJsonValue& asset = row.asset;
    if (ev.type == ActivityType::Trade) {
        if (!row.side.isString())
            return fieldError("side", QStringLiteral("missing or not a string"));
        auto s = parseSide(row.side.toString());
        if (!s)
            return fieldError("side", s.error());
        ev.side = *s;
        auto assetText = tokenIdText(asset);
        if (!assetText)
            return fieldError("asset", QStringLiteral("missing or not a token id"));
        if (!*assetText)
            return fieldError("asset", assetText->error());
        ev.asset = std::move(*assetText).value();
        if (!isDecimalDigits(ev.asset))
            return fieldError("asset", QStringLiteral("not a decimal token id"));
        auto price = signedMicrosFromJson(row.price);
        if (!price)
            return fieldError("price", price.error());
        if (price->raw() <= 0 || price->raw() > Micros::kScale)
            return fieldError("price", QStringLiteral("outside (0, 1]"));
        ev.price = *price;
        auto size = signedMicrosFromJson(row.size);
        if (!size)
            return fieldError("size", size.error());
        if (size->raw() <= 0)
            return fieldError("size", QStringLiteral("must be > 0"));
        ev.shares = *size;
        if (!row.usdc.isUndefined() && !row.usdc.isNull()) {
            // Carried for display only; a bad value here does not matter to the trade.
            ev.usdcSize = signedMicrosFromJson(row.usdc).valueOr(Micros());
        }
    } else {
        // Absent is "" (spec §2; the venue omits it or sends "" on rows of no one token); any
        // other value, null included, must be a token id.
        if (asset.isUndefined()) {
            ev.asset = QString();
        } else {
            auto assetText = tokenIdText(asset);
            if (!assetText)
                return fieldError("asset", QStringLiteral("not a token id"));
            if (!*assetText)
                return fieldError("asset", assetText->error());
            ev.asset = std::move(*assetText).value();
        }
        auto size = signedMicrosFromJson(row.size);
        if (!size)
            return fieldError("size", size.error());
        if (size->raw() < 0)
            return fieldError("size", QStringLiteral("must be >= 0"));
        ev.shares = *size;
        if (!row.usdc.isUndefined()) { // absent is 0; null is not a number (spec §2)
            auto u = signedMicrosFromJson(row.usdc);
            if (!u)
                return fieldError("usdcSize", u.error());
            if (u->raw() < 0)
                return fieldError("usdcSize", QStringLiteral("must be >= 0"));
            ev.usdcSize = *u;
        }
    }
    ev.title = row.title.toString();
    ev.outcome = row.outcome.toString();
    ev.slug = row.slug.toString();
    return ev;
}

bool isAscii(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

void appendAscii(std::string& out, const QString& s)
{
    const std::size_t at = out.size();
    out.resize(at + std::size_t(s.size()));
    const QChar* p = s.constData();
    char* dst = out.data() + at;
    for (qsizetype i = 0; i < s.size(); ++i)
        dst[i] = char(p[i].unicode());
}

void appendNumber(std::string& out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// Builds the key text (ActivityParser::keyText) as bytes when every part is ASCII, where its
// UTF-8 form is the same bytes; false (nothing to use) otherwise.
bool asciiKeyText(const TradeEvent& e, std::string& out)
{
    out.clear();
    if (!isAscii(e.txHash) || !isAscii(e.asset) || !isAscii(e.wallet))
        return false;
    if (e.type == ActivityType::Trade) {
        appendAscii(out, e.wallet);
        out.push_back('|');
        appendAscii(out, e.txHash);
        out.push_back('|');
        appendAscii(out, e.asset);
        out.append(e.side == Side::Buy ? "|BUY|" : "|SELL|");
        appendNumber(out, e.price.raw());
        out.push_back('|');
        appendNumber(out, e.shares.raw());
        out.push_back('|');
        appendNumber(out, e.timeMs);
        return true;
    }
    if (!isAscii(e.conditionId))
        return false;
    appendAscii(out, activityTypeToString(e.type));
    out.push_back('|');
    appendAscii(out, e.wallet);
    out.push_back('|');
    appendAscii(out, e.txHash);
    out.push_back('|');
    appendAscii(out, e.conditionId);
    out.push_back('|');
    appendAscii(out, e.asset);
    out.push_back('|');
    appendNumber(out, e.shares.raw());
    out.push_back('|');
    appendNumber(out, e.usdcSize.raw());
    out.push_back('|');
    appendNumber(out, e.timeMs);
    return true;
}

} // namespace

Result<TradeEvent> ActivityParser::parseRow(const QJsonObject& row, Feed feed, std::int64_t detectMs)
{
    return parseValues(collect(row), feed, detectMs);
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
    out.events.reserve(std::size_t(rows.size()));
    // k per key text. ASCII texts are keyed by their bytes; any other text by a 0xff byte and
    // its UTF-16 code units, which no ASCII text starts with, so equal texts and only equal
    // texts share a counter exactly as with QString keys.
    QHash<QByteArray, int> seenTexts;
    seenTexts.reserve(rows.size());
    crypto::Sha256 sha;
    std::string text;
    text.reserve(256);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue v = rows.at(i);
        if (!v.isObject()) {
            out.rejected.push_back({int(i), QStringLiteral("row is not an object")});
            continue;
        }
        auto ev = parseValues(collect(v.toObject()), feed, detectMs);
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
        if (asciiKeyText(e, text)) {
            int& k = seenTexts[QByteArray(text.data(), qsizetype(text.size()))];
            // eventKey(): SHA-256 of the UTF-8 of "<text>|<k>", lowercase hex.
            text.push_back('|');
            appendNumber(text, k);
            e.key = sha.hexHash(text.data(), text.size());
            ++k;
        } else {
            const QString keyStr = keyText(e);
            QByteArray mapKey(1, '\xff');
            mapKey.append(reinterpret_cast<const char*>(keyStr.constData()), keyStr.size() * 2);
            int& k = seenTexts[mapKey];
            e.key = eventKey(keyStr, k);
            ++k;
        }
        out.events.push_back(std::move(e));
    }
    return out;
}

} // namespace slip::polymarket
