#pragma once
// DistributionBins: the bin edges and labels of the Wallet detail and Markets histograms —
// slippage in basis points and lags in milliseconds — with an open bin below the first edge and
// one at or above the last, so every sample is counted somewhere.

#include "api/AnalyticsRows.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace slip::ui {

class DistributionBins
{
    Q_DECLARE_TR_FUNCTIONS(DistributionBins)
public:
    /// Slippage edges in bps: −100, −50, −20, −10, −5, 0, 5, 10, 20, 50, 100.
    static const std::vector<std::int64_t>& slippageEdges();
    /// Lag edges in ms: 0, 250 ms, 500 ms, 1 s, 2 s, 5 s, 10 s, 30 s, 60 s.
    static const std::vector<std::int64_t>& lagEdges();
    /// Labels of a histogram's bins including the open ends (below, bins…, above); a bin is
    /// labelled by its lower edge.
    static QStringList slippageLabels();
    static QStringList lagLabels();
    /// The counts in the same order as the labels (below, bins…, above).
    static std::vector<std::int64_t> countsOf(const api::Histogram& h);
    /// Median of values (the lower middle for an even count); 0 when empty.
    static std::int64_t median(std::vector<std::int64_t> values);
};

} // namespace slip::ui
