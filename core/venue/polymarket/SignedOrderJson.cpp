#include "venue/polymarket/SignedOrderJson.h"

#include "domain/JsonText.h"

namespace slip::polymarket {
namespace {

void key(QByteArray& out, const char* name)
{
    out.append('"').append(name).append("\":");
}

void field(QByteArray& out, const char* name, const QString& value)
{
    key(out, name);
    SignedOrderJson::appendString(out, value);
    out.append(',');
}

void boolean(QByteArray& out, const char* name, bool value)
{
    key(out, name);
    out.append(value ? "true" : "false").append(',');
}

} // namespace

Result<OrderType> SignedOrderJson::parseOrderType(QStringView text)
{
    if (text == u"GTC")
        return OrderType::Gtc;
    if (text == u"GTD")
        return OrderType::Gtd;
    if (text == u"FOK")
        return OrderType::Fok;
    if (text == u"FAK")
        return OrderType::Fak;
    return Error{QStringLiteral("orderType must be GTC, GTD, FOK or FAK, got \"%1\"").arg(text.left(20).toString())};
}

QString SignedOrderJson::orderTypeText(OrderType type)
{
    switch (type) {
    case OrderType::Gtc:
        return QStringLiteral("GTC");
    case OrderType::Gtd:
        return QStringLiteral("GTD");
    case OrderType::Fok:
        return QStringLiteral("FOK");
    case OrderType::Fak:
        break;
    }
    return QStringLiteral("FAK");
}

void SignedOrderJson::appendString(QByteArray& out, const QString& text)
{
    json::appendString(out, text);
}

Result<QByteArray> SignedOrderJson::body(const SignedOrder& o, const QString& owner, OrderType type,
                                         bool postOnly, bool deferExec)
{
    if (postOnly && (type == OrderType::Fok || type == OrderType::Fak))
        return Error{QStringLiteral("postOnly is not supported for FOK/FAK orders")};
    QByteArray out;
    out.reserve(1100);
    out.append('{');
    boolean(out, "deferExec", deferExec);
    boolean(out, "postOnly", postOnly);
    key(out, "order");
    out.append('{');
    key(out, "salt");
    out.append(QByteArray::number(quint64(o.salt))).append(',');
    field(out, "maker", o.maker);
    field(out, "signer", o.signer);
    if (o.version == OrderVersion::V1)
        field(out, "taker", o.taker);
    field(out, "tokenId", o.tokenId);
    field(out, "makerAmount", QString::number(o.makerAmount));
    field(out, "takerAmount", QString::number(o.takerAmount));
    field(out, "side", sideToString(o.side));
    if (o.version == OrderVersion::V1) {
        field(out, "expiration", o.expiration);
        field(out, "nonce", o.nonce);
        field(out, "feeRateBps", o.feeRateBps);
        key(out, "signatureType");
        out.append(QByteArray::number(int(o.signatureType))).append(',');
    } else {
        key(out, "signatureType");
        out.append(QByteArray::number(int(o.signatureType))).append(',');
        field(out, "timestamp", o.timestampMs);
        field(out, "expiration", o.expiration);
        field(out, "metadata", o.metadata);
        field(out, "builder", o.builder);
    }
    key(out, "signature");
    appendString(out, o.signature);
    out.append("},");
    field(out, "owner", owner);
    key(out, "orderType");
    appendString(out, orderTypeText(type));
    out.append('}');
    return out;
}

} // namespace slip::polymarket
