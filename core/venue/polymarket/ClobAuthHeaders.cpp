#include "venue/polymarket/ClobAuthHeaders.h"

#include "crypto/Eip712.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Uint256.h"
#include "venue/polymarket/SignedOrderJson.h"

#include <QMessageAuthenticationCode>

namespace slip::polymarket {

using crypto::Eip712;
using crypto::Hash32;

const QByteArray& ClobAuthHeaders::attestation()
{
    static const QByteArray m = QByteArrayLiteral("This message attests that I control the given wallet");
    return m;
}

Result<Hash32> ClobAuthHeaders::l1Digest(const Address& address, std::uint64_t chainId, std::int64_t timestampSec,
                                         const QString& nonce)
{
    auto n = crypto::Uint256::fromDecimal(nonce);
    if (!n)
        return Error{QStringLiteral("nonce: %1").arg(n.error())};
    static const Hash32 typeHash =
        Eip712::typeHash("ClobAuth(address address,string timestamp,uint256 nonce,string message)");
    // No verifyingContract in this domain (signing/eip712.js).
    static const Hash32 domain137 = Eip712::domainSeparator("ClobAuthDomain", "1", 137, std::nullopt);
    const Hash32 domain = chainId == 137 ? domain137
                                         : Eip712::domainSeparator("ClobAuthDomain", "1", chainId, std::nullopt);
    Eip712 e(typeHash);
    e.addAddress(address).addString(QByteArray::number(qint64(timestampSec))).addUint(*n).addString(attestation());
    return Eip712::digest(domain, e.hash());
}

Result<HeaderList> ClobAuthHeaders::l1(const crypto::EvmSigner& signer, std::uint64_t chainId,
                                       std::int64_t timestampSec, const QString& nonce)
{
    auto digest = l1Digest(signer.address(), chainId, timestampSec, nonce);
    if (!digest)
        return Error{digest.error()};
    auto sig = signer.sign(*digest);
    if (!sig)
        return Error{sig.error()};
    return HeaderList{{"POLY_ADDRESS", signer.checksummedAddress()},
                      {"POLY_SIGNATURE", crypto::signatureToHex(*sig)},
                      {"POLY_TIMESTAMP", QString::number(timestampSec)},
                      {"POLY_NONCE", nonce}};
}

Result<QString> ClobAuthHeaders::hmacSignature(QByteArrayView secret, std::int64_t timestampSec,
                                               const QString& method, const QString& path,
                                               const std::optional<QString>& body)
{
    if (secret.isEmpty())
        return Error{QStringLiteral("the API secret is empty")};
    // hmac.js decodeBase64Secret: base64url → base64, re-pad to a multiple of 4, decode.
    crypto::SecureBuffer normalized = crypto::SecureBuffer::copyOf(secret);
    for (std::size_t i = 0; i < normalized.size(); ++i) {
        auto& c = normalized.data()[i];
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
    }
    const std::size_t pad = (4 - normalized.size() % 4) % 4;
    normalized.append(QByteArrayView("===", qsizetype(pad)));
    QByteArray encoded = normalized.view().toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    crypto::SecureBuffer::wipe(encoded);
    if (!decoded)
        return Error{QStringLiteral("the API secret is not valid base64")};
    QByteArray key = std::move(decoded.decoded);

    QString message = QString::number(timestampSec) + method + path;
    if (body)
        message += *body;
    QByteArray mac = QMessageAuthenticationCode::hash(message.toUtf8(), key, QCryptographicHash::Sha256);
    crypto::SecureBuffer::wipe(key);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding));
}

Result<HeaderList> ClobAuthHeaders::l2(const QString& signerAddress, const ApiCredentials& creds,
                                       std::int64_t timestampSec, const QString& method, const QString& path,
                                       const std::optional<QString>& body)
{
    auto sig = hmacSignature(creds.secret.view(), timestampSec, method, path, body);
    if (!sig)
        return Error{sig.error()};
    return HeaderList{{"POLY_ADDRESS", signerAddress},
                      {"POLY_SIGNATURE", *sig},
                      {"POLY_TIMESTAMP", QString::number(timestampSec)},
                      {"POLY_API_KEY", creds.apiKey},
                      {"POLY_PASSPHRASE", QString::fromUtf8(creds.passphrase.view())}};
}

QByteArray ClobAuthHeaders::toJson(const HeaderList& headers)
{
    QByteArray out = "{";
    bool first = true;
    for (const auto& [name, value] : headers) {
        if (!first)
            out.append(',');
        first = false;
        out.append('"').append(name).append("\":");
        SignedOrderJson::appendString(out, value);
    }
    out.append('}');
    return out;
}

} // namespace slip::polymarket
