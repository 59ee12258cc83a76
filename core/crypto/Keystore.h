#pragma once
// Keystore: the operator's private key and CLOB API credentials, encrypted at rest in one file
// (KeystoreFile) and unlocked into memory only on demand. While unlocked, the key and secrets
// are registered with the log redaction layer; locking wipes and unregisters them.

#include "crypto/EvmSigner.h"
#include "crypto/KeystorePayload.h"
#include "domain/Address.h"
#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace slip::crypto {

class Keystore
{
public:
    /// A keystore at `filePath`; `params` is the work factor for files this object writes.
    explicit Keystore(QString filePath, KdfParams params = KdfParams::standard());
    ~Keystore();
    Keystore(const Keystore&) = delete;
    Keystore& operator=(const Keystore&) = delete;

    /// Minimum passphrase length accepted for new files.
    static constexpr qsizetype kMinPassphrase = 8;

    /// Where the encrypted file lives.
    const QString& filePath() const { return path_; }
    /// True when the file exists.
    bool exists() const;
    /// The address recorded in the file, without unlocking.
    Result<Address> storedAddress() const;

    /// Creates a new file with a freshly generated key; refuses to overwrite.
    Result<Address> create(QByteArrayView passphrase);
    /// Creates a new file holding an existing hex key; refuses to overwrite.
    Result<Address> importKey(QStringView hexKey, QByteArrayView passphrase);
    /// Decrypts the file into memory. Wrong passphrase or damaged file: error, state unchanged.
    Status unlock(QByteArrayView passphrase);
    /// Wipes the unlocked material and unregisters it from log redaction.
    void lock();
    /// True while the key is in memory.
    bool isUnlocked() const { return signer_ != nullptr; }
    /// Re-encrypts the file under a new passphrase (fresh salt and nonce), atomically.
    Status changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase);
    /// Stores API credentials (from L1 create/derive) in the file; updates memory if unlocked.
    Status storeApiCredentials(const QString& apiKey, QByteArrayView secret, QByteArrayView apiPassphrase,
                               QByteArrayView keystorePassphrase);

    /// The unlocked signer, or nullptr when locked.
    const EvmSigner* signer() const { return signer_.get(); }
    /// The API key UUID (empty when locked or none stored).
    const QString& apiKey() const { return apiKey_; }
    /// The API secret bytes (empty when locked or none stored).
    QByteArrayView apiSecret() const { return apiSecret_.view(); }
    /// The API passphrase bytes (empty when locked or none stored).
    QByteArrayView apiPassphrase() const { return apiPassphrase_.view(); }

private:
    Status writeFile(const QByteArray& bytes, bool mustNotExist) const;
    void adopt(KeystorePayload payload, std::unique_ptr<EvmSigner> signer);
    void registerSecrets() const;
    void unregisterSecrets() const;

    QString path_;
    KdfParams params_;
    std::unique_ptr<EvmSigner> signer_;
    QString apiKey_;
    SecureBuffer apiSecret_;
    SecureBuffer apiPassphrase_;
};

} // namespace slip::crypto
