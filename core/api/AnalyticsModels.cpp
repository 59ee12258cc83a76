#include "api/AnalyticsModels.h"

#include "api/ConfigStore.h"
#include "api/QueryRun.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace slip::api {
namespace {

constexpr std::int64_t kNoLowerBound = std::numeric_limits<std::int64_t>::min();

// Never a null QString, which Qt would bind as SQL NULL and match nothing.
QString bindable(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 lowerBound(std::optional<std::int64_t> fromMs)
{
    return qint64(fromMs.value_or(kNoLowerBound));
}

const QString kAttemptColumns =
    QStringLiteral("id, scope, wallet, asset, side, group_key, t0_ms, flush_ms, decision_ms, their_shares, "
                   "their_notional, their_vwap, target_notional, target_shares, decision, reasons, mid, "
                   "filled_shares, filled_notional, vwap, fee, mode");

AttemptRow attemptFrom(const QSqlQuery& q, int at = 0)
{
    AttemptRow row;
    row.id = q.value(at + 0).toLongLong();
    CopyAttempt& a = row.attempt;
    a.scope = q.value(at + 1).toString();
    a.wallet = q.value(at + 2).toString();
    a.asset = q.value(at + 3).toString();
    a.side = q.value(at + 4).toString();
    a.groupKey = q.value(at + 5).toString();
    a.t0 = q.value(at + 6).toLongLong();
    a.flushMs = q.value(at + 7).toLongLong();
    a.decisionMs = q.value(at + 8).toLongLong();
    a.theirShares = q.value(at + 9).toLongLong();
    a.theirNotional = q.value(at + 10).toLongLong();
    a.theirVwap = q.value(at + 11).toLongLong();
    a.targetNotional = optionalInt(q.value(at + 12));
    a.targetShares = optionalInt(q.value(at + 13));
    a.execute = q.value(at + 14).toString() == u"EXECUTE";
    const QString reasons = q.value(at + 15).toString();
    if (!reasons.isEmpty())
        a.reasons = reasons.split(u',');
    a.mid = optionalInt(q.value(at + 16));
    a.filledShares = optionalInt(q.value(at + 17));
    a.filledNotional = optionalInt(q.value(at + 18));
    a.vwap = optionalInt(q.value(at + 19));
    a.fee = optionalInt(q.value(at + 20));
    row.mode = q.value(at + 21).toString();
    return row;
}

// The wallet's attempts: the wallet index, scope kept out of index selection (see ReadModels).
const QString kWalletAttemptsSql =
    QStringLiteral("SELECT ") + kAttemptColumns +
    QStringLiteral(" FROM copy_attempts WHERE wallet = ? AND +scope = 'EXEC_USER' AND decision_ms >= ? AND id <= ? "
                   "ORDER BY decision_ms DESC, id DESC LIMIT ?");
const QString kRatesSql = QStringLiteral(
    "SELECT COUNT(*), COALESCE(SUM(decision = 'EXECUTE'), 0), "
    "COALESCE(SUM(decision = 'EXECUTE' AND filled_shares < target_shares), 0) FROM attempt_rows "
    "WHERE wallet = (SELECT id FROM names WHERE name = ?) AND +scope = 'EXEC_USER' AND decision_ms >= ? "
    "AND id <= ?");
const QString kLagsSql = QStringLiteral("SELECT id, time_ms, detect_ms FROM events WHERE wallet = ? AND time_ms >= ? "
                                        "ORDER BY time_ms DESC, id DESC LIMIT ?");
const QString kEventsSql =
    QStringLiteral("SELECT id, type, COALESCE(side, ''), asset, condition_id, title, outcome, price, shares, usdc_size, "
                   "time_ms, detect_ms FROM events WHERE wallet = ? AND time_ms >= ? "
                   "ORDER BY time_ms DESC, id DESC LIMIT ?");
const QString kFeedAttemptsSql =
    QStringLiteral("SELECT ") + kAttemptColumns +
    QStringLiteral(" FROM copy_attempts WHERE wallet = ? AND +scope = 'EXEC_USER' AND decision_ms >= ? "
                   "ORDER BY decision_ms, id");
const QString kGapSql = QStringLiteral(
    "SELECT s.t_ms, s.equity, e.equity FROM portfolio_snapshots s JOIN portfolio_snapshots e "
    "ON e.scope = 'EXEC_USER' AND e.wallet = s.wallet AND e.t_ms = s.t_ms "
    "WHERE s.scope = 'SHADOW' AND s.wallet = ? AND s.t_ms >= ? AND s.t_ms < ? ORDER BY s.t_ms");
// Stage D's figures: the spread of the latest stored book of the asset at the decision, only
// when the attempt got past ONE_SIDED_BOOK (its mid is set); the trace when one was stored.
const QString kDecisionSql = QStringLiteral(
    "SELECT c.id, c.decision_ms, c.scope, c.wallet, c.asset, c.side, c.decision, c.reasons, c.mid, c.their_vwap, "
    "c.vwap, c.filled_shares, c.target_shares, c.trace_json, a.condition_id, "
    "CASE WHEN c.mid IS NOT NULL THEN (SELECT s.best_ask - s.best_bid FROM price_snapshots s "
    "WHERE s.asset = c.asset AND s.t_ms <= c.decision_ms ORDER BY s.t_ms DESC LIMIT 1) END "
    "FROM copy_attempts c LEFT JOIN assets a ON a.asset_id = c.asset WHERE ");
const QString kDecisionsInWindow = QStringLiteral("c.scope = ? AND c.decision_ms >= ?");
const QString kDecisionsNewestFirst = QStringLiteral(" ORDER BY c.decision_ms DESC, c.id DESC LIMIT ?");
const QString kDecisionsAfterId = QStringLiteral("c.id > ? AND +c.scope = ?");
const QString kDecisionsById = QStringLiteral(" ORDER BY c.id LIMIT ?");

// Stage D of a stored decision trace, whatever its exact shape: an object under a key naming
// stage D ("D", "book", "stage_d", "D book" …) with a spread and/or a depth inside the band.
void stageDFromTrace(const QString& traceJson, std::optional<std::int64_t>& spread,
                     std::optional<std::int64_t>& depth)
{
    if (traceJson.size() <= 2)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(traceJson.toUtf8());
    if (!doc.isObject())
        return;
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("stages")).isObject())
        root = root.value(QLatin1String("stages")).toObject();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key().toLower();
        const bool stageD = key == u"d" || key.startsWith(u"d ") || key.startsWith(u"d_") || key.startsWith(u"d:") ||
                            key.contains(u"book") || key == u"stage_d" || key == u"staged";
        if (!stageD || !it.value().isObject())
            continue;
        const QJsonObject d = it.value().toObject();
        for (auto f = d.begin(); f != d.end(); ++f) {
            const QString name = f.key().toLower();
            const QJsonValue v = f.value();
            if (!v.isDouble() && !v.isString())
                continue;
            bool ok = true;
            const std::int64_t n = v.isDouble() ? std::int64_t(v.toDouble()) : v.toString().toLongLong(&ok);
            if (!ok)
                continue;
            if (name == u"spread")
                spread = n;
            else if (name.startsWith(u"depth"))
                depth = n;
        }
    }
}

} // namespace

