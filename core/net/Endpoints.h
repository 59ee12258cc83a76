#pragma once
// Endpoints: the base URLs of every Polymarket API and socket, configurable so the sandbox
// venue and local test servers can stand in for production.

#include "domain/Result.h"
#include "net/RateLimiter.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace slip {

struct Endpoints
{
    QUrl dataApi;   ///< Data API, e.g. https://data-api.polymarket.com
    QUrl clob;      ///< CLOB REST, e.g. https://clob.polymarket.com
    QUrl gamma;     ///< Gamma, e.g. https://gamma-api.polymarket.com
    QUrl marketWs;  ///< CLOB market channel, e.g. wss://ws-subscriptions-clob.polymarket.com/ws/market
    QUrl rtdsWs;    ///< RTDS, e.g. wss://ws-live-data.polymarket.com
    /// Rate-limit rules replacing or adding to the documented defaults, by family.
    QList<RateLimitRule> rateLimitOverrides;

    /// The production hosts (spec/polymarket-protocol.md §1).
    static Endpoints production();
    /// `base` overridden by an endpoints file: a JSON object with any of "dataApi", "clob",
    /// "gamma" (http/https URLs), "marketWs", "rtds" (ws/wss URLs) and "rateLimits" (family ->
    /// requests per 10 s, or {"capacity": N, "windowMs": M}). Unknown keys, wrong types, bad
    /// URLs and bad limits are errors naming `source` and the key.
    static Result<Endpoints> fromJson(const QByteArray& json, const Endpoints& base, const QString& source);
    /// fromJson on a file's contents; an unreadable file is an error.
    static Result<Endpoints> fromFile(const QString& path, const Endpoints& base);
    /// Production hosts overridden, in this order, by the endpoints file — `--endpoints FILE`
    /// from args, else SLIPSTREAM_ENDPOINTS_FILE, else `defaultFile` when it exists (a data
    /// directory's endpoints.json) — then by SLIPSTREAM_{DATA_API,CLOB,GAMMA,MARKET_WS,RTDS}_URL
    /// from the environment, then by --data-api-url, --clob-url, --gamma-url, --market-ws-url and
    /// --rtds-url in args. The options used are removed from args. Returns an error for a bad
    /// URL or endpoints file.
    static Result<Endpoints> fromEnvironmentAndArgs(QStringList& args, const QString& defaultFile = {});
    /// The data directory's endpoints.json: DIR/endpoints.json for `--data-dir DIR` in args
    /// (removed from args), else in the standard data location. Creates nothing.
    static QString dataDirectoryFile(QStringList& args);
    /// The documented limits with rateLimitOverrides applied.
    QList<RateLimitRule> rateLimits() const;
    /// Joins a base URL and a path ("/book"), keeping any path prefix of the base.
    static QUrl join(const QUrl& base, const QString& path);
};

} // namespace slip
