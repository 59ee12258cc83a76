#pragma once
// WebSocketSession: a long-lived venue WebSocket that keeps itself alive — text PING keep-alives
// at the venue's cadence, a pong timeout, a data-silence watchdog (feeds are known to stall while
// pings still succeed), reconnects with exponential backoff and jitter, re-subscription on every
// connect, and health figures for the System panel. Subclasses say what to subscribe and how to
// read a frame.

#include "domain/Clock.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <cstdint>
#include <random>

class QWebSocket;

namespace slip {

struct WsOptions
{
    int pingIntervalMs = 10'000;     ///< text PING cadence (market channel 10 s, RTDS 5 s)
    QString pingText = QStringLiteral("PING");
    int pongTimeoutMs = 30'000;      ///< no inbound frame at all for this long = dead socket
    int silenceTimeoutMs = 120'000;  ///< no data frame (PONG excluded) for this long = stalled; 0 = off
    int backoffBaseMs = 1'000;       ///< first reconnect delay before jitter
    int backoffCapMs = 60'000;
    int connectTimeoutMs = 15'000;   ///< handshake must finish within this
};

struct WsHealth
{
    bool connected = false;
    std::int64_t connectedSinceMs = 0; ///< 0 when not connected
    std::int64_t lastMessageMs = 0;    ///< last data frame (PONG excluded); 0 = none yet
    std::int64_t lastMessageAgeMs = -1; ///< now - lastMessageMs; -1 = none yet
    std::uint64_t reconnects = 0;      ///< connections opened after the first
    std::uint64_t messages = 0;        ///< data frames received
    std::uint64_t watchdogTrips = 0;   ///< reconnects forced by silence or missing pongs
    std::uint64_t rejectedFrames = 0;  ///< frames or events a subclass could not parse
    QString lastError;
};

class WebSocketSession : public QObject
{
    Q_OBJECT
public:
    /// A stopped session for url; clock must outlive it.
    WebSocketSession(const Clock& clock, QUrl url, WsOptions options, QObject* parent = nullptr);
    ~WebSocketSession() override;

    /// Opens the socket and keeps it open until stop().
    void start();
    /// Closes the socket and stops reconnecting.
    void stop();
    /// Health figures now.
    WsHealth health() const;
    /// True while the socket is open.
    bool isConnected() const { return connected_; }
    /// The URL in use.
    const QUrl& url() const { return url_; }
    /// Sends a text frame when connected; returns whether it was sent.
    bool sendText(const QString& text);

Q_SIGNALS:
    /// The socket opened and the subscription messages were sent.
    void connected();
    /// The socket closed (a reconnect follows unless stopped).
    void disconnected(const QString& reason);

protected:
    /// Messages sent right after every (re)connect, in order.
    virtual QStringList subscribeMessages() const = 0;
    /// One inbound frame that is not the pong answer; text of a text frame or bytes of a binary one.
    virtual void handleFrame(const QByteArray& frame) = 0;
    /// Whether a frame is a keep-alive answer rather than data ("PONG", "pong", "").
    virtual bool isControlFrame(const QByteArray& frame) const;
    /// Counts a frame or event the subclass rejected.
    void countRejected(int n = 1) { health_.rejectedFrames += std::uint64_t(n); }
    const Clock& clock() const { return clock_; }

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onFrame(const QByteArray& frame);
    void onTick();
    void forceReconnect(const QString& reason);
    void scheduleReconnect();

    const Clock& clock_;
    QUrl url_;
    WsOptions options_;
    QWebSocket* socket_ = nullptr;
    QTimer pingTimer_;
    QTimer watchdogTimer_;
    QTimer reconnectTimer_;
    QTimer connectTimer_;
    WsHealth health_;
    bool running_ = false;
    bool connected_ = false;
    bool everConnected_ = false;
    int failedAttempts_ = 0;
    std::int64_t lastInboundMs_ = 0;
    std::mt19937 rng_;
};

} // namespace slip

Q_DECLARE_METATYPE(slip::WsHealth)
