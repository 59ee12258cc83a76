// Keystore: create/import/unlock/lock/change passphrase, API credentials, wrong passphrase,
// truncated and tampered files (clear errors, never a crash, nothing changed), and proof that
// unlocked key material and API secrets never reach a log line.

#include "crypto/Keystore.h"
#include "crypto/KeystoreFile.h"
#include "log/Log.h"
#include "log/SecretRedactor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;
using namespace slip::crypto;

namespace {

const QString kKeyHex = QStringLiteral("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const QString kAddress = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QByteArray kPass = "correct horse battery";
const QByteArray kApiSecret = "c2xpcHN0cmVhbS10ZXN0LWFwaS1zZWNyZXQtMDEyMw==";
const QByteArray kApiPassphrase = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

// A cheap work factor keeps the suite fast; the format records it per file.
KdfParams testParams()
{
    return {1u << 10, 8, 1};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class KeystoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("keystore-%1.json").arg(++counter_));
    }

    void importUnlockLock()
    {
        Keystore ks(path_, testParams());
        auto addr = ks.importKey(kKeyHex, kPass);
        QVERIFY2(addr.ok(), qPrintable(addr.error()));
        QCOMPARE(addr->toChecksummed(), kAddress);
        QVERIFY(!ks.isUnlocked());
        QCOMPARE(ks.storedAddress()->toChecksummed(), kAddress);
        QVERIFY(!readAll(path_).contains(kKeyHex.toLatin1()));
        QVERIFY(ks.unlock(kPass).ok());
        QVERIFY(ks.isUnlocked());
        QCOMPARE(ks.signer()->checksummedAddress(), kAddress);
        ks.lock();
        QVERIFY(!ks.isUnlocked());
        QVERIFY(ks.signer() == nullptr);
        QVERIFY(QFile(path_).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile(path_).permissions().testFlag(QFileDevice::ReadOther));
    }

