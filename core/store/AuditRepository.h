#pragma once
// AuditRepository: the append-only log of operator actions and system events.

#include "store/WriteOp.h"

#include <QString>

namespace slip::store {

class AuditRepository
{
public:
    /// Records an operator action (who, what, details as a JSON object text).
    static WriteOp appendOp(qint64 tMs, const QString& actor, const QString& action,
                            const QString& detailsJson);
    /// Records a system event (feed down, breaker tripped, …).
    static WriteOp systemEventOp(qint64 tMs, const QString& level, const QString& category,
                                 const QString& message);
};

} // namespace slip::store
