#pragma once
// ClobAuthHeaders: the CLOB authentication headers as the official client builds them —
// L1 (EIP-712 ClobAuth wallet signature, for API-key endpoints) and L2 (URL-safe base64
// HMAC-SHA256 of timestamp + method + path + body, for trading endpoints).

#include "crypto/EvmSigner.h"
#include "domain/Result.h"
#include "venue/polymarket/ApiCredentials.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace slip::polymarket {

/// Header name → value, in the order the client builds them.
using HeaderList = QList<std::pair<QByteArray, QString>>;

class ClobAuthHeaders
{
public:
    /// The message the ClobAuth struct signs.
    static const QByteArray& attestation();
    /// hashStruct of ClobAuth{address, timestamp, nonce, message} under
    /// {"ClobAuthDomain", "1", chainId} — the digest an L1 signature covers.
    static Result<crypto::Hash32> l1Digest(const Address& address, std::uint64_t chainId, std::int64_t timestampSec,
                                           const QString& nonce);
    /// POLY_ADDRESS, POLY_SIGNATURE, POLY_TIMESTAMP, POLY_NONCE (nonce: decimal uint256 text).
    static Result<HeaderList> l1(const crypto::EvmSigner& signer, std::uint64_t chainId, std::int64_t timestampSec,
                                 const QString& nonce);
    /// The L2 signature: base64url(HMAC-SHA256(base64url-decode(secret), ts+method+path+body)),
    /// "=" padding kept. `body` absent means nothing is appended.
    static Result<QString> hmacSignature(QByteArrayView secret, std::int64_t timestampSec, const QString& method,
                                         const QString& path, const std::optional<QString>& body);
    /// POLY_ADDRESS (the EOA), POLY_SIGNATURE, POLY_TIMESTAMP, POLY_API_KEY, POLY_PASSPHRASE.
    static Result<HeaderList> l2(const QString& signerAddress, const ApiCredentials& creds, std::int64_t timestampSec,
                                 const QString& method, const QString& path, const std::optional<QString>& body);
    /// The headers as a compact JSON object in their order (for the conformance tool).
    static QByteArray toJson(const HeaderList& headers);
};

} // namespace slip::polymarket
