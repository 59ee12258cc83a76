#include "net/Endpoints.h"

namespace slip {

Endpoints Endpoints::production()
{
    Endpoints e;
    e.dataApi = QUrl(QStringLiteral("https://data-api.polymarket.com"));
    e.clob = QUrl(QStringLiteral("https://clob.polymarket.com"));
    e.gamma = QUrl(QStringLiteral("https://gamma-api.polymarket.com"));
    e.marketWs = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com/ws/market"));
    e.rtdsWs = QUrl(QStringLiteral("wss://ws-live-data.polymarket.com"));
    return e;
}

Result<Endpoints> Endpoints::fromEnvironmentAndArgs(QStringList& args)
{
    Endpoints e = production();
    struct Opt { const char* flag; const char* env; QUrl Endpoints::*field; };
    const Opt opts[] = {
        {"--data-api-url", "SLIPSTREAM_DATA_API_URL", &Endpoints::dataApi},
        {"--clob-url", "SLIPSTREAM_CLOB_URL", &Endpoints::clob},
        {"--gamma-url", "SLIPSTREAM_GAMMA_URL", &Endpoints::gamma},
        {"--market-ws-url", "SLIPSTREAM_MARKET_WS_URL", &Endpoints::marketWs},
        {"--rtds-url", "SLIPSTREAM_RTDS_URL", &Endpoints::rtdsWs},
    };
    auto set = [&e](const Opt& o, const QString& text) -> Status {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return Error{QStringLiteral("%1: not a URL: %2").arg(QLatin1String(o.flag), text)};
        e.*(o.field) = url;
        return {};
    };
    for (const auto& o : opts) {
        const QString env = qEnvironmentVariable(o.env);
        if (!env.isEmpty())
            if (auto s = set(o, env); !s)
                return Error{s.error()};
    }
    for (qsizetype i = 0; i < args.size();) {
        const Opt* hit = nullptr;
        QString value;
        for (const auto& o : opts) {
            const QString flag = QLatin1String(o.flag);
            if (args[i] == flag && i + 1 < args.size()) {
                hit = &o;
                value = args[i + 1];
                args.remove(i, 2);
                break;
            }
            if (args[i].startsWith(flag + QLatin1Char('='))) {
                hit = &o;
                value = args[i].mid(flag.size() + 1);
                args.remove(i);
                break;
            }
            if (args[i] == flag)
                return Error{flag + QStringLiteral(" needs a URL")};
        }
        if (!hit) {
            ++i;
            continue;
        }
        if (auto s = set(*hit, value); !s)
            return Error{s.error()};
    }
    return e;
}

QUrl Endpoints::join(const QUrl& base, const QString& path)
{
    QUrl u = base;
    QString prefix = u.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    u.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return u;
}

} // namespace slip
