#pragma once
// SignedOrder: a built and signed Polymarket order, every field in the text form the official
// client puts into the POST /order body, plus its EIP-712 order hash (the server's order id).

#include "crypto/Keccak256.h"
#include "domain/Side.h"
#include "venue/polymarket/ExchangeConfig.h"
#include "venue/polymarket/OrderRequest.h"

#include <QString>

#include <cstdint>

namespace slip::polymarket {

struct SignedOrder
{
    OrderVersion version = OrderVersion::V2;
    std::uint64_t salt = 0;
    QString maker;
    QString signer;
    QString taker;          ///< V1 only
    QString tokenId;
    std::int64_t makerAmount = 0;
    std::int64_t takerAmount = 0;
    Side side = Side::Buy;
    SignatureType signatureType = SignatureType::Eoa;
    QString timestampMs;    ///< V2/V3 only
    QString expiration;
    QString nonce;          ///< V1 only
    QString feeRateBps;     ///< V1 only
    QString metadata;       ///< V2/V3 only
    QString builder;        ///< V2/V3 only
    QString signature;      ///< 0x-hex; 65 bytes, or 317 bytes for POLY_1271
    crypto::Hash32 orderHash{};
};

} // namespace slip::polymarket
