// Tests of the spec-exact venue parsers (activity/trades rows, books, Gamma markets, fee rates)
// on real payloads from shared/data/real and on malformed variants.

#include "RealData.h"
#include "domain/EventKey.h"
#include "venue/polymarket/ActivityParser.h"
#include "venue/polymarket/BookParser.h"
#include "venue/polymarket/FeeRateParser.h"
#include "venue/polymarket/GammaMarketParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slip;
using namespace slip::polymarket;

namespace {

QJsonValue readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QJsonValue parse(const char* text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

using slip::testing::csvFields;

const char* kWallet = "0x56687bf447db6ffa42ffe2204a05edaa20f55839";

} // namespace

class TestVenueParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityTradeRowExact()
    {
        const auto body = parse(R"([{"proxyWallet":"0x56687BF447DB6FFA42FFE2204A05EDAA20F55839",
            "timestamp":1703980800,"conditionId":"0xDD22","type":"TRADE","size":100.0,"usdcSize":55.0,
            "transactionHash":"0xAB","price":0.55,"asset":"7132","side":"BUY","extra":1}])");
        const auto r = ActivityParser::parse(body, ActivityParser::Feed::Activity, 1703980801234);
        QCOMPARE(r.events.size(), std::size_t(1));
        QVERIFY(r.rejected.empty());
        const TradeEvent& e = r.events[0];
        QCOMPARE(e.wallet, QString::fromLatin1(kWallet));
        QCOMPARE(e.txHash, QStringLiteral("0xab"));
        QCOMPARE(e.conditionId, QStringLiteral("0xdd22"));
        QCOMPARE(e.price.raw(), 550000);
        QCOMPARE(e.shares.raw(), 100000000);
        QCOMPARE(e.timeMs, std::int64_t(1703980800000));
        QCOMPARE(e.detectMs, std::int64_t(1703980801234));
        const QString text = QString::fromLatin1(kWallet) + QStringLiteral("|0xab|7132|BUY|550000|100000000|1703980800000");
        QCOMPARE(ActivityParser::keyText(e), text);
        QCOMPARE(e.key, eventKey(text, 0));
    }

    void identicalRowsCountK()
    {
        const auto body = parse(R"({"data":[
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":"5","conditionId":"0xc","transactionHash":"0xt","price":"0.5","asset":1,"side":"SELL","size":"2"},
            {"proxyWallet":"0x1111111111111111111111111111111111111111","timestamp":5,"conditionId":"0xc","transactionHash":"0xt","price":0.5,"asset":"1","side":"SELL","size":2},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":5.0,"conditionId":"0xc","transactionHash":"0xt","price":0.5,"asset":"1","side":"SELL","size":2}]})");
        const auto r = ActivityParser::parse(body, ActivityParser::Feed::Trades, 9000,
                                             [](const QString& w) { return w == QLatin1String(kWallet); });
        QCOMPARE(r.events.size(), std::size_t(2));
        QCOMPARE(r.ignored, 1);
        const QString text = ActivityParser::keyText(r.events[0]);
        QCOMPARE(r.events[0].key, eventKey(text, 0));
        QCOMPARE(r.events[1].key, eventKey(text, 1));
        QCOMPARE(r.events[0].asset, QStringLiteral("1"));
    }

    void activitySplitMergeRedeemAndIgnoredTypes()
    {
        const auto body = parse(R"([
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"SPLIT","size":25.5,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":11,"conditionId":"0xC","type":"REDEEM","size":3,"usdcSize":3,"asset":"9","transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":11,"conditionId":"0xC","type":"REWARD","size":3,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":11,"conditionId":"0xC","type":"MERGE","size":-1,"transactionHash":"0xT"}])");
        const auto r = ActivityParser::parse(body, ActivityParser::Feed::Activity, 20000);
        QCOMPARE(r.events.size(), std::size_t(2));
        QCOMPARE(r.ignored, 1);
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QCOMPARE(r.rejected[0].index, 3);
        QCOMPARE(r.events[0].type, ActivityType::Split);
        QCOMPARE(r.events[0].shares.raw(), 25500000);
        QCOMPARE(r.events[0].asset, QString());
        QCOMPARE(ActivityParser::keyText(r.events[0]),
                 QStringLiteral("SPLIT|0x56687bf447db6ffa42ffe2204a05edaa20f55839|0xt|0xc||25500000|0|10000"));
        QCOMPARE(r.events[1].type, ActivityType::Redeem);
        QCOMPARE(r.events[1].usdcSize.raw(), 3000000);
    }

    // Absent is "" / 0 (spec §2); null is a value, and not a token id or a number: the row goes.
    void nullIsNotAbsentInSplitMergeRows()
    {
        const auto body = parse(R"([
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"SPLIT","size":2,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"SPLIT","size":2,"asset":null,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"MERGE","size":2,"usdcSize":null,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"MERGE","size":2,"asset":"","usdcSize":0,"transactionHash":"0xT"}])");
        const auto r = ActivityParser::parse(body, ActivityParser::Feed::Activity, 20000);
        QCOMPARE(r.events.size(), std::size_t(2));
        QCOMPARE(r.rejected.size(), std::size_t(2));
        QCOMPARE(r.rejected[0].index, 1);
        QVERIFY2(r.rejected[0].message.contains(u"asset"), qPrintable(r.rejected[0].message));
        QCOMPARE(r.rejected[1].index, 2);
        QVERIFY2(r.rejected[1].message.contains(u"usdcSize"), qPrintable(r.rejected[1].message));
        QCOMPARE(r.events[1].type, ActivityType::Merge);
        QCOMPARE(r.events[1].asset, QString());
    }

    // A JSON number is truncated toward zero whatever its sign (spec §1): -1e-07 is 0 and -0 is 0,
    // -1 stays -1; then each field checks the range §2 gives it (none for orderMinSize and
    // outcomePrices). Token ids are strings or JSON integers; time_ms must fit in 64 bits.
    void negativeNumbersAreTruncatedAndFieldsCheckTheirRanges()
    {
        const auto rows = ActivityParser::parse(parse(R"([
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"SPLIT","size":-1e-07,"usdcSize":-0.0,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"SPLIT","size":2,"usdcSize":-0.000001,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","type":"MERGE","size":-1,"transactionHash":"0xT"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","side":"BUY","asset":"1","price":-0.5,"size":2,"transactionHash":"0xT","type":"TRADE"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10,"conditionId":"0xC","side":"BUY","asset":111.5,"price":0.5,"size":2,"transactionHash":"0xT","type":"TRADE"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":10000000000000000,"conditionId":"0xC","side":"BUY","asset":"1","price":0.5,"size":2,"transactionHash":"0xT","type":"TRADE"},
            {"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":-9223372036854775,"conditionId":"0xC","side":"BUY","asset":111,"price":0.5,"size":2,"transactionHash":"0xT","type":"TRADE"}])"),
            ActivityParser::Feed::Activity, 20000);
        QCOMPARE(rows.events.size(), std::size_t(2));
        QCOMPARE(rows.events[0].shares.raw(), 0);
        QCOMPARE(rows.events[0].usdcSize.raw(), 0);
        QCOMPARE(rows.events[1].asset, QStringLiteral("111"));
        QCOMPARE(rows.events[1].timeMs, std::int64_t(-9223372036854775000));
        const std::vector<std::pair<int, const char*>> rejected = {
            {1, "usdcSize"}, {2, "size"}, {3, "price"}, {4, "asset"}, {5, "timestamp"}};
        QCOMPARE(rows.rejected.size(), rejected.size());
        for (std::size_t k = 0; k < rejected.size(); ++k) {
            QCOMPARE(rows.rejected[k].index, rejected[k].first);
            QVERIFY2(rows.rejected[k].message.contains(QLatin1String(rejected[k].second)),
                     qPrintable(rows.rejected[k].message));
        }

        // A level of size -1e-07 is a level of size 0, dropped; a size of -0.000001 rejects the book.
        const auto books = BookParser::parse(parse(R"([
            {"asset_id":"1","bids":[{"price":0.5,"size":-1e-07},{"price":0.4,"size":-0.0}],"asks":[{"price":0.6,"size":1}]},
            {"asset_id":"2","bids":[{"price":0.5,"size":-0.000001}]},
            {"asset_id":"3","bids":[{"price":-0.5,"size":1}]}])"));
        QCOMPARE(books.books.size(), std::size_t(1));
        QVERIFY(books.books[0].bids.empty());
        QCOMPARE(books.books[0].asks.size(), std::size_t(1));
        QCOMPARE(books.rejected.size(), std::size_t(2));

        const auto markets = GammaMarketParser::parse(parse(R"([
            {"conditionId":"0xA","clobTokenIds":["1","2"],"outcomePrices":[-0.5,1],"orderMinSize":-1}])"));
        QCOMPARE(markets.markets.size(), std::size_t(1));
        QCOMPARE(markets.markets[0].outcomePrices[0].raw(), -500000);
        QCOMPARE(markets.markets[0].orderMinSize->raw(), -1000000);
    }

    void malformedRowsRejectedAlone_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("json");
        QTest::newRow("price 0") << "price" << "0";
        QTest::newRow("price above 1") << "price" << "1.000001";
        QTest::newRow("price exponent string") << "price" << "\"1e-1\"";
        QTest::newRow("price .5") << "price" << "\".5\"";
        QTest::newRow("price 5.") << "price" << "\"5.\"";
        QTest::newRow("size negative") << "size" << "-1";
        QTest::newRow("size truncated to 0") << "size" << "0.0000001";
        QTest::newRow("size blank") << "size" << "\"\"";
        QTest::newRow("side lower") << "side" << "\"buy\"";
        QTest::newRow("wallet short") << "proxyWallet" << "\"0x1234\"";
        QTest::newRow("timestamp fractional") << "timestamp" << "1.5";
        QTest::newRow("timestamp text") << "timestamp" << "\"12a\"";
        QTest::newRow("timestamp beyond int64") << "timestamp" << "\"9223372036854775808\"";
        QTest::newRow("timestamp in range, ms beyond") << "timestamp" << "\"0009223372036854775807\"";
        QTest::newRow("timestamp sign only") << "timestamp" << "\"-\"";
        QTest::newRow("timestamp plus") << "timestamp" << "\"+5\"";
        QTest::newRow("tx empty") << "transactionHash" << "\"\"";
        QTest::newRow("condition missing") << "conditionId" << "null";
        QTest::newRow("asset not digits") << "asset" << "\"0xabc\"";
    }

    void malformedRowsRejectedAlone()
    {
        QFETCH(QString, field);
        QFETCH(QString, json);
        QJsonObject good = parse(R"({"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839","timestamp":5,
            "conditionId":"0xc","transactionHash":"0xt","price":"0.5","asset":"1","side":"BUY","size":"2"})").toObject();
        QJsonObject bad = good;
        const QJsonValue v = QJsonDocument::fromJson(("[" + json + "]").toUtf8()).array().at(0);
        if (v.isNull())
            bad.remove(field);
        else
            bad.insert(field, v);
        const auto r = ActivityParser::parse(QJsonArray{good, bad, good}, ActivityParser::Feed::Trades, 1);
        QCOMPARE(r.events.size(), std::size_t(2));
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QCOMPARE(r.rejected[0].index, 1);
        QVERIFY2(r.rejected[0].message.contains(field), qPrintable(r.rejected[0].message));
        QCOMPARE(r.events[1].key, eventKey(ActivityParser::keyText(r.events[0]), 1));
    }

    // An integer field given as a string is read by the grammar ^-?[0-9]+$ (§1), leading zeros
    // and all, however long the text; only the value's range limits it.
    void integerStringsTakeLeadingZeros()
    {
        for (const auto& [text, ms] : {std::pair{"\"00000000001767225600\"", std::int64_t(1767225600000)},
                                       std::pair{"\"-0000000000000000000005\"", std::int64_t(-5000)},
                                       std::pair{"\"-0\"", std::int64_t(0)}}) {
            const QByteArray json = QByteArray(R"({"proxyWallet":"0x56687bf447db6ffa42ffe2204a05edaa20f55839",
                "timestamp":)") + text + R"(,"conditionId":"0xc","transactionHash":"0xt","price":"0.5","asset":"1",
                "side":"BUY","size":"2"})";
            const QJsonObject row = parse(json.constData()).toObject();
            const auto r = ActivityParser::parse(QJsonArray{row}, ActivityParser::Feed::Trades, 1);
            QVERIFY2(r.rejected.empty(), text);
            QCOMPARE(r.events.size(), std::size_t(1));
            QCOMPARE(r.events[0].timeMs, ms);
        }
    }

    void realTradesCsvRows()
    {
        const QString path = QStringLiteral(SLIPSTREAM_REAL_DATA_DIR) +
            QStringLiteral("/polymarket-data-api/asommerhauser-polymarket-tracker/replay_slices/five_wallets_all_snapshots.csv");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("real data not present");
        const QStringList header = csvFields(QString::fromUtf8(f.readLine()).trimmed());
        QJsonArray rows;
        while (!f.atEnd()) {
            const QStringList v = csvFields(QString::fromUtf8(f.readLine()).trimmed());
            QJsonObject row;
            for (qsizetype i = 0; i < header.size() && i < v.size(); ++i) {
                // The export carries numbers as their JSON text; keep them numbers as the API does.
                if (header[i] == u"size" || header[i] == u"price" || header[i] == u"timestamp")
                    row.insert(header[i], v[i].toDouble());
                else
                    row.insert(header[i], v[i]);
            }
            row.insert(QStringLiteral("transactionHash"), QStringLiteral("0xfeed"));
            rows.push_back(row);
        }
        QCOMPARE(rows.size(), 162);
        const auto r = ActivityParser::parse(rows, ActivityParser::Feed::Trades, 1767504100000);
        QCOMPARE(r.rejected.size(), std::size_t(0));
        QCOMPARE(r.events.size(), std::size_t(162));
        const TradeEvent& e = r.events[0];
        QCOMPARE(e.wallet, QStringLiteral("0x5f6aedef4812ce1ca8773949bdfdb00b480faba2"));
        QCOMPARE(e.side, Side::Sell);
        QCOMPARE(e.asset, QStringLiteral("90846262745403822655213923061348911698744534723628878998510569198778945099303"));
        QCOMPARE(e.shares.raw(), 9990000);
        QCOMPARE(e.price.raw(), 320000);
        QCOMPARE(e.timeMs, std::int64_t(1767504061000));
    }

    void realBook()
    {
        const auto body = readJson(QStringLiteral(SLIPSTREAM_REAL_DATA_DIR) +
                                   QStringLiteral("/polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        if (body.isUndefined())
            QSKIP("real data not present");
        const auto r = BookParser::parse(body);
        QCOMPARE(r.books.size(), std::size_t(1));
        const BookSnapshot& b = r.books[0];
        QCOMPARE(b.asset, QStringLiteral("23360939988679364027624185518382759743328544433592111535569478055890815567848"));
        QCOMPARE(b.market, QStringLiteral("0x1a4f04c2e6c000d9fc524eb12e7333217411a226c34745af140f195c0227cd5f"));
        QCOMPARE(b.bids.size(), std::size_t(5));
        QCOMPARE(b.asks.size(), std::size_t(7));
        QCOMPARE(b.bestBid().raw(), 100000);
        QCOMPARE(b.bestAsk().raw(), 140000);
        QCOMPARE(b.asks[4].size.raw(), 192300000);
        QCOMPARE(b.asks[0].price.raw(), 980000);
        QCOMPARE(b.venueTimestampMs, std::int64_t(1728799418260));
        QCOMPARE(b.hash, QStringLiteral("2fc4a3d6a98bc164e057589bcb74981852b87412"));
    }

    void bookVariants()
    {
        auto r = BookParser::parse(parse(R"([{"asset_id":"1","bids":null,"asks":[{"price":0.5,"size":0},{"price":"0.6","size":"3"}]},
            {"asset_id":"2","bids":[{"price":"1.01","size":"1"}]},
            {"asset_id":"3","bids":[{"price":"0.5","size":"-1"}]},
            {"bids":[]},
            {"asset_id":"4","bids":[{"price":"0.4","size":"1"},{"price":"0.4","size":"2"}]}])"));
        QCOMPARE(r.books.size(), std::size_t(2));
        QCOMPARE(r.rejected.size(), std::size_t(3));
        QCOMPARE(r.rejected[0].index, 1);
        QCOMPARE(r.rejected[1].index, 2);
        QCOMPARE(r.rejected[2].index, 3);
        QVERIFY(r.books[0].bids.empty());
        QCOMPARE(r.books[0].asks.size(), std::size_t(1));
        QCOMPARE(r.books[0].asks[0].price.raw(), 600000);
        QCOMPARE(r.books[1].bids.size(), std::size_t(2));
        QCOMPARE(r.books[1].bids[1].size.raw(), 2000000);
    }

    void realGammaMarket()
    {
        const auto body = readJson(QStringLiteral(SLIPSTREAM_REAL_DATA_DIR) + QStringLiteral("/gamma/nautilus/gamma_market.json"));
        if (body.isUndefined())
            QSKIP("real data not present");
        const auto r = GammaMarketParser::parse(body);
        QCOMPARE(r.markets.size(), std::size_t(1));
        const MarketInfo& m = r.markets[0];
        QCOMPARE(m.conditionId, QStringLiteral("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b"));
        QCOMPARE(m.tokenIds, (QStringList{QStringLiteral("104239898038807136052399800151408521467737075933964991162589336683346093173875"),
                                          QStringLiteral("71183960810705820955071415844881728181970340514894896943812046065452395013351")}));
        QCOMPARE(m.outcomes, (QStringList{QStringLiteral("Up"), QStringLiteral("Down")}));
        QCOMPARE(m.outcomePrices.size(), std::size_t(2));
        QCOMPARE(m.outcomePrices[0].raw(), 505000);
        QCOMPARE(m.outcomePrices[1].raw(), 495000);
        QCOMPARE(m.endMs.value_or(0), std::int64_t(1773307500000));
        QCOMPARE(m.closed, false);
        QCOMPARE(m.orderMinSize.value_or(Micros()).raw(), 5000000);
        QCOMPARE(m.tickSize.value_or(Micros()).raw(), 10000);
        QVERIFY(m.categories.isEmpty());
        QCOMPARE(m.slug, QStringLiteral("btc-updown-5m-1773307200"));
        QCOMPARE(m.id, QStringLiteral("1557558"));
        QVERIFY(m.active);
        QVERIFY(m.acceptingOrders);
    }

    void realGammaClosedMarkets()
    {
        const QString dir = QStringLiteral(SLIPSTREAM_REAL_DATA_DIR) + QStringLiteral("/gamma/nautilus/");
        const auto won = GammaMarketParser::parse(readJson(dir + QStringLiteral("gamma_market_closed_binary_accepting_true.json")));
        if (won.markets.empty())
            QSKIP("real data not present");
        QVERIFY(won.markets[0].closed);
        QCOMPARE(won.markets[0].outcomePrices[0].raw(), 1000000);
        QCOMPARE(won.markets[0].outcomePrices[1].raw(), 0);
        const auto legacy = GammaMarketParser::parse(readJson(dir + QStringLiteral("gamma_market_closed_nonbinary_legacy.json")));
        QCOMPARE(legacy.markets.size(), std::size_t(1));
        QCOMPARE(legacy.markets[0].outcomePrices[0].raw(), 584331);
        QCOMPARE(legacy.markets[0].categories, QStringList{QStringLiteral("Crypto")});
        QVERIFY(!legacy.markets[0].orderMinSize.has_value());
        QCOMPARE(legacy.markets[0].endMs.value_or(0), std::int64_t(1609545600000));
    }

    void gammaTrimmedArraysTagsAndErrors()
    {
        const auto r = GammaMarketParser::parse(parse(R"([
            {"conditionId":"0xAA","clobTokenIds":["1","2"],"outcomePrices":[1,"0"],"closed":true,"category":"Sports",
             "tags":[{"label":"NBA"},{"label":7}],"events":[{"tags":[{"label":"Basketball"}]}],"endDate":"2026-01-02"},
            {"conditionId":"0xBB","clobTokenIds":"[]"},
            {"conditionId":"0xCC","clobTokenIds":["1"],"endDate":"2026-13-01"},
            {"conditionId":"0xDD","clobTokenIds":["1"],"endDate":"2026-01-02T03:04:05.6789+02:00"},
            {"conditionId":"0xEE","clobTokenIds":["1"],"closed":"yes"},
            {"conditionId":"0xFF","clobTokenIds":["1"],"endDate":""},
            {"conditionId":"0x10","clobTokenIds":["1"],"closed":null},
            {"conditionId":"0x11","clobTokenIds":["1"],"endDate":null},
            {"conditionId":"0x12","clobTokenIds":["1"],"outcomePrices":null},
            {"conditionId":"0x13","clobTokenIds":["1"],"orderMinSize":null},
            {"conditionId":"0x14","clobTokenIds":["7","7"]}])"));
        // Only a book's bids and asks take null for empty (spec §2): a null here is malformed. A
        // token listed twice is too (a MERGE would take its shares twice).
        QCOMPARE(r.markets.size(), std::size_t(3));
        QCOMPARE(r.rejected.size(), std::size_t(8));
        QVERIFY2(r.rejected[7].message.contains(u"listed twice"), qPrintable(r.rejected[7].message));
        QCOMPARE(r.rejected[0].index, 1);
        QCOMPARE(r.rejected[1].index, 2);
        QCOMPARE(r.rejected[2].index, 4);
        for (int k = 0; k < 5; ++k)
            QCOMPARE(r.rejected[std::size_t(3 + k)].index, 6 + k);
        QCOMPARE(r.markets[0].conditionId, QStringLiteral("0xaa"));
        QCOMPARE(r.markets[0].categories, (QStringList{QStringLiteral("Sports"), QStringLiteral("NBA"), QStringLiteral("Basketball")}));
        QCOMPARE(r.markets[0].outcomePrices[0].raw(), 1000000);
        QCOMPARE(r.markets[0].endMs.value_or(0), std::int64_t(1767312000000));
        // 03:04:05.678 at +02:00 is 01:04:05.678 UTC.
        QCOMPARE(r.markets[1].endMs.value_or(0), std::int64_t(1767312000000 + 3845678));
        QVERIFY(!r.markets[2].endMs.has_value());
    }

    void feeRate()
    {
        auto ok = FeeRateParser::parse(parse(R"({"token_id":"77"})").toObject(), parse(R"({"base_fee":"25"})"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->asset, QStringLiteral("77"));
        QCOMPARE(ok->bps, std::int64_t(25));
        QVERIFY(!FeeRateParser::parse(parse(R"({"token_id":"77"})").toObject(), parse(R"({"base_fee":10001})")).ok());
        QVERIFY(FeeRateParser::parse(parse(R"({"token_id":"77"})").toObject(), parse(R"({"base_fee":10000.0})")).ok());
        QVERIFY(!FeeRateParser::parse(parse(R"({"token_id":"77"})").toObject(), parse(R"({"base_fee":0.5})")).ok());
        QVERIFY(!FeeRateParser::parse(QJsonObject(), parse(R"({"base_fee":1})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVenueParsers)
#include "test_venue_parsers.moc"
