#pragma once
// DataApiClient: the Data API routes the monitor polls — /activity, /trades, /positions, /value
// and the cursor-paged /v2/activity — with the documented caps, rows parsed by ActivityParser into
// TradeEvents with identity keys (spec/copy-engine.md §2).

#include "domain/Clock.h"
#include "net/HttpClient.h"
#include "net/VenueResult.h"
#include "venue/polymarket/ActivityParser.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace slip::polymarket {

struct ActivityQuery
{
    QString user;                       ///< proxy wallet (not the EOA)
    QStringList types;                  ///< e.g. {"TRADE"}; empty = the venue's default set
    std::optional<std::int64_t> startSec; ///< epoch seconds
    std::optional<std::int64_t> endSec;
    bool ascending = false;             ///< sortDirection ASC (default DESC); sortBy TIMESTAMP
    int limit = 100;                    ///< clamped to the route's cap
    int offset = 0;                     ///< v1 only; rejected past the cap
    QStringList markets;                ///< condition ids
    QString cursor;                     ///< v2 only
};

struct TradesQuery
{
    QString user;
    QStringList markets;
    int limit = 100;
    int offset = 0;
    bool takerOnly = false;             ///< the venue defaults to true, hiding maker fills
};

/// One page of rows.
struct DataPage
{
    ActivityParseResult parsed;
    int rowCount = 0;                   ///< rows in the body (accepted, ignored and rejected)
    QString nextCursor;                 ///< v2: empty when there is no next page
    bool hasMore = false;               ///< v2 `has_more`; v1: the page was full
};

/// One row of /positions (the fields the UI shows; amounts exact).
struct Position
{
    QString asset;
    QString conditionId;
    QString outcome;
    QString title;
    int outcomeIndex = -1;
    Micros size;
    Micros avgPrice;
    Micros curPrice;
    Micros currentValue;
    bool redeemable = false;
};

class DataApiClient : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Callback = std::function<void(const VenueResult<T>&)>;

    static constexpr int kActivityMaxLimit = 500;
    static constexpr int kActivityMaxOffset = 5'000;  ///< the newer, stricter documented cap
    static constexpr int kTradesMaxLimit = 10'000;
    static constexpr int kTradesMaxOffset = 10'000;
    static constexpr int kV2MaxLimit = 1'000;

    /// A client of the Data API at base; http and clock must outlive it.
    DataApiClient(HttpClient& http, QUrl base, const Clock& clock, QObject* parent = nullptr);

    /// GET /activity (one page).
    void activity(const ActivityQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb);
    /// GET /trades (one page; takerOnly=false by default so maker fills are included).
    void trades(const TradesQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb);
    /// GET /v2/activity (one page; follow nextCursor).
    void activityV2(const ActivityQuery& q, ActivityParser::WalletFilter followed, Callback<DataPage> cb);
    /// Every TRADE/SPLIT/MERGE/REDEEM of user since sinceSec, oldest first, at most maxEvents,
    /// paging by offset and, past the offset cap, by moving the start of the window.
    void activitySince(const QString& user, std::int64_t sinceSec, int maxEvents, Callback<std::vector<TradeEvent>> cb,
                       const QStringList& types = {QStringLiteral("TRADE"), QStringLiteral("SPLIT"),
                                                   QStringLiteral("MERGE"), QStringLiteral("REDEEM")});
    /// GET /positions.
    void positions(const QString& user, Callback<std::vector<Position>> cb);
    /// GET /value: total position value in USDC micros.
    void value(const QString& user, Callback<Micros> cb);

    /// Maps a /v2 snake_case row to the v1 camelCase field names ActivityParser reads.
    static QJsonObject v2RowToV1(const QJsonObject& row);
    /// Parses a /positions body (exposed for tests and fuzzing).
    static Result<std::vector<Position>> parsePositions(const QJsonValue& body);

private:
    void get(const QString& path, const QUrlQuery& query, const QString& family,
             std::function<void(const HttpResponse&)> done);
    void pageSince(const QString& user, const QStringList& types, std::int64_t startSec, int offset, int maxEvents,
                   std::shared_ptr<std::vector<TradeEvent>> acc, std::shared_ptr<QSet<QString>> keys,
                   Callback<std::vector<TradeEvent>> cb);

    HttpClient& http_;
    QUrl base_;
    const Clock& clock_;
};

} // namespace slip::polymarket
