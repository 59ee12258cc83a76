#pragma once
// ScriptedHttpServer: a tiny HTTP/1.1 server on 127.0.0.1 whose every answer is decided by a
// test script — status, headers, body, delay, a dropped connection or a truncated body.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace slip::test {

struct ScriptedRequest
{
    QByteArray method;
    QUrl url; ///< path and query only
    QByteArray body;
    std::int64_t arrivedMs = 0; ///< ms since the server started
};

struct ScriptedAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;         ///< wait before answering
    bool drop = false;       ///< close the connection without an answer
    bool truncate = false;   ///< announce the full length, send half, close
};

/// An answer with status, body, content type and extra headers.
inline ScriptedAnswer reply(int status, QByteArray body, QByteArray contentType = "application/json",
                            QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ScriptedAnswer a;
    a.status = status;
    a.body = std::move(body);
    a.contentType = std::move(contentType);
    a.headers = std::move(headers);
    return a;
}

class ScriptedHttpServer : public QObject
{
public:
    using Handler = std::function<ScriptedAnswer(const ScriptedRequest&)>;

    explicit ScriptedHttpServer(Handler handler) : handler_(std::move(handler))
    {
        clock_.start();
        QObject::connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (auto* s = server_.nextPendingConnection()) {
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    buffers_.remove(s);
                    s->deleteLater();
                });
            }
        });
        server_.listen(QHostAddress::LocalHost, 0);
    }

    ~ScriptedHttpServer() override
    {
        for (auto* s : server_.findChildren<QTcpSocket*>())
            s->disconnect(this);
    }

    /// Base URL http://127.0.0.1:<port>.
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort())); }
    /// Every request received so far.
    const QList<ScriptedRequest>& requests() const { return requests_; }
    void setHandler(Handler h) { handler_ = std::move(h); }

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buf = buffers_[s];
        buf += s->readAll();
        for (;;) {
            const auto headerEnd = buf.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            qsizetype length = 0;
            for (const auto& l : lines) {
                if (l.toLower().startsWith("content-length:"))
                    length = l.mid(15).trimmed().toLongLong();
            }
            if (buf.size() < headerEnd + 4 + length)
                return;
            ScriptedRequest r;
            r.method = first.value(0);
            r.url = QUrl(QString::fromLatin1(first.value(1)));
            r.body = buf.mid(headerEnd + 4, length);
            r.arrivedMs = clock_.elapsed();
            buf.remove(0, headerEnd + 4 + length);
            requests_.push_back(r);
            const ScriptedAnswer a = handler_(r);
            QPointer<QTcpSocket> guard(s);
            auto answer = [guard, a] {
                if (!guard)
                    return;
                if (a.drop) {
                    guard->abort();
                    return;
                }
                QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n";
                out += "Content-Type: " + a.contentType + "\r\n";
                out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
                for (const auto& [k, v] : a.headers)
                    out += k + ": " + v + "\r\n";
                out += "\r\n";
                if (a.truncate) {
                    out += a.body.left(a.body.size() / 2);
                    guard->write(out);
                    guard->flush();
                    guard->disconnectFromHost();
                    return;
                }
                out += a.body;
                guard->write(out);
            };
            if (a.delayMs > 0)
                QTimer::singleShot(a.delayMs, s, answer);
            else
                answer();
        }
    }

    Handler handler_;
    QTcpServer server_;
    QHash<QTcpSocket*, QByteArray> buffers_;
    QList<ScriptedRequest> requests_;
    QElapsedTimer clock_;
};

} // namespace slip::test
