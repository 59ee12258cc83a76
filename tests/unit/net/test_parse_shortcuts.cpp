// The parse-throughput shortcuts give exactly what the general paths give: microsFromJson
// against Micros::fromJson (number -> shortest text -> decimal) on millions of doubles, and
// ActivityParser keys against EventKey's eventKey(keyText) on ASCII, non-ASCII and duplicate
// rows.

#include "domain/EventKey.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace slip;
using namespace slip::polymarket;

namespace {

void expectSame(double v)
{
    const QJsonValue j(v);
    const auto fast = microsFromJson(j);
    const auto slow = Micros::fromJson(j);
    QCOMPARE(fast.ok(), slow.ok());
    if (fast.ok())
        QCOMPARE(fast->raw(), slow->raw());
    else
        QCOMPARE(fast.error(), slow.error());
}

QJsonObject tradeRow(const QString& tx, const QString& asset, double price, double size)
{
    QJsonObject r;
    r.insert(QStringLiteral("type"), QStringLiteral("TRADE"));
    r.insert(QStringLiteral("proxyWallet"), QStringLiteral("0xAbCdEf0123456789abcdef0123456789ABCDEF01"));
    r.insert(QStringLiteral("timestamp"), qint64(1767504071));
    r.insert(QStringLiteral("transactionHash"), tx);
    r.insert(QStringLiteral("conditionId"), QStringLiteral("0xC0ND"));
    r.insert(QStringLiteral("asset"), asset);
    r.insert(QStringLiteral("side"), QStringLiteral("BUY"));
    r.insert(QStringLiteral("price"), price);
    r.insert(QStringLiteral("size"), size);
    r.insert(QStringLiteral("usdcSize"), price * size);
    return r;
}

} // namespace

class ParseShortcutsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void microsShortcutEdges()
    {
        const double edges[] = {0.0, -0.0, 1e-7, 1e-6, 9.99999e-7, 1.5e-6, 0.1, 0.2, 0.3, 0.7, 1.0,
                                0.999999, 0.9999995, 0.1234565, 12.34, 1e9, 4294967295.999999,
                                4294967296.0, 4294967296.5, 1e15, 1e21, 1e300, -1.0, -1e-9,
                                std::numeric_limits<double>::denorm_min(),
                                std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::infinity(),
                                std::nextafter(1.0, 0.0), std::nextafter(1.0, 2.0),
                                std::nextafter(0.1, 0.0), std::nextafter(0.1, 1.0)};
        for (const double v : edges)
            expectSame(v);
    }

    void microsShortcutRandomDecimals()
    {
        // Venue-like numbers: decimals with 0 to 9 places, and their neighbouring doubles.
        std::mt19937_64 rng(20260421);
        for (int i = 0; i < 300'000; ++i) {
            const int places = int(rng() % 10);
            const std::uint64_t mantissa = rng() % 10'000'000'000'000ull;
            const double v = double(mantissa) / std::pow(10.0, places);
            expectSame(v);
            expectSame(std::nextafter(v, 0.0));
            expectSame(std::nextafter(v, 1e300));
        }
    }

    void microsShortcutRandomBits()
    {
        // Arbitrary doubles in and around the shortcut's range.
        std::mt19937_64 rng(7);
        for (int i = 0; i < 300'000; ++i) {
            const double v = std::ldexp(double(rng() >> 11), int(rng() % 90) - 100);
            expectSame(v);
        }
    }

    void keysMatchEventKey()
    {
        QJsonArray rows;
        rows.append(tradeRow(QStringLiteral("0xAA"), QStringLiteral("123"), 0.5, 10));
        rows.append(tradeRow(QStringLiteral("0xAA"), QStringLiteral("123"), 0.5, 10)); // k = 1
        rows.append(tradeRow(QStringLiteral("0xaa"), QStringLiteral("123"), 0.5, 10)); // k = 2 (lowered)
        rows.append(tradeRow(QStringLiteral("0xbb"), QStringLiteral("123"), 0.25, 3.5));
        rows.append(tradeRow(QStringLiteral("0xÄé"), QStringLiteral("123"), 0.5, 10)); // non-ASCII tx
        rows.append(tradeRow(QStringLiteral("0xäé"), QStringLiteral("123"), 0.5, 10)); // same text, k = 1
        QString lone = QStringLiteral("0x");
        lone.append(QChar(char16_t(0xd800)));
        rows.append(tradeRow(lone, QStringLiteral("123"), 0.5, 10));
        QJsonObject merge;
        merge.insert(QStringLiteral("type"), QStringLiteral("MERGE"));
        merge.insert(QStringLiteral("proxyWallet"), QStringLiteral("0xabcdef0123456789abcdef0123456789abcdef01"));
        merge.insert(QStringLiteral("timestamp"), QStringLiteral("1767504071"));
        merge.insert(QStringLiteral("transactionHash"), QStringLiteral("0xCC"));
        merge.insert(QStringLiteral("conditionId"), QStringLiteral("0xCondé"));
        merge.insert(QStringLiteral("size"), 12.5);
        merge.insert(QStringLiteral("usdcSize"), 12.5);
        rows.append(merge);
        rows.append(merge);
        merge.insert(QStringLiteral("conditionId"), QStringLiteral("0xCOND"));
        rows.append(merge);
        rows.append(merge);

        const auto res = ActivityParser::parse(rows, ActivityParser::Feed::Activity, 5);
        QCOMPARE(res.rejected.size(), std::size_t(0));
        QCOMPARE(res.events.size(), std::size_t(rows.size()));
        QHash<QString, int> seen;
        for (const auto& e : res.events) {
            const QString text = ActivityParser::keyText(e);
            const int k = seen[text]++;
            QCOMPARE(e.key, eventKey(text, k));
        }
        QCOMPARE(res.events[1].key, eventKey(ActivityParser::keyText(res.events[0]), 1));
        QCOMPARE(res.events[2].key, eventKey(ActivityParser::keyText(res.events[0]), 2));
        QCOMPARE(res.events[5].key, eventKey(ActivityParser::keyText(res.events[4]), 1));
        QCOMPARE(res.events[0].wallet, QStringLiteral("0xabcdef0123456789abcdef0123456789abcdef01"));
        QCOMPARE(res.events[4].txHash, QStringLiteral("0xäé"));
        QCOMPARE(res.events[9].conditionId, QStringLiteral("0xcond"));
    }
};

QTEST_GUILESS_MAIN(ParseShortcutsTest)
#include "test_parse_shortcuts.moc"
