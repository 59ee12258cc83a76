#pragma once
// SandboxHttpServer: a small HTTP/1.1 server on QTcpServer for the sandbox venue. It is written
// by hand (not Qt HTTP Server) because the venue must misbehave on demand: hold a response past
// the client's timeout, cut a body short, or drop the connection.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace slip::sandbox {

struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
};

struct HttpResponse
{
    enum class Fate { Normal, DropConnection, TruncatedBody };
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    Fate fate = Fate::Normal;

    /// A JSON response with the given status.
    static HttpResponse json(const QByteArray& body, int status = 200);
    /// `{"error": message}` with the given status.
    static HttpResponse error(int status, const QString& message);
};

class SandboxHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit SandboxHttpServer(QString name, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    /// Listens on 127.0.0.1:port (0 = any free port). Returns false when the port is taken.
    bool listen(quint16 port);
    quint16 port() const;
    const QString& name() const { return name_; }
    void setHandler(Handler handler) { handler_ = std::move(handler); }
    /// Requests answered so far.
    quint64 requestCount() const { return requests_; }

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const HttpResponse& response, bool keepAlive);

    QString name_;
    QTcpServer* server_;
    Handler handler_;
    quint64 requests_ = 0;
};

} // namespace slip::sandbox
