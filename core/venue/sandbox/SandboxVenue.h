#pragma once
// SandboxVenue: a local Polymarket-compatible venue on 127.0.0.1 that serves a capture over
// the real endpoints — Data API, CLOB REST, Gamma (one HTTP port each), and the CLOB market
// channel and RTDS over WebSocket — as of its clock's time, and misbehaves on demand.

#include "capture/CaptureRecord.h"
#include "domain/Clock.h"
#include "venue/sandbox/SandboxFaults.h"
#include "venue/sandbox/SandboxFeed.h"
#include "venue/sandbox/SandboxHttpServer.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>
#include <map>
#include <memory>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace slip::sandbox {

struct SandboxOptions
{
    quint16 basePort = 0;       ///< data = base, clob = base+1, gamma = base+2, ws = base+3; 0 = any
    int retryAfterSeconds = 1;  ///< Retry-After sent with injected 429s
    int holdMs = 30000;         ///< how long an injected timeout holds the response
    int pumpIntervalMs = 100;   ///< how often streams check the clock (real time)
};

class SandboxVenue : public QObject
{
    Q_OBJECT
public:
    /// The venue serves `records` (sorted by t) as of `clock`.
    SandboxVenue(const std::vector<CaptureRecord>& records, const Clock& clock,
                 SandboxOptions options = {}, QObject* parent = nullptr);
    ~SandboxVenue() override;

    /// Opens the ports; returns an error message, empty on success.
    QString start();

    QUrl dataApiUrl() const;
    QUrl clobUrl() const;
    QUrl gammaUrl() const;
    QUrl marketWebSocketUrl() const;
    QUrl rtdsUrl() const;

    /// The next `count` HTTP requests (any API) fail this way.
    void injectHttpFault(HttpFault fault, int count = 1);
    /// Closes every WebSocket abruptly, mid-stream.
    void dropWebSockets();
    /// While silent, WebSockets answer PING but carry no data (the known RTDS stall).
    void setWebSocketSilence(bool silent);
    /// While frozen, books stop moving: REST serves the book as of the freeze, streams send none.
    void setBooksFrozen(bool frozen);

    /// Pushes everything that became visible since the last pump to the subscribed streams.
    /// Runs on a timer; tests on a virtual clock call it after moving the clock.
    void pump();

    const SandboxFeed& feed() const { return feed_; }
    const FaultCounters& faults() const { return faults_; }
    /// HTTP requests answered, all APIs.
    quint64 requestCount() const;
    /// Open WebSocket connections.
    int webSocketCount() const { return int(sockets_.size()); }

Q_SIGNALS:
    /// A stream client subscribed (market channel assets or RTDS topics).
    void subscribed(const QString& channel);

private:
    struct Socket
    {
        bool market = false;     ///< CLOB market channel (else RTDS)
        QSet<QString> assets;    ///< market channel subscriptions
        bool activityTrades = false; ///< RTDS activity/trades subscription
        QString connectionId;
    };

    HttpResponse handle(const QString& api, const HttpRequest& req);
    HttpResponse handleDataApi(const HttpRequest& req, std::int64_t now);
    HttpResponse handleClob(const HttpRequest& req, std::int64_t now);
    HttpResponse handleGamma(const HttpRequest& req, std::int64_t now);
    const TimedObject* bookAt(const QString& asset, std::int64_t now) const;
    void onWebSocket();
    void onWebSocketText(QWebSocket* ws, const QString& text);
    void sendBook(QWebSocket* ws, const QJsonObject& book);
    std::int64_t bookTime(std::int64_t now) const;

    SandboxFeed feed_;
    const Clock& clock_;
    SandboxOptions options_;
    SandboxHttpServer* data_;
    SandboxHttpServer* clob_;
    SandboxHttpServer* gamma_;
    QWebSocketServer* ws_;
    QTimer* pumpTimer_;
    std::map<QWebSocket*, Socket> sockets_;
    std::deque<HttpFault> pendingFaults_;
    FaultCounters faults_;
    std::int64_t lastPumpMs_ = 0;
    bool silent_ = false;
    bool booksFrozen_ = false;
    std::int64_t frozenAtMs_ = 0;
    quint64 nextConnectionId_ = 0;
};

} // namespace slip::sandbox
