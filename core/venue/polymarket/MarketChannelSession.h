#pragma once
// MarketChannelSession: the CLOB market WebSocket for a set of assets — subscribes exactly as
// documented, keeps one LocalOrderBook per asset from snapshots and deltas, and heals a book that
// drifted with a REST /book resync (or, without a REST client, by re-subscribing the asset).

#include "net/WebSocketSession.h"
#include "venue/polymarket/LocalOrderBook.h"
#include "venue/polymarket/MarketEvent.h"

#include <QSet>

#include <map>

namespace slip::polymarket {

class ClobMarketClient;

class MarketChannelSession : public WebSocketSession
{
    Q_OBJECT
public:
    /// A stopped session on url (…/ws/market) with the documented keep-alive (PING every 10 s).
    MarketChannelSession(const Clock& clock, QUrl url, QObject* parent = nullptr,
                         WsOptions options = defaultOptions());

    /// PING every 10 s, pong timeout 30 s, data silence 120 s, backoff 1 s → 60 s.
    static WsOptions defaultOptions();

    /// Uses this client for REST resyncs of drifted books (it must outlive the session).
    void setResyncClient(ClobMarketClient* client) { rest_ = client; }
    /// Adds assets; sends a dynamic subscribe when connected.
    void subscribe(const QStringList& assetIds);
    /// Removes assets and their books; sends a dynamic unsubscribe when connected.
    void unsubscribe(const QStringList& assetIds);
    /// The subscribed assets.
    QStringList assets() const;
    /// The book of an asset, or nullptr when unknown.
    const LocalOrderBook* book(const QString& assetId) const;
    /// Events ignored as stale or duplicate so far.
    std::uint64_t ignoredUpdates() const { return ignored_; }
    /// Resyncs started so far.
    std::uint64_t resyncs() const { return resyncs_; }

    /// The subscribe message for a set of assets (exposed for tests).
    static QString subscribeMessage(const QStringList& assetIds);

Q_SIGNALS:
    /// A book changed (snapshot, delta or resync).
    void bookChanged(const QString& assetId);
    /// Every parsed event, after the books were updated.
    void marketEvent(const slip::polymarket::MarketEvent& event);
    /// A book drifted and is being resynced.
    void resyncStarted(const QString& assetId, const QString& reason);

protected:
    QStringList subscribeMessages() const override;
    void handleFrame(const QByteArray& frame) override;

private:
    void apply(const MarketEvent& e);
    void resync(const QString& assetId);

    QSet<QString> assets_;
    std::map<QString, LocalOrderBook> books_;
    QSet<QString> resyncing_;
    QSet<QString> awaitingSnapshot_; // after a (re)connect the first snapshot wins whatever its age
    ClobMarketClient* rest_ = nullptr;
    std::uint64_t ignored_ = 0;
    std::uint64_t resyncs_ = 0;
};

} // namespace slip::polymarket
