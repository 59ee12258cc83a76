#pragma once
// KeystoreFile: the versioned on-disk format of the keystore — a JSON envelope with scrypt
// parameters, salt, nonce, address and an AES-256-GCM ciphertext whose associated data binds
// every header field, so any edit to the file is detected.

#include "crypto/KeystorePayload.h"
#include "domain/Address.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace slip::crypto {

class KeystoreFile
{
public:
    static constexpr int kVersion = 1;

    /// Encrypts the payload under the passphrase with a fresh salt and nonce.
    static Result<QByteArray> seal(const KeystorePayload& payload, QByteArrayView passphrase,
                                   const KdfParams& params, const Address& address);
    /// Decrypts a file's bytes. Errors: damaged/truncated file, unsupported version, wrong
    /// passphrase, modified file — each with its own message, never a crash.
    static Result<KeystorePayload> open(const QByteArray& fileBytes, QByteArrayView passphrase);
    /// The address recorded in the file (readable without the passphrase).
    static Result<Address> peekAddress(const QByteArray& fileBytes);
};

} // namespace slip::crypto