AnalyticsModels::AnalyticsModels(store::Database& reader) : db_(reader) {}

Result<std::int64_t> AnalyticsModels::newestAttemptId()
{
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM copy_attempts"), {}); !s)
        return Error{s.error()};
    return q.next() ? std::int64_t(q.value(0).toLongLong()) : std::int64_t(0);
}

Result<std::vector<AttemptRow>> AnalyticsModels::walletAttempts(const QString& wallet,
                                                                std::optional<std::int64_t> fromMs, int limit,
                                                                std::int64_t upToId)
{
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kWalletAttemptsSql, {bindable(wallet.toLower()), lowerBound(fromMs), qint64(upToId), limit}); !s)
        return Error{s.error()};
    std::vector<AttemptRow> rows;
    while (q.next())
        rows.push_back(attemptFrom(q));
    return rows;
}

Result<CopyRates> AnalyticsModels::rates(const QString& wallet, std::optional<std::int64_t> fromMs,
                                         std::int64_t upToId)
{
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kRatesSql, {bindable(wallet.toLower()), lowerBound(fromMs), qint64(upToId)}); !s)
        return Error{s.error()};
    CopyRates r;
    if (q.next()) {
        r.attempts = q.value(0).toLongLong();
        r.executes = q.value(1).toLongLong();
        r.partialFills = q.value(2).toLongLong();
        r.skips = r.attempts - r.executes;
    }
    return r;
}

