#include "portfolio/LedgerEntry.h"

namespace slip {

QString ledgerKindToString(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Buy: return QStringLiteral("BUY");
    case LedgerKind::Sell: return QStringLiteral("SELL");
    case LedgerKind::Split: return QStringLiteral("SPLIT");
    case LedgerKind::Merge: return QStringLiteral("MERGE");
    case LedgerKind::Settle: return QStringLiteral("SETTLE");
    }
    return {};
}

QString LedgerEntry::canonicalText() const
{
    return reference + u'|' + ledgerKindToString(kind) + u'|' + QString::number(lot) + u'|' + asset + u'|' +
           condition + u'|' + QString::number(tMs) + u'|' + QString::number(dShares) + u'|' +
           QString::number(dCostBasis) + u'|' + QString::number(dCash) + u'|' + QString::number(dRealized) +
           u'|' + QString::number(notional) + u'|' + QString::number(fee);
}

} // namespace slip
