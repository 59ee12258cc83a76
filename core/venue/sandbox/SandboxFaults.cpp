#include "venue/sandbox/SandboxFaults.h"

namespace slip::sandbox {

QString httpFaultName(HttpFault f)
{
    switch (f) {
    case HttpFault::TooManyRequests: return QStringLiteral("429");
    case HttpFault::ServerError: return QStringLiteral("500");
    case HttpFault::TooEarly: return QStringLiteral("425");
    case HttpFault::TradingPaused: return QStringLiteral("503");
    case HttpFault::Timeout: return QStringLiteral("timeout");
    case HttpFault::Malformed: return QStringLiteral("malformed");
    case HttpFault::HtmlErrorPage: return QStringLiteral("html");
    case HttpFault::DropConnection: return QStringLiteral("drop");
    }
    return {};
}

bool parseHttpFault(const QString& name, HttpFault* out)
{
    for (HttpFault f : {HttpFault::TooManyRequests, HttpFault::ServerError, HttpFault::TooEarly,
                        HttpFault::TradingPaused, HttpFault::Timeout, HttpFault::Malformed,
                        HttpFault::HtmlErrorPage, HttpFault::DropConnection}) {
        if (httpFaultName(f) == name) {
            *out = f;
            return true;
        }
    }
    return false;
}

} // namespace slip::sandbox
