// Keccak-256, secp256k1 (keys, addresses, signatures, recovery), EIP-55 and the EIP-712
// building blocks, against published vectors and the protocol notes (§4.1, §5.2, §5.7).

#include "crypto/Eip712.h"
#include "crypto/EvmSigner.h"
#include "crypto/Keccak256.h"
#include "crypto/PrivateKey.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Secp256k1.h"
#include "crypto/Uint256.h"
#include "domain/Address.h"

#include "crypto/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cstring>

using namespace slip;
using namespace slip::crypto;

namespace {

const QString kHardhat0 = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

Hash32 hashFromHex(const char* hex)
{
    const QByteArray raw = QByteArray::fromHex(QByteArray(hex).mid(2));
    Hash32 h{};
    std::memcpy(h.data(), raw.constData(), 32);
    return h;
}

} // namespace

class CryptoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keccak_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray()
                               << "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
        QTest::newRow("abc") << QByteArray("abc")
                             << "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";
        QTest::newRow("V1 order type") << QByteArray(
            "Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,uint256 makerAmount,"
            "uint256 takerAmount,uint256 expiration,uint256 nonce,uint256 feeRateBps,uint8 side,uint8 signatureType)")
                                       << "0xa852566c4e14d00869b6db0220888a9090a13eccdaea03713ff0a3d27bf9767c";
        QTest::newRow("V2 order type") << QByteArray(
            "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,"
            "uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)")
                                       << "0xbb86318a2138f5fa8ae32fbe8e659f8fcf13cc6ae4014a707893055433818589";
        QTest::newRow("ClobAuth type")
            << QByteArray("ClobAuth(address address,string timestamp,uint256 nonce,string message)")
            << "0x52578c5c725a28a84fedc8c22aa47947822942f35b4dc350db028e45320e035c";
    }
    void keccak()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(Keccak256::toHex(Keccak256::hash(input)), digest);
    }

    void addressDerivation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("address");
        QTest::newRow("hardhat #0") << kHardhat0 << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        QTest::newRow("hardhat #1") << "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
                                    << "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        QTest::newRow("key = 1") << "0x0000000000000000000000000000000000000000000000000000000000000001"
                                 << "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf";
    }
    void addressDerivation()
    {
        QFETCH(QString, key);
        QFETCH(QString, address);
        auto signer = EvmSigner::fromHex(key);
        QVERIFY2(signer.ok(), qPrintable(signer.error()));
        QCOMPARE(signer->checksummedAddress(), address);
        QCOMPARE(signer->address().toString(), address.toLower());
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("zero") << QString(64, u'0');
        QTest::newRow("curve order") << "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141";
        QTest::newRow("short") << "0x1234";
        QTest::newRow("non-hex") << "zz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        QTest::newRow("long") << "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff8000";
    }
    void invalidKeys()
    {
        QFETCH(QString, key);
        auto k = PrivateKey::fromHex(key);
        QVERIFY(!k.ok());
        QVERIFY(!k.error().contains(key.mid(2, 20), Qt::CaseInsensitive)); // never echo key material
    }

    // Signatures are RFC 6979 deterministic, low-s, v = 27/28, and recover to the signer.
    void signAndRecover()
    {
        auto signer = EvmSigner::fromHex(kHardhat0);
        QVERIFY(signer.ok());
        const Hash32 digest = hashFromHex("0xf421a2cb90764fd55ab3df9cea50ef2f37b1cdf9f8549a82c7cbd8b7b2222430");
        auto sig = signer->sign(digest);
        QVERIFY(sig.ok());
        QCOMPARE(signatureToHex(*sig),
                 QStringLiteral("0x6ae11b9d11530d17d474315f4c9b551faf09a044ef78a1688369c6c971c35db50254444b70081ab75f7196c492653dd1f3594dae1cf4f444137f6676b855ede11b"));
        QVERIFY((*sig)[64] == 27 || (*sig)[64] == 28);
        QVERIFY((*sig)[32] < 0x80); // s <= n/2 (half order starts 0x7fff…)
        auto pub = Secp256k1::recover(digest, *sig);
        QVERIFY(pub.ok());
        QCOMPARE(EvmSigner::addressOf(*pub), signer->address());

        Signature65 flipped = *sig;
        flipped[10] ^= 0x01;
        auto other = Secp256k1::recover(digest, flipped);
        QVERIFY(!other.ok() || EvmSigner::addressOf(*other) != signer->address());
        Signature65 badV = *sig;
        badV[64] = 29;
        QVERIFY(!Secp256k1::recover(digest, badV).ok());
    }

    void eip55_data()
    {
        QTest::addColumn<QString>("address");
        // The EIP-55 specification's own examples.
        QTest::newRow("1") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        QTest::newRow("2") << "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
        QTest::newRow("3") << "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
        QTest::newRow("4") << "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";
    }
    void eip55()
    {
        QFETCH(QString, address);
        auto a = Address::parse(address.toLower());
        QVERIFY(a.ok());
        QCOMPARE(a->toChecksummed(), address);
        QVERIFY(Address::parse(address).ok());
        QString wrong = address;
        const qsizetype i = wrong.indexOf(QRegularExpression(QStringLiteral("[a-f]")), 2);
        wrong[i] = wrong[i].toUpper();
        QVERIFY(!Address::parse(wrong).ok());
    }

    void uint256()
    {
        auto max = Uint256::fromDecimal(
            u"115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QVERIFY(max.ok());
        for (auto b : max->word())
            QCOMPARE(b, std::uint8_t(0xff));
        QVERIFY(!Uint256::fromDecimal(
                     u"115792089237316195423570985008687907853269984665640564039457584007913129639936").ok());
        QVERIFY(!Uint256::fromDecimal(u"12a").ok());
        QVERIFY(!Uint256::fromDecimal(u"").ok());
        QVERIFY(!Uint256::fromDecimal(u"-1").ok());
        auto v = Uint256::fromDecimal(u"479249096354");
        QVERIFY(v.ok());
        QCOMPARE(v->word(), Uint256::fromU64(479249096354ull).word());
    }

    void keccakMatchesQt()
    {
        // Our Keccak-f[1600] against QCryptographicHash::Keccak_256 on every length across
        // several 136-byte blocks, including the padding edge cases 135, 136 and 137.
        QRandomGenerator rng(1234);
        for (int len = 0; len <= 700; ++len) {
            QByteArray b(len, Qt::Uninitialized);
            for (auto& c : b)
                c = char(rng.generate());
            const Hash32 ours = Keccak256::hash(b);
            const QByteArray qt = QCryptographicHash::hash(b, QCryptographicHash::Keccak_256);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(ours.data()), 32), qt);
        }
    }

    void sha256MatchesQt()
    {
        crypto::Sha256 sha; // one hasher reused, as the activity parser does
        QRandomGenerator rng(99);
        for (int len = 0; len <= 300; ++len) {
            QByteArray b(len, Qt::Uninitialized);
            for (auto& c : b)
                c = char(rng.generate());
            const QByteArray qt = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
            const Hash32 ours = sha.hash(b.constData(), std::size_t(b.size()));
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(ours.data()), 32), qt);
            QCOMPARE(sha.hexHash(b.constData(), std::size_t(b.size())), QString::fromLatin1(qt.toHex()));
        }
    }

    void uint256MatchesBytewise()
    {
        // The limb parser against the obvious byte-at-a-time reference on random digit strings
        // of every length, and the error precedence of a digit-by-digit reader.
        auto reference = [](QStringView text, Hash32& word) -> bool {
            word.fill(0);
            for (const QChar c : text) {
                unsigned carry = unsigned(c.unicode() - u'0');
                for (int i = 31; i >= 0; --i) {
                    const unsigned v = unsigned(word[std::size_t(i)]) * 10u + carry;
                    word[std::size_t(i)] = std::uint8_t(v & 0xffu);
                    carry = v >> 8;
                }
                if (carry != 0)
                    return false;
            }
            return true;
        };
        QRandomGenerator rng(5);
        for (int len = 1; len <= 80; ++len) {
            for (int rep = 0; rep < 40; ++rep) {
                QString digits;
                for (int i = 0; i < len; ++i)
                    digits.append(QChar(u'0' + char16_t(rep == 0 ? 9 : rng.bounded(10))));
                Hash32 expected;
                const bool fits = reference(digits, expected);
                const auto got = Uint256::fromDecimal(digits);
                QCOMPARE(got.ok(), fits);
                if (fits)
                    QCOMPARE(got->word(), expected);
                else
                    QCOMPARE(got.error(), QStringLiteral("integer is larger than 2^256 - 1"));
            }
        }
        const QString tooBig = QStringLiteral("9").repeated(79);
        QCOMPARE(Uint256::fromDecimal(QString(tooBig + u'x')).error(), QStringLiteral("integer is larger than 2^256 - 1"));
        QCOMPARE(Uint256::fromDecimal(u"12x9").error(), QStringLiteral("expected decimal digits only, got \"12x9\""));
        QCOMPARE(Uint256::fromDecimal(QString(QStringLiteral("9").repeated(77) + u'x')).error(),
                 QStringLiteral("expected decimal digits only, got \"") + QStringLiteral("9").repeated(77) +
                     QStringLiteral("x\""));
    }

    void eip712LongStructSpills()
    {
        // More words than the inline buffer holds hash the same as the plain concatenation.
        Hash32 type{};
        type[0] = 1;
        Eip712 e(type);
        QByteArray all(reinterpret_cast<const char*>(type.data()), 32);
        for (std::uint64_t i = 0; i < 40; ++i) {
            e.addUint(i);
            all.append(reinterpret_cast<const char*>(Uint256::fromU64(i).word().data()), 32);
        }
        QCOMPARE(e.hash(), Keccak256::hash(all));
    }

    void domainSeparators_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("contract");
        QTest::addColumn<QString>("separator");
        QTest::newRow("V1") << QByteArray("1") << "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E"
                            << "0x1a573e3617c78403b5b4b892827992f027b03d4eaf570048b8ee8cdd84d151be";
        QTest::newRow("V2") << QByteArray("2") << "0xE111180000d2663C0091e4f400237545B87B996B"
                            << "0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2";
        QTest::newRow("V2 neg-risk") << QByteArray("2") << "0xe2222d279d744050d28e00520010520000310F59"
                                     << "0x9b858f53327b0bd13af8ec14cfb35234fb9eb7b0504d1a4e61f433840d30e81a";
    }
    void domainSeparators()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, contract);
        QFETCH(QString, separator);
        const Hash32 d = Eip712::domainSeparator("Polymarket CTF Exchange", version, 137,
                                                 Address::parse(contract).value());
        QCOMPARE(Keccak256::toHex(d), separator);
    }

    void secureBuffer()
    {
        SecureBuffer a = SecureBuffer::copyOf("secret-bytes");
        SecureBuffer b = SecureBuffer::copyOf("secret-bytes");
        QVERIFY(a.equals(b));
        a.append("!");
        QCOMPARE(a.size(), std::size_t(13));
        QVERIFY(!a.equals(b));
        SecureBuffer moved = std::move(a);
        QVERIFY(a.isEmpty()); // NOLINT: moved-from state is defined: empty
        QCOMPARE(moved.view(), QByteArrayView("secret-bytes!"));
        moved.clear();
        QVERIFY(moved.isEmpty());
        QByteArray q("plain");
        SecureBuffer::wipe(q);
        QVERIFY(q.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CryptoTest)
#include "test_crypto.moc"
