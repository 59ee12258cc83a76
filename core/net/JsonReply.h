#pragma once
// JsonReply: turns an HttpResponse into a JSON document or a typed VenueError — an HTML error
// page, an empty body or broken JSON become Malformed errors naming the endpoint with an excerpt.

#include "net/HttpClient.h"
#include "net/VenueResult.h"

#include <QJsonDocument>

namespace slip {

/// The parsed JSON body of a successful response, or the error explaining why there is none.
VenueResult<QJsonDocument> jsonBody(const HttpResponse& response);

} // namespace slip
