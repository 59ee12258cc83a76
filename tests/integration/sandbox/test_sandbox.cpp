// The sandbox venue over real HTTP and WebSocket on 127.0.0.1, serving a capture built from
// real payloads (a CLOB book, a Gamma market, Data API trade rows) on a virtual clock: what is
// visible when, the endpoints' parameters and errors, streams, and every injected fault.

#include "RealData.h"
#include "capture/CaptureRecord.h"
#include "domain/Clock.h"
#include "venue/sandbox/SandboxVenue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace slip;
using namespace slip::sandbox;

namespace {

const QString kReal = QStringLiteral(SLIPSTREAM_REAL_DATA_DIR);
constexpr std::int64_t kT0 = 1767504100000; // 2026-01-04T05:21:40Z

QJsonObject readJson(const QString& rel)
{
    QFile f(kReal + u'/' + rel);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Data API trade rows from the real CSV export, in the /activity row shape.
QList<QJsonObject> realRows(int count)
{
    QList<QJsonObject> rows;
    QFile f(kReal + QStringLiteral("/polymarket-data-api/asommerhauser-polymarket-tracker/"
                                   "data_api_trades_global_20260104T052101Z.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    f.readLine(); // header: proxyWallet,side,asset,conditionId,size,price,timestamp,title,...
    while (rows.size() < count && !f.atEnd()) {
        const QStringList c = slip::testing::csvFields(QString::fromUtf8(f.readLine().trimmed()));
        if (c.size() < 10)
            continue;
        rows << QJsonObject{{"proxyWallet", c[0]}, {"side", c[1]}, {"asset", c[2]}, {"conditionId", c[3]},
                            {"size", c[4].toDouble()}, {"price", c[5].toDouble()},
                            {"timestamp", c[6].toLongLong()}, {"title", c[7]},
                            {"type", "TRADE"}, {"usdcSize", c[4].toDouble() * c[5].toDouble()},
                            {"transactionHash", QStringLiteral("0x%1").arg(rows.size() + 1, 64, 16, QLatin1Char('0'))}};
    }
    return rows;
}

CaptureRecord rec(std::int64_t t, const QString& src, const QJsonValue& body, const QJsonObject& req = {})
{
    CaptureRecord r;
    r.t = t;
    r.src = src;
    r.body = body;
    r.req = req;
    return r;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
};

Reply get(QNetworkAccessManager& nam, const QUrl& base, const QString& pathAndQuery, int timeoutMs = 10000,
          const QByteArray& postBody = {})
{
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = postBody.isNull() ? nam.get(request) : nam.post(request, postBody);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(timeoutMs + 5000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error(),
            reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return r;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private:
    VirtualClock clock_{kT0};
    std::unique_ptr<SandboxVenue> venue_;
    QNetworkAccessManager nam_;
    QList<QJsonObject> rows_;
    QString wallet_;
    QString asset_;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kReal))
            QSKIP("real payloads (shared/data/real) not present");
        const QJsonObject book = readJson(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        const QJsonObject market = readJson(QStringLiteral("gamma/nautilus/gamma_market.json"));
        rows_ = realRows(3);
        QCOMPARE(rows_.size(), 3);
        // All rows belong to one followed wallet for the test.
        wallet_ = rows_[0].value("proxyWallet").toString();
        for (auto& r : rows_)
            r.insert("proxyWallet", wallet_);
        asset_ = book.value("asset_id").toString();
        QJsonObject book2 = book;
        book2.insert("bids", QJsonArray{QJsonObject{{"price", "0.2"}, {"size", "10"}}});
        std::vector<CaptureRecord> records{
            rec(kT0, "gamma.market", market),
            rec(kT0, "clob.book", book),
            rec(kT0 + 1000, "data-api.activity", QJsonArray{rows_[0], rows_[1]}, {{"user", wallet_}}),
            // The next poll overlaps the first and brings one new row.
            rec(kT0 + 5000, "data-api.activity", QJsonArray{rows_[2], rows_[1], rows_[0]}, {{"user", wallet_}}),
            rec(kT0 + 6000, "clob.book", book2),
            rec(kT0 + 6000, "clob.fee-rate", QJsonObject{{"base_fee", 30}}, {{"token_id", asset_}}),
        };
        SandboxOptions options;
        options.holdMs = 3000;
        options.pumpIntervalMs = 3600000; // the test pumps by hand
        venue_ = std::make_unique<SandboxVenue>(records, clock_, options);
        QCOMPARE(venue_->start(), QString());
    }

    void activityFollowsTheClock()
    {
        clock_.setMs(kT0 + 500);
        Reply r = get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).array().size(), 0);
        clock_.setMs(kT0 + 2000);
        r = get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_.toUpper().replace("0X", "0x"));
        QJsonArray a = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(a.size(), 2);
        // Newest first.
        QVERIFY(a[0].toObject().value("timestamp").toInteger() >= a[1].toObject().value("timestamp").toInteger());
        clock_.setMs(kT0 + 5000);
        a = QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_).body).array();
        QCOMPARE(a.size(), 3); // the overlapping poll added only its new row
        // Rows are served exactly as captured.
        bool found = false;
        for (const auto& v : a)
            found |= v.toObject() == rows_[2];
        QVERIFY(found);
        // Paging and filters.
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_ + "&limit=1&offset=1").body).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_ + "&type=SPLIT").body).array().size(), 0);
        const qint64 newest = a[0].toObject().value("timestamp").toInteger();
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), QStringLiteral("/activity?user=%1&start=%2").arg(wallet_).arg(newest)).body).array().size(), 1);
        const QJsonArray asc = QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_ + "&sortDirection=ASC").body).array();
        QCOMPARE(asc.first().toObject(), a.last().toObject());
        // Trades rows carry no type.
        const QJsonArray t = QJsonDocument::fromJson(get(nam_, venue_->dataApiUrl(), "/trades?user=" + wallet_).body).array();
        QCOMPARE(t.size(), 3);
        QVERIFY(!t[0].toObject().contains("type"));
        // Errors at the boundary.
        QCOMPARE(get(nam_, venue_->dataApiUrl(), "/activity").status, 400);
        QCOMPARE(get(nam_, venue_->dataApiUrl(), "/activity?user=0x12").status, 400);
        QCOMPARE(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_ + "&offset=10001").status, 400);
        QCOMPARE(get(nam_, venue_->dataApiUrl(), "/activity?user=" + wallet_ + "&limit=abc").status, 400);
    }

    void clobMarketData()
    {
        clock_.setMs(kT0 + 2000);
        Reply r = get(nam_, venue_->clobUrl(), "/book?token_id=" + asset_);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("hash").toString(),
                 QStringLiteral("2fc4a3d6a98bc164e057589bcb74981852b87412"));
        // Best bid is the highest bid (0.1), best ask the lowest ask — arrays are not sorted.
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/price?token_id=" + asset_ + "&side=BUY").body)
                     .object().value("price").toString(), QStringLiteral("0.1"));
        const QString bestAsk = QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/price?token_id=" + asset_ + "&side=SELL").body)
                                    .object().value("price").toString();
        QCOMPARE(bestAsk, QStringLiteral("0.14")); // the lowest ask sits mid-array
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/midpoint?token_id=" + asset_).body).object().value("mid").toString(),
                 QStringLiteral("0.12"));
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/spread?token_id=" + asset_).body).object().value("spread").toString(),
                 QStringLiteral("0.04"));
        const QByteArray books = QByteArray("[{\"token_id\":\"") + asset_.toLatin1() + "\"},{\"token_id\":\"1\"}]";
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/books", 10000, books).body).array().size(), 1);
        QCOMPARE(get(nam_, venue_->clobUrl(), "/book?token_id=12345").status, 404);
        QCOMPARE(get(nam_, venue_->clobUrl(), "/book?token_id=0xabc").status, 400);
        QCOMPARE(get(nam_, venue_->clobUrl(), "/price?token_id=" + asset_ + "&side=buy").status, 400);
        QCOMPARE(get(nam_, venue_->clobUrl(), "/time").body, QByteArray::number((kT0 + 2000) / 1000));
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/fee-rate?token_id=" + asset_).body).object().value("base_fee").toInt(), 0);
        clock_.setMs(kT0 + 6000);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/fee-rate?token_id=" + asset_).body).object().value("base_fee").toInt(), 30);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/price?token_id=" + asset_ + "&side=BUY").body)
                     .object().value("price").toString(), QStringLiteral("0.2"));
    }

    void gammaLookups()
    {
        const QString cid = QStringLiteral("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b");
        QJsonArray a = QJsonDocument::fromJson(get(nam_, venue_->gammaUrl(), "/markets?condition_ids=" + cid).body).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject().value("slug").toString(), QStringLiteral("btc-updown-5m-1773307200"));
        a = QJsonDocument::fromJson(get(nam_, venue_->gammaUrl(),
            "/markets?clob_token_ids=71183960810705820955071415844881728181970340514894896943812046065452395013351").body).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue_->gammaUrl(), "/markets?slug=nope").body).array().size(), 0);
        const QJsonObject m = QJsonDocument::fromJson(get(nam_, venue_->clobUrl(), "/markets/" + cid).body).object();
        QCOMPARE(m.value("tokens").toArray().size(), 2);
        QCOMPARE(m.value("tokens").toArray()[1].toObject().value("outcome").toString(), QStringLiteral("Down"));
    }

    void httpFaults()
    {
        const QString path = "/book?token_id=" + asset_;
        venue_->injectHttpFault(HttpFault::TooManyRequests);
        Reply r = get(nam_, venue_->clobUrl(), path);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("1"));
        venue_->injectHttpFault(HttpFault::ServerError);
        QCOMPARE(get(nam_, venue_->clobUrl(), path).status, 500);
        venue_->injectHttpFault(HttpFault::TooEarly);
        QCOMPARE(get(nam_, venue_->clobUrl(), path).status, 425);
        venue_->injectHttpFault(HttpFault::TradingPaused);
        r = get(nam_, venue_->clobUrl(), path);
        QCOMPARE(r.status, 503);
        QVERIFY(r.body.contains("trading paused"));
        venue_->injectHttpFault(HttpFault::HtmlErrorPage);
        r = get(nam_, venue_->clobUrl(), path);
        QCOMPARE(r.status, 502);
        QVERIFY(r.body.startsWith("<html>"));
        venue_->injectHttpFault(HttpFault::Malformed);
        r = get(nam_, venue_->clobUrl(), path);
        QCOMPARE(r.status, 200);
        QJsonParseError pe;
        QJsonDocument::fromJson(r.body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
        // Qt's HTTP stack resends a request whose connection closed before any answer once
        // on its own, so two drops in a row reach the client as an error.
        venue_->injectHttpFault(HttpFault::DropConnection, 2);
        QCOMPARE(get(nam_, venue_->clobUrl(), path).error, QNetworkReply::RemoteHostClosedError);
        venue_->injectHttpFault(HttpFault::Timeout);
        r = get(nam_, venue_->clobUrl(), path, 300);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        // Back to normal afterwards, and every fault was counted.
        QCOMPARE(get(nam_, venue_->clobUrl(), path).status, 200);
        QCOMPARE(venue_->faults().httpInjected.size(), size_t(8));
        for (const auto& [fault, n] : venue_->faults().httpInjected)
            QCOMPARE(n, fault == HttpFault::DropConnection ? 2 : 1);
    }

    void marketChannel()
    {
        clock_.setMs(kT0 + 2000);
        QWebSocket ws;
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        ws.open(venue_->marketWebSocketUrl());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral("{\"assets_ids\":[\"%1\"],\"type\":\"market\"}").arg(asset_));
        QTRY_COMPARE(messages.count(), 1);
        QJsonObject book = QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object();
        QCOMPARE(book.value("event_type").toString(), QStringLiteral("book"));
        QCOMPARE(book.value("asset_id").toString(), asset_);
        ws.sendTextMessage(QStringLiteral("PING"));
        QTRY_COMPARE(messages.count(), 2);
        QCOMPARE(messages.at(1).at(0).toString(), QStringLiteral("PONG"));
        // The second book becomes visible at +6 s and is pushed.
        venue_->pump();
        clock_.setMs(kT0 + 6000);
        venue_->pump();
        QTRY_COMPARE(messages.count(), 3);
        book = QJsonDocument::fromJson(messages.at(2).at(0).toString().toUtf8()).object();
        QCOMPARE(book.value("bids").toArray().size(), 1);
        // A drop mid-stream closes the socket.
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        venue_->dropWebSockets();
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(venue_->faults().webSocketDrops, 1);
    }

    void rtdsActivityAndSilence()
    {
        clock_.setMs(kT0);
        venue_->pump(); // the venue's stream position moves back only by a reset; start fresh
        std::vector<CaptureRecord> records{
            rec(kT0 + 1000, "data-api.activity", QJsonArray{rows_[0], rows_[1]}, {{"user", wallet_}}),
            rec(kT0 + 5000, "data-api.activity", QJsonArray{rows_[2], rows_[1], rows_[0]}, {{"user", wallet_}})};
        VirtualClock clock(kT0);
        SandboxOptions options;
        options.pumpIntervalMs = 3600000;
        SandboxVenue venue(records, clock, options);
        QCOMPARE(venue.start(), QString());
        QWebSocket ws;
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy subscribed(&venue, &SandboxVenue::subscribed);
        ws.open(venue.rtdsUrl());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral(R"({"action":"subscribe","subscriptions":[{"topic":"activity","type":"trades"}]})"));
        QVERIFY(subscribed.wait(5000));
        clock.setMs(kT0 + 1000);
        venue.pump();
        QTRY_COMPARE(messages.count(), 2);
        const QJsonObject frame = QJsonDocument::fromJson(messages.at(0).at(0).toString().toUtf8()).object();
        QCOMPARE(frame.value("topic").toString(), QStringLiteral("activity"));
        QCOMPARE(frame.value("type").toString(), QStringLiteral("trades"));
        const QJsonObject payload = frame.value("payload").toObject();
        QCOMPARE(payload.value("proxyWallet").toString(), wallet_);
        QCOMPARE(payload.value("price").toDouble(), rows_[0].value("price").toDouble());
        QCOMPARE(payload.value("transactionHash").toString(), rows_[0].value("transactionHash").toString());
        // Silence: the data stops while PING is still answered.
        venue.setWebSocketSilence(true);
        clock.setMs(kT0 + 5000);
        venue.pump();
        ws.sendTextMessage(QStringLiteral("PING"));
        QTRY_COMPARE(messages.count(), 3);
        QCOMPARE(messages.at(2).at(0).toString(), QStringLiteral("PONG"));
        QCOMPARE(venue.faults().silencedFrames, 1);
    }

    void frozenBooksGoStale()
    {
        VirtualClock clock(kT0);
        const QJsonObject book = readJson(QStringLiteral("polymarket-clob/nautilus/clob_book_2024-10-13.json"));
        QJsonObject book2 = book;
        book2.insert("bids", QJsonArray{QJsonObject{{"price", "0.2"}, {"size", "10"}}});
        SandboxVenue venue({rec(kT0, "clob.book", book), rec(kT0 + 1000, "clob.book", book2)}, clock);
        QCOMPARE(venue.start(), QString());
        venue.setBooksFrozen(true);
        clock.setMs(kT0 + 2000);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue.clobUrl(), "/price?token_id=" + asset_ + "&side=BUY").body)
                     .object().value("price").toString(), QStringLiteral("0.1"));
        venue.setBooksFrozen(false);
        QCOMPARE(QJsonDocument::fromJson(get(nam_, venue.clobUrl(), "/price?token_id=" + asset_ + "&side=BUY").body)
                     .object().value("price").toString(), QStringLiteral("0.2"));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
