#include "venue/polymarket/OrderBuilder.h"

#include "crypto/Eip712.h"
#include "crypto/Uint256.h"
#include "venue/polymarket/Eip712Order.h"
#include "venue/polymarket/OrderAmounts.h"

namespace slip::polymarket {

using crypto::Hash32;
using crypto::Uint256;

namespace {

const QString kZeroAddress = QStringLiteral("0x0000000000000000000000000000000000000000");
const QString kZeroBytes32 = QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000000000");
constexpr std::uint64_t kMaxSafeInteger = (std::uint64_t(1) << 53) - 1;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

Result<Hash32> parseBytes32(const QString& text, const char* what)
{
    if (text.size() != 66 || !text.startsWith(u"0x"))
        return Error{QStringLiteral("%1 must be 0x followed by 64 hex digits").arg(QLatin1String(what))};
    Hash32 out;
    for (int i = 0; i < 32; ++i) {
        const int hi = hexValue(text[2 + 2 * i]);
        const int lo = hexValue(text[3 + 2 * i]);
        if (hi < 0 || lo < 0)
            return Error{QStringLiteral("%1 contains a non-hex character").arg(QLatin1String(what))};
        out[std::size_t(i)] = std::uint8_t((hi << 4) | lo);
    }
    return out;
}

Result<Uint256> parseUint(const QString& text, const char* what)
{
    auto v = Uint256::fromDecimal(text);
    if (!v)
        return Error{QStringLiteral("%1: %2").arg(QLatin1String(what), v.error())};
    return v;
}

} // namespace

OrderBuilder::OrderBuilder(ExchangeConfig config, const crypto::EvmSigner& signer)
    : config_(std::move(config)), signer_(signer)
{
    const auto chain = std::uint64_t(config_.chainId());
    domains_[0] = Eip712Order::domainSeparator(OrderVersion::V1, chain, config_.exchangeV1());
    domains_[1] = Eip712Order::domainSeparator(OrderVersion::V1, chain, config_.negRiskExchangeV1());
    domains_[2] = Eip712Order::domainSeparator(OrderVersion::V2, chain, config_.exchangeV2());
    domains_[3] = Eip712Order::domainSeparator(OrderVersion::V2, chain, config_.negRiskExchangeV2());
    domains_[4] = Eip712Order::domainSeparator(OrderVersion::V3, chain, config_.exchangeV3());
}

const Hash32& OrderBuilder::domainFor(OrderVersion version, bool negRisk) const
{
    switch (version) {
    case OrderVersion::V1:
        return domains_[negRisk ? 1 : 0];
    case OrderVersion::V2:
        return domains_[negRisk ? 3 : 2];
    case OrderVersion::V3:
        break;
    }
    return domains_[4];
}

Result<SignedOrder> OrderBuilder::build(const OrderRequest& r) const
{
    const int sigType = int(r.signatureType);
    if (sigType < 0 || sigType > 3)
        return Error{QStringLiteral("signature type must be 0, 1, 2 or 3")};
    if (r.version == OrderVersion::V1 && r.signatureType == SignatureType::Poly1271)
        return Error{QStringLiteral("signature type POLY_1271 is not supported for v1 orders")};
    if (r.salt > kMaxSafeInteger)
        return Error{QStringLiteral("salt must be at most 2^53 - 1: the body sends it as a JSON number")};

    OrderFields f;
    SignedOrder out;
    out.version = r.version;
    out.salt = r.salt;
    out.side = r.side;
    out.signatureType = r.signatureType;
    out.tokenId = r.tokenId;
    f.salt = Uint256::fromU64(r.salt);
    f.side = r.side == Side::Buy ? 0 : 1;
    f.signatureType = std::uint8_t(sigType);

    auto tokenId = parseUint(r.tokenId, "tokenID");
    if (!tokenId)
        return Error{tokenId.error()};
    f.tokenId = *tokenId;

    // createOrder.js: maker = funder ?? EOA; signer = POLY_1271 ? maker : EOA.
    if (r.funder.isEmpty()) {
        out.maker = signer_.checksummedAddress();
        f.maker = signer_.address();
    } else {
        auto funder = Address::parse(r.funder);
        if (!funder)
            return Error{QStringLiteral("funder: %1").arg(funder.error())};
        out.maker = r.funder;
        f.maker = *funder;
    }
    if (r.signatureType == SignatureType::Poly1271) {
        out.signer = out.maker;
        f.signer = f.maker;
    } else {
        out.signer = signer_.checksummedAddress();
        f.signer = signer_.address();
    }

    auto amounts = r.market ? OrderAmounts::market(r.side, r.price, r.size, r.tick)
                            : OrderAmounts::limit(r.side, r.price, r.size, r.tick);
    if (!amounts)
        return Error{amounts.error()};
    out.makerAmount = amounts->makerAmount;
    out.takerAmount = amounts->takerAmount;
    f.makerAmount = Uint256::fromU64(std::uint64_t(out.makerAmount));
    f.takerAmount = Uint256::fromU64(std::uint64_t(out.takerAmount));

    // Market orders never carry an expiration (the client does not pass one through).
    const std::uint64_t expiration = r.market ? 0 : r.expiration;
    out.expiration = QString::number(expiration);

    if (r.version == OrderVersion::V1) {
        if (r.taker.isEmpty()) {
            out.taker = kZeroAddress;
        } else {
            auto taker = Address::parse(r.taker);
            if (!taker)
                return Error{QStringLiteral("taker: %1").arg(taker.error())};
            out.taker = r.taker;
            f.taker = *taker;
        }
        if (f.taker.isNull())
            f.taker = Address::parseLenient(kZeroAddress).value();
        auto nonce = parseUint(r.nonce.isEmpty() ? QStringLiteral("0") : r.nonce, "nonce");
        if (!nonce)
            return Error{nonce.error()};
        f.nonce = *nonce;
        out.nonce = r.nonce.isEmpty() ? QStringLiteral("0") : r.nonce;
        f.feeRateBps = Uint256::fromU64(r.feeRateBps);
        out.feeRateBps = QString::number(r.feeRateBps);
        f.expiration = Uint256::fromU64(expiration);
    } else {
        if (r.timestampMs < 0)
            return Error{QStringLiteral("timestamp must not be negative")};
        f.timestamp = Uint256::fromU64(std::uint64_t(r.timestampMs));
        out.timestampMs = QString::number(r.timestampMs);
        out.metadata = r.metadata.isEmpty() ? kZeroBytes32 : r.metadata;
        out.builder = r.builder.isEmpty() ? kZeroBytes32 : r.builder;
        auto metadata = parseBytes32(out.metadata, "metadata");
        if (!metadata)
            return Error{metadata.error()};
        auto builder = parseBytes32(out.builder, "builder");
        if (!builder)
            return Error{builder.error()};
        f.metadata = *metadata;
        f.builder = *builder;
    }

    const Hash32& domain = domainFor(r.version, r.negRisk);
    const Hash32 structHash = Eip712Order::structHash(r.version, f);
    out.orderHash = crypto::Eip712::digest(domain, structHash);

    if (r.signatureType == SignatureType::Poly1271) {
        auto sig = Eip712Order::signPoly1271(signer_, domain, std::uint64_t(config_.chainId()), f, structHash);
        if (!sig)
            return Error{sig.error()};
        out.signature = QStringLiteral("0x") + QString::fromLatin1(sig->toHex());
    } else {
        auto sig = signer_.sign(out.orderHash);
        if (!sig)
            return Error{sig.error()};
        out.signature = crypto::signatureToHex(*sig);
    }
    return out;
}

} // namespace slip::polymarket
