#include "venue/sandbox/SandboxVenue.h"

#include "log/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace slip::sandbox {

SandboxVenue::SandboxVenue(const std::vector<CaptureRecord>& records, const Clock& clock,
                           SandboxOptions options, QObject* parent)
    : QObject(parent), feed_(records), clock_(clock), options_(options),
      data_(new SandboxHttpServer(QStringLiteral("data-api"), this)),
      clob_(new SandboxHttpServer(QStringLiteral("clob"), this)),
      gamma_(new SandboxHttpServer(QStringLiteral("gamma"), this)),
      ws_(new QWebSocketServer(QStringLiteral("slipstream-sandbox"), QWebSocketServer::NonSecureMode, this)),
      pumpTimer_(new QTimer(this))
{
    data_->setHandler([this](const HttpRequest& r) { return handle(QStringLiteral("data"), r); });
    clob_->setHandler([this](const HttpRequest& r) { return handle(QStringLiteral("clob"), r); });
    gamma_->setHandler([this](const HttpRequest& r) { return handle(QStringLiteral("gamma"), r); });
    connect(ws_, &QWebSocketServer::newConnection, this, &SandboxVenue::onWebSocket);
    pumpTimer_->setInterval(options_.pumpIntervalMs);
    connect(pumpTimer_, &QTimer::timeout, this, &SandboxVenue::pump);
}

SandboxVenue::~SandboxVenue()
{
    for (auto& [ws, s] : sockets_) {
        ws->disconnect(this);
        ws->abort();
        ws->deleteLater();
    }
    sockets_.clear();
}

QString SandboxVenue::start()
{
    const quint16 base = options_.basePort;
    auto portFor = [base](int offset) { return base == 0 ? quint16(0) : quint16(base + offset); };
    if (!data_->listen(portFor(0)) || !clob_->listen(portFor(1)) || !gamma_->listen(portFor(2)) ||
        !ws_->listen(QHostAddress::LocalHost, portFor(3)))
        return tr("cannot listen on 127.0.0.1 (ports %1–%2 in use?)").arg(base).arg(base + 3);
    lastPumpMs_ = clock_.nowMs();
    pumpTimer_->start();
    log::get("sandbox")->info("sandbox venue on 127.0.0.1: data {}, clob {}, gamma {}, ws {}", data_->port(),
                              clob_->port(), gamma_->port(), ws_->serverPort());
    return {};
}

static QUrl localUrl(const char* scheme, quint16 port, const QString& path = {})
{
    QUrl u;
    u.setScheme(QLatin1String(scheme));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(path);
    return u;
}

QUrl SandboxVenue::dataApiUrl() const { return localUrl("http", data_->port()); }
QUrl SandboxVenue::clobUrl() const { return localUrl("http", clob_->port()); }
QUrl SandboxVenue::gammaUrl() const { return localUrl("http", gamma_->port()); }
QUrl SandboxVenue::marketWebSocketUrl() const { return localUrl("ws", ws_->serverPort(), QStringLiteral("/ws/market")); }
QUrl SandboxVenue::rtdsUrl() const { return localUrl("ws", ws_->serverPort(), QStringLiteral("/")); }

quint64 SandboxVenue::requestCount() const
{
    return data_->requestCount() + clob_->requestCount() + gamma_->requestCount();
}

void SandboxVenue::injectHttpFault(HttpFault fault, int count)
{
    for (int i = 0; i < count; ++i)
        pendingFaults_.push_back(fault);
}

void SandboxVenue::dropWebSockets()
{
    auto all = std::move(sockets_);
    sockets_.clear();
    for (auto& [ws, s] : all) {
        ws->disconnect(this);
        ws->abort();
        ws->deleteLater();
        ++faults_.webSocketDrops;
    }
}

void SandboxVenue::setWebSocketSilence(bool silent)
{
    silent_ = silent;
}

void SandboxVenue::setBooksFrozen(bool frozen)
{
    if (frozen && !booksFrozen_)
        frozenAtMs_ = clock_.nowMs();
    booksFrozen_ = frozen;
}

