#pragma once
// FeeRateParser: reads a clob.fee-rate record (asset in req.token_id, body {"base_fee": bps})
// per spec/copy-engine.md §2.

#include "domain/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>

namespace slip::polymarket {

struct FeeRate
{
    QString asset;            ///< token id
    std::int64_t bps = 0;     ///< base fee in [0, 10_000]
};

class FeeRateParser
{
public:
    /// Parses one record from its request parameters and body.
    static Result<FeeRate> parse(const QJsonObject& req, const QJsonValue& body);
};

} // namespace slip::polymarket
