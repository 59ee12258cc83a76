#include "store/EventRepository.h"

#include <QSqlQuery>

namespace slip::store {

WriteOp EventRepository::insertOp(const TradeEvent& e, const QString& source)
{
    const bool trade = e.type == ActivityType::Trade;
    return {QStringLiteral("INSERT INTO events(event_key, type, wallet, tx_hash, "
                           "condition_id, asset, side, price, shares, usdc_size, time_ms, detect_ms, "
                           "source, title, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(event_key) DO NOTHING"),
            {e.key, activityTypeToString(e.type), e.wallet, e.txHash, e.conditionId, e.asset,
             trade ? QVariant(sideToString(e.side)) : QVariant(), trade ? QVariant(qint64(e.price.raw())) : QVariant(),
             qint64(e.shares.raw()), qint64(e.usdcSize.raw()), qint64(e.timeMs), qint64(e.detectMs), source, e.title,
             e.outcome}};
}

bool EventRepository::contains(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE event_key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

} // namespace slip::store
