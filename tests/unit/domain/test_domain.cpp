// Domain value types: exact decimal parsing, addresses, token ids, identity keys, clocks.

#include "domain/Bytewise.h"
#include "domain/Address.h"
#include "domain/AssetId.h"
#include "domain/Clock.h"
#include "domain/EventKey.h"
#include "domain/Micros.h"
#include "domain/Side.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QtTest>

#include <limits>

using namespace slip;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Bytewise (UTF-8) order: as QString's order, except that a character above U+FFFF sorts
    // after U+E000-U+FFFF; checked against the UTF-8 bytes themselves.
    void bytewiseOrderIsUtf8Order()
    {
        const QStringList texts = {QString(), QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("b"),
                                   QStringLiteral("0x\uFF01"), QStringLiteral("0x\U0001F600"), QStringLiteral("\uE000"),
                                   QStringLiteral("\uD7FF"), QStringLiteral("\U00010000"), QStringLiteral("\u00E9"),
                                   QStringLiteral("\U0010FFFF"), QStringLiteral("\uFFFF")};
        int differsFromUtf16 = 0;
        for (const QString& a : texts)
            for (const QString& b : texts) {
                QCOMPARE(bytewiseLess(a, b), a.toUtf8() < b.toUtf8());
                differsFromUtf16 += bytewiseLess(a, b) != (a < b);
            }
        // Where UTF-16 order disagrees: U+E000 and U+FFFF against U+10000 and U+10FFFF, and "0x" U+FF01
        // against "0x" U+1F600 (five pairs, each asked both ways).
        QCOMPARE(differsFromUtf16, 10);
        QVERIFY(bytewiseLess(QStringLiteral("0x\uFF01"), QStringLiteral("0x\U0001F600")));
    }

    void decimalGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("raw");
        QTest::newRow("0.52") << "0.52" << qint64(520000);
        QTest::newRow("12") << "12" << qint64(12000000);
        QTest::newRow("truncates") << "123.4567891" << qint64(123456789);
        QTest::newRow("truncates-not-rounds") << "0.9999999" << qint64(999999);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("leading-zeros") << "007.5" << qint64(7500000);
        QTest::newRow("one-micro") << "0.000001" << qint64(1);
        QTest::newRow("below-micro") << "0.0000009" << qint64(0);
        QTest::newRow("max") << "9223372036854.775807" << std::numeric_limits<qint64>::max();
        QTest::newRow("many-decimals") << "1.000000000000000000000000001" << qint64(1000000);
    }
    void decimalGood()
    {
        QFETCH(QString, text);
        QFETCH(qint64, raw);
        auto r = Micros::parseDecimal(text);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->raw(), raw);
    }
    void decimalBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << "" << "empty decimal";
        QTest::newRow("sign") << "-1" << "malformed decimal";
        QTest::newRow("plus") << "+1" << "malformed decimal";
        QTest::newRow("dot-first") << ".5" << "malformed decimal";
        QTest::newRow("dot-last") << "5." << "malformed decimal";
        QTest::newRow("exponent") << "1e5" << "malformed decimal";
        QTest::newRow("space") << " 1" << "malformed decimal";
        QTest::newRow("trailing-space") << "1 " << "malformed decimal";
        QTest::newRow("two-dots") << "1.2.3" << "malformed decimal";
        QTest::newRow("comma") << "1,5" << "malformed decimal";
        QTest::newRow("overflow") << "9223372036854.775808" << "out of range";
        QTest::newRow("overflow-int") << "99999999999999999999" << "out of range";
        QTest::newRow("nan") << "NaN" << "malformed decimal";
        QTest::newRow("arabic-digit") << QString::fromUtf8("١") << "malformed decimal";
    }
    void decimalBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto r = Micros::parseDecimal(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    }
    void jsonNumbers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("raw");
        QTest::newRow("0.52") << QByteArray("[0.52]") << qint64(520000);
        // 0.1+0.2 style doubles: shortest text is used, never the binary expansion.
        QTest::newRow("0.3") << QByteArray("[0.30000000000000004]") << qint64(300000);
        QTest::newRow("integer") << QByteArray("[12]") << qint64(12000000);
        QTest::newRow("exp-small") << QByteArray("[1e-7]") << qint64(0);
        QTest::newRow("exp-small2") << QByteArray("[1.5e-5]") << qint64(15);
        QTest::newRow("exp-large") << QByteArray("[1e6]") << qint64(1000000000000);
        QTest::newRow("exp-large2") << QByteArray("[1.2345e10]") << qint64(12345000000000000);
        QTest::newRow("real-size") << QByteArray("[219.217767]") << qint64(219217767);
        QTest::newRow("many-digits") << QByteArray("[0.123456789]") << qint64(123456);
    }
    void jsonNumbers()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, raw);
        const QJsonValue v = QJsonDocument::fromJson(json).array().at(0);
        auto r = Micros::fromJson(v);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->raw(), raw);
    }
    void jsonBad()
    {
        QVERIFY(!Micros::fromJsonNumber(std::numeric_limits<double>::quiet_NaN()).ok());
        QVERIFY(!Micros::fromJsonNumber(std::numeric_limits<double>::infinity()).ok());
        QVERIFY(!Micros::fromJsonNumber(-0.5).ok());
        QVERIFY(!Micros::fromJsonNumber(1e300).ok());
        QVERIFY(!Micros::fromJson(QJsonValue(true)).ok());
        QVERIFY(!Micros::fromJson(QJsonValue()).ok());
        QVERIFY(!Micros::fromJson(QJsonValue(QStringLiteral("-1"))).ok());
    }
    void formatting()
    {
        QCOMPARE(Micros(520000).toString(), QStringLiteral("0.52"));
        QCOMPARE(Micros(12000000).toString(), QStringLiteral("12"));
        QCOMPARE(Micros(-1).toString(), QStringLiteral("-0.000001"));
        QCOMPARE(Micros(0).toString(), QStringLiteral("0"));
        QCOMPARE(Micros(std::numeric_limits<qint64>::min()).toString(),
                 QStringLiteral("-9223372036854.775808"));
        QCOMPARE(Micros(1234567).toFixed(2), QStringLiteral("1.23"));
        QCOMPARE(Micros(-1234567).toFixed(2), QStringLiteral("-1.23"));
        QCOMPARE(Micros(-1).toFixed(2), QStringLiteral("0.00"));
        // Round trip of every formatted value.
        for (qint64 v : {qint64(1), qint64(999999), qint64(1000001), qint64(123456789012)}) {
            QCOMPARE(Micros::parseDecimal(Micros(v).toString())->raw(), v);
        }
        QCOMPARE(Micros::parseSignedDecimal(u"-2.5")->raw(), qint64(-2500000));
    }
    void mulDivFloors()
    {
        QCOMPARE(mulDiv(520000, 3333333, 1000000), qint64(1733333)); // 1733333.16 -> floor
        QCOMPARE(notional(Micros(999999), Micros(999999)).raw(), qint64(999998));
        // 128-bit intermediate: the product overflows int64.
        QCOMPARE(mulDiv(std::numeric_limits<qint64>::max(), 1000000, 1000000),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(mulDiv(-7, 1, 2), qint64(-4));
    }
    void addresses()
    {
        // EIP-55 reference vectors.
        const QStringList good = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"};
        for (const auto& a : good) {
            auto r = Address::parse(a);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r->toString(), a.toLower());
            QCOMPARE(r->toChecksummed(), a);
        }
        QVERIFY(Address::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").ok());
        QVERIFY(Address::parse(u"0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED").ok());
        auto bad = Address::parse(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains("checksum"));
        QVERIFY(Address::parseLenient(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").ok());
        QVERIFY(Address::parse(u"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").error().contains("0x"));
        QVERIFY(Address::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea").error().contains("40 hex"));
        QVERIFY(Address::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beazz").error().contains("non-hex"));
        QCOMPARE(Address::fromBytes(QByteArray(20, '\x11')).toString(),
                 QStringLiteral("0x1111111111111111111111111111111111111111"));
    }
    void assetIds()
    {
        const QString real =
            "71321045679252212594626385532706912750332728571942532289631379312455583992563";
        QCOMPARE(AssetId::parse(real)->toString(), real);
        QVERIFY(AssetId::parse(u"0").ok());
        const QString max =
            "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        QVERIFY(AssetId::parse(max).ok());
        QVERIFY(!AssetId::parse(QString(max).replace(77, 1, "6")).ok());
        QVERIFY(!AssetId::parse(QString(max + "0")).ok());
        QVERIFY(!AssetId::parse(u"").ok());
        QVERIFY(!AssetId::parse(u"0x12").ok());
        QVERIFY(!AssetId::parse(u"012").ok());
        QVERIFY(!AssetId::parse(u"-1").ok());
    }
    void sides()
    {
        QCOMPARE(*parseSide(u"BUY"), Side::Buy);
        QCOMPARE(*parseSide(u"SELL"), Side::Sell);
        QVERIFY(!parseSide(u"buy").ok());
        QCOMPARE(sideToString(Side::Sell), QStringLiteral("SELL"));
    }
    void eventKeys()
    {
        const QString text = tradeKeyText("0xabc", "0xdef", "123", Side::Buy, Micros(520000),
                                          Micros(10000000), 1700000000000);
        QCOMPARE(text, QStringLiteral("0xabc|0xdef|123|BUY|520000|10000000|1700000000000"));
        // sha256("0xabc|0xdef|123|BUY|520000|10000000|1700000000000|0"), computed independently.
        QCOMPARE(eventKey(text, 0),
                 QString::fromLatin1(QCryptographicHash::hash(
                     "0xabc|0xdef|123|BUY|520000|10000000|1700000000000|0",
                     QCryptographicHash::Sha256).toHex()));
        QVERIFY(eventKey(text, 0) != eventKey(text, 1));
        QCOMPARE(activityKeyText("SPLIT", "0xa", "0xb", "0xc", "", Micros(5), Micros(0), 1000),
                 QStringLiteral("SPLIT|0xa|0xb|0xc||5|0|1000"));
    }
    void clocks()
    {
        VirtualClock v(1000);
        QCOMPARE(v.nowMs(), qint64(1000));
        v.advanceMs(500);
        QCOMPARE(v.nowMs(), qint64(1500));
        v.setMs(42);
        QCOMPARE(v.nowMs(), qint64(42));
        SystemClock s;
        QVERIFY(s.nowMs() > 1700000000000);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
