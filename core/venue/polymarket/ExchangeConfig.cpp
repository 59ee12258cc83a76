#include "venue/polymarket/ExchangeConfig.h"

namespace slip::polymarket {
namespace {

Address addr(const char* text)
{
    // Constants below are transcribed from the official client's config.js; parseLenient keeps
    // a typo from aborting, and the unit tests pin every one of them.
    return Address::parseLenient(QString::fromLatin1(text)).valueOr(Address());
}

} // namespace

Result<ExchangeConfig> ExchangeConfig::forChain(int chainId)
{
    ExchangeConfig c;
    c.chainId_ = chainId;
    switch (chainId) {
    case 137:
        c.exchangeV1_ = addr("0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E");
        c.negRiskExchangeV1_ = addr("0xC5d563A36AE78145C45a50134d48A1215220f80a");
        c.exchangeV2_ = addr("0xE111180000d2663C0091e4f400237545B87B996B");
        c.negRiskExchangeV2_ = addr("0xe2222d279d744050d28e00520010520000310F59");
        c.exchangeV3_ = addr("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa");
        c.negRiskAdapter_ = addr("0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296");
        c.collateral_ = addr("0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB");
        c.conditionalTokens_ = addr("0x4D97DCd97eC945f40cF65F87097ACe5EA0476045");
        return c;
    case 80002:
        c.exchangeV1_ = addr("0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40");
        c.negRiskExchangeV1_ = addr("0xC5d563A36AE78145C45a50134d48A1215220f80a");
        c.exchangeV2_ = addr("0xE111180000d2663C0091e4f400237545B87B996B");
        c.negRiskExchangeV2_ = addr("0xe2222d279d744050d28e00520010520000310F59");
        c.exchangeV3_ = addr("0x9fE6e61422AdB6F610d8597F9684b16912D50C3D");
        c.negRiskAdapter_ = addr("0xd91E80cF2E7be2e162c6513ceD06f1dD0dA35296");
        c.collateral_ = addr("0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB");
        c.conditionalTokens_ = addr("0x69308FB512518e39F9b16112fA8d994F4e2Bf8bB");
        return c;
    default:
        return Error{QStringLiteral("unsupported chain id %1 (Polymarket runs on 137, test net 80002)").arg(chainId)};
    }
}

OrderVersion ExchangeConfig::selectVersion(int serverVersion, bool protocolV2Market)
{
    if (protocolV2Market)
        return OrderVersion::V3;
    switch (serverVersion) {
    case 1:
        return OrderVersion::V1;
    case 3:
        return OrderVersion::V3;
    default:
        return OrderVersion::V2;
    }
}

const Address& ExchangeConfig::verifyingContract(OrderVersion version, bool negRisk) const
{
    switch (version) {
    case OrderVersion::V1:
        return negRisk ? negRiskExchangeV1_ : exchangeV1_;
    case OrderVersion::V2:
        return negRisk ? negRiskExchangeV2_ : exchangeV2_;
    case OrderVersion::V3:
        break;
    }
    return exchangeV3_;
}

QByteArray ExchangeConfig::domainVersion(OrderVersion version)
{
    switch (version) {
    case OrderVersion::V1:
        return QByteArrayLiteral("1");
    case OrderVersion::V2:
        return QByteArrayLiteral("2");
    case OrderVersion::V3:
        break;
    }
    return QByteArrayLiteral("3");
}

} // namespace slip::polymarket
