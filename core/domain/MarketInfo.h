#pragma once
// MarketInfo: the facts of one Gamma market record that the engine and the clients use
// (spec/copy-engine.md §2 "Market facts"), parsed exactly; amounts in micros.

#include "domain/Micros.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace slip {

struct MarketInfo
{
    QString conditionId;               ///< lowercase
    QStringList tokenIds;              ///< clobTokenIds, in order (non-empty)
    QStringList outcomes;              ///< same order as tokenIds when given
    std::vector<Micros> outcomePrices; ///< same order as tokenIds when given
    std::optional<std::int64_t> endMs; ///< endDate in ms since the epoch; none = no end time
    bool closed = false;
    QStringList categories;            ///< `category` (non-empty) + tags[].label + events[].tags[].label
    std::optional<Micros> orderMinSize; ///< shares, when given
    // Fields the engine does not use, kept for the Gamma client and the UI.
    QString id;                        ///< Gamma's numeric id as text
    QString slug;
    QString question;
    bool negRisk = false;
    std::optional<Micros> tickSize;    ///< orderPriceMinTickSize
    QString version;                   ///< "v1" / "v2" when given
    bool active = false;
    bool acceptingOrders = false;
    QStringList tags;                  ///< tags[].label only (the market's own tags)

    /// Index of a token in tokenIds, or -1.
    int tokenIndex(const QString& tokenId) const { return int(tokenIds.indexOf(tokenId)); }
};

} // namespace slip

Q_DECLARE_METATYPE(slip::MarketInfo)
