#include "venue/polymarket/Eip712Order.h"

#include "crypto/Eip712.h"

namespace slip::polymarket {

using crypto::Eip712;
using crypto::Hash32;

const QByteArray& Eip712Order::typeStringV1()
{
    static const QByteArray s = QByteArrayLiteral(
        "Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,"
        "uint256 makerAmount,uint256 takerAmount,uint256 expiration,uint256 nonce,"
        "uint256 feeRateBps,uint8 side,uint8 signatureType)");
    return s;
}

const QByteArray& Eip712Order::typeStringV2()
{
    static const QByteArray s = QByteArrayLiteral(
        "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,"
        "uint256 takerAmount,uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,"
        "bytes32 builder)");
    return s;
}

Hash32 Eip712Order::domainSeparator(OrderVersion version, std::uint64_t chainId, const Address& exchange)
{
    return Eip712::domainSeparator("Polymarket CTF Exchange", ExchangeConfig::domainVersion(version), chainId,
                                   exchange);
}

Hash32 Eip712Order::structHash(OrderVersion version, const OrderFields& o)
{
    if (version == OrderVersion::V1) {
        static const Hash32 typeHash = Eip712::typeHash(typeStringV1());
        Eip712 e(typeHash);
        e.addUint(o.salt).addAddress(o.maker).addAddress(o.signer).addAddress(o.taker);
        e.addUint(o.tokenId).addUint(o.makerAmount).addUint(o.takerAmount);
        e.addUint(o.expiration).addUint(o.nonce).addUint(o.feeRateBps);
        e.addUint(std::uint64_t(o.side)).addUint(std::uint64_t(o.signatureType));
        return e.hash();
    }
    static const Hash32 typeHash = Eip712::typeHash(typeStringV2());
    Eip712 e(typeHash);
    e.addUint(o.salt).addAddress(o.maker).addAddress(o.signer);
    e.addUint(o.tokenId).addUint(o.makerAmount).addUint(o.takerAmount);
    e.addUint(std::uint64_t(o.side)).addUint(std::uint64_t(o.signatureType));
    e.addUint(o.timestamp).addWord(o.metadata).addWord(o.builder);
    return e.hash();
}

Result<QByteArray> Eip712Order::signPoly1271(const crypto::EvmSigner& eoa, const Hash32& domainSeparator,
                                             std::uint64_t chainId, const OrderFields& order,
                                             const Hash32& contentsHash)
{
    // EIP-712 encodeType: the primary type first, then referenced types sorted by name.
    static const QByteArray typedDataSignType =
        QByteArrayLiteral("TypedDataSign(Order contents,string name,string version,uint256 chainId,"
                          "address verifyingContract,bytes32 salt)") + typeStringV2();
    static const Hash32 typeHash = Eip712::typeHash(typedDataSignType);
    Eip712 e(typeHash);
    e.addWord(contentsHash).addString("DepositWallet").addString("1").addUint(chainId);
    e.addAddress(order.signer).addWord(Hash32{});
    const Hash32 digest = Eip712::digest(domainSeparator, e.hash());
    auto inner = eoa.sign(digest);
    if (!inner)
        return Error{inner.error()};

    const QByteArray& typeString = typeStringV2();
    QByteArray out;
    out.reserve(65 + 32 + 32 + typeString.size() + 2);
    out.append(reinterpret_cast<const char*>(inner->data()), qsizetype(inner->size()));
    out.append(reinterpret_cast<const char*>(domainSeparator.data()), 32);
    out.append(reinterpret_cast<const char*>(contentsHash.data()), 32);
    out.append(typeString);
    out.append(char((typeString.size() >> 8) & 0xff));
    out.append(char(typeString.size() & 0xff));
    return out;
}

} // namespace slip::polymarket
