#include "crypto/EvmSigner.h"

#include <QByteArray>

namespace slip::crypto {

EvmSigner::EvmSigner(PrivateKey key, PublicKey pub)
    : key_(std::move(key)), publicKey_(pub), address_(addressOf(pub)),
      checksummed_(address_.toChecksummed())
{
}

Result<EvmSigner> EvmSigner::fromKey(PrivateKey key)
{
    auto pub = Secp256k1::publicKey(key);
    if (!pub)
        return Error{pub.error()};
    return EvmSigner(std::move(key), *pub);
}

Result<EvmSigner> EvmSigner::fromHex(QStringView hex)
{
    auto key = PrivateKey::fromHex(hex);
    if (!key)
        return Error{key.error()};
    return fromKey(std::move(key).value());
}

Address EvmSigner::addressOf(const PublicKey& publicKey)
{
    const Hash32 h = Keccak256::hash(publicKey.data(), publicKey.size());
    return Address::fromBytes(QByteArray(reinterpret_cast<const char*>(h.data()) + 12, 20));
}

Result<Signature65> EvmSigner::sign(const Hash32& digest) const
{
    return Secp256k1::sign(digest, key_, publicKey_);
}

QString signatureToHex(const Signature65& signature)
{
    const QByteArray raw(reinterpret_cast<const char*>(signature.data()), qsizetype(signature.size()));
    return QStringLiteral("0x") + QString::fromLatin1(raw.toHex());
}

} // namespace slip::crypto
