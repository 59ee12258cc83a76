// `slipstream-cli replay` end to end on a capture built from real venue payloads
// (shared/data/real): real Data API trade rows of five wallets over three snapshots, the real
// CLOB book levels, a real Gamma market; byte-identical output across runs and gzip, SHADOW
// figures recomputed independently from the CSV rows.

#include "RealData.h"
#include "capture/CaptureWriter.h"
#include "domain/Micros.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace slip;

namespace {

const QString kReal = QStringLiteral(SLIPSTREAM_REAL_DATA_DIR);
const QString kCli = QStringLiteral(SLIPSTREAM_BINARY_DIR) + QStringLiteral("/app/slipstream-cli");

using slip::testing::csvFields;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compact(const QByteArray& json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.toJson(QJsonDocument::Compact);
}

struct Row
{
    QString wallet, side, asset, condition, size, price;
    qint64 ts = 0;
};

struct Built
{
    QString path;
    QStringList wallets;
    std::vector<std::vector<Row>> snapshots; // rows per capture record, in capture order
};

// Writes the capture and returns what went in, for the independent checks.
Built buildCapture(const QString& dir)
{
    Built b;
    QFile csv(kReal + QStringLiteral("/polymarket-data-api/asommerhauser-polymarket-tracker/replay_slices/five_wallets_all_snapshots.csv"));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text))
        return b;
    const QStringList header = csvFields(QString::fromUtf8(csv.readLine()).trimmed());
    QMap<QString, std::vector<Row>> bySnapshot; // source file names sort in time order
    QMap<QString, QSet<QString>> assetsOf;
    while (!csv.atEnd()) {
        const QStringList v = csvFields(QString::fromUtf8(csv.readLine()).trimmed());
        if (v.size() < header.size())
            continue;
        auto f = [&](const char* name) { return v[header.indexOf(QLatin1String(name))]; };
        Row r{f("proxyWallet").toLower(), f("side"), f("asset"), f("conditionId"), f("size"), f("price"), f("timestamp").toLongLong()};
        bySnapshot[f("source_file")].push_back(r);
        assetsOf[r.condition].insert(r.asset);
        if (!b.wallets.contains(r.wallet))
            b.wallets.push_back(r.wallet);
    }
    b.wallets.sort();

    b.path = dir + QStringLiteral("/real.jsonl");
    QFile::remove(b.path);
    CaptureWriter w(dir, QStringLiteral("real"), 0, 0);
    qint64 firstTs = std::numeric_limits<qint64>::max();
    for (const auto& rows : bySnapshot)
        for (const Row& r : rows)
            firstTs = std::min(firstTs, r.ts);
    const qint64 t0 = firstTs * 1000 - 60'000;
    // A real Gamma market (unrelated to the trades) and markets for the traded conditions.
    (void)w.writeRaw(t0, QStringLiteral("gamma.market"), {}, compact(readAll(kReal + QStringLiteral("/gamma/nautilus/gamma_market.json"))));
    QJsonArray markets;
    for (auto it = assetsOf.begin(); it != assetsOf.end(); ++it) {
        QStringList tokens = it.value().values();
        tokens.sort();
        markets.push_back(QJsonObject{{QStringLiteral("conditionId"), it.key()},
                                      {QStringLiteral("clobTokenIds"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tokens)).toJson(QJsonDocument::Compact))},
                                      {QStringLiteral("closed"), false}, {QStringLiteral("orderMinSize"), 5}});
    }
    (void)w.writeRaw(t0, QStringLiteral("gamma.market"), {}, QJsonDocument(markets).toJson(QJsonDocument::Compact));
    // The real book's levels for every traded asset (POST /books shape).
    const QJsonObject realBook = QJsonDocument::fromJson(readAll(kReal + QStringLiteral("/polymarket-clob/nautilus/clob_book_2024-10-13.json"))).object();
    QJsonArray books;
    for (const auto& set : assetsOf)
        for (const QString& a : set) {
            QJsonObject o = realBook;
            o.insert(QStringLiteral("asset_id"), a);
            books.push_back(o);
        }
    const QByteArray booksBody = QJsonDocument(books).toJson(QJsonDocument::Compact);
    (void)w.writeRaw(t0, QStringLiteral("clob.book"), {}, booksBody);
    for (const auto& rows : bySnapshot) {
        qint64 maxTs = 0;
        QJsonArray body;
        for (const Row& r : rows) {
            maxTs = std::max(maxTs, r.ts);
            // The export dropped transactionHash; derive a stable one from the fill itself so a
            // fill seen in two snapshots dedupes, as it would on the venue.
            const QByteArray id = (r.wallet + r.asset + r.side + r.size + r.price + QString::number(r.ts)).toUtf8();
            const QString tx = QStringLiteral("0x") + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex());
            body.push_back(QJsonObject{{QStringLiteral("proxyWallet"), r.wallet}, {QStringLiteral("side"), r.side},
                                       {QStringLiteral("asset"), r.asset}, {QStringLiteral("conditionId"), r.condition},
                                       {QStringLiteral("size"), r.size.toDouble()}, {QStringLiteral("price"), r.price.toDouble()},
                                       {QStringLiteral("timestamp"), r.ts}, {QStringLiteral("transactionHash"), tx}});
        }
        (void)w.writeRaw(maxTs * 1000 + 700, QStringLiteral("data-api.trades"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
        // The monitor records the books it decides on; here the real levels again, fresh.
        (void)w.writeRaw(maxTs * 1000 + 2'000, QStringLiteral("clob.book"), {}, booksBody);
        b.snapshots.push_back(rows);
    }
    w.flush();
    return b;
}

QByteArray runCli(const QStringList& args, int* exitCode = nullptr, QByteArray* err = nullptr)
{
    QProcess p;
    p.start(kCli, QStringList{QStringLiteral("replay")} + args);
    p.waitForFinished(120'000);
    if (exitCode)
        *exitCode = p.exitCode();
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

class TestReplayReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayOfRealPayloads()
    {
        QTemporaryDir dir;
        const Built b = buildCapture(dir.path());
        if (b.path.isEmpty())
            QSKIP("real data not present");
        QCOMPARE(b.wallets.size(), 5);
        QByteArray config = "{\"seed\":7,\"global\":{\"min_depth_bps\":0,\"max_spread\":\"1\",\"max_worse_than_fill\":\"1\","
                            "\"max_chase_vs_mid\":\"1\",\"copy_bps\":10000,\"min_trade_usdc\":\"1\"},\"wallets\":[";
        for (qsizetype i = 0; i < b.wallets.size(); ++i)
            config += (i ? "," : "") + ("{\"address\":\"" + b.wallets[i] + "\"}").toUtf8();
        config += "]}";
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        QFile cf(configPath);
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write(config);
        cf.close();

        int code = -1;
        QByteArray err;
        const QByteArray first = runCli({QStringLiteral("--capture"), b.path, QStringLiteral("--config"), configPath}, &code, &err);
        QVERIFY2(code == 0, err.constData());
        const QString outPath = dir.filePath(QStringLiteral("out.json"));
        runCli({QStringLiteral("--capture"), b.path, QStringLiteral("--config"), configPath, QStringLiteral("--out"), outPath}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(readAll(outPath), first); // byte-identical across runs and sinks

        // The same capture gzip-compressed gives the same bytes.
        const QString gzPath = dir.filePath(QStringLiteral("real.jsonl.gz"));
        gzFile gz = gzopen(gzPath.toLocal8Bit().constData(), "wb");
        const QByteArray plain = readAll(b.path);
        gzwrite(gz, plain.constData(), unsigned(plain.size()));
        gzclose(gz);
        QCOMPARE(runCli({QStringLiteral("--capture"), gzPath, QStringLiteral("--config"), configPath}), first);

        const QJsonObject out = QJsonDocument::fromJson(first).object();
        const QJsonArray attempts = out.value(QStringLiteral("attempts")).toArray();
        const QJsonArray portfolios = out.value(QStringLiteral("portfolios")).toArray();
        QCOMPARE(portfolios.size(), 5 * 2 + 1);
        QVERIFY(attempts.size() > 20);
        QCOMPARE(attempts.size() % 2, 0);
        int executed = 0;
        for (const QJsonValue& v : attempts)
            executed += v.toObject().value(QStringLiteral("decision")).toString() == u"EXECUTE";
        QVERIFY(executed > 0);

        // SHADOW recomputed from the rows: deduped fills in capture order, ascending time.
        QSet<QString> seen;
        QMap<QString, QMap<QString, qint64>> holdings;
        QMap<QString, qint64> cash;
        for (std::vector<Row> rows : b.snapshots) {
            std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.ts < y.ts; });
            QMap<QString, int> k;
            for (const Row& r : rows) {
                const qint64 price = Micros::fromJsonNumber(r.price.toDouble())->raw();
                const qint64 size = Micros::fromJsonNumber(r.size.toDouble())->raw();
                const QString text = r.wallet + r.asset + r.side + QString::number(price) + u'|' + QString::number(size) + u'|' + QString::number(r.ts);
                const QString key = text + u'#' + QString::number(k[text]++);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                qint64& h = holdings[r.wallet][r.asset];
                if (r.side == u"BUY") {
                    h += size;
                    cash[r.wallet] -= mulDiv(price, size, 1'000'000);
                } else {
                    const qint64 sold = std::min(size, h);
                    h -= sold;
                    cash[r.wallet] += mulDiv(price, sold, 1'000'000);
                }
            }
        }
        for (int i = 0; i < 5; ++i) {
            const QJsonObject p = portfolios.at(i).toObject();
            QCOMPARE(p.value(QStringLiteral("scope")).toString(), QStringLiteral("SHADOW"));
            const QString w = p.value(QStringLiteral("wallet")).toString();
            QCOMPARE(w, b.wallets[i]);
            QCOMPARE(p.value(QStringLiteral("cash")).toInteger(), cash[w]);
            qint64 shares = 0;
            for (const QJsonValue& pos : p.value(QStringLiteral("positions")).toArray())
                shares += pos.toObject().value(QStringLiteral("shares")).toInteger();
            qint64 expected = 0;
            for (qint64 h : holdings[w])
                expected += h;
            QCOMPARE(shares, expected);
        }
        for (int i = 5; i < portfolios.size(); ++i)
            QVERIFY(portfolios.at(i).toObject().value(QStringLiteral("cash")).toInteger() >= 0);
    }

    void fixtureCaptureFigures()
    {
        // tests/data/engine/basic.jsonl: two wallets, one dropped duplicate, a full exit and a
        // settlement; the figures are worked out by hand in tests/data/engine/README.md.
        const QString data = QStringLiteral(SLIPSTREAM_TEST_DATA_DIR) + QStringLiteral("/engine/");
        int code = -1;
        QByteArray err;
        const QByteArray out = runCli({QStringLiteral("--capture"), data + QStringLiteral("basic.jsonl"), QStringLiteral("--config"),
                                       data + QStringLiteral("basic_config.json")}, &code, &err);
        QCOMPARE(code, 0);
        QVERIFY2(err.contains("line 8: not valid JSON"), err.constData());
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        const QJsonArray attempts = o.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 6);
        // W1's BUY: 10 % of 100 USDC capped at 75 bps of 1000 = 7.5 USDC, 15 shares at 0.50.
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("filled_shares")).toInteger(), qint64(15'000'000));
        // W1's SELL is a full exit: all 15 shares at the 0.49 bid.
        QCOMPARE(attempts.at(4).toObject().value(QStringLiteral("filled_notional")).toInteger(), qint64(7'350'000));
        const QJsonArray p = o.value(QStringLiteral("portfolios")).toArray();
        QCOMPARE(p.at(1).toObject().value(QStringLiteral("cash")).toInteger(), qint64(50'000'000));     // SHADOW W2: -50 + 100
        QCOMPARE(p.at(2).toObject().value(QStringLiteral("cash")).toInteger(), qint64(999'850'000));    // EXEC_USER W1
        QCOMPARE(p.at(3).toObject().value(QStringLiteral("cash")).toInteger(), qint64(1'007'500'000));  // EXEC_USER W2: 15 shares pay 15
        QCOMPARE(p.at(4).toObject().value(QStringLiteral("cash")).toInteger(), qint64(10'019'800'000)); // EXEC_GLOBAL
        QCOMPARE(p.at(4).toObject().value(QStringLiteral("realized")).toInteger(), qint64(19'800'000));
    }

    void badInputsAreReported()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("c.jsonl"));
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"t\":1,\"src\":\"clob.book\",\"body\":{\"asset_id\":\"1\",\"bids\":[{\"price\":\"2\",\"size\":\"1\"}]}}\n"
                "[1,2]\n{\"t\":\"x\",\"src\":\"a\",\"body\":1}\n{\"t\":2,\"src\":\"nope\",\"body\":1,\"extra\":1}\n");
        f.close();
        int code = -1;
        QByteArray err;
        const QByteArray out = runCli({QStringLiteral("--capture"), capture}, &code, &err);
        QCOMPARE(code, 0);
        QVERIFY2(err.contains("line 2: not a JSON object"), err.constData());
        QVERIFY2(err.contains("line 3: missing or non-integer \"t\""), err.constData());
        QVERIFY2(err.contains("line 1 (clob.book)"), err.constData());
        QVERIFY(err.contains("unknown src"));
        QVERIFY(QJsonDocument::fromJson(out).isObject());

        const QString badConfig = dir.filePath(QStringLiteral("bad.json"));
        QFile cf(badConfig);
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write("{\"global\":{\"copy_bps\":2000000}}");
        cf.close();
        runCli({QStringLiteral("--capture"), capture, QStringLiteral("--config"), badConfig}, &code, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("global.copy_bps") && err.contains("[0, 1000000]"), err.constData());
        runCli({QStringLiteral("--capture"), capture, QStringLiteral("--speed"), QStringLiteral("fast")}, &code, &err);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestReplayReal)
#include "test_replay_real.moc"
