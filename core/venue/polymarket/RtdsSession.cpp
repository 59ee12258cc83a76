#include "venue/polymarket/RtdsSession.h"

#include "domain/EventKey.h"
#include "log/Log.h"
#include "venue/polymarket/ActivityParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace slip::polymarket {
namespace {
constexpr std::int64_t kKeyMemoryMs = 60 * 60 * 1000; // identical fills of one tx arrive within seconds
}

RtdsSession::RtdsSession(const Clock& clock, QUrl url, QObject* parent, WsOptions options)
    : WebSocketSession(clock, std::move(url), std::move(options), parent)
{
}

WsOptions RtdsSession::defaultOptions()
{
    WsOptions o;
    o.pingIntervalMs = 5'000;
    o.pongTimeoutMs = 15'000;
    o.silenceTimeoutMs = 60'000;
    o.backoffBaseMs = 1'000;
    o.backoffCapMs = 60'000;
    return o;
}

QString RtdsSession::subscribeMessage()
{
    // Only `trades` (taker and maker rows, like the Data API): `orders_matched` repeats the taker
    // rows and would double-count identical fills.
    return QStringLiteral(R"({"action":"subscribe","subscriptions":[{"topic":"activity","type":"trades"}]})");
}

QStringList RtdsSession::subscribeMessages() const
{
    return {subscribeMessage()};
}

void RtdsSession::setFollowedWallets(const QStringList& wallets)
{
    followed_.clear();
    for (const auto& w : wallets)
        followed_.insert(w.trimmed().toLower());
}

void RtdsSession::handleFrame(const QByteArray& frame)
{
    const QByteArray t = frame.trimmed();
    if (t.isEmpty() || (t.front() != '{' && t.front() != '['))
        return; // control text
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(t, &err);
    if (err.error != QJsonParseError::NoError) {
        countRejected();
        return;
    }
    if (doc.isArray()) {
        for (const auto& v : doc.array())
            if (v.isObject())
                handleMessage(v.toObject());
    } else {
        handleMessage(doc.object());
    }
}

void RtdsSession::handleMessage(const QJsonObject& m)
{
    if (m.value(QLatin1String("topic")).toString() != u"activity" ||
        m.value(QLatin1String("type")).toString() != u"trades")
        return;
    const QJsonObject payload = m.value(QLatin1String("payload")).toObject();
    ++seen_;
    const QString wallet = payload.value(QLatin1String("proxyWallet")).toString().toLower();
    if (!followed_.contains(wallet))
        return;
    const auto now = clock().nowMs();
    auto ev = ActivityParser::parseRow(payload, ActivityParser::Feed::Trades, now);
    if (!ev) {
        countRejected();
        log::get("ws")->warn("rtds: rejected trade of {}: {}", wallet.toStdString(), ev.error().toStdString());
        return;
    }
    TradeEvent e = std::move(ev).value();
    while (!keyAges_.empty() && keyAges_.front().first < now - kKeyMemoryMs) {
        const QString& old = keyAges_.front().second;
        if (--keyCounts_[old] <= 0)
            keyCounts_.remove(old);
        keyAges_.pop_front();
    }
    const QString text = ActivityParser::keyText(e);
    int& k = keyCounts_[text];
    e.key = eventKey(text, k);
    ++k;
    keyAges_.emplace_back(now, text);
    ++delivered_;
    Q_EMIT tradeEvent(e);
}

} // namespace slip::polymarket