Result<std::vector<LagSample>> AnalyticsModels::detectLags(const QString& wallet, std::optional<std::int64_t> fromMs,
                                                           int limit)
{
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kLagsSql, {bindable(wallet.toLower()), lowerBound(fromMs), limit}); !s)
        return Error{s.error()};
    std::vector<LagSample> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

Result<std::vector<WalletTrade>> AnalyticsModels::walletTrades(const QString& wallet,
                                                               std::optional<std::int64_t> fromMs, int limit)
{
    const QString owner = bindable(wallet.toLower());
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kEventsSql, {owner, lowerBound(fromMs), limit}); !s)
        return Error{s.error()};
    std::vector<WalletTrade> trades;
    std::int64_t firstDetect = std::numeric_limits<std::int64_t>::max();
    while (q.next()) {
        WalletTrade t;
        t.eventId = q.value(0).toLongLong();
        t.type = q.value(1).toString();
        t.side = q.value(2).toString();
        t.asset = q.value(3).toString();
        t.conditionId = q.value(4).toString();
        t.title = q.value(5).toString();
        t.outcome = q.value(6).toString();
        t.price = optionalInt(q.value(7));
        t.shares = q.value(8).toLongLong();
        t.usdc = q.value(9).toLongLong();
        t.timeMs = q.value(10).toLongLong();
        t.detectMs = q.value(11).toLongLong();
        firstDetect = std::min(firstDetect, t.detectMs);
        trades.push_back(std::move(t));
    }
    if (trades.empty())
        return trades;

    // A group opens at the detection of its first event (t0) and takes the same wallet, asset and
    // side until its flush; its decision comes at or after the flush, so every group of these
    // events was decided at or after the earliest detection among them.
    QSqlQuery a(db_.sql());
    if (auto s = runQuery(a, kFeedAttemptsSql, {owner, qint64(firstDetect)}); !s)
        return Error{s.error()};
    QHash<QString, std::vector<AttemptRow>> groups; // "asset|side" -> attempts by t0
    while (a.next()) {
        AttemptRow row = attemptFrom(a);
        const QString key = row.attempt.asset + u'|' + row.attempt.side;
        groups[key].push_back(std::move(row));
    }
    for (auto it = groups.begin(); it != groups.end(); ++it)
        std::stable_sort(it->begin(), it->end(),
                         [](const AttemptRow& x, const AttemptRow& y) { return x.attempt.t0 < y.attempt.t0; });
    for (WalletTrade& t : trades) {
        const bool splitMerge = t.type == u"SPLIT" || t.type == u"MERGE";
        if (t.type != u"TRADE" && !splitMerge)
            continue;
        const QString key = splitMerge ? t.conditionId + u'|' + t.type : t.asset + u'|' + t.side;
        auto it = groups.constFind(key);
        if (it == groups.cend())
            continue;
        const std::vector<AttemptRow>& rows = *it;
        // The newest group opened at or before this detection…
        auto after = std::upper_bound(rows.begin(), rows.end(), t.detectMs,
                                      [](std::int64_t d, const AttemptRow& r) { return d < r.attempt.t0; });
        if (after == rows.begin())
            continue;
        const AttemptRow& g = *(after - 1);
        // …that was still open then (a SPLIT or MERGE is a group of its own).
        const bool joined = splitMerge ? g.attempt.t0 == t.detectMs : t.detectMs < g.attempt.flushMs;
        if (joined)
            t.copy = g;
    }
    return trades;
}

