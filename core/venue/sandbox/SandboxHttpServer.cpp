#include "venue/sandbox/SandboxHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace slip::sandbox {
namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 425: return "Too Early";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

HttpResponse HttpResponse::json(const QByteArray& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& message)
{
    return json(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact),
                status);
}

SandboxHttpServer::SandboxHttpServer(QString name, QObject* parent)
    : QObject(parent), name_(std::move(name)), server_(new QTcpServer(this))
{
    connect(server_, &QTcpServer::newConnection, this, &SandboxHttpServer::onConnection);
}

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(quint16 port)
{
    return server_->listen(QHostAddress::LocalHost, port);
}

quint16 SandboxHttpServer::port() const
{
    return server_->serverPort();
}

void SandboxHttpServer::onConnection()
{
    while (QTcpSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SandboxHttpServer::onReadyRead(QTcpSocket* socket)
{
    // The unparsed bytes of a connection live in a dynamic property so pipelined and split
    // requests are handled without a per-connection class.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes) {
                respond(socket, HttpResponse::error(413, QStringLiteral("headers too large")), false);
                return;
            }
            break;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3) {
            respond(socket, HttpResponse::error(400, QStringLiteral("bad request line")), false);
            return;
        }
        HttpRequest req;
        req.method = requestLine[0];
        const QByteArray target = requestLine[1];
        const qsizetype q = target.indexOf('?');
        req.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
        if (q >= 0)
            req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        bool okLength = true;
        const qsizetype length = req.headers.value("content-length", "0").toLongLong(&okLength);
        if (!okLength || length < 0 || length > kMaxBodyBytes) {
            respond(socket, HttpResponse::error(413, QStringLiteral("bad content length")), false);
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            break; // wait for the rest of the body
        req.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        ++requests_;
        const bool keepAlive = req.headers.value("connection").toLower() != "close";
        const HttpResponse response = handler_ ? handler_(req) : HttpResponse::error(404, QStringLiteral("no handler"));
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response, keepAlive] {
                if (guard)
                    respond(guard, response, keepAlive);
            });
        } else {
            respond(socket, response, keepAlive);
        }
        if (response.fate != HttpResponse::Fate::Normal || !keepAlive)
            break;
    }
    socket->setProperty("buffer", buffer);
}

void SandboxHttpServer::respond(QTcpSocket* socket, const HttpResponse& response, bool keepAlive)
{
    if (response.fate == HttpResponse::Fate::DropConnection) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (response.fate == HttpResponse::Fate::TruncatedBody) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();
}

} // namespace slip::sandbox
