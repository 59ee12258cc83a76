#pragma once
// SandboxFaults: the misbehaviour the sandbox venue can be told to show, so that clients are
// tested against everything the real venue does: throttling, errors, hangs, garbage, drops.

#include <QMetaType>
#include <QString>

#include <map>

namespace slip::sandbox {

enum class HttpFault {
    TooManyRequests, ///< 429 with Retry-After
    ServerError,     ///< 500
    TooEarly,        ///< 425
    TradingPaused,   ///< 503 "trading paused"
    Timeout,         ///< the response is held past the client's timeout
    Malformed,       ///< 200 with a JSON body cut short
    HtmlErrorPage,   ///< 502 with an HTML page (a proxy in the way)
    DropConnection,  ///< the connection is closed without an answer
};

/// A stable name for logs, the CLI and tests ("429", "500", "timeout" …).
QString httpFaultName(HttpFault f);
/// Parses a name given by httpFaultName; false when unknown.
bool parseHttpFault(const QString& name, HttpFault* out);

struct FaultCounters
{
    std::map<HttpFault, int> httpInjected;
    int webSocketDrops = 0;
    int silencedFrames = 0; ///< data frames withheld while silent
};

} // namespace slip::sandbox
