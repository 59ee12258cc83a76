#include "venue/sandbox/SandboxFeed.h"

#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace slip::sandbox {
namespace {

QJsonArray rowsOf(const QJsonValue& body)
{
    if (body.isArray())
        return body.toArray();
    if (body.isObject())
        return body.toObject().value(QStringLiteral("data")).toArray();
    return {};
}

std::int64_t integerField(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().toLongLong();
    return static_cast<std::int64_t>(v.toDouble());
}

template <class T>
const T* latestAt(const std::vector<T>& items, std::int64_t nowMs)
{
    const T* found = nullptr;
    for (const auto& item : items) {
        if (item.visibleMs > nowMs)
            break;
        found = &item;
    }
    return found;
}

} // namespace

QStringList SandboxFeed::tokenIdsOf(const QJsonObject& market)
{
    QJsonValue ids = market.value(QStringLiteral("clobTokenIds"));
    if (ids.isString())
        ids = QJsonDocument::fromJson(ids.toString().toUtf8()).array();
    QStringList out;
    for (const auto& v : ids.toArray())
        out << (v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0));
    return out;
}

SandboxFeed::SandboxFeed(const std::vector<CaptureRecord>& records)
{
    if (!records.empty()) {
        firstMs_ = records.front().t;
        lastMs_ = records.back().t;
    }
    for (const auto& r : records) {
        if (r.src == u"data-api.activity") {
            addRows(r, false);
        } else if (r.src == u"data-api.trades") {
            addRows(r, true);
        } else if (r.src == u"clob.book") {
            const QJsonArray books = r.body.isArray() ? r.body.toArray() : QJsonArray{r.body};
            for (const auto& b : books) {
                const QJsonObject o = b.toObject();
                const QString asset = o.value(QStringLiteral("asset_id")).toString();
                if (asset.isEmpty())
                    continue;
                auto& list = books_[asset];
                list.push_back({r.t, o});
                bookOrder_.emplace_back(asset, std::int64_t(list.size() - 1));
            }
        } else if (r.src == u"gamma.market") {
            const QJsonArray markets = r.body.isArray() ? r.body.toArray() : QJsonArray{r.body};
            for (const auto& m : markets) {
                if (m.isObject())
                    gamma_.push_back({r.t, m.toObject()});
            }
        } else if (r.src == u"data-api.positions") {
            const QString user = r.req.value(QStringLiteral("user")).toString().toLower();
            positions_[user].emplace_back(r.t, rowsOf(r.body));
        } else if (r.src == u"clob.fee-rate") {
            const QString asset = r.req.value(QStringLiteral("token_id")).toString();
            feeRates_[asset].emplace_back(r.t, int(integerField(r.body.toObject().value(QStringLiteral("base_fee")))));
        } else if (r.src == u"clob.market") {
            const QJsonObject o = r.body.toObject();
            const QString cid = o.value(QStringLiteral("condition_id")).toString().toLower();
            if (!cid.isEmpty())
                clobMarkets_[cid].push_back({r.t, o});
        }
    }
}

void SandboxFeed::addRows(const CaptureRecord& r, bool tradesFeed)
{
    auto& target = tradesFeed ? tradesRows_ : activity_;
    // Rows already served from an earlier poll are not repeated; a row that occurs n times in
    // one payload (several identical fills in one transaction) is kept n times.
    std::map<QByteArray, int> inThisRecord;
    std::map<QByteArray, int>& seen = tradesFeed ? seenTrades_ : seenActivity_;
    for (const auto& v : rowsOf(r.body)) {
        if (!v.isObject())
            continue;
        const QJsonObject row = v.toObject();
        const QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
        const int occurrence = ++inThisRecord[text];
        if (occurrence <= seen[text])
            continue;
        seen[text] = occurrence;
        TimedRow t;
        t.visibleMs = r.t;
        t.row = row;
        t.wallet = row.value(QStringLiteral("proxyWallet")).toString().toLower();
        t.type = tradesFeed ? QStringLiteral("TRADE") : row.value(QStringLiteral("type")).toString();
        t.timestamp = integerField(row.value(QStringLiteral("timestamp")));
        if (!t.wallet.isEmpty() && std::find(walletOrder_.begin(), walletOrder_.end(), t.wallet) == walletOrder_.end())
            walletOrder_.push_back(t.wallet);
        target.push_back(std::move(t));
    }
}

namespace {
std::vector<const TimedRow*> newestFirst(std::vector<const TimedRow*> rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TimedRow* a, const TimedRow* b) { return a->timestamp > b->timestamp; });
    return rows;
}
} // namespace

