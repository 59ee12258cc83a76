#include "net/Endpoints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace slip {
namespace {

// A base URL: valid in strict mode, with one of the expected schemes and a host.
Result<QUrl> baseUrl(const QString& text, bool socket)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    const bool schemeOk = socket ? (scheme == u"ws" || scheme == u"wss") : (scheme == u"http" || scheme == u"https");
    if (!url.isValid() || url.host().isEmpty() || !schemeOk)
        return Error{QStringLiteral("not a %1 URL: \"%2\"")
                         .arg(socket ? QStringLiteral("ws:// or wss://") : QStringLiteral("http:// or https://"),
                              text.left(200))};
    if (url.hasQuery() || url.hasFragment())
        return Error{QStringLiteral("a base URL takes no query or fragment: \"%1\"").arg(text.left(200))};
    return url;
}

Result<RateLimitRule> limitRule(const QString& family, const QJsonValue& v)
{
    RateLimitRule rule;
    rule.family = family;
    QJsonValue capacity = v;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it.key() != u"capacity" && it.key() != u"windowMs")
                return Error{QStringLiteral("unknown key \"%1\" (expected capacity, windowMs)").arg(it.key())};
        capacity = o.value(QLatin1StringView("capacity"));
        const QJsonValue window = o.value(QLatin1StringView("windowMs"));
        if (!window.isUndefined()) {
            const double w = window.toDouble(-1);
            if (!window.isDouble() || w < 1 || w > 86'400'000 || w != std::int64_t(w))
                return Error{QStringLiteral("windowMs must be an integer from 1 to 86400000")};
            rule.windowMs = std::int64_t(w);
        }
    }
    const double c = capacity.toDouble(-1);
    if (!capacity.isDouble() || c < 1 || c > 1'000'000 || c != int(c))
        return Error{QStringLiteral("capacity must be an integer from 1 to 1000000 (requests per window)")};
    rule.capacity = int(c);
    return rule;
}

} // namespace

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

Result<Endpoints> Endpoints::fromJson(const QByteArray& json, const Endpoints& base, const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1: not valid JSON at offset %2: %3").arg(source).arg(perr.offset).arg(perr.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("%1: expected a JSON object").arg(source)};
    struct Key { const char* name; QUrl Endpoints::*field; bool socket; };
    static const Key keys[] = {
        {"dataApi", &Endpoints::dataApi, false}, {"clob", &Endpoints::clob, false},
        {"gamma", &Endpoints::gamma, false},     {"marketWs", &Endpoints::marketWs, true},
        {"rtds", &Endpoints::rtdsWs, true},
    };
    Endpoints e = base;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"rateLimits") {
            if (!it.value().isObject())
                return Error{QStringLiteral("%1: rateLimits must be an object of family -> limit").arg(source)};
            const QJsonObject limits = it.value().toObject();
            for (auto l = limits.constBegin(); l != limits.constEnd(); ++l) {
                if (l.key().isEmpty())
                    return Error{QStringLiteral("%1: rateLimits: empty family name").arg(source)};
                auto rule = limitRule(l.key(), l.value());
                if (!rule)
                    return Error{QStringLiteral("%1: rateLimits.%2: %3").arg(source, l.key(), rule.error())};
                e.rateLimitOverrides.removeIf([&](const RateLimitRule& r) { return r.family == l.key(); });
                e.rateLimitOverrides.push_back(*rule);
            }
            continue;
        }
        const Key* hit = nullptr;
        for (const auto& k : keys)
            if (key == QLatin1StringView(k.name))
                hit = &k;
        if (!hit)
            return Error{QStringLiteral("%1: unknown key \"%2\" (expected dataApi, clob, gamma, marketWs, rtds, rateLimits)")
                             .arg(source, key.left(60))};
        if (!it.value().isString())
            return Error{QStringLiteral("%1: %2 must be a string URL").arg(source, key)};
        auto url = baseUrl(it.value().toString(), hit->socket);
        if (!url)
            return Error{QStringLiteral("%1: %2: %3").arg(source, key, url.error())};
        e.*(hit->field) = *url;
    }
    return e;
}

Result<Endpoints> Endpoints::fromFile(const QString& path, const Endpoints& base)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read the endpoints file: %2").arg(path, f.errorString())};
    // An endpoints file is a few lines; anything large is not one.
    if (f.size() > 1'000'000)
        return Error{QStringLiteral("%1: too large for an endpoints file").arg(path)};
    return fromJson(f.readAll(), base, path);
}

QString Endpoints::dataDirectoryFile(QStringList& args)
{
    QString dir;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == u"--data-dir" && i + 1 < args.size()) {
            dir = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(u"--data-dir=")) {
            dir = args[i].mid(11);
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("endpoints.json"));
}

QList<RateLimitRule> Endpoints::rateLimits() const
{
    QList<RateLimitRule> rules = RateLimiter::polymarketDefaults();
    for (const auto& o : rateLimitOverrides) {
        rules.removeIf([&](const RateLimitRule& r) { return r.family == o.family; });
        rules.push_back(o);
    }
    return rules;
}

Result<Endpoints> Endpoints::fromEnvironmentAndArgs(QStringList& args, const QString& defaultFile)
{
    Endpoints e = production();
    // The endpoints file first, so the environment and flags can still override single URLs.
    QString file;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == u"--endpoints") {
            if (i + 1 >= args.size())
                return Error{QStringLiteral("--endpoints needs a file")};
            file = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(u"--endpoints=")) {
            file = args[i].mid(12);
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (file.isEmpty())
        file = qEnvironmentVariable("SLIPSTREAM_ENDPOINTS_FILE");
    if (file.isEmpty() && !defaultFile.isEmpty() && QFileInfo::exists(defaultFile))
        file = defaultFile;
    if (!file.isEmpty()) {
        auto loaded = fromFile(file, e);
        if (!loaded)
            return Error{loaded.error()};
        e = std::move(loaded).value();
    }
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
