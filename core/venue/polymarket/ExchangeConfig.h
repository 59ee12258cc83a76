#pragma once
// ExchangeConfig: Polymarket's contract addresses per chain (Polygon 137, Amoy 80002) and the
// rule that picks the EIP-712 verifying contract and domain version for an order version.

#include "domain/Address.h"
#include "domain/Result.h"

#include <QByteArray>

namespace slip::polymarket {

/// 1 = legacy CLOB V1 (12-field order), 2 = CLOB V2 (CTF/NegRisk exchange V2),
/// 3 = ExchangeV3 for Protocol-V2 markets. Same numbers as the official client's `version`.
enum class OrderVersion { V1 = 1, V2 = 2, V3 = 3 };

class ExchangeConfig
{
public:
    /// The contracts for a chain id; an error for any chain other than 137 and 80002.
    static Result<ExchangeConfig> forChain(int chainId);

    /// The order version the official client would sign with: the CLOB's `GET /version`
    /// answer (2 when absent or unknown), except that a Protocol-V2 market (Gamma
    /// `version: "v2"`) always needs ExchangeV3.
    static OrderVersion selectVersion(int serverVersion, bool protocolV2Market);

    /// 137 (Polygon) or 80002 (Amoy).
    int chainId() const { return chainId_; }
    /// verifyingContract: V1 → negRisk ? negRiskExchange : exchange; V2 → the V2 pair;
    /// V3 → exchangeV3 regardless of neg-risk (as createOrder.js chooses).
    const Address& verifyingContract(OrderVersion version, bool negRisk) const;
    /// EIP-712 domain version string: "1", "2" or "3".
    static QByteArray domainVersion(OrderVersion version);

    /// Contract addresses as config.js lists them (exchange = V1 CTF exchange, etc.).
    const Address& exchangeV1() const { return exchangeV1_; }
    const Address& negRiskExchangeV1() const { return negRiskExchangeV1_; }
    const Address& exchangeV2() const { return exchangeV2_; }
    const Address& negRiskExchangeV2() const { return negRiskExchangeV2_; }
    const Address& exchangeV3() const { return exchangeV3_; }
    const Address& negRiskAdapter() const { return negRiskAdapter_; }
    const Address& collateral() const { return collateral_; }
    const Address& conditionalTokens() const { return conditionalTokens_; }

private:
    ExchangeConfig() = default;
    int chainId_ = 0;
    Address exchangeV1_, negRiskExchangeV1_, exchangeV2_, negRiskExchangeV2_, exchangeV3_;
    Address negRiskAdapter_, collateral_, conditionalTokens_;
};

} // namespace slip::polymarket
