#pragma once
// OrderConformance: the request/response mapping behind `slipstream-cli conformance` and the
// golden-vector test — one JSON object in (order, "l1" or "l2" headers), one compact JSON
// line out, byte-comparable with what the official client produces. For test vectors only:
// the input carries a raw private key.

#include <QByteArray>

namespace slip::polymarket {

class OrderConformance
{
public:
    /// Processes one JSON line; returns the POST /order body, the header object, or
    /// {"error":"<message>"} (never throws, never echoes the key).
    static QByteArray process(const QByteArray& jsonLine);
};

} // namespace slip::polymarket
