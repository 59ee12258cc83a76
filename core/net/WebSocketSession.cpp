#include "net/WebSocketSession.h"

#include "log/Log.h"

#include <QWebSocket>

#include <algorithm>

namespace slip {

WebSocketSession::WebSocketSession(const Clock& clock, QUrl url, WsOptions options, QObject* parent)
    : QObject(parent), clock_(clock), url_(std::move(url)), options_(std::move(options)),
      rng_(std::random_device{}())
{
    connect(&pingTimer_, &QTimer::timeout, this, [this] {
        if (connected_)
            socket_->sendTextMessage(options_.pingText);
    });
    connect(&watchdogTimer_, &QTimer::timeout, this, &WebSocketSession::onTick);
    reconnectTimer_.setSingleShot(true);
    connect(&reconnectTimer_, &QTimer::timeout, this, &WebSocketSession::open);
    connectTimer_.setSingleShot(true);
    connect(&connectTimer_, &QTimer::timeout, this, [this] {
        if (!connected_)
            forceReconnect(QStringLiteral("handshake timed out"));
    });
}

WebSocketSession::~WebSocketSession()
{
    running_ = false;
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
    }
}

void WebSocketSession::start()
{
    if (running_)
        return;
    running_ = true;
    failedAttempts_ = 0;
    open();
}

void WebSocketSession::stop()
{
    running_ = false;
    reconnectTimer_.stop();
    pingTimer_.stop();
    watchdogTimer_.stop();
    connectTimer_.stop();
    if (socket_) {
        socket_->disconnect(this);
        socket_->close();
        socket_->deleteLater();
        socket_ = nullptr;
    }
    if (connected_) {
        connected_ = false;
        health_.connected = false;
        health_.connectedSinceMs = 0;
        Q_EMIT disconnected(QStringLiteral("stopped"));
    }
}

void WebSocketSession::open()
{
    if (!running_)
        return;
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
        socket_->deleteLater();
    }
    socket_ = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket_, &QWebSocket::connected, this, &WebSocketSession::onConnected);
    connect(socket_, &QWebSocket::disconnected, this, &WebSocketSession::onDisconnected);
    connect(socket_, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { onFrame(text.toUtf8()); });
    connect(socket_, &QWebSocket::binaryMessageReceived, this, &WebSocketSession::onFrame);
    connect(socket_, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (socket_)
            health_.lastError = socket_->errorString();
    });
    connectTimer_.start(options_.connectTimeoutMs);
    socket_->open(url_);
}

void WebSocketSession::onConnected()
{
    connectTimer_.stop();
    connected_ = true;
    if (everConnected_)
        ++health_.reconnects;
    everConnected_ = true;
    failedAttempts_ = 0;
    const auto now = clock_.nowMs();
    health_.connected = true;
    health_.connectedSinceMs = now;
    lastInboundMs_ = now;
    // The silence watchdog measures from the (re)subscription, not from the last old message.
    health_.lastMessageMs = 0;
    for (const auto& m : subscribeMessages())
        socket_->sendTextMessage(m);
    pingTimer_.start(options_.pingIntervalMs);
    int tick = options_.pongTimeoutMs;
    if (options_.silenceTimeoutMs > 0)
        tick = std::min(tick, options_.silenceTimeoutMs);
    watchdogTimer_.start(std::clamp(tick / 4, 10, 1'000));
    log::get("ws")->info("connected to {}", url_.toString().toStdString());
    Q_EMIT connected();
}

void WebSocketSession::onDisconnected()
{
    const QString reason = socket_ ? socket_->closeReason().isEmpty() ? socket_->errorString()
                                                                      : socket_->closeReason()
                                   : QString();
    connectTimer_.stop();
    pingTimer_.stop();
    watchdogTimer_.stop();
    const bool was = connected_;
    connected_ = false;
    health_.connected = false;
    health_.connectedSinceMs = 0;
    if (!reason.isEmpty())
        health_.lastError = reason;
    if (was) {
        log::get("ws")->warn("{} closed: {}", url_.toString().toStdString(), reason.toStdString());
        Q_EMIT disconnected(reason);
    }
    scheduleReconnect();
}

void WebSocketSession::onFrame(const QByteArray& frame)
{
    const auto now = clock_.nowMs();
    lastInboundMs_ = now;
    if (isControlFrame(frame))
        return;
    health_.lastMessageMs = now;
    ++health_.messages;
    handleFrame(frame);
}

bool WebSocketSession::isControlFrame(const QByteArray& frame) const
{
    const QByteArray t = frame.trimmed();
    return t.isEmpty() || t.compare("PONG", Qt::CaseInsensitive) == 0 ||
           t.compare("PING", Qt::CaseInsensitive) == 0;
}

void WebSocketSession::onTick()
{
    if (!connected_)
        return;
    const auto now = clock_.nowMs();
    if (now - lastInboundMs_ > options_.pongTimeoutMs) {
        forceReconnect(QStringLiteral("no pong for %1 ms").arg(now - lastInboundMs_));
        return;
    }
    const auto since = health_.lastMessageMs > 0 ? health_.lastMessageMs : health_.connectedSinceMs;
    if (options_.silenceTimeoutMs > 0 && now - since > options_.silenceTimeoutMs)
        forceReconnect(QStringLiteral("no data for %1 ms").arg(now - since));
}

void WebSocketSession::forceReconnect(const QString& reason)
{
    ++health_.watchdogTrips;
    health_.lastError = reason;
    log::get("ws")->warn("{}: {}, reconnecting", url_.toString().toStdString(), reason.toStdString());
    if (socket_) {
        // abort() emits disconnected synchronously when open, which schedules the reconnect.
        const bool wasOpen = connected_ || socket_->state() != QAbstractSocket::UnconnectedState;
        socket_->abort();
        if (!wasOpen || !reconnectTimer_.isActive())
            scheduleReconnect();
    } else {
        scheduleReconnect();
    }
    health_.lastError = reason; // the close that abort() reported is a consequence, not the cause
}

void WebSocketSession::scheduleReconnect()
{
    if (!running_ || reconnectTimer_.isActive())
        return;
    ++failedAttempts_;
    const double base = std::min<double>(options_.backoffCapMs,
                                         double(options_.backoffBaseMs) * double(1LL << std::min(failedAttempts_ - 1, 20)));
    std::uniform_real_distribution<double> jitter(0.5, 1.0);
    reconnectTimer_.start(std::max(1, int(base * jitter(rng_))));
}

bool WebSocketSession::sendText(const QString& text)
{
    if (!connected_ || !socket_)
        return false;
    socket_->sendTextMessage(text);
    return true;
}

WsHealth WebSocketSession::health() const
{
    WsHealth h = health_;
    h.lastMessageAgeMs = h.lastMessageMs > 0 ? clock_.nowMs() - h.lastMessageMs : -1;
    return h;
}

} // namespace slip