Result<std::vector<GapPoint>> AnalyticsModels::trackingGap(const QString& wallet, std::int64_t fromMs,
                                                           std::int64_t toMs, int maxPoints)
{
    auto bank = bankroll(wallet);
    if (!bank)
        return Error{bank.error()};
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kGapSql, {bindable(wallet.toLower()), qint64(fromMs), qint64(toMs)}); !s)
        return Error{s.error()};
    std::vector<GapPoint> all;
    while (q.next())
        all.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() - *bank});
    const std::size_t n = all.size();
    if (maxPoints <= 0 || n <= std::size_t(maxPoints))
        return all;
    if (maxPoints == 1)
        return std::vector<GapPoint>{all.back()};
    // As ReadModels::equity: point k of m at floor(k * (n - 1) / (m - 1)), first and last kept.
    const std::size_t m = std::size_t(maxPoints);
    std::vector<GapPoint> thinned;
    thinned.reserve(m);
    for (std::size_t k = 0; k < m; ++k)
        thinned.push_back(all[k * (n - 1) / (m - 1)]);
    return thinned;
}

Result<std::int64_t> AnalyticsModels::bankroll(const QString& wallet)
{
    auto cfg = ConfigStore::load(db_);
    if (!cfg)
        return Error{cfg.error()};
    const int i = cfg->walletIndex(wallet.toLower());
    return i >= 0 ? cfg->wallets[std::size_t(i)].params.walletBankrollUsdc.raw() : cfg->global.walletBankrollUsdc.raw();
}

