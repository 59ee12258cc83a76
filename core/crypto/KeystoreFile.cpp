#include "crypto/KeystoreFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace slip::crypto {
namespace {

const QString kFormat = QStringLiteral("slipstream-keystore");
constexpr int kSaltSize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr std::uint64_t kMaxMem = std::uint64_t(1) << 31; // scrypt memory ceiling (2 GiB)

struct Header
{
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QString address;
};

// Associated data: every header field, canonically, so editing any of them fails the tag.
QByteArray associatedData(const Header& h)
{
    return kFormat.toUtf8() + '|' + QByteArray::number(KeystoreFile::kVersion) + "|scrypt|" +
           QByteArray::number(quint64(h.kdf.n)) + '|' + QByteArray::number(h.kdf.r) + '|' +
           QByteArray::number(h.kdf.p) + '|' + h.salt.toBase64() + '|' + h.nonce.toBase64() + "|aes-256-gcm|" +
           h.address.toUtf8();
}

bool validParams(const KdfParams& k)
{
    const bool powerOfTwo = k.n >= 2 && (k.n & (k.n - 1)) == 0;
    return powerOfTwo && k.n >= (1u << 10) && k.n <= (std::uint64_t(1) << 22) && k.r >= 1 && k.r <= 32 &&
           k.p >= 1 && k.p <= 16 && 128 * k.n * k.r <= kMaxMem;
}

// 64 bytes: the AES key, then a key for the passphrase check value.
Result<SecureBuffer> deriveKeys(QByteArrayView passphrase, const Header& h)
{
    SecureBuffer out(64);
    if (EVP_PBE_scrypt(passphrase.data(), std::size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(h.salt.constData()), std::size_t(h.salt.size()),
                       h.kdf.n, h.kdf.r, h.kdf.p, kMaxMem, out.data(), out.size()) != 1)
        return Error{QStringLiteral("key derivation failed (not enough memory for scrypt?)")};
    return out;
}

// Lets us tell "wrong passphrase" apart from "file modified": an HMAC under the second half
// of the derived key. It reveals nothing an attacker could not already test with the GCM tag.
QByteArray checkValue(const SecureBuffer& keys)
{
    static const QByteArray label = QByteArrayLiteral("slipstream-keystore passphrase check");
    unsigned char mac[32];
    unsigned int len = sizeof mac;
    HMAC(EVP_sha256(), keys.data() + 32, 32, reinterpret_cast<const unsigned char*>(label.constData()),
         std::size_t(label.size()), mac, &len);
    return QByteArray(reinterpret_cast<const char*>(mac), int(len));
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

void putLength(SecureBuffer& out, qsizetype n)
{
    const char len[2] = {char((n >> 8) & 0xff), char(n & 0xff)};
    out.append(QByteArrayView(len, 2));
}

// Plaintext layout v1: 0x01 ‖ key(32) ‖ u16+apiKey ‖ u16+apiSecret ‖ u16+apiPassphrase.
Result<SecureBuffer> encodePayload(const KeystorePayload& p)
{
    if (!p.key)
        return Error{QStringLiteral("no private key to store")};
    const QByteArray apiKey = p.apiKey.toUtf8();
    if (apiKey.size() > 0xffff || p.apiSecret.size() > 0xffff || p.apiPassphrase.size() > 0xffff)
        return Error{QStringLiteral("API credentials are too long")};
    SecureBuffer out;
    out.append(QByteArrayView("\x01", 1));
    out.append(QByteArrayView(reinterpret_cast<const char*>(p.key->data()), PrivateKey::kSize));
    putLength(out, apiKey.size());
    out.append(apiKey);
    putLength(out, qsizetype(p.apiSecret.size()));
    out.append(p.apiSecret.view());
    putLength(out, qsizetype(p.apiPassphrase.size()));
    out.append(p.apiPassphrase.view());
    return out;
}

Result<KeystorePayload> decodePayload(const SecureBuffer& plain)
{
    const auto damaged = Error{QStringLiteral("keystore contents are damaged")};
    const std::uint8_t* d = plain.data();
    const std::size_t n = plain.size();
    if (n < 1 + PrivateKey::kSize || d[0] != 1)
        return damaged;
    KeystorePayload out;
    auto key = PrivateKey::fromBytes(d + 1);
    if (!key)
        return damaged;
    out.key.emplace(std::move(key).value());
    std::size_t pos = 1 + PrivateKey::kSize;
    auto field = [&](SecureBuffer& dst) -> bool {
        if (pos + 2 > n)
            return false;
        const std::size_t len = (std::size_t(d[pos]) << 8) | d[pos + 1];
        pos += 2;
        if (pos + len > n)
            return false;
        dst = SecureBuffer::copyOf(QByteArrayView(d + pos, qsizetype(len)));
        pos += len;
        return true;
    };
    SecureBuffer apiKey;
    if (!field(apiKey) || !field(out.apiSecret) || !field(out.apiPassphrase) || pos != n)
        return damaged;
    out.apiKey = QString::fromUtf8(apiKey.view());
    return out;
}

Result<Header> parseHeader(const QJsonObject& o)
{
    const auto damaged = Error{QStringLiteral("keystore file is damaged or truncated")};
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return Error{QStringLiteral("not a Slipstream keystore file")};
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version != KeystoreFile::kVersion)
        return Error{QStringLiteral("keystore version %1 is not supported by this build").arg(version)};
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("name")).toString() != u"scrypt" ||
        o.value(QStringLiteral("cipher")).toString() != u"aes-256-gcm")
        return Error{QStringLiteral("keystore uses an unknown key derivation or cipher")};
    Header h;
    const double n = kdf.value(QStringLiteral("n")).toDouble(-1);
    const double r = kdf.value(QStringLiteral("r")).toDouble(-1);
    const double p = kdf.value(QStringLiteral("p")).toDouble(-1);
    if (n < 0 || r < 0 || p < 0 || n > 1e12 || r > 1e6 || p > 1e6)
        return Error{QStringLiteral("keystore file has invalid key-derivation parameters")};
    h.kdf = {std::uint64_t(n), std::uint32_t(r), std::uint32_t(p)};
    if (!validParams(h.kdf))
        return Error{QStringLiteral("keystore file has invalid key-derivation parameters")};
    h.salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    h.nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    h.address = o.value(QStringLiteral("address")).toString();
    if (h.salt.size() != kSaltSize || h.nonce.size() != kNonceSize || h.address.isEmpty())
        return damaged;
    return h;
}

} // namespace

