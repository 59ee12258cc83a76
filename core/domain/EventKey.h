#pragma once
// Identity keys of venue events (spec/copy-engine.md §2): the lowercase hex SHA-256 of a
// canonical text, so the same fill seen from the Data API and from RTDS dedupes.

#include "domain/Micros.h"
#include "domain/Side.h"

#include <QString>

#include <cstdint>

namespace slip {

/// Key text of a trade before "|k": wallet|txhash|asset|side|price|shares|time_ms.
/// wallet and txhash must already be lowercase; price and shares are micros.
QString tradeKeyText(const QString& wallet, const QString& txHash, const QString& asset, Side side,
                     Micros price, Micros shares, std::int64_t timeMs);

/// Key text of a SPLIT/MERGE/REDEEM before "|k":
/// type|wallet|txhash|conditionId|asset|size|usdcSize|time_ms.
QString activityKeyText(const QString& type, const QString& wallet, const QString& txHash,
                        const QString& conditionId, const QString& asset, Micros size,
                        Micros usdcSize, std::int64_t timeMs);

/// The identity key: lowercase hex SHA-256 of "<keyText>|<k>", where k counts earlier accepted
/// rows with the same key text in the same payload.
QString eventKey(const QString& keyText, int k);

} // namespace slip
