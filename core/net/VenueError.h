#pragma once
// VenueError: a typed failure at the venue boundary (transport, HTTP status or payload), naming
// the endpoint and carrying a short excerpt of what came back, so nothing fails silently.

#include <QString>

#include <cstdint>

namespace slip {

struct VenueError
{
    enum class Kind {
        None,          ///< no error
        Network,       ///< connection refused/reset, DNS, TLS
        Timeout,       ///< no complete answer within the request's deadline
        RateLimited,   ///< HTTP 429
        TooEarly,      ///< HTTP 425 (matching-engine restart)
        TradingPaused, ///< HTTP 503 saying trading is paused / post-only
        ServerError,   ///< other 5xx
        ClientError,   ///< 4xx other than 425/429 (bad request, not found)
        Malformed,     ///< 2xx body that is not the documented shape (HTML page, bad JSON, bad field)
        Cancelled,     ///< the client was shut down before an answer
    };
    static constexpr int kKindCount = 10;

    Kind kind = Kind::None;
    QString endpoint;      ///< "GET /book" style
    int httpStatus = 0;    ///< 0 when no HTTP answer
    QString message;       ///< what went wrong, for humans
    QString excerpt;       ///< first bytes of the body (sanitised), may be empty
    std::int64_t retryAfterMs = -1; ///< from Retry-After when given

    /// True when this holds an error.
    bool isError() const { return kind != Kind::None; }
    /// One line: "<endpoint>: <kind> [HTTP n]: <message> — <excerpt>".
    QString toString() const;

    /// Builds a Malformed error for an endpoint with the offending body's excerpt.
    static VenueError malformed(const QString& endpoint, const QString& message,
                                const QByteArray& body);
};

/// Stable lower-case name of a kind ("network", "timeout", "rate_limited", ...).
QString venueErrorKindName(VenueError::Kind kind);

/// A printable excerpt of a body: control characters replaced, whitespace collapsed, at most
/// maxChars characters with "…" when cut.
QString bodyExcerpt(const QByteArray& body, int maxChars = 160);

} // namespace slip
