#pragma once
// KeystorePayload: the secrets a keystore file protects — the operator's private key and the
// CLOB API credentials — held only in wiped buffers while in memory.

#include "crypto/PrivateKey.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <optional>

namespace slip::crypto {

struct KeystorePayload
{
    std::optional<PrivateKey> key;
    QString apiKey;            ///< the API key UUID (not secret on its own)
    SecureBuffer apiSecret;    ///< base64url HMAC secret text
    SecureBuffer apiPassphrase;
};

/// scrypt work factor; stored in the file so it can be raised later without breaking old files.
struct KdfParams
{
    std::uint64_t n = std::uint64_t(1) << 17; ///< CPU/memory cost (128 MiB with r = 8)
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    /// The default for operator keystores (~0.3–1 s to unlock).
    static KdfParams standard() { return {}; }
};

} // namespace slip::crypto
