// Endpoints files: URLs and rate-limit overrides from JSON, precedence against the environment
// and the per-URL flags, and clear errors for malformed files, URLs and unknown keys.

#include "net/Endpoints.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slip;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
        return QString();
    return path;
}

const RateLimitRule* rule(const QList<RateLimitRule>& rules, const QString& family)
{
    for (const auto& r : rules)
        if (r.family == family)
            return &r;
    return nullptr;
}

const QByteArray kFullFile =
    "{\"dataApi\":\"http://127.0.0.1:8081/data\",\"clob\":\"https://clob.example\","
    "\"gamma\":\"http://127.0.0.1:8083\",\"marketWs\":\"ws://127.0.0.1:8084/ws/market\","
    "\"rtds\":\"wss://rtds.example\",\"rateLimits\":{\"data.trades\":50,"
    "\"clob\":{\"capacity\":900,\"windowMs\":1000},\"sandbox.extra\":{\"capacity\":3}}}";

} // namespace

class EndpointsConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        for (const char* v : {"SLIPSTREAM_ENDPOINTS_FILE", "SLIPSTREAM_DATA_API_URL", "SLIPSTREAM_CLOB_URL",
                              "SLIPSTREAM_GAMMA_URL", "SLIPSTREAM_MARKET_WS_URL", "SLIPSTREAM_RTDS_URL"})
            qunsetenv(v);
    }

    void fullFile()
    {
        const auto e = Endpoints::fromJson(kFullFile,
                                           Endpoints::production(), QStringLiteral("endpoints.json"));
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error()));
        QCOMPARE(e->dataApi, QUrl(QStringLiteral("http://127.0.0.1:8081/data")));
        QCOMPARE(e->clob, QUrl(QStringLiteral("https://clob.example")));
        QCOMPARE(e->gamma, QUrl(QStringLiteral("http://127.0.0.1:8083")));
        QCOMPARE(e->marketWs, QUrl(QStringLiteral("ws://127.0.0.1:8084/ws/market")));
        QCOMPARE(e->rtdsWs, QUrl(QStringLiteral("wss://rtds.example")));
        QCOMPARE(Endpoints::join(e->dataApi, QStringLiteral("/activity")).toString(),
                 QStringLiteral("http://127.0.0.1:8081/data/activity"));

        const auto rules = e->rateLimits();
        QVERIFY(rule(rules, QStringLiteral("data.trades")));
        QCOMPARE(rule(rules, QStringLiteral("data.trades"))->capacity, 50);
        QCOMPARE(rule(rules, QStringLiteral("data.trades"))->windowMs, std::int64_t(10'000));
        QCOMPARE(rule(rules, QStringLiteral("clob"))->capacity, 900);
        QCOMPARE(rule(rules, QStringLiteral("clob"))->windowMs, std::int64_t(1000));
        QCOMPARE(rule(rules, QStringLiteral("sandbox.extra"))->capacity, 3);
        // Families the file does not name keep the documented limits, each family once.
        const auto defaults = RateLimiter::polymarketDefaults();
        for (const auto& d : defaults) {
            if (d.family == u"data.trades" || d.family == u"clob")
                continue;
            QVERIFY(rule(rules, d.family));
            QCOMPARE(rule(rules, d.family)->capacity, d.capacity);
        }
        QCOMPARE(rules.size(), defaults.size() + (rule(defaults, QStringLiteral("clob")) ? 0 : 1) +
                                   (rule(defaults, QStringLiteral("data.trades")) ? 0 : 1) + 1);
    }

    void partialFileKeepsTheRest()
    {
        const auto e = Endpoints::fromJson("{\"clob\":\"http://localhost:9000\"}", Endpoints::production(),
                                           QStringLiteral("f"));
        QVERIFY(e.ok());
        QCOMPARE(e->clob, QUrl(QStringLiteral("http://localhost:9000")));
        QCOMPARE(e->dataApi, Endpoints::production().dataApi);
        QCOMPARE(e->rtdsWs, Endpoints::production().rtdsWs);
        QVERIFY(e->rateLimitOverrides.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"clob\": ") << QStringLiteral("f: not valid JSON at offset");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("f: expected a JSON object");
        QTest::newRow("unknown key") << QByteArray("{\"clobUrl\":\"http://x\"}")
                                     << QStringLiteral("f: unknown key \"clobUrl\" (expected dataApi, clob, gamma, marketWs, rtds, rateLimits)");
        QTest::newRow("number url") << QByteArray("{\"gamma\":5}") << QStringLiteral("f: gamma must be a string URL");
        QTest::newRow("no scheme") << QByteArray("{\"dataApi\":\"127.0.0.1:8080\"}")
                                   << QStringLiteral("f: dataApi: not a http:// or https:// URL");
        QTest::newRow("ws for rest") << QByteArray("{\"clob\":\"ws://127.0.0.1\"}")
                                     << QStringLiteral("f: clob: not a http:// or https:// URL");
        QTest::newRow("http for ws") << QByteArray("{\"marketWs\":\"http://127.0.0.1/ws\"}")
                                     << QStringLiteral("f: marketWs: not a ws:// or wss:// URL");
        QTest::newRow("no host") << QByteArray("{\"rtds\":\"wss://\"}") << QStringLiteral("f: rtds: not a ws:// or wss:// URL");
        QTest::newRow("bad chars") << QByteArray("{\"gamma\":\"http://exa mple.com\"}")
                                   << QStringLiteral("f: gamma: not a http:// or https:// URL");
        QTest::newRow("query") << QByteArray("{\"gamma\":\"http://example.com/?a=1\"}")
                               << QStringLiteral("f: gamma: a base URL takes no query or fragment");
        QTest::newRow("limits not object") << QByteArray("{\"rateLimits\":[1]}")
                                           << QStringLiteral("f: rateLimits must be an object of family -> limit");
        QTest::newRow("limit zero") << QByteArray("{\"rateLimits\":{\"data\":0}}")
                                    << QStringLiteral("f: rateLimits.data: capacity must be an integer from 1 to 1000000");
        QTest::newRow("limit fraction") << QByteArray("{\"rateLimits\":{\"data\":1.5}}")
                                        << QStringLiteral("f: rateLimits.data: capacity must be an integer");
        QTest::newRow("limit string") << QByteArray("{\"rateLimits\":{\"data\":\"100\"}}")
                                      << QStringLiteral("f: rateLimits.data: capacity must be an integer");
        QTest::newRow("limit unknown key") << QByteArray("{\"rateLimits\":{\"data\":{\"capacity\":5,\"window\":1}}}")
                                           << QStringLiteral("f: rateLimits.data: unknown key \"window\" (expected capacity, windowMs)");
        QTest::newRow("limit window") << QByteArray("{\"rateLimits\":{\"data\":{\"capacity\":5,\"windowMs\":0}}}")
                                      << QStringLiteral("f: rateLimits.data: windowMs must be an integer from 1 to 86400000");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto e = Endpoints::fromJson(json, Endpoints::production(), QStringLiteral("f"));
        QVERIFY(!e.ok());
        QVERIFY2(e.error().startsWith(expected), qPrintable(e.error()));
    }

    void precedenceFileEnvironmentFlags()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = write(dir, QStringLiteral("e.json"),
                                   "{\"dataApi\":\"http://127.0.0.1:1/\",\"clob\":\"http://127.0.0.1:2\",\"gamma\":\"http://127.0.0.1:3\"}");
        QVERIFY(!file.isEmpty());
        qputenv("SLIPSTREAM_CLOB_URL", "http://127.0.0.1:20");
        QStringList args{QStringLiteral("book"), QStringLiteral("--endpoints"), file, QStringLiteral("--gamma-url"),
                         QStringLiteral("http://127.0.0.1:30"), QStringLiteral("123")};
        const auto e = Endpoints::fromEnvironmentAndArgs(args);
        qunsetenv("SLIPSTREAM_CLOB_URL");
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error()));
        QCOMPARE(e->dataApi, QUrl(QStringLiteral("http://127.0.0.1:1/")));  // file
        QCOMPARE(e->clob, QUrl(QStringLiteral("http://127.0.0.1:20")));     // environment over file
        QCOMPARE(e->gamma, QUrl(QStringLiteral("http://127.0.0.1:30")));    // flag over file
        QCOMPARE(args, (QStringList{QStringLiteral("book"), QStringLiteral("123")}));
    }

    void dataDirectoryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("X")};
        const QString file = Endpoints::dataDirectoryFile(args);
        QCOMPARE(file, dir.filePath(QStringLiteral("endpoints.json")));
        QCOMPARE(args, QStringList{QStringLiteral("X")});

        // Absent: production. Present: used. --endpoints wins over it.
        auto e = Endpoints::fromEnvironmentAndArgs(args, file);
        QVERIFY(e.ok());
        QCOMPARE(e->clob, Endpoints::production().clob);
        QVERIFY(!write(dir, QStringLiteral("endpoints.json"), "{\"clob\":\"http://127.0.0.1:7\"}").isEmpty());
        e = Endpoints::fromEnvironmentAndArgs(args, file);
        QVERIFY(e.ok());
        QCOMPARE(e->clob, QUrl(QStringLiteral("http://127.0.0.1:7")));
        const QString other = write(dir, QStringLiteral("other.json"), "{\"clob\":\"http://127.0.0.1:8\"}");
        QStringList withFlag{QStringLiteral("--endpoints=") + other};
        e = Endpoints::fromEnvironmentAndArgs(withFlag, file);
        QVERIFY(e.ok());
        QCOMPARE(e->clob, QUrl(QStringLiteral("http://127.0.0.1:8")));
        QVERIFY(withFlag.isEmpty());

        // A broken default file is an error, not silently production.
        QVERIFY(!write(dir, QStringLiteral("endpoints.json"), "{\"clob\":\"nope\"}").isEmpty());
        e = Endpoints::fromEnvironmentAndArgs(args, file);
        QVERIFY(!e.ok());
        QVERIFY2(e.error().contains(QStringLiteral("endpoints.json: clob: not a http:// or https:// URL")), qPrintable(e.error()));
    }

    void fileErrors()
    {
        QStringList missing{QStringLiteral("--endpoints"), QStringLiteral("/nonexistent/slipstream-endpoints.json")};
        auto e = Endpoints::fromEnvironmentAndArgs(missing);
        QVERIFY(!e.ok());
        QVERIFY2(e.error().startsWith(QStringLiteral("/nonexistent/slipstream-endpoints.json: cannot read the endpoints file")),
                 qPrintable(e.error()));
        QStringList noValue{QStringLiteral("--endpoints")};
        e = Endpoints::fromEnvironmentAndArgs(noValue);
        QVERIFY(!e.ok());
        QCOMPARE(e.error(), QStringLiteral("--endpoints needs a file"));
    }
};

QTEST_GUILESS_MAIN(EndpointsConfigTest)
#include "test_endpoints_config.moc"
