#pragma once
// Secp256k1: the only gateway to libsecp256k1. One randomized context with an RAII owner,
// recoverable ECDSA (RFC 6979 nonces, low-s), and every signature checked by public-key
// recovery before it is handed out. No secp256k1_* type leaves this module.

#include "crypto/Keccak256.h"
#include "crypto/PrivateKey.h"
#include "domain/Result.h"

#include <array>
#include <cstdint>

namespace slip::crypto {

/// Uncompressed public key without the 0x04 prefix: x (32) ‖ y (32).
using PublicKey = std::array<std::uint8_t, 64>;
/// r (32) ‖ s (32) ‖ v (1), v = 27 or 28, the Ethereum encoding.
using Signature65 = std::array<std::uint8_t, 65>;

class Secp256k1
{
public:
    /// True when the 32 bytes are a valid secret key (1 <= k < n).
    static bool isValidSecretKey(const std::uint8_t* key32);
    /// The public key of a secret key.
    static Result<PublicKey> publicKey(const PrivateKey& key);
    /// Signs a 32-byte digest; the result is verified by recovering `expected` from it.
    static Result<Signature65> sign(const Hash32& digest, const PrivateKey& key, const PublicKey& expected);
    /// Recovers the signer's public key from a digest and a 65-byte signature (v = 27/28 or 0/1).
    static Result<PublicKey> recover(const Hash32& digest, const Signature65& signature);
};

} // namespace slip::crypto
