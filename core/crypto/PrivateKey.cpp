#include "crypto/PrivateKey.h"

#include "crypto/Secp256k1.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace slip::crypto {
namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

Result<PrivateKey> PrivateKey::fromHex(QStringView hex)
{
    if (hex.startsWith(u"0x") || hex.startsWith(u"0X"))
        hex = hex.mid(2);
    if (hex.size() != 64)
        return Error{QStringLiteral("private key must be 64 hex digits (32 bytes), optionally with 0x")};
    PrivateKey key;
    for (qsizetype i = 0; i < 32; ++i) {
        const int hi = hexValue(hex[2 * i].unicode());
        const int lo = hexValue(hex[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return Error{QStringLiteral("private key contains a non-hex character")};
        key.bytes_[std::size_t(i)] = std::uint8_t((hi << 4) | lo);
    }
    if (!Secp256k1::isValidSecretKey(key.bytes_.data()))
        return Error{QStringLiteral("private key is out of range for secp256k1")};
    return key;
}

Result<PrivateKey> PrivateKey::fromBytes(const std::uint8_t* bytes32)
{
    PrivateKey key;
    std::memcpy(key.bytes_.data(), bytes32, kSize);
    if (!Secp256k1::isValidSecretKey(key.bytes_.data()))
        return Error{QStringLiteral("private key is out of range for secp256k1")};
    return key;
}

Result<PrivateKey> PrivateKey::generate()
{
    PrivateKey key;
    // Out-of-range draws have probability ~2^-128; loop anyway rather than assume.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_bytes(key.bytes_.data(), int(kSize)) != 1)
            return Error{QStringLiteral("the system random number generator failed")};
        if (Secp256k1::isValidSecretKey(key.bytes_.data()))
            return key;
    }
    return Error{QStringLiteral("could not draw a valid private key")};
}

PrivateKey::~PrivateKey()
{
    wipe();
}

PrivateKey::PrivateKey(PrivateKey&& other) noexcept : bytes_(other.bytes_)
{
    other.wipe();
}

PrivateKey& PrivateKey::operator=(PrivateKey&& other) noexcept
{
    if (this != &other) {
        bytes_ = other.bytes_;
        other.wipe();
    }
    return *this;
}

void PrivateKey::wipe()
{
    OPENSSL_cleanse(bytes_.data(), bytes_.size());
}

} // namespace slip::crypto
