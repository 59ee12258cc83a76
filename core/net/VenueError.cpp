#include "net/VenueError.h"

namespace slip {

QString venueErrorKindName(VenueError::Kind kind)
{
    switch (kind) {
    case VenueError::Kind::None: return QStringLiteral("none");
    case VenueError::Kind::Network: return QStringLiteral("network");
    case VenueError::Kind::Timeout: return QStringLiteral("timeout");
    case VenueError::Kind::RateLimited: return QStringLiteral("rate_limited");
    case VenueError::Kind::TooEarly: return QStringLiteral("too_early");
    case VenueError::Kind::TradingPaused: return QStringLiteral("trading_paused");
    case VenueError::Kind::ServerError: return QStringLiteral("server_error");
    case VenueError::Kind::ClientError: return QStringLiteral("client_error");
    case VenueError::Kind::Malformed: return QStringLiteral("malformed");
    case VenueError::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString bodyExcerpt(const QByteArray& body, int maxChars)
{
    // Decode leniently: an excerpt is for humans and must never throw or carry control bytes.
    const QString text = QString::fromUtf8(body.left(maxChars * 4));
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars) + 1);
    bool lastSpace = false;
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        const bool space = c.isSpace() || c.category() == QChar::Other_Control;
        if (space) {
            if (!lastSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        out += c;
    }
    if (text.size() > out.size() && out.size() >= maxChars)
        out += QChar(0x2026);
    return out.trimmed();
}

QString VenueError::toString() const
{
    QString s = endpoint.isEmpty() ? QStringLiteral("venue") : endpoint;
    s += QStringLiteral(": ") + venueErrorKindName(kind);
    if (httpStatus > 0)
        s += QStringLiteral(" [HTTP %1]").arg(httpStatus);
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!excerpt.isEmpty())
        s += QStringLiteral(" — \"") + excerpt + QLatin1Char('"');
    return s;
}

VenueError VenueError::malformed(const QString& endpoint, const QString& message,
                                 const QByteArray& body)
{
    VenueError e;
    e.kind = Kind::Malformed;
    e.endpoint = endpoint;
    e.message = message;
    e.excerpt = bodyExcerpt(body);
    return e;
}

} // namespace slip
