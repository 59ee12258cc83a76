#include "venue/polymarket/OrderConformance.h"

#include "crypto/EvmSigner.h"
#include "domain/Micros.h"
#include "venue/polymarket/ClobAuthHeaders.h"
#include "venue/polymarket/OrderAmounts.h"
#include "venue/polymarket/OrderBuilder.h"
#include "venue/polymarket/SignedOrderJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace slip::polymarket {
namespace {

QByteArray errorLine(const QString& message)
{
    QByteArray out = "{\"error\":";
    SignedOrderJson::appendString(out, message);
    out.append('}');
    return out;
}

// A JSON number as the text JavaScript's Number#toString would give for it (integers plain).
QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QString::number(qint64(v));
    return shortestDoubleText(v);
}

// Field as text whether it came as a JSON string or number; absent = fallback.
Result<QString> text(const QJsonObject& o, const char* name, const QString& fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return numberText(v.toDouble());
    return Error{QStringLiteral("%1 must be a string or a number").arg(QLatin1String(name))};
}

Result<QString> required(const QJsonObject& o, const char* name)
{
    auto t = text(o, name);
    if (!t)
        return t;
    if (t->isEmpty())
        return Error{QStringLiteral("%1 is required").arg(QLatin1String(name))};
    return t;
}

Result<std::uint64_t> unsignedField(const QJsonObject& o, const char* name, std::uint64_t fallback)
{
    auto t = text(o, name);
    if (!t)
        return Error{t.error()};
    if (t->isEmpty())
        return fallback;
    bool ok = false;
    const std::uint64_t v = t->toULongLong(&ok);
    if (!ok || t->startsWith(u'+') || t->startsWith(u' '))
        return Error{QStringLiteral("%1 must be a non-negative integer, got \"%2\"").arg(QLatin1String(name), t->left(40))};
    return v;
}

Result<Micros> decimalField(const QJsonObject& o, const char* name, bool exact)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0)
            return Error{QStringLiteral("%1 must be a non-negative number").arg(QLatin1String(name))};
        const QString t = shortestDoubleText(d);
        if (t.contains(u'e')) {
            // Exponent form only happens below 1e-4 or for huge values here.
            if (exact && d > 0 && d < 1e-6)
                return Error{QStringLiteral("%1 %2 is finer than any tick size").arg(QLatin1String(name), t)};
            return Micros::fromJsonNumber(d);
        }
        return exact ? OrderAmounts::parsePrice(t) : OrderAmounts::parseQuantity(t);
    }
    if (v.isString())
        return exact ? OrderAmounts::parsePrice(v.toString()) : OrderAmounts::parseQuantity(v.toString());
    return Error{QStringLiteral("%1 is required (a number or a decimal string)").arg(QLatin1String(name))};
}

Result<bool> boolField(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        return Error{QStringLiteral("%1 must be true or false").arg(QLatin1String(name))};
    return v.toBool();
}

#define SLIP_TRY(var, expr)                                                                        \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return errorLine(var.error());

