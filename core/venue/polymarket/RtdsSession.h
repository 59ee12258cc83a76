#pragma once
// RtdsSession: the RTDS `activity/trades` firehose, filtered client-side to the followed proxy
// wallets (lower-cased) and delivered as TradeEvents whose identity keys equal those of the same
// fills read from the Data API, so the two sources dedupe against each other.

#include "domain/TradeEvent.h"
#include "net/WebSocketSession.h"

#include <QHash>
#include <QSet>

#include <deque>

namespace slip::polymarket {

class RtdsSession : public WebSocketSession
{
    Q_OBJECT
public:
    /// A stopped session on the RTDS url with the documented keep-alive (PING every 5 s).
    RtdsSession(const Clock& clock, QUrl url, QObject* parent = nullptr, WsOptions options = defaultOptions());

    /// PING every 5 s, pong timeout 15 s, data silence 60 s (the firehose is never quiet).
    static WsOptions defaultOptions();
    /// The subscribe message (activity / trades).
    static QString subscribeMessage();

    /// Replaces the followed proxy wallets (any case).
    void setFollowedWallets(const QStringList& wallets);
    /// Activity payloads seen, of followed wallets, and rejected as malformed.
    std::uint64_t seen() const { return seen_; }
    std::uint64_t delivered() const { return delivered_; }

Q_SIGNALS:
    /// A trade of a followed wallet, key filled in.
    void tradeEvent(const slip::TradeEvent& event);

protected:
    QStringList subscribeMessages() const override;
    void handleFrame(const QByteArray& frame) override;

private:
    void handleMessage(const QJsonObject& message);

    QSet<QString> followed_;
    // k of the identity key: the Data API counts identical fills inside one response; here the
    // same fills arrive as separate frames, so count key texts seen recently.
    QHash<QString, int> keyCounts_;
    std::deque<std::pair<std::int64_t, QString>> keyAges_;
    std::uint64_t seen_ = 0;
    std::uint64_t delivered_ = 0;
};

} // namespace slip::polymarket
