// The demo capture: deterministic per seed, in the capture format with only known feeds,
// markets, books and trades that agree with each other, and the bundled file is exactly what
// the documented generator writes.

#include "capture/CaptureReader.h"
#include "venue/sandbox/DemoCaptureGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace slip;
using namespace slip::sandbox;

class TestDemoCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministicAndWellFormed()
    {
        DemoOptions o;
        o.hours = 2;
        const auto a = DemoCaptureGenerator::generate(o);
        const auto b = DemoCaptureGenerator::generate(o);
        QCOMPARE(a, b);
        o.seed += 1;
        QVERIFY(DemoCaptureGenerator::generate(o) != a);

        QByteArray text;
        for (const auto& l : a)
            text += l + '\n';
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(int(r.errors.size()), 0);
        QCOMPARE(r.unknownSrc, 0);
        QCOMPARE(r.outOfOrder, 0);
        QCOMPARE(r.records.size(), a.size());

        QSet<QString> tokens, bookAssets, wallets;
        int trades = 0, sells = 0;
        for (const auto& rec : r.records) {
            if (rec.src == u"gamma.market") {
                for (const auto& m : rec.body.toArray()) {
                    // Real Gamma encodes these arrays as JSON strings.
                    const QString ids = m.toObject().value("clobTokenIds").toString();
                    QVERIFY(ids.startsWith("[\""));
                    for (const auto& t : QJsonDocument::fromJson(ids.toUtf8()).array())
                        tokens.insert(t.toString());
                }
            } else if (rec.src == u"clob.book") {
                const QJsonObject b = rec.body.toObject();
                bookAssets.insert(b.value("asset_id").toString());
                QVERIFY(!b.value("bids").toArray().isEmpty());
                QVERIFY(!b.value("asks").toArray().isEmpty());
                // Best bid below best ask; best prices are last, as the CLOB sends them.
                const double bid = b.value("bids").toArray().last().toObject().value("price").toString().toDouble();
                const double ask = b.value("asks").toArray().last().toObject().value("price").toString().toDouble();
                QVERIFY2(bid < ask, qPrintable(QString::number(rec.line)));
                QVERIFY(ask - bid <= 0.0200001);
            } else if (rec.src == u"data-api.activity") {
                for (const auto& v : rec.body.toArray()) {
                    const QJsonObject row = v.toObject();
                    QCOMPARE(row.value("type").toString(), QStringLiteral("TRADE"));
                    QVERIFY(tokens.contains(row.value("asset").toString()));
                    QVERIFY(row.value("price").toDouble() > 0 && row.value("price").toDouble() < 1);
                    QVERIFY(row.value("size").toDouble() > 0);
                    // Detected a few seconds after the trade.
                    const qint64 lag = rec.t - qint64(row.value("timestamp").toDouble()) * 1000;
                    QVERIFY(lag >= 2000 && lag <= 9000);
                    wallets.insert(row.value("proxyWallet").toString());
                    ++trades;
                    sells += row.value("side").toString() == u"SELL";
                }
            }
        }
        QCOMPARE(tokens.size(), 12);
        QCOMPARE(bookAssets, tokens);
        QCOMPARE(wallets.size(), 4);
        QVERIFY(trades > 100);
        QVERIFY(sells > 10);
    }

    void bundledFileIsTheGeneratorsOutput()
    {
        auto bundled = CaptureReader::readFile(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz"));
        QVERIFY2(bundled.ok(), qPrintable(bundled.error()));
        const auto lines = DemoCaptureGenerator::generate(DemoOptions{});
        QCOMPARE(bundled->records.size(), lines.size());
        QFile f(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/resources/demo/demo-capture.jsonl.gz"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto text = CaptureReader::gunzip(f.readAll());
        QVERIFY(text.ok());
        QByteArray expected;
        for (const auto& l : lines)
            expected += l + '\n';
        QVERIFY2(*text == expected, "resources/demo/demo-capture.jsonl.gz is out of date: regenerate it with "
                                    "slipstream-cli generate-demo --out resources/demo/demo-capture.jsonl.gz");
    }
};

QTEST_GUILESS_MAIN(TestDemoCapture)
#include "test_demo_capture.moc"
