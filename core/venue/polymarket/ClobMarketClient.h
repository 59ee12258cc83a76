#pragma once
// ClobMarketClient: the CLOB's public market-data REST endpoints (spec §3) — books, midpoints,
// prices, spread, last trade, tick size, neg-risk, fee rate, markets, time and version — each
// answer parsed exactly or turned into a VenueError. Token ids stay decimal strings.

#include "domain/BookSnapshot.h"
#include "net/HttpClient.h"
#include "net/VenueResult.h"
#include "venue/polymarket/ClobMarketTypes.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <map>

namespace slip::polymarket {

class ClobMarketClient : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Callback = std::function<void(const VenueResult<T>&)>;

    /// A client of the CLOB at base, sending through http (which must outlive it).
    ClobMarketClient(HttpClient& http, QUrl base, QObject* parent = nullptr);

    /// GET /book: one book (levels in venue order; BookSnapshot::bestBid/bestAsk compute the top).
    void book(const QString& tokenId, Callback<BookSnapshot> cb);
    /// POST /books: several books; a malformed book fails the call with its index.
    void books(const QStringList& tokenIds, Callback<std::vector<BookSnapshot>> cb);
    /// GET /midpoint.
    void midpoint(const QString& tokenId, Callback<Micros> cb);
    /// POST /midpoints: token -> mid.
    void midpoints(const QStringList& tokenIds, Callback<std::map<QString, Micros>> cb);
    /// GET /price. Mind the venue's semantics: side BUY returns the best BID, SELL the best ASK.
    void price(const QString& tokenId, Side side, Callback<Micros> cb);
    /// POST /prices for both sides of each token: token -> {BUY = best bid, SELL = best ask}.
    void prices(const QStringList& tokenIds, Callback<std::map<QString, TokenPrices>> cb);
    /// GET /spread.
    void spread(const QString& tokenId, Callback<Micros> cb);
    /// GET /last-trade-price.
    void lastTradePrice(const QString& tokenId, Callback<LastTrade> cb);
    /// GET /tick-size (a JSON number on the wire).
    void tickSize(const QString& tokenId, Callback<Micros> cb);
    /// GET /neg-risk.
    void negRisk(const QString& tokenId, Callback<bool> cb);
    /// GET /fee-rate: base fee in bps.
    void feeRateBps(const QString& tokenId, Callback<std::int64_t> cb);
    /// GET /markets/{condition_id}.
    void market(const QString& conditionId, Callback<ClobMarket> cb);
    /// GET /clob-markets/{condition_id} (compact V2 form).
    void clobMarket(const QString& conditionId, Callback<ClobMarket> cb);
    /// GET /time: server time in epoch seconds.
    void serverTime(Callback<std::int64_t> cb);
    /// GET /version: the CLOB generation (2 when the field is absent, as the V2 SDK assumes).
    void version(Callback<int> cb);

    /// Parses a /markets/{id} object (exposed for tests and fuzzing).
    static Result<ClobMarket> parseMarket(const QJsonObject& o);
    /// Parses a /clob-markets/{id} compact object.
    static Result<ClobMarket> parseCompactMarket(const QJsonObject& o);

private:
    void get(const QString& path, const QUrlQuery& query, const QString& family,
             std::function<void(const HttpResponse&)> done);
    void post(const QString& path, const QByteArray& body, const QString& family,
              std::function<void(const HttpResponse&)> done);

    HttpClient& http_;
    QUrl base_;
};

} // namespace slip::polymarket
