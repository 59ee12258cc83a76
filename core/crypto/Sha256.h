#pragma once
// Sha256: a reusable SHA-256 hasher over OpenSSL's EVP interface. Identity keys hash one short
// text per venue row; QCryptographicHash's portable SHA-256 was a third of the activity parse
// profile, while OpenSSL uses the CPU's SHA extensions. The algorithm is fetched once per
// process and the digest context once per hasher.

#include "crypto/Keccak256.h"

#include <QCryptographicHash>

#include <cstddef>
#include <memory>

namespace slip::crypto {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    /// SHA-256 of the bytes.
    Hash32 hash(const void* data, std::size_t size);
    /// The 64 lowercase hex digits of SHA-256 of the bytes.
    QString hexHash(const void* data, std::size_t size);

    /// Incremental hashing of a long stream (the ledger hash): begin(), update() any number of
    /// times, then finish().
    void begin();
    void update(const void* data, std::size_t size);
    Hash32 finish();

private:
    void* ctx_ = nullptr; // EVP_MD_CTX, kept opaque so OpenSSL stays out of the header
    std::unique_ptr<QCryptographicHash> fallback_; // only when OpenSSL has no SHA-256
};

} // namespace slip::crypto