std::int64_t SandboxVenue::bookTime(std::int64_t now) const
{
    return booksFrozen_ ? std::min(now, frozenAtMs_) : now;
}

const TimedObject* SandboxVenue::bookAt(const QString& asset, std::int64_t now) const
{
    return feed_.book(asset, bookTime(now));
}

HttpResponse SandboxVenue::handle(const QString& api, const HttpRequest& req)
{
    if (!pendingFaults_.empty()) {
        const HttpFault f = pendingFaults_.front();
        pendingFaults_.pop_front();
        ++faults_.httpInjected[f];
        HttpResponse r;
        switch (f) {
        case HttpFault::TooManyRequests:
            r = HttpResponse::error(429, QStringLiteral("Too Many Requests"));
            r.headers.append({"Retry-After", QByteArray::number(options_.retryAfterSeconds)});
            return r;
        case HttpFault::ServerError:
            return HttpResponse::error(500, QStringLiteral("internal error"));
        case HttpFault::TooEarly:
            return HttpResponse::error(425, QStringLiteral("Too Early"));
        case HttpFault::TradingPaused:
            r = HttpResponse::error(503, QStringLiteral("trading paused"));
            r.headers.append({"Retry-After", QByteArray::number(options_.retryAfterSeconds)});
            return r;
        case HttpFault::Timeout:
            r = handle(api, req);
            r.delayMs = options_.holdMs;
            return r;
        case HttpFault::Malformed:
            r = handle(api, req);
            r.body = r.body.left(std::max<qsizetype>(1, r.body.size() / 2));
            return r;
        case HttpFault::HtmlErrorPage:
            r.status = 502;
            r.contentType = "text/html";
            r.body = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                     "Gateway</h1></center><hr><center>cloudflare</center></body></html>";
            return r;
        case HttpFault::DropConnection:
            r.fate = HttpResponse::Fate::DropConnection;
            return r;
        }
    }
    const std::int64_t now = clock_.nowMs();
    if (api == u"data")
        return handleDataApi(req, now);
    if (api == u"clob")
        return handleClob(req, now);
    return handleGamma(req, now);
}

void SandboxVenue::onWebSocket()
{
    while (QWebSocket* ws = ws_->nextPendingConnection()) {
        Socket s;
        s.market = ws->requestUrl().path().startsWith(QStringLiteral("/ws/market"));
        s.connectionId = QStringLiteral("sandbox-%1").arg(++nextConnectionId_);
        sockets_[ws] = s;
        connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString& t) { onWebSocketText(ws, t); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            sockets_.erase(ws);
            ws->deleteLater();
        });
    }
}

void SandboxVenue::onWebSocketText(QWebSocket* ws, const QString& text)
{
    auto it = sockets_.find(ws);
    if (it == sockets_.end())
        return;
    Socket& s = it->second;
    if (text.compare(QStringLiteral("PING"), Qt::CaseInsensitive) == 0) {
        ws->sendTextMessage(QStringLiteral("PONG"));
        return;
    }
    const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
    if (s.market) {
        const QString op = msg.value(QStringLiteral("operation")).toString();
        const bool subscribe = msg.value(QStringLiteral("type")).toString().compare(u"market", Qt::CaseInsensitive) == 0 ||
                               op == u"subscribe";
        QStringList added;
        for (const auto& a : msg.value(QStringLiteral("assets_ids")).toArray()) {
            if (op == u"unsubscribe")
                s.assets.remove(a.toString());
            else if (subscribe && !s.assets.contains(a.toString())) {
                s.assets.insert(a.toString());
                added << a.toString();
            }
        }
        // Every subscribe pushes a fresh book per asset (initial_dump defaults to true).
        if (msg.value(QStringLiteral("initial_dump")).toBool(true) && !silent_) {
            for (const auto& asset : added) {
                if (const TimedObject* b = bookAt(asset, clock_.nowMs()))
                    sendBook(ws, b->object);
            }
        }
        if (!added.isEmpty())
            Q_EMIT subscribed(QStringLiteral("market"));
        return;
    }
    if (msg.value(QStringLiteral("action")).toString() == u"subscribe") {
        for (const auto& sub : msg.value(QStringLiteral("subscriptions")).toArray()) {
            const QJsonObject o = sub.toObject();
            if (o.value(QStringLiteral("topic")).toString() == u"activity" &&
                (o.value(QStringLiteral("type")).toString() == u"trades" || o.value(QStringLiteral("type")).toString() == u"*"))
                s.activityTrades = true;
        }
        Q_EMIT subscribed(QStringLiteral("rtds"));
    } else if (msg.value(QStringLiteral("action")).toString() == u"unsubscribe") {
        s.activityTrades = false;
    }
}