std::vector<const TimedRow*> SandboxFeed::activity(const QString& wallet, std::int64_t nowMs) const
{
    std::vector<const TimedRow*> out;
    for (const auto& r : activity_) {
        if (r.visibleMs <= nowMs && r.wallet == wallet)
            out.push_back(&r);
    }
    return newestFirst(std::move(out));
}

std::vector<const TimedRow*> SandboxFeed::trades(const QString& wallet, std::int64_t nowMs) const
{
    std::vector<const TimedRow*> out;
    for (const auto& r : tradesRows_) {
        if (r.visibleMs <= nowMs && r.wallet == wallet)
            out.push_back(&r);
    }
    // Activity TRADE rows serve /trades too when no trades capture has the same fill.
    std::set<std::tuple<QString, QString, QString, std::int64_t>> have;
    for (const auto* r : out)
        have.emplace(r->row.value(QStringLiteral("transactionHash")).toString(),
                     r->row.value(QStringLiteral("asset")).toString(),
                     r->row.value(QStringLiteral("side")).toString(), r->timestamp);
    for (const auto& r : activity_) {
        if (r.visibleMs <= nowMs && r.wallet == wallet && r.type == u"TRADE" &&
            !have.count({r.row.value(QStringLiteral("transactionHash")).toString(),
                         r.row.value(QStringLiteral("asset")).toString(),
                         r.row.value(QStringLiteral("side")).toString(), r.timestamp}))
            out.push_back(&r);
    }
    return newestFirst(std::move(out));
}

std::vector<const TimedRow*> SandboxFeed::tradesBecomingVisible(std::int64_t fromMs, std::int64_t toMs) const
{
    std::vector<const TimedRow*> out;
    for (const auto& r : activity_) {
        if (r.visibleMs > fromMs && r.visibleMs <= toMs && r.type == u"TRADE")
            out.push_back(&r);
    }
    return out;
}

const TimedObject* SandboxFeed::book(const QString& asset, std::int64_t nowMs) const
{
    auto it = books_.find(asset);
    return it == books_.end() ? nullptr : latestAt(it->second, nowMs);
}

std::vector<std::pair<QString, const TimedObject*>> SandboxFeed::booksBecomingVisible(std::int64_t fromMs,
                                                                                   std::int64_t toMs) const
{
    std::vector<std::pair<QString, const TimedObject*>> out;
    for (const auto& [asset, index] : bookOrder_) {
        const TimedObject& b = books_.at(asset)[size_t(index)];
        if (b.visibleMs > fromMs && b.visibleMs <= toMs)
            out.emplace_back(asset, &b);
    }
    return out;
}

std::vector<const TimedObject*> SandboxFeed::gammaMarkets(std::int64_t nowMs) const
{
    std::map<QString, const TimedObject*> latest;
    std::vector<QString> order;
    for (const auto& m : gamma_) {
        if (m.visibleMs > nowMs)
            break;
        const QString cid = m.object.value(QStringLiteral("conditionId")).toString().toLower();
        if (!latest.count(cid))
            order.push_back(cid);
        latest[cid] = &m;
    }
    std::vector<const TimedObject*> out;
    for (const auto& cid : order)
        out.push_back(latest[cid]);
    return out;
}

std::optional<QJsonArray> SandboxFeed::positions(const QString& wallet, std::int64_t nowMs) const
{
    auto it = positions_.find(wallet);
    if (it == positions_.end())
        return std::nullopt;
    std::optional<QJsonArray> out;
    for (const auto& [t, rows] : it->second) {
        if (t > nowMs)
            break;
        out = rows;
    }
    return out;
}

std::optional<int> SandboxFeed::feeRate(const QString& asset, std::int64_t nowMs) const
{
    auto it = feeRates_.find(asset);
    if (it == feeRates_.end())
        return std::nullopt;
    std::optional<int> out;
    for (const auto& [t, bps] : it->second) {
        if (t > nowMs)
            break;
        out = bps;
    }
    return out;
}

const TimedObject* SandboxFeed::clobMarket(const QString& conditionId, std::int64_t nowMs) const
{
    auto it = clobMarkets_.find(conditionId);
    return it == clobMarkets_.end() ? nullptr : latestAt(it->second, nowMs);
}

std::vector<QString> SandboxFeed::bookAssets() const
{
    std::vector<QString> out;
    for (const auto& [asset, list] : books_)
        out.push_back(asset);
    return out;
}

} // namespace slip::sandbox
