// Capture files: JSON Lines read plain or gzip-compressed, bad lines reported with their
// numbers, warnings counted, records stably sorted by t; the writer splices bodies verbatim
// and rotates past its size limit.

#include "capture/CaptureReader.h"
#include "capture/CaptureWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <limits>

using namespace slip;

class TestCaptureIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLinesErrorsAndOrder()
    {
        const QByteArray text =
            "{\"t\":5,\"src\":\"clob.book\",\"body\":{\"a\":1}}\n"
            "\n"
            "{\"t\":3,\"src\":\"gamma.market\",\"req\":{\"id\":\"1\"},\"body\":[1],\"extra\":true}\n"
            "not json\n"
            "[1]\n"
            "{\"t\":1.5,\"src\":\"clob.book\",\"body\":1}\n"
            "{\"t\":4,\"src\":7,\"body\":1}\n"
            "{\"t\":4,\"src\":\"clob.book\"}\n"
            "{\"t\":3,\"src\":\"mystery\",\"body\":1}\n"
            "{\"t\":3,\"src\":\"control\",\"body\":{}}\r\n";
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(r.lines, 9);
        QCOMPARE(r.errors.size(), std::size_t(5));
        QCOMPARE(r.errors[0].line, 4);
        QCOMPARE(r.errors[1].line, 5);
        QCOMPARE(r.errors[2].line, 6);
        QCOMPARE(r.errors[3].line, 7);
        QCOMPARE(r.errors[4].line, 8);
        QCOMPARE(r.unknownSrc, 1);
        QCOMPARE(r.unknownFields, 1);
        QCOMPARE(r.outOfOrder, 1);
        QCOMPARE(r.records.size(), std::size_t(3));
        // Stable by t: the two t = 3 records keep their file order.
        QCOMPARE(r.records[0].src, QStringLiteral("gamma.market"));
        QCOMPARE(r.records[0].line, 3);
        QCOMPARE(r.records[0].req.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
        QCOMPARE(r.records[1].src, QStringLiteral("control"));
        QCOMPARE(r.records[2].t, std::int64_t(5));
    }

    // A token id given as a JSON integer is its decimal text (copy-engine.md §2), also beyond
    // int64, where QJsonDocument alone keeps only the nearest double; other numbers stay numbers.
    void largeIntegerTokenIdsKeepTheirDigits()
    {
        const QByteArray id = "71321045679252212594626385532706912750332728571942532289631379312455583992563";
        const QByteArray text =
            "{\"t\":1,\"src\":\"data-api.activity\",\"body\":[{\"asset\": " + id + " ,\"size\":" + id +
            ",\"note\":\"{\\\"asset\\\":" + id + "}\"}]}\n"
            "{\"t\":2,\"src\":\"clob.book\",\"body\":{\"asset_id\":" + id + ",\"bids\":[]}}\n"
            "{\"t\":3,\"src\":\"clob.fee-rate\",\"req\":{\"token_id\":" + id + "},\"body\":{\"base_fee\":0}}\n"
            "{\"t\":4,\"src\":\"data-api.activity\",\"body\":[{\"token_id\":0" + id + "}]}\n";
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(r.errors.size(), std::size_t(1)); // the leading zero is still not JSON
        QCOMPARE(r.errors[0].line, 4);
        QCOMPARE(r.records.size(), std::size_t(3));
        const QJsonObject row = r.records[0].body.toArray().at(0).toObject();
        QCOMPARE(row.value(QLatin1String("asset")).toString(), QString::fromLatin1(id));
        QVERIFY(row.value(QLatin1String("size")).isDouble()); // a JSON number: a double, as the spec says
        QCOMPARE(row.value(QLatin1String("note")).toString(), QStringLiteral("{\"asset\":") + QString::fromLatin1(id) + u'}');
        QCOMPARE(r.records[1].body.toObject().value(QLatin1String("asset_id")).toString(), QString::fromLatin1(id));
        QCOMPARE(r.records[2].req.value(QLatin1String("token_id")).toString(), QString::fromLatin1(id));

        // Within int64 the parser keeps the integer itself.
        const CaptureReadResult small = CaptureReader::parse(
            "{\"t\":4,\"src\":\"data-api.activity\",\"body\":[{\"asset\":9223372036854775807}]}");
        QCOMPARE(small.records.size(), std::size_t(1));
        const QJsonObject row2 = small.records[0].body.toArray().at(0).toObject();
        QCOMPARE(row2.value(QLatin1String("asset")).toVariant().toLongLong(), std::numeric_limits<qint64>::max());
    }

    // A token id may be a JSON integer, not any JSON number (copy-engine.md §1 names the two
    // apart): 101.0, 1.01e2 and 0.0 reach the parsers as a value they reject, the row alone.
    void tokenIdsThatAreNotJsonIntegersAreMalformed()
    {
        const QByteArray text =
            "{\"t\":1,\"src\":\"data-api.activity\",\"body\":[{\"asset\":101.0},{\"asset\": 1.01e2 },"
            "{\"asset\":0.0},{\"asset\":-1E2},{\"asset\":101},{\"asset\":0},{\"asset\":\"101.0\"}]}\n"
            "{\"t\":2,\"src\":\"clob.book\",\"body\":{\"asset_id\":92233720368547758080.0,\"bids\":[]}}\n"
            "{\"t\":3,\"src\":\"clob.fee-rate\",\"req\":{\"token_id\":5e0},\"body\":{\"base_fee\":0}}\n";
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(r.errors.size(), std::size_t(0));
        QCOMPARE(r.records.size(), std::size_t(3));
        const QJsonArray rows = r.records[0].body.toArray();
        for (int i : {0, 1, 2, 3})
            QVERIFY2(rows.at(i).toObject().value(QLatin1String("asset")).isObject(), qPrintable(QString::number(i)));
        QCOMPARE(rows.at(4).toObject().value(QLatin1String("asset")).toInteger(), 101);
        QCOMPARE(rows.at(5).toObject().value(QLatin1String("asset")).toInteger(), 0);
        QCOMPARE(rows.at(6).toObject().value(QLatin1String("asset")).toString(), QStringLiteral("101.0"));
        QVERIFY(r.records[1].body.toObject().value(QLatin1String("asset_id")).isObject());
        QVERIFY(r.records[2].req.value(QLatin1String("token_id")).isObject());
    }

    // A number beyond a double's range is an infinity, malformed (§1), and one that rounds to
    // zero is zero: QJsonDocument refuses the whole line for either, but only the venue object
    // holding an infinity is malformed; in a field no one reads it is ignored. Text inside
    // strings is left alone, and a line that is not JSON for another reason stays refused.
    void outOfRangeNumbersAreValuesNotBrokenLines()
    {
        const QByteArray text =
            "{\"t\":1,\"src\":\"data-api.activity\",\"body\":[{\"size\":1e400,\"note\":\"1e400 \\\" 2e999\"},"
            "{\"size\":-1.8e308,\"price\":1e-400,\"usdcSize\":-2e-324,\"fee\":4.9e-324,\"x\":[1e999]}]}\n"
            "{\"t\":2,\"src\":\"data-api.activity\",\"body\":[{\"size\":1e400,}]}\n"
            "{\"t\":1e400,\"src\":\"data-api.activity\",\"body\":[]}\n";
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(r.records.size(), std::size_t(1));
        QCOMPARE(r.errors.size(), std::size_t(2));
        QCOMPARE(r.errors[0].line, 2); // a trailing comma: not JSON, with or without the number
        QVERIFY(r.errors[0].message.startsWith(QStringLiteral("not valid JSON")));
        QCOMPARE(r.errors[1].line, 3); // t itself out of range: the line's own field
        QVERIFY(r.errors[1].message.contains(QStringLiteral("\"t\"")));
        const QJsonArray rows = r.records[0].body.toArray();
        const QJsonObject a = rows.at(0).toObject();
        const QJsonObject b = rows.at(1).toObject();
        QVERIFY(a.value(QLatin1String("size")).isObject());
        QCOMPARE(a.value(QLatin1String("note")).toString(), QStringLiteral("1e400 \" 2e999"));
        QVERIFY(b.value(QLatin1String("size")).isObject());
        QCOMPARE(b.value(QLatin1String("price")).toDouble(), 0.0);
        QCOMPARE(b.value(QLatin1String("usdcSize")).toDouble(), 0.0);
        QCOMPARE(b.value(QLatin1String("fee")).toDouble(), 4.9e-324); // a subnormal Qt reads itself
        QVERIFY(b.value(QLatin1String("x")).toArray().at(0).isObject());
    }

    // A capture large enough to be parsed in chunks reads exactly as one pass would: line
    // numbers of errors in every chunk, blank lines, and every record out of order (t falls
    // throughout), so the comparison across each chunk boundary counts too.
    void largeCaptureReadsAsOnePass()
    {
        const QByteArray pad(1000, 'x');
        QByteArray text;
        const int n = 12000;
        for (int i = 1; i <= n; ++i) {
            if (i % 1000 == 0)
                text += "not json\n";
            else if (i % 777 == 0)
                text += "\n";
            else
                text += "{\"t\":" + QByteArray::number(100000 - i) + ",\"src\":\"clob.book\",\"body\":{\"pad\":\"" + pad + "\"}}\n";
        }
        QVERIFY(text.size() > 12'000'000);
        const CaptureReadResult r = CaptureReader::parse(text);
        QCOMPARE(r.lines, n - n / 777);
        QCOMPARE(r.errors.size(), std::size_t(12));
        for (int k = 0; k < 12; ++k)
            QCOMPARE(r.errors[std::size_t(k)].line, 1000 * (k + 1));
        QCOMPARE(r.records.size(), std::size_t(n - n / 777 - 12));
        QCOMPARE(r.outOfOrder, int(r.records.size()) - 1);
        QCOMPARE(r.records.front().line, 11999);
        QCOMPARE(r.records.front().t, std::int64_t(100000 - 11999));
        QCOMPARE(r.records.back().line, 1);
        for (std::size_t k = 1; k < r.records.size(); ++k)
            QVERIFY(r.records[k - 1].t < r.records[k].t);
    }

    void gzipAndPlainReadTheSame()
    {
        QTemporaryDir dir;
        const QByteArray text = "{\"t\":1,\"src\":\"clob.book\",\"body\":{\"asset_id\":\"1\"}}\n"
                                "{\"t\":2,\"src\":\"control\",\"body\":{\"action\":\"pause\",\"engaged\":true}}\n";
        const QString plain = dir.filePath(QStringLiteral("c.jsonl"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString gz = dir.filePath(QStringLiteral("c.jsonl.gz"));
        gzFile g = gzopen(gz.toLocal8Bit().constData(), "wb");
        gzwrite(g, text.constData(), unsigned(text.size()));
        gzclose(g);
        auto a = CaptureReader::readFile(plain);
        auto b = CaptureReader::readFile(gz);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->records.size(), std::size_t(2));
        QCOMPARE(b->records[1].body.toObject().value(QStringLiteral("engaged")).toBool(), true);
        QCOMPARE(a->records[0].body, b->records[0].body);
        QVERIFY(!CaptureReader::readFile(dir.filePath(QStringLiteral("missing.jsonl"))).ok());
        QVERIFY(!CaptureReader::gunzip(QByteArray("\x1f\x8b\x08garbage", 10)).ok());
    }

    void writerSplicesBodiesAndRotates()
    {
        QTemporaryDir dir;
        {
            CaptureWriter w(dir.path(), QStringLiteral("cap"), 120, 2);
            // The body is kept byte for byte (number spelling included), newlines flattened.
            QVERIFY(w.writeRaw(1, QStringLiteral("data-api.activity"), QJsonObject{{QStringLiteral("user"), QStringLiteral("0xa")}},
                               "[{\"price\": 0.10,\n \"size\": 1e2}]").ok());
            for (int i = 2; i <= 6; ++i)
                QVERIFY(w.writeRaw(i, QStringLiteral("clob.book"), {}, "{\"asset_id\":\"12345678901234567890\"}").ok());
            w.flush();
        }
        QFile current(dir.filePath(QStringLiteral("cap.jsonl")));
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QByteArray last = current.readAll();
        QVERIFY(last.size() <= 120);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cap.1.jsonl"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cap.2.jsonl"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cap.3.jsonl"))));
        QCOMPARE(CaptureWriter::line(1, QStringLiteral("data-api.activity"), QJsonObject{{QStringLiteral("user"), QStringLiteral("0xa")}},
                                     "[{\"price\": 0.10,\n \"size\": 1e2}]"),
                 QByteArray("{\"t\":1,\"src\":\"data-api.activity\",\"req\":{\"user\":\"0xa\"},\"body\":[{\"price\": 0.10,  \"size\": 1e2}]}"));
        const CaptureReadResult r = CaptureReader::parse(last);
        QVERIFY(r.errors.empty());
        QCOMPARE(r.records.back().t, std::int64_t(6));
    }
};

QTEST_GUILESS_MAIN(TestCaptureIo)
#include "test_capture_io.moc"
