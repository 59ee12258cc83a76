#include "venue/polymarket/OrderSubmission.h"

namespace slip::polymarket {

Result<OrderSubmission> OrderSubmission::prepare(const OrderBuilder& builder, const crypto::EvmSigner& signer,
                                                 const OrderRequest& request, const ApiCredentials& creds,
                                                 OrderType type, bool postOnly, bool deferExec,
                                                 std::int64_t timestampSec)
{
    if (!creds.isComplete())
        return Error{QStringLiteral("API credentials are missing: create or derive them with L1 first")};
    auto order = builder.build(request);
    if (!order)
        return Error{order.error()};
    auto body = SignedOrderJson::body(*order, creds.apiKey, type, postOnly, deferExec);
    if (!body)
        return Error{body.error()};
    // The HMAC covers the body text exactly as sent (protocol notes §4.2 rule 3).
    auto headers = ClobAuthHeaders::l2(signer.checksummedAddress(), creds, timestampSec, QStringLiteral("POST"),
                                       path(), QString::fromUtf8(*body));
    if (!headers)
        return Error{headers.error()};
    OrderSubmission out;
    out.order_ = std::move(order).value();
    out.body_ = std::move(body).value();
    out.headers_ = std::move(headers).value();
    return out;
}

} // namespace slip::polymarket
