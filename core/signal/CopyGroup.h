#pragma once
// CopyGroup: the events of one wallet, asset, side and staleness that are decided together
// (spec/copy-engine.md §4), with their figures, timing and SHADOW context.

#include "domain/Bytewise.h"

#include <QString>

#include <cstdint>
#include <tuple>

namespace slip {

struct CopyGroup
{
    int walletIndex = 0;
    QString wallet;              ///< lowercase
    QString asset;               ///< token id, or condition id for SPLIT/MERGE
    int assetId = -1;            ///< the engine's number for the token id (-1 for SPLIT/MERGE)
    QString side;                ///< "BUY", "SELL", "SPLIT" or "MERGE"
    QString rowCondition;        ///< condition id of the first event's row
    bool stale = false;
    std::int64_t t0 = 0;
    std::int64_t flushMs = 0;
    std::int64_t decisionMs = 0;
    int n = 0;                   ///< index among groups with the same key text
    QString groupKey;            ///< wallet:asset:side:T0[#n]
    std::int64_t theirShares = 0;
    std::int64_t theirNotional = 0;
    std::int64_t theirVwap = 0;
    std::int64_t shadowBefore = 0; ///< SHADOW holdings before the first event (sb)
    std::int64_t shadowAfter = 0;  ///< SHADOW holdings after the last event
    int events = 0;

    bool isSplitOrMerge() const { return side == u"SPLIT" || side == u"MERGE"; }
    bool isBuy() const { return side == u"BUY"; }

    /// Processing order of §4: (decision_ms, flush_ms, T0, wallet, asset, side, n), the strings
    /// bytewise.
    bool operator<(const CopyGroup& o) const
    {
        if (std::tie(decisionMs, flushMs, t0) != std::tie(o.decisionMs, o.flushMs, o.t0))
            return std::tie(decisionMs, flushMs, t0) < std::tie(o.decisionMs, o.flushMs, o.t0);
        if (const int c = bytewiseCompare(wallet, o.wallet))
            return c < 0;
        if (const int c = bytewiseCompare(asset, o.asset))
            return c < 0;
        if (const int c = bytewiseCompare(side, o.side))
            return c < 0;
        return n < o.n;
    }
};

} // namespace slip
