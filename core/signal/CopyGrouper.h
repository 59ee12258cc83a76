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

/// A trade row's group key text for n = 0 (wallet:asset:side:T0, T0 = the row's detect time) and
/// its jitter word under a seed, worked out ahead of the grouper (on a replay's parser thread).
/// addTrade takes it when the row opens the first group of that text under the same seed (an
/// empty text: none was worked out).
struct PreparedKey
{
    QString text;
    std::uint64_t jitterWord = 0;
    std::int64_t seed = 0;
};

class CopyGrouper
{
public:
    explicit CopyGrouper(std::int64_t seed) : seed_(seed) {}

    /// Adds one trade fill detected at detectMs; sb/after are the wallet's SHADOW holdings of
    /// the asset just before and just after this fill was applied. assetId is a dense number the
    /// caller gives the token id (one number per token id, >= 0, small: it indexes a vector);
    /// walletIndex (>= 0) likewise names the wallet. Returns the group index.
    int addTrade(int walletIndex, const QString& wallet, int assetId, const QString& asset, const QString& side,
                 const QString& rowCondition, bool stale, std::int64_t detectMs, std::int64_t price,
                 std::int64_t shares, std::int64_t shadowBefore, std::int64_t shadowAfter,
                 const GroupTiming& timing, PreparedKey* prepared = nullptr);
    /// Adds a SPLIT or MERGE (its own group; asset = condition id).
    int addSplitMerge(int walletIndex, const QString& wallet, const QString& condition, const QString& side,
                      bool stale, std::int64_t detectMs, std::int64_t size, const GroupTiming& timing);

    /// All groups in creation order.
    const std::vector<CopyGroup>& groups() const { return groups_; }

    /// jitter = u64_be(SHA-256("<seed>|<group_key>")[0..8]) mod (jitterMs + 1).
    static std::int64_t jitter(std::int64_t seed, const QString& groupKey, std::int64_t jitterMs);
    /// u64_be(SHA-256("<seed>|<group_key>")[0..8]): jitter before the modulo.
    static std::uint64_t jitterWord(std::int64_t seed, const QString& groupKey);
    /// The jitter a word gives: word mod (jitterMs + 1), 0 when jitterMs <= 0.
    static std::int64_t jitterOfWord(std::uint64_t word, std::int64_t jitterMs);
    /// The group key text wallet:asset:side:T0, with "#n" for n > 0.
    static QString keyText(const QString& wallet, const QString& asset, const QString& side, std::int64_t t0, int n);
    /// A trade row's key for n = 0 with its jitter word (PreparedKey).
    static PreparedKey prepare(std::int64_t seed, const QString& wallet, const QString& asset, const QString& side,
                               std::int64_t t0);

    /// Room for this many groups (a hint: a replay knows how many rows it will read).
    void reserve(std::size_t groups) { groups_.reserve(groups); }

    /// A trade group's key text wallet:asset:side:T0 by numbers. Equal texts have equal
    /// numbers and the other way round (wallets and token ids have no ':', sides and T0 are
    /// fixed words and digits), so texts are counted by their numbers without building them.
    struct TradeKey
    {
        int wallet = 0;
        int asset = 0;
        bool sell = false;
        std::int64_t t0 = 0;
        bool operator==(const TradeKey&) const = default;
    };

private:
    int open(int walletIndex, const QString& wallet, const QString& asset, const QString& side,
             const QString& rowCondition, bool stale, std::int64_t t0, const GroupTiming& timing, int n,
             PreparedKey* prepared = nullptr);
    /// The open group of (wallet, asset, side, stale) and its T0, kept here so that a trade
    /// after the window does not have to read the old group (a cache miss on every event).
    struct OpenGroup
    {
        int index = -1; ///< -1 when none
        std::int64_t t0 = 0;
    };
    OpenGroup& openGroup(int walletIndex, int assetId, bool sell, bool stale);

    std::int64_t seed_;
    std::vector<CopyGroup> groups_;
    // Open groups by asset number, then wallet * 4 + sell * 2 + stale: indexed, not hashed.
    std::vector<std::vector<OpenGroup>> openGroups_;
    QHash<TradeKey, int> tradeKeyCount_; // trade key text, by its numbers -> groups opened with it
    QHash<QString, int> keyTextCount_;   // SPLIT/MERGE key text -> groups opened with it (a side
                                         // no trade has, so never a trade's text)
};

size_t qHash(const CopyGrouper::TradeKey& k, size_t seed = 0) noexcept;

} // namespace slip