    // The operator default (scrypt N = 2^17, r = 8) round-trips and is what the file records.
    void standardWorkFactor()
    {
        Keystore ks(path_);
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        const QJsonObject kdf = QJsonDocument::fromJson(readAll(path_)).object().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("n")).toInteger(), 131072);
        QCOMPARE(kdf.value(QStringLiteral("r")).toInteger(), 8);
        QVERIFY(ks.unlock(kPass).ok());
        QCOMPARE(ks.signer()->checksummedAddress(), kAddress);
    }

    void createGeneratesDistinctKeys()
    {
        Keystore a(path_, testParams());
        auto addrA = a.create(kPass);
        QVERIFY(addrA.ok());
        Keystore b(path_ + QStringLiteral(".b"), testParams());
        auto addrB = b.create(kPass);
        QVERIFY(addrB.ok());
        QVERIFY(*addrA != *addrB);
        QVERIFY(a.unlock(kPass).ok());
        QCOMPARE(a.signer()->address(), *addrA);
    }

    void refusals()
    {
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, "short").error().contains(QStringLiteral("at least")));
        QVERIFY(!ks.exists());
        QVERIFY(!ks.importKey(QStringLiteral("1234"), kPass).ok());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        const QByteArray before = readAll(path_);
        QVERIFY(ks.importKey(kKeyHex, kPass).error().contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(path_), before);
        Keystore missing(dir_.filePath(QStringLiteral("none.json")), testParams());
        QVERIFY(missing.unlock(kPass).error().contains(QStringLiteral("no keystore")));
    }

    void wrongPassphraseChangesNothing()
    {
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        const QByteArray before = readAll(path_);
        auto s = ks.unlock("wrong passphrase!");
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), QStringLiteral("wrong passphrase"));
        QVERIFY(!ks.isUnlocked());
        QVERIFY(!ks.changePassphrase("wrong passphrase!", "another passphrase").ok());
        QCOMPARE(readAll(path_), before);
        // An unlocked keystore stays unlocked (with the same key) after a failed unlock.
        QVERIFY(ks.unlock(kPass).ok());
        QVERIFY(!ks.unlock("wrong passphrase!").ok());
        QVERIFY(ks.isUnlocked());
    }

    void changePassphrase()
    {
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        const QByteArray before = readAll(path_);
        QVERIFY(ks.changePassphrase(kPass, "a brand new passphrase").ok());
        QVERIFY(readAll(path_) != before);
        QCOMPARE(ks.unlock(kPass).error(), QStringLiteral("wrong passphrase"));
        QVERIFY(ks.unlock("a brand new passphrase").ok());
        QCOMPARE(ks.signer()->checksummedAddress(), kAddress);
        QVERIFY(!ks.changePassphrase("a brand new passphrase", "short").ok());
    }

    void apiCredentials()
    {
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        QVERIFY(ks.storeApiCredentials(QStringLiteral("550e8400-e29b-41d4-a716-446655440000"), kApiSecret,
                                       kApiPassphrase, kPass).ok());
        QVERIFY(!readAll(path_).contains(kApiSecret));
        QVERIFY(ks.unlock(kPass).ok());
        QCOMPARE(ks.apiKey(), QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
        QCOMPARE(ks.apiSecret(), QByteArrayView(kApiSecret));
        QCOMPARE(ks.apiPassphrase(), QByteArrayView(kApiPassphrase));
        ks.lock();
        QVERIFY(ks.apiSecret().isEmpty());
        QVERIFY(!ks.storeApiCredentials(QStringLiteral("x"), "y", "z", "wrong passphrase!").ok());
    }

    // Cutting the file anywhere gives an error message, never a crash or a partial unlock.
    void truncatedFile()
    {
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        const QByteArray full = readAll(path_);
        for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(20), full.size() / 2, full.size() - 2}) {
            writeAll(path_, full.left(cut));
            Keystore again(path_, testParams());
            auto s = again.unlock(kPass);
            QVERIFY2(!s.ok(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QVERIFY2(s.error().contains(QStringLiteral("damaged")) || s.error().contains(QStringLiteral("truncated")),
                     qPrintable(s.error()));
            QVERIFY(!again.isUnlocked());
        }
    }

    // Editing any field is detected: ciphertext/tag/nonce/address by the AEAD tag, the KDF
    // header by the passphrase check, the version and format explicitly.
    void tamperedFile_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expect");
        QTest::newRow("ciphertext") << "ciphertext" << "modified";
        QTest::newRow("tag") << "tag" << "modified";
        QTest::newRow("nonce") << "nonce" << "modified";
        QTest::newRow("address") << "address" << "modified";
        QTest::newRow("salt") << "kdf.salt" << "wrong passphrase";
        QTest::newRow("kdf n") << "kdf.n" << "parameters";
        QTest::newRow("version") << "version" << "not supported";
        QTest::newRow("format") << "format" << "not a Slipstream keystore";
    }
    void tamperedFile()
    {
        QFETCH(QString, field);
        QFETCH(QString, expect);
        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        QJsonObject o = QJsonDocument::fromJson(readAll(path_)).object();
        auto flipBase64 = [](const QString& s) {
            QByteArray raw = QByteArray::fromBase64(s.toLatin1());
            raw[raw.size() / 2] = char(raw[raw.size() / 2] ^ 0x01);
            return QString::fromLatin1(raw.toBase64());
        };
        if (field == u"ciphertext" || field == u"tag" || field == u"nonce") {
            o[field] = flipBase64(o[field].toString());
        } else if (field == u"address") {
            o[field] = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        } else if (field == u"kdf.salt") {
            QJsonObject k = o[QStringLiteral("kdf")].toObject();
            k[QStringLiteral("salt")] = flipBase64(k[QStringLiteral("salt")].toString());
            o[QStringLiteral("kdf")] = k;
        } else if (field == u"kdf.n") {
            QJsonObject k = o[QStringLiteral("kdf")].toObject();
            k[QStringLiteral("n")] = 1000; // not a power of two
            o[QStringLiteral("kdf")] = k;
        } else if (field == u"version") {
            o[field] = 2;
        } else {
            o[field] = QStringLiteral("something-else");
        }
        writeAll(path_, QJsonDocument(o).toJson());
        Keystore again(path_, testParams());
        auto s = again.unlock(kPass);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(expect), qPrintable(s.error()));
        QVERIFY(!again.isUnlocked());
    }

    // The proof DESIGN.md asks for: log the key and the API secrets deliberately through the
    // "sign" logger while unlocked; none of their forms reaches the log file.
    void secretsNeverReachTheLog()
    {
        QTemporaryDir logDir;
        slip::log::LogOptions options;
        options.directory = logDir.path();
        options.toStderr = false;
        options.level = QStringLiteral("debug");
        QCOMPARE(slip::log::init(options), QString());
        const int baseline = slip::log::registeredSecretCount();

        Keystore ks(path_, testParams());
        QVERIFY(ks.importKey(kKeyHex, kPass).ok());
        QVERIFY(ks.storeApiCredentials(QStringLiteral("550e8400-e29b-41d4-a716-446655440000"), kApiSecret,
                                       kApiPassphrase, kPass).ok());
        QVERIFY(ks.unlock(kPass).ok());
        QVERIFY(slip::log::registeredSecretCount() > baseline);

        auto logger = slip::log::get("sign");
        logger->error("leak attempt key={} 0x{} upper={}", kKeyHex.toStdString(), kKeyHex.toStdString(),
                      kKeyHex.toUpper().toStdString());
        logger->error("leak attempt secret={} passphrase={}", kApiSecret.toStdString(), kApiPassphrase.toStdString());
        logger->info("address {} is fine to log", kAddress.toStdString());
        slip::log::flush();

        const QByteArray text = readAll(slip::log::logFilePath());
        QVERIFY2(!text.isEmpty(), "the log file was not written");
        QVERIFY(text.contains("[REDACTED]"));
        QVERIFY(text.contains(kAddress.toLatin1()));
        QVERIFY(!text.contains(kKeyHex.toLatin1()));
        QVERIFY(!text.toLower().contains(kKeyHex.toLatin1()));
        QVERIFY(!text.contains(kApiSecret));
        QVERIFY(!text.contains(kApiPassphrase));

        ks.lock();
        QCOMPARE(slip::log::registeredSecretCount(), baseline);
    }

private:
    QTemporaryDir dir_;
    QString path_;
    int counter_ = 0;
};

QTEST_GUILESS_MAIN(KeystoreTest)
#include "test_keystore.moc"
