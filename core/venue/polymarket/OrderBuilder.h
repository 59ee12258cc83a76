#pragma once
// OrderBuilder: turns an OrderRequest into a SignedOrder exactly as the official
// @polymarket/clob-client-v2 createOrder/createMarketOrder does — maker/signer per signature
// type, neg-risk routing, amounts, EIP-712 signing — with invalid input refused before signing.

#include "crypto/EvmSigner.h"
#include "domain/Result.h"
#include "venue/polymarket/ExchangeConfig.h"
#include "venue/polymarket/OrderRequest.h"
#include "venue/polymarket/SignedOrder.h"

#include <array>

namespace slip::polymarket {

class OrderBuilder
{
public:
    /// A builder for one chain and one unlocked EOA; `signer` must outlive the builder.
    OrderBuilder(ExchangeConfig config, const crypto::EvmSigner& signer);

    /// Builds and signs one order, or explains why the request is invalid.
    Result<SignedOrder> build(const OrderRequest& request) const;

    const ExchangeConfig& config() const { return config_; }

private:
    const crypto::Hash32& domainFor(OrderVersion version, bool negRisk) const;

    ExchangeConfig config_;
    const crypto::EvmSigner& signer_;
    // [v1, v1 neg-risk, v2, v2 neg-risk, v3]: computed once, they never change per chain.
    std::array<crypto::Hash32, 5> domains_{};
};

} // namespace slip::polymarket