Result<QByteArray> KeystoreFile::seal(const KeystorePayload& payload, QByteArrayView passphrase,
                                      const KdfParams& params, const Address& address)
{
    if (!validParams(params))
        return Error{QStringLiteral("invalid key-derivation parameters")};
    Header h;
    h.kdf = params;
    h.salt.resize(kSaltSize);
    h.nonce.resize(kNonceSize);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(h.salt.data()), kSaltSize) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char*>(h.nonce.data()), kNonceSize) != 1)
        return Error{QStringLiteral("the system random number generator failed")};
    h.address = address.toChecksummed();
    auto keys = deriveKeys(passphrase, h);
    if (!keys)
        return Error{keys.error()};
    auto plain = encodePayload(payload);
    if (!plain)
        return Error{plain.error()};

    const QByteArray aad = associatedData(h);
    QByteArray cipher(qsizetype(plain->size()), Qt::Uninitialized);
    unsigned char tag[kTagSize];
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, keys->data(),
                                 reinterpret_cast<const unsigned char*>(h.nonce.constData())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                                int(aad.size())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()), &len, plain->data(),
                                int(plain->size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()) + total, &len) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag) == 1;
    if (!ok)
        return Error{QStringLiteral("encryption failed")};

    QJsonObject kdf{{QStringLiteral("name"), QStringLiteral("scrypt")},
                    {QStringLiteral("n"), double(h.kdf.n)},
                    {QStringLiteral("r"), double(h.kdf.r)},
                    {QStringLiteral("p"), double(h.kdf.p)},
                    {QStringLiteral("salt"), QString::fromLatin1(h.salt.toBase64())}};
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("address"), h.address},
                  {QStringLiteral("kdf"), kdf},
                  {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                  {QStringLiteral("nonce"), QString::fromLatin1(h.nonce.toBase64())},
                  {QStringLiteral("check"), QString::fromLatin1(checkValue(*keys).toBase64())},
                  {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())},
                  {QStringLiteral("tag"), QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(tag), kTagSize).toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KeystorePayload> KeystoreFile::open(const QByteArray& fileBytes, QByteArrayView passphrase)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(fileBytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("keystore file is damaged or truncated")};
    const QJsonObject o = doc.object();
    auto h = parseHeader(o);
    if (!h)
        return Error{h.error()};
    const QByteArray check = QByteArray::fromBase64(o.value(QStringLiteral("check")).toString().toLatin1());
    const QByteArray cipher = QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
    const QByteArray tag = QByteArray::fromBase64(o.value(QStringLiteral("tag")).toString().toLatin1());
    if (check.size() != 32 || tag.size() != kTagSize || cipher.size() < 1 + int(PrivateKey::kSize) + 6)
        return Error{QStringLiteral("keystore file is damaged or truncated")};

    auto keys = deriveKeys(passphrase, *h);
    if (!keys)
        return Error{keys.error()};
    const QByteArray expectedCheck = checkValue(*keys);
    if (CRYPTO_memcmp(expectedCheck.constData(), check.constData(), 32) != 0)
        return Error{QStringLiteral("wrong passphrase")};

    const QByteArray aad = associatedData(*h);
    SecureBuffer plain(std::size_t(cipher.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, keys->data(),
                           reinterpret_cast<const unsigned char*>(h->nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          int(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), plain.data(), &len, reinterpret_cast<const unsigned char*>(cipher.constData()),
                          int(cipher.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize,
                            const_cast<char*>(tag.constData())) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &len) == 1;
    if (!ok)
        return Error{QStringLiteral("keystore file was modified (authentication failed); restore it from a backup")};
    auto payload = decodePayload(plain);
    if (!payload)
        return Error{payload.error()};
    auto addr = Address::parse(h->address);
    if (!addr)
        return Error{QStringLiteral("keystore file is damaged (bad address)")};
    return payload;
}

Result<Address> KeystoreFile::peekAddress(const QByteArray& fileBytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(fileBytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("keystore file is damaged or truncated")};
    auto h = parseHeader(doc.object());
    if (!h)
        return Error{h.error()};
    return Address::parse(h->address);
}

} // namespace slip::crypto