QByteArray processOrder(const QJsonObject& o, const crypto::EvmSigner& signer)
{
    SLIP_TRY(chainId, unsignedField(o, "chainId", 137));
    SLIP_TRY(config, ExchangeConfig::forChain(int(*chainId)));
    SLIP_TRY(version, unsignedField(o, "version", 2));
    if (*version < 1 || *version > 3)
        return errorLine(QStringLiteral("unsupported order version %1").arg(*version));
    SLIP_TRY(sigType, unsignedField(o, "signatureType", 0));
    if (*sigType > 3)
        return errorLine(QStringLiteral("signature type must be 0, 1, 2 or 3"));
    SLIP_TRY(kind, text(o, "kind"));
    if (!kind->isEmpty() && *kind != u"market" && *kind != u"limit")
        return errorLine(QStringLiteral("kind must be \"market\" or \"limit\""));
    const bool market = *kind == u"market";

    OrderRequest r;
    r.version = OrderVersion(*version);
    r.signatureType = SignatureType(*sigType);
    r.market = market;
    SLIP_TRY(funder, text(o, "funder"));
    r.funder = *funder;
    SLIP_TRY(tokenId, required(o, "tokenID"));
    r.tokenId = *tokenId;
    SLIP_TRY(sideText, required(o, "side"));
    SLIP_TRY(side, parseSide(*sideText));
    r.side = *side;
    SLIP_TRY(tickText, required(o, "tickSize"));
    SLIP_TRY(tick, TickSize::parse(*tickText));
    r.tick = *tick;
    SLIP_TRY(price, decimalField(o, "price", true));
    r.price = *price;
    SLIP_TRY(size, decimalField(o, market ? "amount" : "size", false));
    r.size = *size;
    SLIP_TRY(negRisk, boolField(o, "negRisk"));
    r.negRisk = *negRisk;
    SLIP_TRY(timestamp, unsignedField(o, "timestamp", 0));
    if (r.version != OrderVersion::V1 && !o.contains(QLatin1String("timestamp")))
        return errorLine(QStringLiteral("timestamp (ms) is required for version 2 and 3 orders"));
    r.timestampMs = std::int64_t(*timestamp);
    SLIP_TRY(metadata, text(o, "metadata"));
    r.metadata = *metadata;
    SLIP_TRY(builder, text(o, "builder"));
    r.builder = *builder;
    SLIP_TRY(expiration, unsignedField(o, "expiration", 0));
    r.expiration = *expiration;
    SLIP_TRY(fee, unsignedField(o, "feeRateBps", 0));
    r.feeRateBps = *fee;
    SLIP_TRY(nonce, text(o, "nonce", QStringLiteral("0")));
    r.nonce = *nonce;
    SLIP_TRY(taker, text(o, "taker"));
    r.taker = *taker;
    if (!o.contains(QLatin1String("salt")))
        return errorLine(QStringLiteral("salt is required (decimal string)"));
    SLIP_TRY(salt, unsignedField(o, "salt", 0));
    r.salt = *salt;
    SLIP_TRY(owner, text(o, "owner"));
    SLIP_TRY(typeText, text(o, "orderType", QStringLiteral("GTC")));
    SLIP_TRY(type, SignedOrderJson::parseOrderType(*typeText));
    SLIP_TRY(postOnly, boolField(o, "postOnly"));
    SLIP_TRY(deferExec, boolField(o, "deferExec"));

    const OrderBuilder builderObj(*config, signer);
    SLIP_TRY(order, builderObj.build(r));
    SLIP_TRY(body, SignedOrderJson::body(*order, *owner, *type, *postOnly, *deferExec));
    return *body;
}

QByteArray processHeaders(const QJsonObject& o, const QString& op, const crypto::EvmSigner& signer)
{
    SLIP_TRY(timestamp, unsignedField(o, "timestamp", 0));
    if (!o.contains(QLatin1String("timestamp")))
        return errorLine(QStringLiteral("timestamp (seconds) is required"));
    if (op == u"l1") {
        SLIP_TRY(chainId, unsignedField(o, "chainId", 137));
        SLIP_TRY(nonce, text(o, "nonce", QStringLiteral("0")));
        SLIP_TRY(headers, ClobAuthHeaders::l1(signer, *chainId, std::int64_t(*timestamp), *nonce));
        return ClobAuthHeaders::toJson(*headers);
    }
    ApiCredentials creds;
    SLIP_TRY(apiKey, text(o, "apiKey"));
    SLIP_TRY(secret, text(o, "secret"));
    SLIP_TRY(passphrase, text(o, "passphrase"));
    SLIP_TRY(method, required(o, "method"));
    SLIP_TRY(path, required(o, "path"));
    creds.apiKey = *apiKey;
    creds.secret = crypto::SecureBuffer::copyOf(secret->toUtf8());
    creds.passphrase = crypto::SecureBuffer::copyOf(passphrase->toUtf8());
    std::optional<QString> body;
    if (o.value(QLatin1String("body")).isString())
        body = o.value(QLatin1String("body")).toString();
    SLIP_TRY(headers, ClobAuthHeaders::l2(signer.checksummedAddress(), creds, std::int64_t(*timestamp), *method,
                                          *path, body));
    return ClobAuthHeaders::toJson(*headers);
}

#undef SLIP_TRY

} // namespace

QByteArray OrderConformance::process(const QByteArray& jsonLine)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonLine, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorLine(QStringLiteral("input is not a JSON object"));
    const QJsonObject o = doc.object();
    const QString op = o.value(QLatin1String("op")).toString();
    if (!op.isEmpty() && op != u"l1" && op != u"l2" && op != u"order")
        return errorLine(QStringLiteral("op must be absent, \"l1\" or \"l2\""));
    const QJsonValue keyValue = o.value(QLatin1String("key"));
    if (!keyValue.isString())
        return errorLine(QStringLiteral("key (hex private key) is required"));
    auto signer = crypto::EvmSigner::fromHex(keyValue.toString());
    if (!signer)
        return errorLine(signer.error());
    if (op == u"l1" || op == u"l2")
        return processHeaders(o, op, *signer);
    return processOrder(o, *signer);
}

} // namespace slip::polymarket
