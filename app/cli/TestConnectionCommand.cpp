// `slipstream-cli test-connection`: reaches each configured API and WebSocket once and prints
// the latency or what failed; exits non-zero when anything failed.

#include "CliCommand.h"

#include "domain/Clock.h"
#include "net/Endpoints.h"
#include "net/HttpClient.h"
#include "net/JsonReply.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace {

struct Probe
{
    QString name;
    QUrl url;
    bool ok = false;
    qint64 ms = -1;
    QString detail;
};

int runTestConnection(const QStringList& argsIn)
{
    QStringList args = argsIn;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << "Usage: slipstream-cli test-connection [--data-api-url URL] [--clob-url URL] [--gamma-url URL]\n"
               "                                      [--market-ws-url URL] [--rtds-url URL] [--timeout-ms N]\n"
               "                                      [--endpoints FILE] [--data-dir DIR]\n"
               "Probes GET <data-api>/, GET <clob>/time, GET <gamma>/markets?limit=1 and opens both WebSockets.\n";
        return 0;
    }
    // An endpoints file (--endpoints FILE, else the data directory's endpoints.json) sets
    // URLs and rate limits; the environment and the per-URL flags override it.
    const QString endpointsFile = slip::Endpoints::dataDirectoryFile(args);
    auto endpoints = slip::Endpoints::fromEnvironmentAndArgs(args, endpointsFile);
    if (!endpoints) {
        err << "test-connection: " << endpoints.error() << '\n';
        return 2;
    }
    int timeoutMs = 10'000;
    if (const auto i = args.indexOf(QStringLiteral("--timeout-ms")); i >= 0 && i + 1 < args.size()) {
        timeoutMs = std::max(100, args[i + 1].toInt());
        args.remove(i, 2);
    }
    if (!args.isEmpty()) {
        err << "test-connection: unexpected argument " << args.first() << '\n';
        return 2;
    }
    slip::SystemClock clock;
    slip::HttpOptions options;
    options.timeoutMs = timeoutMs;
    options.maxAttempts = 1; // report the first failure as it is
    slip::HttpClient http(clock, endpoints->rateLimits(), options);

    std::vector<std::shared_ptr<Probe>> probes;
    int pending = 0;
    QEventLoop loop;
    auto finish = [&] {
        if (--pending == 0)
            loop.quit();
    };
    auto httpProbe = [&](const QString& name, const QUrl& base, const QString& path, const QString& query, const QString& family) {
        auto p = std::make_shared<Probe>();
        p->name = name;
        p->url = slip::Endpoints::join(base, path);
        p->url.setQuery(query);
        probes.push_back(p);
        ++pending;
        slip::HttpRequest r;
        r.url = p->url;
        r.family = family;
        http.send(r, nullptr, [p, &finish](const slip::HttpResponse& resp) {
            auto doc = slip::jsonBody(resp);
            p->ok = doc.ok();
            p->ms = resp.latencyMs;
            p->detail = doc.ok() ? QStringLiteral("HTTP %1").arg(resp.status) : doc.error().toString();
            finish();
        });
    };
    httpProbe(QStringLiteral("data-api"), endpoints->dataApi, QStringLiteral("/"), {}, QStringLiteral("data"));
    httpProbe(QStringLiteral("clob"), endpoints->clob, QStringLiteral("/time"), {}, QStringLiteral("clob"));
    httpProbe(QStringLiteral("gamma"), endpoints->gamma, QStringLiteral("/markets"), QStringLiteral("limit=1"), QStringLiteral("gamma.markets"));

    auto wsProbe = [&](const QString& name, const QUrl& url) {
        auto p = std::make_shared<Probe>();
        p->name = name;
        p->url = url;
        probes.push_back(p);
        ++pending;
        auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, &loop);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto done = std::make_shared<bool>(false);
        auto conclude = [p, socket, timer, done, &finish](bool ok, const QString& detail) {
            if (*done)
                return;
            *done = true;
            p->ok = ok;
            p->ms = timer->elapsed();
            p->detail = detail;
            socket->abort();
            finish();
        };
        QObject::connect(socket, &QWebSocket::connected, socket, [conclude] { conclude(true, QStringLiteral("open")); });
        QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket,
                         [conclude, socket](QAbstractSocket::SocketError) { conclude(false, socket->errorString()); });
        QTimer::singleShot(timeoutMs, socket, [conclude, timeoutMs] {
            conclude(false, QStringLiteral("no handshake within %1 ms").arg(timeoutMs));
        });
        socket->open(url);
    };
    wsProbe(QStringLiteral("market-ws"), endpoints->marketWs);
    wsProbe(QStringLiteral("rtds-ws"), endpoints->rtdsWs);

    loop.exec();
    int failed = 0;
    for (const auto& p : probes) {
        out << (p->ok ? "OK    " : "FAIL  ") << p->name.leftJustified(10) << ' '
            << (p->ms >= 0 ? QStringLiteral("%1 ms").arg(p->ms) : QStringLiteral("-")).rightJustified(8) << "  "
            << p->url.toString() << "  " << p->detail << '\n';
        failed += p->ok ? 0 : 1;
    }
    out.flush();
    if (failed > 0)
        err << "test-connection: " << failed << " of " << probes.size() << " endpoints failed\n";
    return failed > 0 ? 1 : 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(testConnectionCommand, "test-connection", "Reach every configured Polymarket API and WebSocket", runTestConnection)
