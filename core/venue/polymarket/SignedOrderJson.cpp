#include "venue/polymarket/SignedOrderJson.h"

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
    out.append('"');
    const qsizetype n = text.size();
    const QChar* src = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        // Runs of printable ASCII other than '"' and '\\' (every field of an order body) are
        // copied in one go: appending them char by char was most of the body's cost.
        qsizetype run = i;
        while (run < n && src[run].unicode() >= 0x20 && src[run].unicode() < 0x7f && src[run] != u'"' &&
               src[run] != u'\\')
            ++run;
        if (run > i) {
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char* dst = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *dst++ = char(src[k].unicode());
            i = run - 1;
            continue;
        }
        const char16_t u = text[i].unicode();
        switch (u) {
        case u'"': out.append("\\\""); continue;
        case u'\\': out.append("\\\\"); continue;
        case u'\b': out.append("\\b"); continue;
        case u'\f': out.append("\\f"); continue;
        case u'\n': out.append("\\n"); continue;
        case u'\r': out.append("\\r"); continue;
        case u'\t': out.append("\\t"); continue;
        default: break;
        }
        if (u < 0x20) {
            out.append("\\u00").append(QByteArray::number(int(u), 16).rightJustified(2, '0'));
        } else if (u < 0x80) {
            out.append(char(u));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(QStringView(text).mid(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(u)) {
            // JSON.stringify (ES2019 well-formed) escapes lone surrogates.
            out.append("\\u").append(QByteArray::number(int(u), 16));
        } else {
            out.append(QStringView(text).mid(i, 1).toUtf8());
        }
    }
    out.append('"');
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
