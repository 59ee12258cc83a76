#pragma once
// Keccak256: the Ethereum hash (original Keccak padding 0x01, not SHA3-256's 0x06), with our
// own Keccak-f[1600]: QCryptographicHash allocates a private object per hasher, which showed up
// in the signing profile (several hashes per order). Checked against QCryptographicHash's
// Keccak_256 on every length across several blocks in tests/unit/crypto.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>

namespace slip::crypto {

/// A 32-byte digest or EVM word, big-endian.
using Hash32 = std::array<std::uint8_t, 32>;

class Keccak256
{
public:
    /// keccak256 of the bytes.
    static Hash32 hash(QByteArrayView bytes);
    /// keccak256 of a buffer.
    static Hash32 hash(const std::uint8_t* data, std::size_t size);
    /// "0x" + 64 lowercase hex digits.
    static QString toHex(const Hash32& hash);
    /// The raw 32 bytes as a QByteArray.
    static QByteArray toBytes(const Hash32& hash);
};

} // namespace slip::crypto
