#include "crypto/Keystore.h"

#include "crypto/KeystoreFile.h"
#include "log/Log.h"
#include "log/SecretRedactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace slip::crypto {
namespace {

constexpr qint64 kMaxFileSize = 64 * 1024;

Status checkNewPassphrase(QByteArrayView passphrase)
{
    if (passphrase.size() < Keystore::kMinPassphrase)
        return Error{QStringLiteral("passphrase must be at least %1 characters").arg(Keystore::kMinPassphrase)};
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return Error{QStringLiteral("no keystore at %1").arg(path)};
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read keystore %1: %2").arg(path, f.errorString())};
    if (f.size() > kMaxFileSize)
        return Error{QStringLiteral("keystore file is too large to be a keystore")};
    return f.readAll();
}

QByteArray rawKey(const PrivateKey& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()), PrivateKey::kSize);
}

} // namespace

Keystore::Keystore(QString filePath, KdfParams params) : path_(std::move(filePath)), params_(params) {}

Keystore::~Keystore()
{
    lock();
}

bool Keystore::exists() const
{
    return QFileInfo::exists(path_);
}

Result<Address> Keystore::storedAddress() const
{
    auto bytes = readFile(path_);
    if (!bytes)
        return Error{bytes.error()};
    return KeystoreFile::peekAddress(*bytes);
}

Result<Address> Keystore::create(QByteArrayView passphrase)
{
    auto key = PrivateKey::generate();
    if (!key)
        return Error{key.error()};
    QByteArray hex = rawKey(*key).toHex();
    auto out = importKey(QString::fromLatin1(hex), passphrase);
    SecureBuffer::wipe(hex);
    return out;
}

Result<Address> Keystore::importKey(QStringView hexKey, QByteArrayView passphrase)
{
    if (auto s = checkNewPassphrase(passphrase); !s)
        return Error{s.error()};
    if (exists())
        return Error{QStringLiteral("a keystore already exists at %1; refusing to overwrite it").arg(path_)};
    auto key = PrivateKey::fromHex(hexKey);
    if (!key)
        return Error{key.error()};
    auto signer = EvmSigner::fromKey(std::move(key).value());
    if (!signer)
        return Error{signer.error()};
    KeystorePayload payload;
    auto copy = PrivateKey::fromBytes(signer->privateKey().data());
    payload.key.emplace(std::move(copy).value());
    auto bytes = KeystoreFile::seal(payload, passphrase, params_, signer->address());
    if (!bytes)
        return Error{bytes.error()};
    if (auto s = writeFile(*bytes, true); !s)
        return Error{s.error()};
    log::get("sign")->info("keystore created for {}", signer->checksummedAddress().toStdString());
    return signer->address();
}

Status Keystore::unlock(QByteArrayView passphrase)
{
    auto bytes = readFile(path_);
    if (!bytes)
        return Error{bytes.error()};
    auto payload = KeystoreFile::open(*bytes, passphrase);
    if (!payload)
        return Error{payload.error()};
    auto signer = EvmSigner::fromKey(std::move(*payload.value().key));
    payload.value().key.reset();
    if (!signer)
        return Error{signer.error()};
    auto recorded = KeystoreFile::peekAddress(*bytes);
    if (!recorded || *recorded != signer->address())
        return Error{QStringLiteral("keystore file is damaged (the key does not match the recorded address)")};
    lock();
    adopt(std::move(payload).value(), std::make_unique<EvmSigner>(std::move(signer).value()));
    log::get("sign")->info("keystore unlocked for {}", signer_->checksummedAddress().toStdString());
    return {};
}

void Keystore::adopt(KeystorePayload payload, std::unique_ptr<EvmSigner> signer)
{
    signer_ = std::move(signer);
    apiKey_ = payload.apiKey;
    apiSecret_ = std::move(payload.apiSecret);
    apiPassphrase_ = std::move(payload.apiPassphrase);
    registerSecrets();
}

void Keystore::lock()
{
    if (!signer_)
        return;
    unregisterSecrets();
    signer_.reset(); // PrivateKey wipes itself
    apiKey_.clear();
    apiSecret_.clear();
    apiPassphrase_.clear();
    log::get("sign")->info("keystore locked");
}

Status Keystore::changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase)
{
    if (auto s = checkNewPassphrase(newPassphrase); !s)
        return s;
    auto bytes = readFile(path_);
    if (!bytes)
        return Error{bytes.error()};
    auto payload = KeystoreFile::open(*bytes, oldPassphrase);
    if (!payload)
        return Error{payload.error()};
    auto address = KeystoreFile::peekAddress(*bytes);
    if (!address)
        return Error{address.error()};
    auto sealed = KeystoreFile::seal(*payload, newPassphrase, params_, *address);
    if (!sealed)
        return Error{sealed.error()};
    return writeFile(*sealed, false);
}

Status Keystore::storeApiCredentials(const QString& apiKey, QByteArrayView secret, QByteArrayView apiPassphrase,
                                     QByteArrayView keystorePassphrase)
{
    auto bytes = readFile(path_);
    if (!bytes)
        return Error{bytes.error()};
    auto payload = KeystoreFile::open(*bytes, keystorePassphrase);
    if (!payload)
        return Error{payload.error()};
    auto address = KeystoreFile::peekAddress(*bytes);
    if (!address)
        return Error{address.error()};
    payload.value().apiKey = apiKey;
    payload.value().apiSecret = SecureBuffer::copyOf(secret);
    payload.value().apiPassphrase = SecureBuffer::copyOf(apiPassphrase);
    auto sealed = KeystoreFile::seal(*payload, keystorePassphrase, params_, *address);
    if (!sealed)
        return Error{sealed.error()};
    if (auto s = writeFile(*sealed, false); !s)
        return s;
    if (signer_) {
        unregisterSecrets();
        apiKey_ = apiKey;
        apiSecret_ = SecureBuffer::copyOf(secret);
        apiPassphrase_ = SecureBuffer::copyOf(apiPassphrase);
        registerSecrets();
    }
    return {};
}

Status Keystore::writeFile(const QByteArray& bytes, bool mustNotExist) const
{
    if (mustNotExist && exists())
        return Error{QStringLiteral("a keystore already exists at %1").arg(path_)};
    const QFileInfo info(path_);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    // QSaveFile writes a temporary file and renames it over the target only on commit: a crash
    // mid-write leaves the old keystore intact.
    QSaveFile f(path_);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write keystore %1: %2").arg(path_, f.errorString())};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error{QStringLiteral("cannot write keystore %1: %2").arg(path_, f.errorString())};
    return {};
}

void Keystore::registerSecrets() const
{
    QByteArray key = rawKey(signer_->privateKey());
    log::registerSecret(key);
    SecureBuffer::wipe(key);
    if (!apiSecret_.isEmpty())
        log::registerSecret(apiSecret_.view().toByteArray());
    if (!apiPassphrase_.isEmpty())
        log::registerSecret(apiPassphrase_.view().toByteArray());
}

void Keystore::unregisterSecrets() const
{
    QByteArray key = rawKey(signer_->privateKey());
    log::unregisterSecret(key);
    SecureBuffer::wipe(key);
    if (!apiSecret_.isEmpty())
        log::unregisterSecret(apiSecret_.view().toByteArray());
    if (!apiPassphrase_.isEmpty())
        log::unregisterSecret(apiPassphrase_.view().toByteArray());
}

} // namespace slip::crypto
