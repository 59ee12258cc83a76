#pragma once
// CopyGrouper: collects a wallet's events into CopyGroups by (wallet, asset, side, stale)
// within the aggregation window, names them and fixes their decision times
// (spec/copy-engine.md §4). Fed in capture order; pure.

#include "signal/CopyGroup.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace slip {

struct GroupTiming
{
    std::int64_t aggregationWindowMs = 2000;
    std::int64_t decisionLatencyMs = 750;
    std::int64_t jitterMs = 250;
};

class CopyGrouper
{
public:
    explicit CopyGrouper(std::int64_t seed) : seed_(seed) {}

    /// Adds one trade fill detected at detectMs; sb/after are the wallet's SHADOW holdings of
    /// the asset just before and just after this fill was applied. Returns the group index.
    int addTrade(int walletIndex, const QString& wallet, const QString& asset, const QString& side,
                 const QString& rowCondition, bool stale, std::int64_t detectMs, std::int64_t price,
                 std::int64_t shares, std::int64_t shadowBefore, std::int64_t shadowAfter,
                 const GroupTiming& timing);
    /// Adds a SPLIT or MERGE (its own group; asset = condition id).
    int addSplitMerge(int walletIndex, const QString& wallet, const QString& condition, const QString& side,
                      bool stale, std::int64_t detectMs, std::int64_t size, const GroupTiming& timing);

    /// All groups in creation order.
    const std::vector<CopyGroup>& groups() const { return groups_; }

    /// jitter = u64_be(SHA-256("<seed>|<group_key>")[0..8]) mod (jitterMs + 1).
    static std::int64_t jitter(std::int64_t seed, const QString& groupKey, std::int64_t jitterMs);

private:
    int open(int walletIndex, const QString& wallet, const QString& asset, const QString& side,
             const QString& rowCondition, bool stale, std::int64_t t0, const GroupTiming& timing);

    std::int64_t seed_;
    std::vector<CopyGroup> groups_;
    QHash<QString, int> openGroups_;  // "wallet|asset|side|stale" -> index of the open group
    QHash<QString, int> keyTextCount_; // group key text -> groups opened with it
};

} // namespace slip
