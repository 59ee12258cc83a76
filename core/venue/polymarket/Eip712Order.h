#pragma once
// Eip712Order: the EIP-712 hashing of the exchange `Order` struct — the legacy 12-field V1
// layout and the 11-field V2/V3 layout — and the ERC-7739 `TypedDataSign` wrapper that
// POLY_1271 (deposit wallet) orders are signed through.

#include "crypto/EvmSigner.h"
#include "crypto/Keccak256.h"
#include "crypto/Uint256.h"
#include "domain/Address.h"
#include "domain/Result.h"
#include "venue/polymarket/ExchangeConfig.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace slip::polymarket {

/// The order's fields in their signed (binary) form.
struct OrderFields
{
    crypto::Uint256 salt;
    Address maker;
    Address signer;
    Address taker;            ///< V1
    crypto::Uint256 tokenId;
    crypto::Uint256 makerAmount;
    crypto::Uint256 takerAmount;
    crypto::Uint256 expiration; ///< V1
    crypto::Uint256 nonce;      ///< V1
    crypto::Uint256 feeRateBps; ///< V1
    std::uint8_t side = 0;      ///< BUY 0, SELL 1
    std::uint8_t signatureType = 0;
    crypto::Uint256 timestamp;  ///< V2/V3
    crypto::Hash32 metadata{};  ///< V2/V3
    crypto::Hash32 builder{};   ///< V2/V3
};

class Eip712Order
{
public:
    /// The V1 type string (12 fields).
    static const QByteArray& typeStringV1();
    /// The V2/V3 type string (11 fields; ORDER_TYPE_STRING in the client).
    static const QByteArray& typeStringV2();

    /// The exchange domain separator {"Polymarket CTF Exchange", version, chainId, contract}.
    static crypto::Hash32 domainSeparator(OrderVersion version, std::uint64_t chainId, const Address& exchange);
    /// hashStruct(order) for the given layout.
    static crypto::Hash32 structHash(OrderVersion version, const OrderFields& order);
    /// Signs a POLY_1271 order: the EOA signs TypedDataSign{contents: order, name
    /// "DepositWallet", version "1", chainId, verifyingContract: deposit wallet (= signer),
    /// salt 0} under the exchange domain; the result is
    /// innerSig ‖ domainSeparator ‖ contentsHash ‖ typeString ‖ uint16(len(typeString)).
    static Result<QByteArray> signPoly1271(const crypto::EvmSigner& eoa, const crypto::Hash32& domainSeparator,
                                           std::uint64_t chainId, const OrderFields& order,
                                           const crypto::Hash32& contentsHash);
};

} // namespace slip::polymarket
