#pragma once
// OrderSubmission: one POST /order ready to send — the exact body bytes and the L2 headers
// whose HMAC covers those same bytes — so the HTTP layer only has to transmit, never re-encode.

#include "domain/Result.h"
#include "venue/polymarket/ApiCredentials.h"
#include "venue/polymarket/ClobAuthHeaders.h"
#include "venue/polymarket/OrderBuilder.h"
#include "venue/polymarket/SignedOrderJson.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace slip::polymarket {

class OrderSubmission
{
public:
    /// Builds and signs `request`, serializes it with owner = the API key, and signs the L2
    /// headers over the body at `timestampSec` (server or wall-clock seconds, injected).
    static Result<OrderSubmission> prepare(const OrderBuilder& builder, const crypto::EvmSigner& signer,
                                           const OrderRequest& request, const ApiCredentials& creds,
                                           OrderType type, bool postOnly, bool deferExec,
                                           std::int64_t timestampSec);

    /// The request path the body and headers are for.
    static QString path() { return QStringLiteral("/order"); }
    /// The signed order (its orderHash is the id the server will report).
    const SignedOrder& order() const { return order_; }
    /// The exact body bytes to send with Content-Type: application/json.
    const QByteArray& body() const { return body_; }
    /// POLY_ADDRESS, POLY_SIGNATURE, POLY_TIMESTAMP, POLY_API_KEY, POLY_PASSPHRASE.
    const HeaderList& headers() const { return headers_; }

private:
    OrderSubmission() = default;
    SignedOrder order_;
    QByteArray body_;
    HeaderList headers_;
};

} // namespace slip::polymarket
