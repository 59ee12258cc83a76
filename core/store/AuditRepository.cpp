#include "store/AuditRepository.h"

namespace slip::store {

WriteOp AuditRepository::appendOp(qint64 tMs, const QString& actor, const QString& action,
                                  const QString& detailsJson)
{
    return {QStringLiteral("INSERT INTO audit_log(t_ms, actor, action, details_json) VALUES (?, ?, ?, ?)"),
            {tMs, actor, action, detailsJson}};
}

WriteOp AuditRepository::systemEventOp(qint64 tMs, const QString& level, const QString& category,
                                       const QString& message)
{
    return {QStringLiteral("INSERT INTO system_events(t_ms, level, category, message) VALUES (?, ?, ?, ?)"),
            {tMs, level, category, message}};
}

} // namespace slip::store
