// Order amounts, EIP-712 order hashing and signing, L1/L2 auth headers — against the worked
// examples and vectors of the protocol notes (§4.1, §4.2, §5.5, §5.7).

#include "crypto/EvmSigner.h"
#include "crypto/Keccak256.h"
#include "venue/polymarket/ClobAuthHeaders.h"
#include "venue/polymarket/ExchangeConfig.h"
#include "venue/polymarket/OrderAmounts.h"
#include "venue/polymarket/OrderBuilder.h"
#include "venue/polymarket/OrderSubmission.h"
#include "venue/polymarket/SignedOrderJson.h"
#include "venue/polymarket/TickSize.h"

#include <QTest>

using namespace slip;
using namespace slip::polymarket;

namespace {

const QString kKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kToken =
    QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");

Micros m(const char* text)
{
    return Micros::parseDecimal(QString::fromLatin1(text)).value();
}

OrderRequest referenceOrder(OrderVersion version)
{
    OrderRequest r;
    r.version = version;
    r.tokenId = kToken;
    r.side = Side::Buy;
    r.price = m("0.5");
    r.size = m("10");
    r.salt = 479249096354ull;
    r.timestampMs = 1713398400000ll;
    return r;
}

} // namespace

class OrderSigningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticks()
    {
        for (const char* t : {"0.1", "0.01", "0.005", "0.0025", "0.001", "0.0001"})
            QVERIFY(TickSize::parse(QString::fromLatin1(t)).ok());
        QCOMPARE(TickSize::parse(u"0.0025")->micros(), 2500);
        QCOMPARE(TickSize::parse(u"0.0025")->amountDecimals(), 6);
        QCOMPARE(TickSize::parse(u"0.005")->priceDecimals(), 3);
        QVERIFY(!TickSize::parse(u"0.05").ok());
        QVERIFY(!TickSize::parse(u"0.010").ok());
    }

    // §5.5 worked examples (the last row follows the server's 4-decimal market rule).
    void amounts_data()
    {
        QTest::addColumn<bool>("market");
        QTest::addColumn<bool>("buy");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<qint64>("maker");
        QTest::addColumn<qint64>("taker");
        QTest::newRow("limit buy") << false << true << "10" << "0.5" << "0.01" << 5000000ll << 10000000ll;
        QTest::newRow("limit sell") << false << false << "10" << "0.5" << "0.01" << 10000000ll << 5000000ll;
        QTest::newRow("limit buy 33.333") << false << true << "33.333" << "0.57" << "0.01" << 18998100ll << 33330000ll;
        QTest::newRow("limit sell 7.129") << false << false << "7.129" << "0.333" << "0.001" << 7120000ll << 2370960ll;
        QTest::newRow("limit buy 15.5") << false << true << "15.5" << "0.0567" << "0.0001" << 878850ll << 15500000ll;
        QTest::newRow("market buy $5") << true << true << "5" << "0.55" << "0.01" << 5000000ll << 9090900ll;
        QTest::newRow("market buy $100") << true << true << "100" << "0.37" << "0.01" << 100000000ll << 270270200ll;
        QTest::newRow("market sell 12.345") << true << false << "12.345" << "0.42" << "0.01" << 12340000ll << 5182800ll;
        QTest::newRow("market buy fine tick (server rule)") << true << true << "10" << "0.333" << "0.001" << 10000000ll
                                                            << 30030000ll;
        QTest::newRow("limit 0.0025 tick") << false << true << "3.999" << "0.9975" << "0.0025" << 3980025ll << 3990000ll;
    }
    void amounts()
    {
        QFETCH(bool, market);
        QFETCH(bool, buy);
        QFETCH(QString, size);
        QFETCH(QString, price);
        QFETCH(QString, tick);
        QFETCH(qint64, maker);
        QFETCH(qint64, taker);
        const TickSize t = TickSize::parse(tick).value();
        const Side side = buy ? Side::Buy : Side::Sell;
        const Micros p = OrderAmounts::parsePrice(price).value();
        const Micros s = OrderAmounts::parseQuantity(size).value();
        auto a = market ? OrderAmounts::market(side, p, s, t) : OrderAmounts::limit(side, p, s, t);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->makerAmount, maker);
        QCOMPARE(a->takerAmount, taker);
    }

    void amountErrors()
    {
        const TickSize t = TickSize::parse(u"0.01").value();
        QVERIFY(!OrderAmounts::limit(Side::Buy, m("0.505"), m("10"), t).ok());  // off grid
        QVERIFY(!OrderAmounts::limit(Side::Buy, m("0"), m("10"), t).ok());      // below tick
        QVERIFY(!OrderAmounts::limit(Side::Buy, m("1"), m("10"), t).ok());      // above 1 - tick
        QVERIFY(!OrderAmounts::limit(Side::Buy, m("0.5"), m("0.009"), t).ok()); // rounds to zero
        QVERIFY(!OrderAmounts::market(Side::Buy, m("0.5"), m("0.004"), t).ok());
        QVERIFY(!OrderAmounts::parsePrice(u"0.5000001").ok());
        QVERIFY(OrderAmounts::parsePrice(u"0.5000000").ok());
        auto e = OrderAmounts::limit(Side::Buy, m("0.505"), m("10"), t);
        QVERIFY(e.error().contains(QStringLiteral("tick")));
    }

    void exchangeConfig()
    {
        auto c = ExchangeConfig::forChain(137);
        QVERIFY(c.ok());
        QCOMPARE(c->verifyingContract(OrderVersion::V1, false).toChecksummed(),
                 QStringLiteral("0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E"));
        QCOMPARE(c->verifyingContract(OrderVersion::V1, true).toChecksummed(),
                 QStringLiteral("0xC5d563A36AE78145C45a50134d48A1215220f80a"));
        QCOMPARE(c->verifyingContract(OrderVersion::V2, false).toChecksummed(),
                 QStringLiteral("0xE111180000d2663C0091e4f400237545B87B996B"));
        QCOMPARE(c->verifyingContract(OrderVersion::V2, true).toChecksummed(),
                 QStringLiteral("0xe2222d279d744050d28e00520010520000310F59"));
        QCOMPARE(c->verifyingContract(OrderVersion::V3, true).toChecksummed(),
                 QStringLiteral("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa"));
        QCOMPARE(c->collateral().toChecksummed(), QStringLiteral("0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB"));
        QCOMPARE(ExchangeConfig::forChain(80002)->exchangeV3().toChecksummed(),
                 QStringLiteral("0x9fE6e61422AdB6F610d8597F9684b16912D50C3D"));
        QVERIFY(!ExchangeConfig::forChain(1).ok());
        QCOMPARE(ExchangeConfig::selectVersion(0, false), OrderVersion::V2);
        QCOMPARE(ExchangeConfig::selectVersion(2, true), OrderVersion::V3);
        QCOMPARE(ExchangeConfig::selectVersion(1, false), OrderVersion::V1);
    }

    // §5.7: the reference order hashes and signatures for V1, V2 and V2 neg-risk.
    void referenceOrders_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("negRisk");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("signature");
        QTest::newRow("V1") << 1 << false << "0xb018aa5743612ace00e24b3ba2a70078feed75e5108439cc663ea261d6c0bd1b"
                            << "0xd93c7f63f67900d735d46dc7d324b013e79c81d33e8d34e45e2bbc7919a87e0c5637dd13729c907c36f55dcaa9478295833014c4d1ed5cb40ef2fc034bcb05e11c";
        QTest::newRow("V2") << 2 << false << "0xf421a2cb90764fd55ab3df9cea50ef2f37b1cdf9f8549a82c7cbd8b7b2222430"
                            << "0x6ae11b9d11530d17d474315f4c9b551faf09a044ef78a1688369c6c971c35db50254444b70081ab75f7196c492653dd1f3594dae1cf4f444137f6676b855ede11b";
        QTest::newRow("V2 neg-risk") << 2 << true << "0xbf9c026a48250a9fa5b8d65b0cdc310bf47a4ab1f07061e1fe1c95bc79206d8e"
                                     << QString();
    }
    void referenceOrders()
    {
        QFETCH(int, version);
        QFETCH(bool, negRisk);
        QFETCH(QString, hash);
        QFETCH(QString, signature);
        auto signer = crypto::EvmSigner::fromHex(kKey);
        QVERIFY(signer.ok());
        const OrderBuilder builder(ExchangeConfig::forChain(137).value(), *signer);
        OrderRequest r = referenceOrder(OrderVersion(version));
        r.negRisk = negRisk;
        auto order = builder.build(r);
        QVERIFY2(order.ok(), qPrintable(order.error()));
        QCOMPARE(crypto::Keccak256::toHex(order->orderHash), hash);
        if (!signature.isEmpty())
            QCOMPARE(order->signature, signature);
    }

    // POLY_1271: signer = maker = deposit wallet; 65 + 32 + 32 + 186 + 2 bytes; the inner
    // signature recovers to the EOA.
    void poly1271Layout()
    {
        auto signer = crypto::EvmSigner::fromHex(kKey);
        const OrderBuilder builder(ExchangeConfig::forChain(137).value(), *signer);
        OrderRequest r = referenceOrder(OrderVersion::V2);
        r.signatureType = SignatureType::Poly1271;
        r.funder = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        auto order = builder.build(r);
        QVERIFY2(order.ok(), qPrintable(order.error()));
        QCOMPARE(order->maker, r.funder);
        QCOMPARE(order->signer, r.funder);
        const QByteArray sig = QByteArray::fromHex(order->signature.mid(2).toLatin1());
        QCOMPARE(sig.size(), 317);
        QCOMPARE(sig.right(2), QByteArray::fromHex("00ba"));
        QCOMPARE(sig.mid(65, 32).toHex(), QByteArray("3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2"));
        QVERIFY(sig.mid(129, 186).startsWith("Order(uint256 salt,"));
    }

    void builderRefusals()
    {
        auto signer = crypto::EvmSigner::fromHex(kKey);
        const OrderBuilder builder(ExchangeConfig::forChain(137).value(), *signer);
        OrderRequest r = referenceOrder(OrderVersion::V1);
        r.signatureType = SignatureType::Poly1271;
        QVERIFY(builder.build(r).error().contains(QStringLiteral("POLY_1271")));
        r = referenceOrder(OrderVersion::V2);
        r.salt = (1ull << 53);
        QVERIFY(!builder.build(r).ok());
        r = referenceOrder(OrderVersion::V2);
        r.builder = QStringLiteral("0x12");
        QVERIFY(!builder.build(r).ok());
        r = referenceOrder(OrderVersion::V2);
        r.funder = QStringLiteral("0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"); // bad checksum
        QVERIFY(!builder.build(r).ok());
        r = referenceOrder(OrderVersion::V2);
        r.tokenId = QStringLiteral("0x1");
        QVERIFY(!builder.build(r).ok());
    }

    void postOnlyWithTakerTypesRefused()
    {
        SignedOrder o;
        QVERIFY(!SignedOrderJson::body(o, {}, OrderType::Fok, true, false).ok());
        QVERIFY(!SignedOrderJson::body(o, {}, OrderType::Fak, true, false).ok());
        QVERIFY(SignedOrderJson::body(o, {}, OrderType::Gtd, true, false).ok());
    }

    void jsonStrings()
    {
        QByteArray out;
        SignedOrderJson::appendString(out, QStringLiteral("a\"b\\c\n\x01 é ") + QChar(0xD83D) + QChar(0xDE00));
        QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\n\\u0001 \xc3\xa9 \xf0\x9f\x98\x80\""));
    }

    // §4.1 L1 vectors.
    void l1Headers_data()
    {
        QTest::addColumn<int>("chain");
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("signature");
        QTest::newRow("amoy") << 80002 << 10000000ll << "23"
                              << "0x8f442df8073c9cf2e36d7b20ca9d64d1a9352e982cc82a293b7de2df57920610"
                              << "0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b";
        QTest::newRow("polygon") << 137 << 1700000000ll << "0"
                                 << "0xc85352894b3c41f3ea6152479d64b9233fbaf2de87eabc7e4bba3a161fd28493"
                                 << "0x659ed4b28ae28e0f038fdf0023c00863c9559caacb9ebc83f44eea87059a099a36f1e1dee110e7faa1c4f65d17489b2da1333ebef78bbe2116d81207b975052d1c";
    }
    void l1Headers()
    {
        QFETCH(int, chain);
        QFETCH(qint64, ts);
        QFETCH(QString, nonce);
        QFETCH(QString, digest);
        QFETCH(QString, signature);
        auto signer = crypto::EvmSigner::fromHex(kKey);
        auto d = ClobAuthHeaders::l1Digest(signer->address(), std::uint64_t(chain), ts, nonce);
        QVERIFY(d.ok());
        QCOMPARE(crypto::Keccak256::toHex(*d), digest);
        auto h = ClobAuthHeaders::l1(*signer, std::uint64_t(chain), ts, nonce);
        QVERIFY(h.ok());
        QCOMPARE(ClobAuthHeaders::toJson(*h),
                 QByteArray("{\"POLY_ADDRESS\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"POLY_SIGNATURE\":\"") +
                     signature.toLatin1() + "\",\"POLY_TIMESTAMP\":\"" + QByteArray::number(ts) +
                     "\",\"POLY_NONCE\":\"" + nonce.toLatin1() + "\"}");
    }

    // §4.2 L2 vectors, including padding-less and base64url secrets.
    void hmac_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("ts");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        const QString zero = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        QTest::newRow("GET /") << zero << 1ll << "GET" << "/" << QString() << "eHaylCwqRSOa2LFD77Nt_SaTpbsxzN8eTEI3LryhEj4=";
        QTest::newRow("unpadded") << zero.chopped(1) << 1ll << "GET" << "/" << QString()
                                  << "eHaylCwqRSOa2LFD77Nt_SaTpbsxzN8eTEI3LryhEj4=";
        QTest::newRow("body") << zero << 1000000ll << "test-sign" << "/orders" << "{\"hash\":\"0x123\"}"
                              << "4gJVbox-R6XlDK4nlaicig0_ANVL1qdcahiL8CXfXLM=";
        QTest::newRow("data/orders") << zero << 1700000000ll << "GET" << "/data/orders" << QString()
                                     << "m6lGS9WyES7JjpAYNd7zIdW5bfHxAAI_pIa1St9vLO4=";
    }
    void hmac()
    {
        QFETCH(QString, secret);
        QFETCH(qint64, ts);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const QByteArray s = secret.toLatin1();
        auto sig = ClobAuthHeaders::hmacSignature(s, ts, method, path,
                                                  body.isNull() ? std::nullopt : std::optional<QString>(body));
        QVERIFY2(sig.ok(), qPrintable(sig.error()));
        QCOMPARE(*sig, expected);
    }

    // §4.2's last vector: the L2 signature over the §5.7 order body, end to end.
    void orderSubmission()
    {
        auto signer = crypto::EvmSigner::fromHex(kKey);
        const OrderBuilder builder(ExchangeConfig::forChain(137).value(), *signer);
        ApiCredentials creds;
        creds.apiKey = QStringLiteral("00000000-0000-0000-0000-000000000000");
        creds.secret = crypto::SecureBuffer::copyOf("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        creds.passphrase = crypto::SecureBuffer::copyOf("passphrase");
        auto sub = OrderSubmission::prepare(builder, *signer, referenceOrder(OrderVersion::V2), creds, OrderType::Gtc,
                                            false, false, 1700000000);
        QVERIFY2(sub.ok(), qPrintable(sub.error()));
        QVERIFY(sub->body().startsWith("{\"deferExec\":false,\"postOnly\":false,\"order\":{\"salt\":479249096354,"));
        const HeaderList& h = sub->headers();
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.at(0).second, QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(h.at(1).second, QStringLiteral("eZFtW_PzDDfUyiBFNG8IDZxNq9rBUCBs4HVOJ5AI3P8="));
        QCOMPARE(h.at(2).second, QStringLiteral("1700000000"));
        QCOMPARE(h.at(3).second, creds.apiKey);
        QCOMPARE(h.at(4).second, QStringLiteral("passphrase"));
        ApiCredentials none;
        QVERIFY(!OrderSubmission::prepare(builder, *signer, referenceOrder(OrderVersion::V2), none, OrderType::Gtc,
                                          false, false, 1).ok());
    }

    void hmacRefusals()
    {
        QVERIFY(!ClobAuthHeaders::hmacSignature("", 1, QStringLiteral("GET"), QStringLiteral("/"), {}).ok());
        QVERIFY(!ClobAuthHeaders::hmacSignature("not*base64!", 1, QStringLiteral("GET"), QStringLiteral("/"), {}).ok());
    }
};

QTEST_GUILESS_MAIN(OrderSigningTest)
#include "test_order_signing.moc"
