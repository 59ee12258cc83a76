#pragma once
// OrderRequest: everything needed to build and sign one Polymarket order — what the official
// client's UserOrder/UserMarketOrder plus its options carry, with salt and timestamp injected
// (never drawn from the wall clock here, so orders are reproducible).

#include "domain/Micros.h"
#include "domain/Side.h"
#include "venue/polymarket/ExchangeConfig.h"
#include "venue/polymarket/TickSize.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace slip::polymarket {

/// 0 EOA, 1 POLY_PROXY, 2 POLY_GNOSIS_SAFE, 3 POLY_1271 (V2/V3 only).
enum class SignatureType { Eoa = 0, PolyProxy = 1, PolyGnosisSafe = 2, Poly1271 = 3 };

struct OrderRequest
{
    OrderVersion version = OrderVersion::V2;
    SignatureType signatureType = SignatureType::Eoa;
    /// The funder (maker) address as text; empty = the signer's own address.
    QString funder;
    /// true = market order (amount = USDC for BUY, shares for SELL), false = limit.
    bool market = false;
    /// The token id, decimal uint256 text.
    QString tokenId;
    Side side = Side::Buy;
    Micros price;
    /// Limit: size in shares. Market: amount (USDC for BUY, shares for SELL).
    Micros size;
    TickSize tick = TickSize::parse(u"0.01").value();
    bool negRisk = false;
    /// Order creation time in ms (V2/V3; signed).
    std::int64_t timestampMs = 0;
    /// bytes32 hex text, empty = zero.
    QString metadata;
    /// bytes32 builder code hex text, empty = zero.
    QString builder;
    /// Unix seconds, 0 = none. Limit orders only (market orders always send 0); signed in V1.
    std::uint64_t expiration = 0;
    /// V1 only: market fee rate, cancel nonce (decimal uint256 text), taker address text.
    std::uint64_t feeRateBps = 0;
    QString nonce = QStringLiteral("0");
    QString taker;
    /// The salt; sent as a JSON number, so at most 2^53 − 1.
    std::uint64_t salt = 0;
};

} // namespace slip::polymarket