Result<std::vector<MarketDecision>> AnalyticsModels::decisions(const QString& where, const QString& order,
                                                               QVariantList binds,
                                                               QHash<QString, QString>* conditionOf)
{
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q, kDecisionSql + where + order, binds); !s)
        return Error{s.error()};
    std::vector<MarketDecision> out;
    while (q.next()) {
        MarketDecision d;
        d.attemptId = q.value(0).toLongLong();
        d.decisionMs = q.value(1).toLongLong();
        d.scope = q.value(2).toString();
        d.wallet = q.value(3).toString();
        d.asset = q.value(4).toString();
        d.side = q.value(5).toString();
        d.execute = q.value(6).toString() == u"EXECUTE";
        const QString reasons = q.value(7).toString();
        if (!reasons.isEmpty())
            d.reasons = reasons.split(u',');
        d.mid = optionalInt(q.value(8));
        AttemptRow row;
        row.attempt.execute = d.execute;
        row.attempt.side = d.side;
        row.attempt.theirVwap = q.value(9).toLongLong();
        row.attempt.vwap = optionalInt(q.value(10));
        if (auto s = slippage(row))
            d.slippageBps = s->bps;
        d.filledShares = optionalInt(q.value(11));
        d.targetShares = optionalInt(q.value(12));
        d.spread = optionalInt(q.value(15));
        stageDFromTrace(q.value(13).toString(), d.spread, d.depthInBand);
        if (conditionOf) {
            const QString condition = q.value(14).toString();
            if (!condition.isEmpty())
                conditionOf->insert(d.asset, condition);
            else if (d.side == u"SPLIT" || d.side == u"MERGE")
                conditionOf->insert(d.asset, d.asset); // their asset is the condition id
        }
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::vector<MarketDecision>> AnalyticsModels::marketDecisions(const QString& scope,
                                                                     std::optional<std::int64_t> fromMs, int limit,
                                                                     QHash<QString, QString>* conditionOf)
{
    return decisions(kDecisionsInWindow, kDecisionsNewestFirst, {bindable(scope), lowerBound(fromMs), limit},
                     conditionOf);
}

Result<std::vector<MarketDecision>> AnalyticsModels::marketDecisionsAfter(const QString& scope, std::int64_t afterId,
                                                                          int limit,
                                                                          QHash<QString, QString>* conditionOf)
{
    return decisions(kDecisionsAfterId, kDecisionsById, {qint64(afterId), bindable(scope), limit}, conditionOf);
}

Result<MarketMeta> AnalyticsModels::market(const QString& conditionId)
{
    MarketMeta m;
    m.conditionId = conditionId;
    QSqlQuery q(db_.sql());
    if (auto s = runQuery(q,
                     QStringLiteral("SELECT question, closed, COALESCE(resolved_asset, ''), end_ms FROM markets "
                                    "WHERE condition_id = ?"),
                     {bindable(conditionId)});
        !s)
        return Error{s.error()};
    if (q.next()) {
        m.title = q.value(0).toString();
        m.closed = q.value(1).toInt() != 0;
        m.resolvedAsset = q.value(2).toString();
        m.endMs = optionalInt(q.value(3));
    }
    QSqlQuery o(db_.sql());
    if (auto s = runQuery(o,
                     QStringLiteral("SELECT asset_id, outcome FROM assets WHERE condition_id = ? "
                                    "ORDER BY outcome_index, asset_id"),
                     {bindable(conditionId)});
        !s)
        return Error{s.error()};
    while (o.next()) {
        const QString outcome = o.value(1).toString();
        m.outcomes << outcome;
        if (o.value(0).toString() == m.resolvedAsset)
            m.resolvedOutcome = outcome;
    }
    return m;
}

Result<QHash<QString, QString>> AnalyticsModels::conditionsOf(const QStringList& assets)
{
    QHash<QString, QString> out;
    QSqlQuery q(db_.sql());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT condition_id FROM assets WHERE asset_id = ?")))
        return Error{QStringLiteral("cannot prepare query: %1").arg(q.lastError().text())};
    for (const QString& asset : assets) {
        q.bindValue(0, bindable(asset));
        if (!q.exec())
            return Error{QStringLiteral("query failed: %1").arg(q.lastError().text())};
        if (q.next())
            out.insert(asset, q.value(0).toString());
    }
    return out;
}

Result<QStringList> AnalyticsModels::queryPlans(const QString& wallet)
{
    const QString w = bindable(wallet.toLower());
    const qint64 from = kNoLowerBound;
    const qint64 kAllIds = std::numeric_limits<qint64>::max();
    const std::vector<std::pair<QString, std::pair<QString, QVariantList>>> queries = {
        {QStringLiteral("walletAttempts"), {kWalletAttemptsSql, {w, from, kAllIds, 10}}},
        {QStringLiteral("rates"), {kRatesSql, {w, from, kAllIds}}},
        {QStringLiteral("newestAttemptId"), {QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM copy_attempts"), {}}},
        {QStringLiteral("detectLags"), {kLagsSql, {w, from, 10}}},
        {QStringLiteral("walletTrades.events"), {kEventsSql, {w, from, 10}}},
        {QStringLiteral("walletTrades.attempts"), {kFeedAttemptsSql, {w, from}}},
        {QStringLiteral("trackingGap"), {kGapSql, {w, from, qint64(0)}}},
        {QStringLiteral("marketDecisions"),
         {kDecisionSql + kDecisionsInWindow + kDecisionsNewestFirst, {QStringLiteral("EXEC_GLOBAL"), from, 10}}},
        {QStringLiteral("marketDecisionsAfter"),
         {kDecisionSql + kDecisionsAfterId + kDecisionsById, {qint64(0), QStringLiteral("EXEC_GLOBAL"), 10}}},
    };
    QStringList out;
    for (const auto& [name, query] : queries) {
        QSqlQuery q(db_.sql());
        if (auto s = runQuery(q, QStringLiteral("EXPLAIN QUERY PLAN ") + query.first, query.second); !s)
            return Error{s.error()};
        while (q.next())
            out << name + QStringLiteral(": ") + q.value(3).toString();
    }
    return out;
}

std::optional<SlippageSample> AnalyticsModels::slippage(const AttemptRow& row)
{
    const CopyAttempt& a = row.attempt;
    const bool buy = a.side == u"BUY";
    if (!a.execute || !a.vwap || a.theirVwap <= 0 || (!buy && a.side != u"SELL"))
        return std::nullopt;
    SlippageSample s;
    s.attemptId = row.id;
    s.decisionMs = a.decisionMs;
    s.wallet = a.wallet;
    s.asset = a.asset;
    s.side = a.side;
    s.theirVwap = a.theirVwap;
    s.vwap = *a.vwap;
    // Paying more on a buy or receiving less on a sell is worse for us: positive.
    const std::int64_t worse = buy ? s.vwap - s.theirVwap : s.theirVwap - s.vwap;
    s.bps = worse * 10'000 / s.theirVwap;
    return s;
}

Histogram AnalyticsModels::histogram(const std::vector<std::int64_t>& values, const std::vector<std::int64_t>& edges)
{
    Histogram h;
    h.edges = edges;
    if (edges.size() < 2)
        return h;
    h.counts.assign(edges.size() - 1, 0);
    for (std::int64_t v : values) {
        if (v < edges.front()) {
            ++h.below;
        } else if (v >= edges.back()) {
            ++h.above;
        } else {
            const auto it = std::upper_bound(edges.begin(), edges.end(), v);
            ++h.counts[std::size_t(it - edges.begin() - 1)];
        }
    }
    return h;
}

std::vector<MarketSummary> AnalyticsModels::summarizeMarkets(const std::vector<MarketDecision>& decisions,
                                                             const QHash<QString, QString>& conditionOf,
                                                             const std::vector<PositionRow>& positions,
                                                             const std::map<QString, MarketMeta>& meta,
                                                             const QStringList& blacklist)
{
    QHash<QString, QString> positionCondition;
    for (const PositionRow& p : positions)
        if (!p.conditionId.isEmpty())
            positionCondition.insert(p.asset, p.conditionId);
    auto conditionFor = [&](const QString& asset) {
        auto it = conditionOf.constFind(asset);
        if (it != conditionOf.cend() && !it->isEmpty())
            return *it;
        auto p = positionCondition.constFind(asset);
        return p != positionCondition.cend() ? *p : asset;
    };
    struct Acc
    {
        MarketSummary s;
        std::int64_t slipSum = 0;
        std::int64_t slipCount = 0;
    };
    std::map<QString, Acc> acc;
    // Ties at the same decision time go to the later attempt (higher id).
    auto newer = [](std::int64_t ms, std::int64_t id, std::int64_t& atMs, std::int64_t& atId) {
        if (ms > atMs || (ms == atMs && id > atId)) {
            atMs = ms;
            atId = id;
            return true;
        }
        return false;
    };
    std::map<QString, std::pair<std::int64_t, std::int64_t>> spreadId, depthId; // condition -> (ms, id)
    for (const MarketDecision& d : decisions) {
        const QString c = conditionFor(d.asset);
        Acc& a = acc[c];
        ++a.s.attempts;
        if (d.execute)
            ++a.s.executes;
        a.s.lastDecisionMs = std::max(a.s.lastDecisionMs, d.decisionMs);
        if (d.spread) {
            auto& [ms, id] = spreadId.try_emplace(c, std::numeric_limits<std::int64_t>::min(), 0).first->second;
            if (newer(d.decisionMs, d.attemptId, ms, id))
                a.s.lastSpread = d.spread;
        }
        if (d.depthInBand) {
            auto& [ms, id] = depthId.try_emplace(c, std::numeric_limits<std::int64_t>::min(), 0).first->second;
            if (newer(d.decisionMs, d.attemptId, ms, id))
                a.s.lastDepthInBand = d.depthInBand;
        }
        if (d.slippageBps) {
            a.slipSum += *d.slippageBps;
            ++a.slipCount;
        }
    }
    for (const PositionRow& p : positions) {
        const QString c = p.conditionId.isEmpty() ? conditionFor(p.asset) : p.conditionId;
        Acc& a = acc[c];
        ++a.s.openPositions;
        a.s.openShares += p.shares;
        a.s.openCost += p.costBasis;
    }
    std::vector<MarketSummary> out;
    out.reserve(acc.size());
    for (auto& [condition, a] : acc) {
        auto m = meta.find(condition);
        if (m != meta.end())
            a.s.meta = m->second;
        a.s.meta.conditionId = condition;
        if (a.slipCount > 0)
            a.s.meanSlippageBps = a.slipSum / a.slipCount;
        a.s.blacklisted = blacklist.contains(condition.toLower());
        out.push_back(std::move(a.s));
    }
    std::stable_sort(out.begin(), out.end(), [](const MarketSummary& x, const MarketSummary& y) {
        return x.lastDecisionMs > y.lastDecisionMs;
    });
    return out;
}

} // namespace slip::api
