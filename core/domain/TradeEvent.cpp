#include "domain/TradeEvent.h"

namespace slip {

QString activityTypeToString(ActivityType t)
{
    switch (t) {
    case ActivityType::Trade: return QStringLiteral("TRADE");
    case ActivityType::Split: return QStringLiteral("SPLIT");
    case ActivityType::Merge: return QStringLiteral("MERGE");
    case ActivityType::Redeem: return QStringLiteral("REDEEM");
    }
    return {};
}

} // namespace slip
