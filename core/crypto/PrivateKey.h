#pragma once
// PrivateKey: a secp256k1 secret key held in a fixed 32-byte buffer that is wiped when the key
// is destroyed or moved from; it can never be copied, printed or converted to text.

#include "domain/Result.h"

#include <QStringView>

#include <array>
#include <cstdint>

namespace slip::crypto {

class PrivateKey
{
public:
    /// Parses 64 hex digits with or without "0x"; rejects zero and values >= the curve order.
    /// The error message never contains the input.
    static Result<PrivateKey> fromHex(QStringView hex);
    /// From 32 raw big-endian bytes, same range check.
    static Result<PrivateKey> fromBytes(const std::uint8_t* bytes32);
    /// A fresh key from OpenSSL's CSPRNG.
    static Result<PrivateKey> generate();

    ~PrivateKey();
    PrivateKey(PrivateKey&& other) noexcept;
    PrivateKey& operator=(PrivateKey&& other) noexcept;
    PrivateKey(const PrivateKey&) = delete;
    PrivateKey& operator=(const PrivateKey&) = delete;

    /// The raw key bytes, for the signing module and the keystore only.
    const std::uint8_t* data() const { return bytes_.data(); }
    static constexpr std::size_t kSize = 32;

private:
    PrivateKey() = default;
    void wipe();
    std::array<std::uint8_t, kSize> bytes_{};
};

} // namespace slip::crypto
