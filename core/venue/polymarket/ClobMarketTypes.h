#pragma once
// ClobMarketTypes: values returned by the CLOB public market-data endpoints (spec §3), exact.

#include "domain/Micros.h"
#include "domain/Side.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip::polymarket {

/// GET /last-trade-price: side absent when there was no trade.
struct LastTrade
{
    Micros price;
    std::optional<Side> side;
};

/// POST /prices for one token: `BUY` is the best bid, `SELL` the best ask (venue semantics).
struct TokenPrices
{
    std::optional<Micros> buy;   ///< best bid
    std::optional<Micros> sell;  ///< best ask
};

/// One outcome token of a CLOB market.
struct ClobToken
{
    QString tokenId;  ///< decimal uint256 text
    QString outcome;
    Micros price;     ///< 0 when absent
    bool winner = false;
};

/// GET /markets/{condition_id} or the compact GET /clob-markets/{condition_id}, normalised.
struct ClobMarket
{
    QString conditionId;   ///< lowercase
    QString question;
    QString slug;
    std::vector<ClobToken> tokens;
    Micros minimumTickSize;
    Micros minimumOrderSize;
    bool negRisk = false;
    bool active = false;
    bool closed = false;
    bool acceptingOrders = false;
    QString endDateIso;
    std::optional<Micros> makerBaseFee;   ///< bps as given (number) — /markets only
    std::optional<Micros> takerBaseFee;
    std::optional<Micros> feeRate;        ///< compact `fd.r`
    std::optional<Micros> feeExponent;    ///< compact `fd.e`
    bool takerOnlyFees = false;           ///< compact `fd.to`
    QStringList tags;
};

} // namespace slip::polymarket
