#pragma once
// EventRepository: idempotent storage of venue events (unique identity key).

#include "domain/TradeEvent.h"
#include "store/WriteOp.h"

#include <QSqlDatabase>

namespace slip::store {

class EventRepository
{
public:
    /// Inserts the event unless its key is already stored.
    static WriteOp insertOp(const TradeEvent& e, const QString& source);
    /// True when an event with this key is stored.
    static bool contains(QSqlDatabase& db, const QString& key);
};

} // namespace slip::store
