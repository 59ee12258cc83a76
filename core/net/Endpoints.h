#pragma once
// Endpoints: the base URLs of every Polymarket API and socket, configurable so the sandbox
// venue and local test servers can stand in for production.

#include "domain/Result.h"

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

    /// The production hosts (spec/polymarket-protocol.md §1).
    static Endpoints production();
    /// Production hosts overridden by SLIPSTREAM_{DATA_API,CLOB,GAMMA,MARKET_WS,RTDS}_URL from the
    /// environment, then by --data-api-url, --clob-url, --gamma-url, --market-ws-url and
    /// --rtds-url in args (which are removed from args). Returns an error for a bad URL.
    static Result<Endpoints> fromEnvironmentAndArgs(QStringList& args);
    /// Joins a base URL and a path ("/book"), keeping any path prefix of the base.
    static QUrl join(const QUrl& base, const QString& path);
};

} // namespace slip