void SandboxVenue::sendBook(QWebSocket* ws, const QJsonObject& book)
{
    QJsonObject e = book;
    e.insert(QStringLiteral("event_type"), QStringLiteral("book"));
    if (e.value(QStringLiteral("bids")).isNull())
        e.insert(QStringLiteral("bids"), QJsonArray());
    if (e.value(QStringLiteral("asks")).isNull())
        e.insert(QStringLiteral("asks"), QJsonArray());
    ws->sendTextMessage(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
}

void SandboxVenue::pump()
{
    const std::int64_t now = clock_.nowMs();
    if (now <= lastPumpMs_)
        return;
    const auto books = booksFrozen_ ? decltype(feed_.booksBecomingVisible(0, 0)){}
                                    : feed_.booksBecomingVisible(lastPumpMs_, now);
    const auto trades = feed_.tradesBecomingVisible(lastPumpMs_, now);
    lastPumpMs_ = now;
    if (silent_) {
        faults_.silencedFrames += int(books.size() + trades.size());
        return;
    }
    for (auto& [ws, s] : sockets_) {
        if (s.market) {
            for (const auto& [asset, book] : books) {
                if (s.assets.contains(asset))
                    sendBook(ws, book->object);
            }
            for (const TimedRow* t : trades) {
                const QString asset = t->row.value(QStringLiteral("asset")).toString();
                if (!s.assets.contains(asset))
                    continue;
                QJsonObject e{{QStringLiteral("event_type"), QStringLiteral("last_trade_price")},
                              {QStringLiteral("asset_id"), asset},
                              {QStringLiteral("market"), t->row.value(QStringLiteral("conditionId"))},
                              {QStringLiteral("price"), QString::number(t->row.value(QStringLiteral("price")).toDouble(), 'g', QLocale::FloatingPointShortest)},
                              {QStringLiteral("size"), QString::number(t->row.value(QStringLiteral("size")).toDouble(), 'g', QLocale::FloatingPointShortest)},
                              {QStringLiteral("side"), t->row.value(QStringLiteral("side"))},
                              {QStringLiteral("fee_rate_bps"), QStringLiteral("0")},
                              {QStringLiteral("timestamp"), QString::number(t->timestamp * 1000)},
                              {QStringLiteral("transaction_hash"), t->row.value(QStringLiteral("transactionHash"))}};
                ws->sendTextMessage(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
            }
        } else if (s.activityTrades) {
            for (const TimedRow* t : trades) {
                // The RTDS activity payload carries the same fields as a Data API row.
                QJsonObject payload;
                for (const char* k : {"asset", "bio", "conditionId", "eventSlug", "icon", "name", "outcome",
                                      "outcomeIndex", "price", "profileImage", "proxyWallet", "pseudonym",
                                      "side", "size", "slug", "timestamp", "title", "transactionHash"}) {
                    const QString key = QLatin1String(k);
                    if (t->row.contains(key))
                        payload.insert(key, t->row.value(key));
                }
                QJsonObject frame{{QStringLiteral("connection_id"), s.connectionId},
                                  {QStringLiteral("topic"), QStringLiteral("activity")},
                                  {QStringLiteral("type"), QStringLiteral("trades")},
                                  {QStringLiteral("timestamp"), double(t->visibleMs)},
                                  {QStringLiteral("payload"), payload}};
                ws->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
            }
        }
    }
}

} // namespace slip::sandbox
