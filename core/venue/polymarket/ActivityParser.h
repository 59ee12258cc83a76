#pragma once
// ActivityParser: turns data-api.activity / data-api.trades bodies into TradeEvents with their
// identity keys (spec/copy-engine.md §2), rejecting malformed rows one by one with their index.

#include "domain/Result.h"
#include "domain/TradeEvent.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace slip::polymarket {

/// A venue object that was rejected, with its index in the body (-1: the body itself).
struct RowRejection
{
    int index = -1;
    QString message;
};

struct ActivityParseResult
{
    std::vector<TradeEvent> events;       ///< accepted rows in array order, keys filled in
    std::vector<RowRejection> rejected;   ///< malformed rows
    int ignored = 0;                      ///< rows of other types or of wallets not followed
};

class ActivityParser
{
public:
    /// Which Data API route produced the body: /activity rows carry `type`, /trades rows don't.
    enum class Feed { Activity, Trades };
    /// Answers whether a lowercase wallet is followed; an empty filter follows every wallet.
    using WalletFilter = std::function<bool(const QString& lowerWallet)>;

    /// Parses a whole body (an array of rows or {"data": [rows]}) received at detectMs;
    /// k of each key counts earlier accepted rows of the same body with the same key text.
    static ActivityParseResult parse(const QJsonValue& body, Feed feed, std::int64_t detectMs,
                                     const WalletFilter& followed = {});

    /// Parses one row without its key (TradeEvent::key stays empty); ignored types give an
    /// error whose message starts with "ignored:".
    static Result<TradeEvent> parseRow(const QJsonObject& row, Feed feed, std::int64_t detectMs);

    /// The key text before "|k" of a parsed event (trade or SPLIT/MERGE/REDEEM form).
    static QString keyText(const TradeEvent& event);
};

} // namespace slip::polymarket
