#pragma once
// ApiCredentials: the CLOB L2 API key triple (key UUID, base64url HMAC secret, passphrase)
// with the secret parts in wiped buffers; they come from POST /auth/api-key or
// GET /auth/derive-api-key and live in the keystore.

#include "crypto/SecureBuffer.h"

#include <QString>

namespace slip::polymarket {

struct ApiCredentials
{
    QString apiKey;
    crypto::SecureBuffer secret;     ///< base64url text as the server returned it
    crypto::SecureBuffer passphrase; ///< text as the server returned it

    /// True when all three parts are present.
    bool isComplete() const { return !apiKey.isEmpty() && !secret.isEmpty() && !passphrase.isEmpty(); }
};

} // namespace slip::polymarket
