#pragma once
// ScriptedWsServer: a QWebSocketServer on 127.0.0.1 that records what clients send, answers
// text PING with PONG when told to, and lets a test push frames or drop connections.

#include <QList>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

namespace slip::test {

class ScriptedWsServer : public QObject
{
public:
    ScriptedWsServer() : server_(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode)
    {
        server_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server_, &QWebSocketServer::newConnection, this, [this] {
            while (auto* s = server_.nextPendingConnection()) {
                ++connections;
                clients_.push_back(s);
                QObject::connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString& m) {
                    if (m == u"PING") {
                        ++pings;
                        if (answerPings)
                            s->sendTextMessage(QStringLiteral("PONG"));
                        return;
                    }
                    received.push_back(m);
                    if (onMessage)
                        onMessage(s, m);
                });
                QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    ~ScriptedWsServer() override
    {
        for (auto& c : clients_)
            if (c)
                c->disconnect(this);
    }

    /// ws://127.0.0.1:<port>/path
    QUrl url(const QString& path = QStringLiteral("/ws/market")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(server_.serverPort()).arg(path));
    }
    /// Sends a text frame to every open client.
    void broadcast(const QString& text)
    {
        for (auto& c : clients_)
            if (c && c->state() == QAbstractSocket::ConnectedState)
                c->sendTextMessage(text);
    }
    /// Drops every connection abruptly (no close frame).
    void dropAll()
    {
        for (auto& c : clients_)
            if (c)
                c->abort();
    }

    bool answerPings = true;
    int pings = 0;
    int connections = 0;
    QStringList received;                 ///< non-PING text frames, in order
    std::function<void(QWebSocket*, const QString&)> onMessage;

private:
    QWebSocketServer server_;
    QList<QPointer<QWebSocket>> clients_;
};

} // namespace slip::test
