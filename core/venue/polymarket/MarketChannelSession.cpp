#include "venue/polymarket/MarketChannelSession.h"

#include "log/Log.h"
#include "venue/polymarket/ClobMarketClient.h"
#include "venue/polymarket/MarketEventParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace slip::polymarket {

MarketChannelSession::MarketChannelSession(const Clock& clock, QUrl url, QObject* parent, WsOptions options)
    : WebSocketSession(clock, std::move(url), std::move(options), parent)
{
    // Whatever happened while disconnected is unknown: the snapshot pushed on subscribe replaces
    // each book even if its venue timestamp is older than the last delta seen.
    connect(this, &WebSocketSession::connected, this, [this] { awaitingSnapshot_ = assets_; });
}

WsOptions MarketChannelSession::defaultOptions()
{
    WsOptions o;
    o.pingIntervalMs = 10'000;
    o.pongTimeoutMs = 30'000;
    o.silenceTimeoutMs = 120'000; // quiet markets are legitimately silent for a while
    o.backoffBaseMs = 1'000;
    o.backoffCapMs = 60'000;
    return o;
}

QString MarketChannelSession::subscribeMessage(const QStringList& assetIds)
{
    QJsonObject o;
    o.insert(QStringLiteral("assets_ids"), QJsonArray::fromStringList(assetIds));
    o.insert(QStringLiteral("type"), QStringLiteral("market"));
    o.insert(QStringLiteral("custom_feature_enabled"), true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList MarketChannelSession::assets() const
{
    QStringList out(assets_.begin(), assets_.end());
    out.sort();
    return out;
}

QStringList MarketChannelSession::subscribeMessages() const
{
    // Every (re)subscribe pushes a fresh book per asset, which rebuilds state after a reconnect.
    if (assets_.isEmpty())
        return {};
    return {subscribeMessage(assets())};
}

void MarketChannelSession::subscribe(const QStringList& assetIds)
{
    QStringList added;
    for (const auto& a : assetIds)
        if (!assets_.contains(a)) {
            assets_.insert(a);
            added.push_back(a);
        }
    if (added.isEmpty() || !isConnected())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("operation"), QStringLiteral("subscribe"));
    o.insert(QStringLiteral("assets_ids"), QJsonArray::fromStringList(added));
    o.insert(QStringLiteral("custom_feature_enabled"), true);
    sendText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void MarketChannelSession::unsubscribe(const QStringList& assetIds)
{
    QStringList removed;
    for (const auto& a : assetIds)
        if (assets_.remove(a)) {
            books_.erase(a);
            removed.push_back(a);
        }
    if (removed.isEmpty() || !isConnected())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("operation"), QStringLiteral("unsubscribe"));
    o.insert(QStringLiteral("assets_ids"), QJsonArray::fromStringList(removed));
    sendText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

const LocalOrderBook* MarketChannelSession::book(const QString& assetId) const
{
    auto it = books_.find(assetId);
    return it == books_.end() ? nullptr : &it->second;
}

void MarketChannelSession::handleFrame(const QByteArray& frame)
{
    const MarketFrame parsed = MarketEventParser::parseFrame(frame);
    if (!parsed.rejected.empty()) {
        countRejected(int(parsed.rejected.size()));
        log::get("ws")->warn("market channel: {} rejected event(s), first: {}", parsed.rejected.size(),
                             parsed.rejected.front().message.toStdString());
    }
    for (const auto& e : parsed.events) {
        apply(e);
        Q_EMIT marketEvent(e);
    }
}

void MarketChannelSession::apply(const MarketEvent& e)
{
    auto bookOf = [this](const QString& asset) -> LocalOrderBook* {
        if (!assets_.contains(asset))
            return nullptr; // late events of an unsubscribed asset
        auto it = books_.find(asset);
        if (it == books_.end())
            it = books_.emplace(asset, LocalOrderBook(asset)).first;
        return &it->second;
    };
    switch (e.type) {
    case MarketEvent::Type::Book:
        if (auto* b = bookOf(e.asset)) {
            const bool force = awaitingSnapshot_.remove(e.asset);
            if (b->applySnapshot(e.book, force) == LocalOrderBook::Apply::Applied)
                Q_EMIT bookChanged(e.asset);
            else
                ++ignored_;
        }
        break;
    case MarketEvent::Type::PriceChange: {
        QStringList touched;
        for (const auto& c : e.changes) {
            auto* b = bookOf(c.asset);
            if (!b)
                continue;
            const auto r = b->applyChange(c.side, c.price, c.size, e.timestampMs, c.hash);
            if (r == LocalOrderBook::Apply::Applied) {
                if (!touched.contains(c.asset))
                    touched.push_back(c.asset);
            } else {
                ++ignored_;
            }
        }
        // The venue's best bid/ask after the last change of each asset is a free consistency check.
        for (const auto& asset : touched) {
            auto* b = bookOf(asset);
            auto last = std::find_if(e.changes.rbegin(), e.changes.rend(),
                                     [&](const PriceLevelChange& c) { return c.asset == asset; });
            if (last != e.changes.rend() && (last->bestBid || last->bestAsk))
                b->checkTop(last->bestBid, last->bestAsk);
            const auto bid = b->bestBid();
            const auto ask = b->bestAsk();
            if (bid && ask && bid->price >= ask->price)
                b->markDrifted(QStringLiteral("crossed book"));
            Q_EMIT bookChanged(asset);
            if (b->needsResync())
                resync(asset);
        }
        break;
    }
    case MarketEvent::Type::BestBidAsk:
        if (auto* b = bookOf(e.asset); b && b->hasSnapshot() && e.timestampMs >= b->timestampMs()) {
            if (!b->checkTop(e.bestBid, e.bestAsk))
                resync(e.asset);
        }
        break;
    case MarketEvent::Type::TickSizeChange:
        if (auto* b = bookOf(e.asset))
            b->setTickSize(e.newTickSize);
        break;
    case MarketEvent::Type::LastTradePrice:
        if (auto* b = bookOf(e.asset))
            b->setLastTrade(e.price, e.size, e.side, e.timestampMs);
        break;
    case MarketEvent::Type::MarketResolved:
        for (const auto& a : e.assets)
            if (auto* b = bookOf(a))
                b->setResolved(e.winningAsset);
        break;
    case MarketEvent::Type::NewMarket:
    case MarketEvent::Type::Other:
        break;
    }
}

void MarketChannelSession::resync(const QString& assetId)
{
    if (resyncing_.contains(assetId))
        return;
    auto it = books_.find(assetId);
    if (it == books_.end())
        return;
    ++resyncs_;
    resyncing_.insert(assetId);
    Q_EMIT resyncStarted(assetId, it->second.driftReason());
    log::get("ws")->info("resyncing book {}: {}", assetId.toStdString(), it->second.driftReason().toStdString());
    if (!rest_) {
        // Without REST, a fresh subscribe pushes a new snapshot for the asset.
        resyncing_.remove(assetId);
        QJsonObject o;
        o.insert(QStringLiteral("operation"), QStringLiteral("subscribe"));
        o.insert(QStringLiteral("assets_ids"), QJsonArray{assetId});
        o.insert(QStringLiteral("custom_feature_enabled"), true);
        sendText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    QPointer<MarketChannelSession> self(this);
    rest_->book(assetId, [self, this, assetId](const VenueResult<BookSnapshot>& r) {
        if (!self)
            return;
        resyncing_.remove(assetId);
        auto it = books_.find(assetId);
        if (it == books_.end())
            return;
        if (!r) {
            log::get("ws")->warn("resync of {} failed: {}", assetId.toStdString(), r.error().toString().toStdString());
            return; // the next drift check tries again
        }
        it->second.applySnapshot(r.value(), true);
        Q_EMIT bookChanged(assetId);
    });
}

} // namespace slip::polymarket
