#include "crypto/Sha256.h"

#include <QCryptographicHash>
#include <QString>

#include <openssl/evp.h>

#include <cstring>

namespace slip::crypto {
namespace {

// Fetched once: EVP_sha256() would do an implicit provider fetch on every init.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_));
}

Hash32 Sha256::hash(const void* data, std::size_t size)
{
    Hash32 out;
    auto* ctx = static_cast<EVP_MD_CTX*>(ctx_);
    unsigned int len = 0;
    if (ctx && sha256Md() && EVP_DigestInit_ex2(ctx, sha256Md(), nullptr) == 1 &&
        EVP_DigestUpdate(ctx, data, size) == 1 && EVP_DigestFinal_ex(ctx, out.data(), &len) == 1 &&
        len == out.size())
        return out;
    // OpenSSL without a usable SHA-256 provider: the portable implementation gives the same bytes.
    const QByteArray h = QCryptographicHash::hash(
        QByteArrayView(static_cast<const char*>(data), qsizetype(size)), QCryptographicHash::Sha256);
    std::memcpy(out.data(), h.constData(), out.size());
    return out;
}

void Sha256::begin()
{
    auto* ctx = static_cast<EVP_MD_CTX*>(ctx_);
    fallback_.reset();
    if (!ctx || !sha256Md() || EVP_DigestInit_ex2(ctx, sha256Md(), nullptr) != 1)
        fallback_ = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

void Sha256::update(const void* data, std::size_t size)
{
    if (fallback_)
        fallback_->addData(QByteArrayView(static_cast<const char*>(data), qsizetype(size)));
    else if (EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data, size) != 1)
        Q_ASSERT_X(false, "Sha256::update", "EVP_DigestUpdate failed");
}

Hash32 Sha256::finish()
{
    Hash32 out;
    if (fallback_) {
        const QByteArray h = fallback_->result();
        std::memcpy(out.data(), h.constData(), out.size());
        fallback_.reset();
        return out;
    }
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), out.data(), &len);
    return out;
}

QString Sha256::hexHash(const void* data, std::size_t size)
{
    const Hash32 h = hash(data, size);
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out(qsizetype(2 * h.size()), Qt::Uninitialized);
    QChar* p = out.data();
    for (const std::uint8_t b : h) {
        *p++ = QLatin1Char(kDigits[b >> 4]);
        *p++ = QLatin1Char(kDigits[b & 0xf]);
    }
    return out;
}

} // namespace slip::crypto
