#pragma once
// WalletParams: the resolved engine settings of spec/copy-engine.md §9 that apply to one
// wallet (global values with that wallet's overrides), with the spec's defaults.

#include "domain/Micros.h"

#include <QStringList>

#include <cstdint>
#include <optional>

namespace slip {

enum class SizingMode { NotionalPct, ShareRatio, FixedUsdc, BankrollBps };
enum class SellMode { Sizing, Proportional };

/// The configuration text of a sizing mode (spec/copy-engine.md §9).
inline const char* sizingModeName(SizingMode m)
{
    switch (m) {
    case SizingMode::NotionalPct: return "notional_pct";
    case SizingMode::ShareRatio: return "share_ratio";
    case SizingMode::FixedUsdc: return "fixed_usdc";
    case SizingMode::BankrollBps: return "bankroll_bps";
    }
    return "";
}

struct WalletParams
{
    std::int64_t aggregationWindowMs = 2000;
    std::int64_t decisionLatencyMs = 750;
    std::int64_t jitterMs = 250;
    std::int64_t maxEventAgeMs = 120'000;
    SizingMode sizingMode = SizingMode::NotionalPct;
    std::int64_t copyBps = 100;
    std::int64_t ratioPpm = 10'000;
    Micros fixedUsdc{10'000'000};
    std::int64_t bankrollBps = 50;
    std::int64_t maxTradeEquityBps = 75;
    SellMode sellMode = SellMode::Sizing;
    Micros minTradeUsdc{5'000'000};
    Micros maxTradeUsdc{250'000'000};
    std::int64_t maxTotalExposureBps = 7000;
    std::int64_t maxMarketExposureBps = 500;
    std::int64_t maxWalletExposureBps = 2000;
    std::int64_t maxBookAgeMs = 60'000;
    Micros maxSpread{20'000};
    Micros maxWorseThanFill{10'000};
    Micros maxChaseVsMid{15'000};
    std::int64_t minDepthBps = 12'500;
    std::int64_t nearCloseMs = 1'800'000;
    std::optional<std::int64_t> feeRateBps; ///< none: the market's rate
    std::int64_t dailyLossBps = 300;
    std::int64_t weeklyLossBps = 800;
    std::int64_t maxDrawdownBps = 1200;
    Micros walletBankrollUsdc{1'000'000'000};
    QStringList blacklist;   ///< condition ids, lowercase
    QStringList categories;  ///< allow-list; empty = all

    /// Copies the portfolio-wide keys (total/market exposure, trade equity, breakers) from
    /// `global`: the values EXEC_GLOBAL uses for a group of this wallet (§9).
    WalletParams withPortfolioKeysOf(const WalletParams& global) const
    {
        WalletParams p = *this;
        p.maxTotalExposureBps = global.maxTotalExposureBps;
        p.maxMarketExposureBps = global.maxMarketExposureBps;
        p.maxTradeEquityBps = global.maxTradeEquityBps;
        p.dailyLossBps = global.dailyLossBps;
        p.weeklyLossBps = global.weeklyLossBps;
        p.maxDrawdownBps = global.maxDrawdownBps;
        return p;
    }
};

} // namespace slip
