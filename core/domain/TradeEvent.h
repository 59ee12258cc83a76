#pragma once
// TradeEvent: one activity row of a followed wallet (TRADE, SPLIT, MERGE or REDEEM), parsed
// exactly from a venue payload, with its identity key (spec/copy-engine.md §2).

#include "domain/Micros.h"
#include "domain/Side.h"

#include <QMetaType>
#include <QString>

#include <cstdint>

namespace slip {

enum class ActivityType { Trade, Split, Merge, Redeem };

/// "TRADE", "SPLIT", "MERGE", "REDEEM".
QString activityTypeToString(ActivityType t);

struct TradeEvent
{
    QString key;          ///< identity key: lowercase hex SHA-256 (spec §2)
    ActivityType type = ActivityType::Trade;
    QString wallet;       ///< proxy wallet, lowercase 0x + 40 hex
    QString txHash;       ///< lowercase
    QString conditionId;  ///< lowercase
    QString asset;        ///< token id, decimal text ("" for SPLIT/MERGE/REDEEM without one)
    Side side = Side::Buy;     ///< TRADE only
    Micros price;         ///< TRADE only, in (0, 1e6]
    Micros shares;        ///< TRADE: size > 0; SPLIT/MERGE/REDEEM: size >= 0
    Micros usdcSize;      ///< as reported (0 when absent)
    std::int64_t timeMs = 0;   ///< venue time (timestamp seconds * 1000)
    std::int64_t detectMs = 0; ///< when Slipstream received the payload
    // Display-only context carried by the venue (may be empty).
    QString title;
    QString outcome;
    QString slug;
};

} // namespace slip

Q_DECLARE_METATYPE(slip::TradeEvent)
