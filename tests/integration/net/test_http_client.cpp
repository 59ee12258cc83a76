// HttpClient against a scripted local server: retries, Retry-After, timeouts, HTML pages,
// dropped connections, the 503 paused state, counters, and the limiter under a 5,000 burst.

#include "ScriptedHttpServer.h"

#include "domain/Clock.h"
#include "net/HttpClient.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

#include <algorithm>
#include <set>

using namespace slip;
using slip::test::ScriptedAnswer;
using slip::test::ScriptedHttpServer;
using slip::test::ScriptedRequest;
using slip::test::reply;

namespace {

HttpOptions fastOptions()
{
    HttpOptions o;
    o.timeoutMs = 2'000;
    o.maxAttempts = 3;
    o.backoffBaseMs = 5;
    o.backoffCapMs = 50;
    return o;
}

struct Outcome
{
    bool done = false;
    HttpResponse response;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    SystemClock clock_;

    HttpResponse run(HttpClient& client, HttpRequest req)
    {
        Outcome out;
        client.send(std::move(req), this, [&out](const HttpResponse& r) {
            out.response = r;
            out.done = true;
        });
        if (!QTest::qWaitFor([&] { return out.done; }, 15'000))
            qFatal("request never completed");
        return out.response;
    }

    HttpRequest get(const ScriptedHttpServer& s, const QString& path, const QString& family = QStringLiteral("data"))
    {
        HttpRequest r;
        r.url = QUrl(s.url().toString() + path);
        r.family = family;
        return r;
    }

    /// An answer sequence: the n-th request gets answers[min(n, size-1)].
    static ScriptedHttpServer::Handler sequence(QList<ScriptedAnswer> answers)
    {
        auto n = std::make_shared<int>(0);
        return [answers, n](const ScriptedRequest&) {
            return answers.at(std::min<int>((*n)++, int(answers.size()) - 1));
        };
    }

private Q_SLOTS:
    void retryAfterIsHonoured()
    {
        ScriptedAnswer limited = reply(429, R"({"error":"rate limited"})", "application/json", {{"Retry-After", "1"}});
        ScriptedHttpServer server(sequence({limited, reply(200, "[]")}));
        HttpClient client(clock_, {}, fastOptions());
        const auto r = run(client, get(server, QStringLiteral("/activity")));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
        const auto gap = server.requests()[1].arrivedMs - server.requests()[0].arrivedMs;
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
        const auto s = client.stats();
        QCOMPARE(s.http429, 1u);
        QCOMPARE(s.errors(VenueError::Kind::RateLimited), 1u);
        QCOMPARE(s.retries, 1u);
        QCOMPARE(s.succeeded, 1u);
    }

    void serverErrorsAndTooEarlyAreRetried()
    {
        ScriptedHttpServer server(sequence({reply(500, "oops"), reply(425, "{}"),
                                            reply(200, R"({"mid":"0.5"})")}));
        HttpClient client(clock_, {}, fastOptions());
        const auto r = run(client, get(server, QStringLiteral("/midpoint"), QStringLiteral("clob.midpoint")));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.body, QByteArray(R"({"mid":"0.5"})"));
        const auto s = client.stats();
        QCOMPARE(s.errors(VenueError::Kind::ServerError), 1u);
        QCOMPARE(s.errors(VenueError::Kind::TooEarly), 1u);
        QCOMPARE(s.requests, 3u);
    }

    void slowAnswerTimesOutThenRecovers()
    {
        ScriptedAnswer slow = reply(200, "[]");
        slow.delayMs = 1'500;
        ScriptedHttpServer server(sequence({slow, reply(200, "[1]")}));
        auto o = fastOptions();
        o.timeoutMs = 300;
        HttpClient client(clock_, {}, o);
        const auto r = run(client, get(server, QStringLiteral("/trades")));
        QVERIFY(r.ok());
        QCOMPARE(r.body, QByteArray("[1]"));
        QCOMPARE(client.stats().errors(VenueError::Kind::Timeout), 1u);
    }

    void htmlErrorPageGivesTypedErrorWithExcerpt()
    {
        ScriptedAnswer html = reply(502, "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>",
                                    "text/html");
        ScriptedHttpServer server(sequence({html}));
        auto o = fastOptions();
        o.maxAttempts = 2;
        HttpClient client(clock_, {}, o);
        const auto r = run(client, get(server, QStringLiteral("/positions")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, VenueError::Kind::ServerError);
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY(r.error.excerpt.contains(u"502 Bad Gateway"));
        QVERIFY(r.error.toString().contains(u"GET /positions"));
        QCOMPARE(client.stats().failed, 1u);
        QCOMPARE(client.stats().errors(VenueError::Kind::ServerError), 2u);
    }

    void droppedAndTruncatedConnectionsAreRetried()
    {
        ScriptedAnswer drop;
        drop.drop = true;
        ScriptedAnswer cut = reply(200, R"([{"a":1},{"b":2}])");
        cut.truncate = true;
        ScriptedHttpServer server(sequence({drop, cut, reply(200, "[]")}));
        HttpClient client(clock_, {}, fastOptions());
        const auto r = run(client, get(server, QStringLiteral("/value")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.body, QByteArray("[]"));
        // QNAM may itself resend a GET whose reused connection died before any answer; what
        // matters is that the client recovered and counted the transport failures it saw.
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(client.stats().errors(VenueError::Kind::Network) >= 1u);
    }

    void clientErrorIsNotRetried()
    {
        ScriptedHttpServer server(sequence({reply(404, R"({"error":"market not found"})")}));
        HttpClient client(clock_, {}, fastOptions());
        const auto r = run(client, get(server, QStringLiteral("/markets/0x1"), QStringLiteral("clob")));
        QCOMPARE(r.error.kind, VenueError::Kind::ClientError);
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.error.excerpt.contains(u"market not found"));
    }

    void tradingPausedIsSurfaced()
    {
        ScriptedAnswer paused = reply(503, R"({"error":"trading is currently paused"})", "application/json",
                                      {{"Retry-After", "30"}});
        ScriptedHttpServer server(sequence({paused, reply(200, "{}")}));
        HttpClient client(clock_, {}, fastOptions());
        QSignalSpy spy(&client, &HttpClient::tradingPausedChanged);
        const auto r = run(client, get(server, QStringLiteral("/book"), QStringLiteral("clob.book")));
        QCOMPARE(r.error.kind, VenueError::Kind::TradingPaused);
        QCOMPARE(r.error.retryAfterMs, 30'000);
        QVERIFY(client.tradingPaused());
        QVERIFY(client.stats().tradingPaused);
        QCOMPARE(spy.count(), 1);
        QVERIFY(run(client, get(server, QStringLiteral("/book"), QStringLiteral("clob.book"))).ok());
        QVERIFY(!client.tradingPaused());
        QCOMPARE(spy.count(), 2);
    }

    void overlongRetryAfterFailsInsteadOfWaiting()
    {
        ScriptedHttpServer server(sequence({reply(429, R"({"error":"slow down"})", "application/json", {{"Retry-After", "3600"}}),
                                            reply(200, "[]")}));
        HttpClient client(clock_, {}, fastOptions());
        const auto r = run(client, get(server, QStringLiteral("/activity")));
        QCOMPARE(r.error.kind, VenueError::Kind::RateLimited);
        QCOMPARE(r.error.retryAfterMs, 3'600'000);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void retryAfterParsing()
    {
        QCOMPARE(HttpClient::parseRetryAfterMs("3", 0), 3'000);
        QCOMPARE(HttpClient::parseRetryAfterMs(" 0 ", 0), 0);
        QCOMPARE(HttpClient::parseRetryAfterMs("", 0), -1);
        QCOMPARE(HttpClient::parseRetryAfterMs("soon", 0), -1);
        const auto now = QDateTime(QDate(2026, 1, 4), QTime(8, 0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(HttpClient::parseRetryAfterMs("Sun, 04 Jan 2026 08:00:05 GMT", now), 5'000);
    }

    void limiterKeepsBurstWithinRateAndLosesNothing()
    {
        ScriptedHttpServer server([](const ScriptedRequest&) { return reply(200, "[]"); });
        // 100 per 100 ms = 1,000/s sustained, burst 100: 5,000 requests take >= 4.9 s.
        const int capacity = 100;
        const int windowMs = 100;
        auto burstOptions = fastOptions();
        burstOptions.maxInFlight = 16;
        HttpClient client(clock_, {RateLimitRule{QStringLiteral("burst"), capacity, windowMs}}, burstOptions);
        const int n = 5'000;
        int done = 0;
        int failed = 0;
        for (int i = 0; i < n; ++i) {
            HttpRequest r = get(server, QStringLiteral("/x?i=%1").arg(i), QStringLiteral("burst"));
            client.send(r, this, [&](const HttpResponse& resp) {
                ++done;
                failed += resp.ok() ? 0 : 1;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, n, 60'000);
        QCOMPARE(failed, 0);
        const auto& reqs = server.requests();
        QCOMPARE(reqs.size(), n);
        std::set<QString> ids;
        std::vector<std::int64_t> t;
        for (const auto& r : reqs) {
            ids.insert(QUrlQuery(r.url).queryItemValue(QStringLiteral("i")));
            t.push_back(r.arrivedMs);
        }
        QCOMPARE(int(ids.size()), n);
        std::sort(t.begin(), t.end());
        const auto span = t.back() - t.front();
        const double minSpan = double(n - capacity) * windowMs / capacity;
        qInfo("5000 requests over %lld ms (rate floor %.0f ms)", qint64(span), minSpan);
        QVERIFY2(double(span) >= minSpan * 0.95, qPrintable(QString::number(span)));
        // Any window of `windowMs` sees at most a full bucket plus one window of refill, plus
        // the requests already in flight when the window opened (delivery can bunch them up).
        std::size_t j = 0;
        std::size_t worst = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            while (t[i] - t[j] >= windowMs)
                ++j;
            worst = std::max(worst, i - j + 1);
        }
        QVERIFY2(worst <= std::size_t(2 * capacity + burstOptions.maxInFlight), qPrintable(QString::number(worst)));
        QCOMPARE(client.stats().requests, std::uint64_t(n));
        QCOMPARE(client.stats().queued, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
