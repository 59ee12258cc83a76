#include "net/JsonReply.h"

#include <QJsonParseError>

namespace slip {

VenueResult<QJsonDocument> jsonBody(const HttpResponse& r)
{
    if (!r.ok())
        return r.error;
    const QByteArray body = r.body.trimmed();
    const QString endpoint = r.error.endpoint;
    if (r.contentType.contains("html") || body.startsWith('<'))
        return VenueError::malformed(endpoint, QStringLiteral("HTML page instead of JSON"), r.body);
    if (body.isEmpty())
        return VenueError::malformed(endpoint, QStringLiteral("empty body"), r.body);
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError)
        return doc;
    // QJsonDocument only takes objects and arrays; a bare scalar (GET /time) is wrapped.
    if (body.front() != '{' && body.front() != '[') {
        doc = QJsonDocument::fromJson("[" + body + "]", &err);
        if (err.error == QJsonParseError::NoError)
            return doc;
    }
    return VenueError::malformed(endpoint, QStringLiteral("invalid JSON: ") + err.errorString(), r.body);
}

} // namespace slip
