#pragma once
// CopyAttempt: the decision of one executable scope for one group (spec/copy-engine.md §8
// `attempts`): the group's figures, the target, EXECUTE or SKIP with reasons, and the fill.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace slip {

struct CopyAttempt
{
    QString scope;           ///< "EXEC_USER" or "EXEC_GLOBAL"
    QString wallet;
    QString asset;
    QString side;
    QString groupKey;
    std::int64_t t0 = 0;
    std::int64_t flushMs = 0;
    std::int64_t decisionMs = 0;
    std::int64_t theirShares = 0;
    std::int64_t theirNotional = 0;
    std::int64_t theirVwap = 0;
    std::optional<std::int64_t> targetNotional;
    std::optional<std::int64_t> targetShares;
    bool execute = false;
    QStringList reasons;
    std::optional<std::int64_t> mid;
    std::optional<std::int64_t> filledShares;
    std::optional<std::int64_t> filledNotional;
    std::optional<std::int64_t> vwap;
    std::optional<std::int64_t> fee;
    /// Book levels the fill took, best first (display and storage only, not in the §8 output).
    std::vector<std::pair<std::int64_t, std::int64_t>> fillLevels; ///< (price, shares)
    QByteArray trace; ///< decision trace (stage figures, compact JSON) when the engine keeps them
};

} // namespace slip
