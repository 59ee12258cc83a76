#pragma once
// Uint256: an unsigned 256-bit integer as the 32-byte big-endian EVM word, parsed exactly from
// decimal text (token ids, salts, nonces are uint256 values that overflow every C++ integer).

#include "crypto/Keccak256.h"
#include "domain/Result.h"

#include <QStringView>

#include <cstdint>

namespace slip::crypto {

class Uint256
{
public:
    constexpr Uint256() = default;
    /// Parses non-empty decimal digits (leading zeros allowed) up to 2^256 - 1.
    static Result<Uint256> fromDecimal(QStringView text);
    /// From a 64-bit value.
    static Uint256 fromU64(std::uint64_t value);

    /// The 32-byte big-endian word.
    const Hash32& word() const { return word_; }
    bool isZero() const;

private:
    Hash32 word_{};
};

} // namespace slip::crypto
