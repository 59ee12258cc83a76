#include "crypto/Secp256k1.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstring>
#include <memory>

namespace slip::crypto {
namespace {

// Owns the process-wide context. Randomization blinds the signing computation against
// side channels; after it, the context is only read, so sharing it across threads is safe.
class ContextOwner
{
public:
    ContextOwner()
    {
#ifdef SECP256K1_CONTEXT_NONE
        ctx_ = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
#else
        ctx_ = secp256k1_context_create(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY);
#endif
        unsigned char seed[32];
        if (RAND_bytes(seed, sizeof seed) == 1)
            randomized_ = secp256k1_context_randomize(ctx_, seed) == 1;
        OPENSSL_cleanse(seed, sizeof seed);
    }
    ~ContextOwner() { secp256k1_context_destroy(ctx_); }
    ContextOwner(const ContextOwner&) = delete;
    ContextOwner& operator=(const ContextOwner&) = delete;

    const secp256k1_context* get() const { return ctx_; }
    bool randomized() const { return randomized_; }

private:
    secp256k1_context* ctx_ = nullptr;
    bool randomized_ = false;
};

const ContextOwner& context()
{
    static const ContextOwner owner;
    return owner;
}

PublicKey serialize(const secp256k1_pubkey& pub)
{
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(context().get(), out, &len, &pub, SECP256K1_EC_UNCOMPRESSED);
    PublicKey key;
    std::memcpy(key.data(), out + 1, key.size());
    return key;
}

} // namespace

bool Secp256k1::isValidSecretKey(const std::uint8_t* key32)
{
    return secp256k1_ec_seckey_verify(context().get(), key32) == 1;
}

Result<PublicKey> Secp256k1::publicKey(const PrivateKey& key)
{
    if (!context().randomized())
        return Error{QStringLiteral("secp256k1 context could not be randomized (no system entropy)")};
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(context().get(), &pub, key.data()) != 1)
        return Error{QStringLiteral("invalid private key")};
    return serialize(pub);
}

Result<Signature65> Secp256k1::sign(const Hash32& digest, const PrivateKey& key, const PublicKey& expected)
{
    if (!context().randomized())
        return Error{QStringLiteral("secp256k1 context could not be randomized (no system entropy)")};
    secp256k1_ecdsa_recoverable_signature sig;
    // Null nonce function = RFC 6979 deterministic nonces, the same as ethers/viem produce,
    // which is what makes signatures byte-identical to the official client's.
    if (secp256k1_ecdsa_sign_recoverable(context().get(), &sig, digest.data(), key.data(), nullptr,
                                         nullptr) != 1)
        return Error{QStringLiteral("signing failed")};
    Signature65 out;
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context().get(), out.data(), &recid, &sig);
    out[64] = std::uint8_t(27 + recid);

    auto recovered = recover(digest, out);
    if (!recovered || *recovered != expected)
        return Error{QStringLiteral("signature self-check failed: recovery did not yield the signer's key")};
    return out;
}

Result<PublicKey> Secp256k1::recover(const Hash32& digest, const Signature65& signature)
{
    int v = signature[64];
    if (v >= 27)
        v -= 27;
    if (v != 0 && v != 1)
        return Error{QStringLiteral("signature recovery id must be 27 or 28")};
    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context().get(), &sig, signature.data(), v) != 1)
        return Error{QStringLiteral("malformed signature")};
    secp256k1_pubkey pub;
    if (secp256k1_ecdsa_recover(context().get(), &pub, &sig, digest.data()) != 1)
        return Error{QStringLiteral("signature does not recover to a public key")};
    return serialize(pub);
}

} // namespace slip::crypto
