#pragma once
// DecisionContext: everything one executable scope knows at decision time D about one group,
// handed to the DecisionPipeline (exposures are computed only when stage C asks for them).

#include "config/WalletParams.h"
#include "domain/BookSnapshot.h"
#include "domain/MarketInfo.h"
#include "signal/CopyGroup.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace slip {

struct DecisionContext
{
    const CopyGroup* group = nullptr;
    const WalletParams* params = nullptr;
    bool globalScope = false;
    bool walletEnabled = true;
    bool killSwitch = false;
    bool paused = false;
    bool breakerTripped = false;
    const MarketInfo* market = nullptr;     ///< m at D (of the asset, or of the condition for SPLIT/MERGE)
    std::int64_t equity = 0;                ///< E
    std::int64_t cash = 0;
    std::int64_t holdings = 0;              ///< H
    std::function<std::int64_t()> totalExposure;
    std::function<std::int64_t(const QString& condition)> marketExposure;
    std::function<std::int64_t()> walletExposure;
    std::function<std::int64_t(const QString& token)> tokenHoldings; ///< for MERGE
    const BookSnapshot* book = nullptr;     ///< latest book of the asset at D
    std::int64_t bookT = 0;                 ///< t of the record that carried it
};

} // namespace slip
