#pragma once
// EvmSigner: an unlocked Ethereum account — a private key with its derived address — that
// signs 32-byte digests into verified 65-byte r‖s‖v signatures.

#include "crypto/Keccak256.h"
#include "crypto/PrivateKey.h"
#include "crypto/Secp256k1.h"
#include "domain/Address.h"
#include "domain/Result.h"

#include <QString>

namespace slip::crypto {

class EvmSigner
{
public:
    /// Takes ownership of a key and derives its address.
    static Result<EvmSigner> fromKey(PrivateKey key);
    /// Parses a hex private key (see PrivateKey::fromHex) and derives its address.
    static Result<EvmSigner> fromHex(QStringView hex);
    /// The EVM address of a public key: the last 20 bytes of keccak256(x ‖ y).
    static Address addressOf(const PublicKey& publicKey);

    /// The signer's address (lowercase canonical form).
    const Address& address() const { return address_; }
    /// The EIP-55 checksummed address, as ethers' Wallet.getAddress() returns it.
    const QString& checksummedAddress() const { return checksummed_; }
    const PublicKey& publicKey() const { return publicKey_; }
    /// Signs a digest; the signature is verified by recovery before it is returned.
    Result<Signature65> sign(const Hash32& digest) const;
    /// The key, for the keystore when it re-encrypts.
    const PrivateKey& privateKey() const { return key_; }

private:
    EvmSigner(PrivateKey key, PublicKey pub);
    PrivateKey key_;
    PublicKey publicKey_;
    Address address_;
    QString checksummed_;
};

/// "0x" + 130 lowercase hex digits.
QString signatureToHex(const Signature65& signature);

} // namespace slip::crypto
