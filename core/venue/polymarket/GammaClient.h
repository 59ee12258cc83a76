#pragma once
// GammaClient: Gamma /markets and /events lookups by condition id, token id or slug (array
// parameters sent as repeated keys, tags included), each market parsed by GammaMarketParser.

#include "domain/MarketInfo.h"
#include "net/HttpClient.h"
#include "net/VenueResult.h"
#include "venue/polymarket/GammaMarketParser.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace slip::polymarket {

/// One Gamma event with its markets.
struct GammaEvent
{
    QString id;
    QString slug;
    QString title;
    QStringList tags;
    MarketParseResult markets;
};

class GammaClient : public QObject
{
    Q_OBJECT
public:
    template <class T>
    using Callback = std::function<void(const VenueResult<T>&)>;

    /// What a free-form market id looks like.
    enum class IdKind { ConditionId, TokenId, Slug };

    /// A client of Gamma at base; http must outlive it.
    GammaClient(HttpClient& http, QUrl base, QObject* parent = nullptr);

    /// GET /markets?condition_ids=…&condition_ids=….
    void marketsByConditionIds(const QStringList& ids, Callback<MarketParseResult> cb);
    /// GET /markets?clob_token_ids=…&clob_token_ids=….
    void marketsByTokenIds(const QStringList& ids, Callback<MarketParseResult> cb);
    /// GET /markets?slug=….
    void marketsBySlug(const QString& slug, Callback<MarketParseResult> cb);
    /// GET /events?slug=… (each event with its markets; event tags count as market categories).
    void eventsBySlug(const QString& slug, Callback<std::vector<GammaEvent>> cb);
    /// One market by condition id, token id or slug (a market slug first, then an event slug).
    void lookup(const QString& id, Callback<MarketInfo> cb);

    /// 0x + 64 (or 62) hex = condition id; only digits = token id; anything else = slug.
    static IdKind classify(const QString& id);
    /// Parses a /events body (exposed for tests and fuzzing).
    static Result<std::vector<GammaEvent>> parseEvents(const QJsonValue& body);

private:
    void markets(const QUrlQuery& query, Callback<MarketParseResult> cb);

    HttpClient& http_;
    QUrl base_;
};

} // namespace slip::polymarket
