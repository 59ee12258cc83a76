#include "api/ReadModels.h"

#include "api/ConfigStore.h"
#include "api/QueryRun.h"
#include "api/Controls.h"
#include "domain/Micros.h"
#include "store/Database.h"
#include "store/WalletRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace slip::api {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// The wallet column of a scope's rows: '' for EXEC_GLOBAL. Never a null QString, which Qt
// would bind as SQL NULL and match nothing.
QString ownerOf(const QString& scope, const QString& wallet)
{
    if (scope == u"EXEC_GLOBAL" || wallet.isEmpty())
        return QStringLiteral("");
    return wallet.toLower();
}

bool isScope(const QString& s)
{
    return s == u"SHADOW" || s == u"EXEC_USER" || s == u"EXEC_GLOBAL";
}

const QString kAttemptColumns =
    QStringLiteral("id, scope, wallet, asset, side, group_key, t0_ms, flush_ms, decision_ms, "
                   "their_shares, their_notional, "
                   "their_vwap, target_notional, target_shares, decision, reasons, mid, "
                   "filled_shares, filled_notional, vwap, "
                   "fee, mode");

AttemptRow attemptFrom(const QSqlQuery& q)
{
    AttemptRow row;
    row.id = q.value(0).toLongLong();
    CopyAttempt& a = row.attempt;
    a.scope = q.value(1).toString();
    a.wallet = q.value(2).toString();
    a.asset = q.value(3).toString();
    a.side = q.value(4).toString();
    a.groupKey = q.value(5).toString();
    a.t0 = q.value(6).toLongLong();
    a.flushMs = q.value(7).toLongLong();
    a.decisionMs = q.value(8).toLongLong();
    a.theirShares = q.value(9).toLongLong();
    a.theirNotional = q.value(10).toLongLong();
    a.theirVwap = q.value(11).toLongLong();
    a.targetNotional = optionalInt(q.value(12));
    a.targetShares = optionalInt(q.value(13));
    a.execute = q.value(14).toString() == u"EXECUTE";
    const QString reasons = q.value(15).toString();
    if (!reasons.isEmpty())
        a.reasons = reasons.split(u',');
    a.mid = optionalInt(q.value(16));
    a.filledShares = optionalInt(q.value(17));
    a.filledNotional = optionalInt(q.value(18));
    a.vwap = optionalInt(q.value(19));
    a.fee = optionalInt(q.value(20));
    row.mode = q.value(21).toString();
    return row;
}

struct Where
{
    QString sql;
    QVariantList binds;

    void add(const QString& clause, const QVariant& bind)
    {
        sql += sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        sql += clause;
        binds << bind;
    }
    void add2(const QString& clause, const QVariant& a, const QVariant& b)
    {
        add(clause, a);
        binds << b;
    }
};

// Rows reads the copy_attempts view (text columns); Count and Reasons aggregate over the
// attempt_rows table itself (schema v5), naming wallets and assets by their numbers, so a count
// over a million attempts does not look up two names per row to throw them away.
enum class FilterUse { Rows, Count, Reasons };

// A names-table id from its text, for clauses over attempt_rows / ledger_rows.
const QString kNameId = QStringLiteral("(SELECT id FROM names WHERE name = ?)");

// The WHERE clause of a filter. Each condition matches a whole value; the reason test wraps
// the stored list in commas so "BOOK" never matches "ONE_SIDED_BOOK", and uses instr rather
// than LIKE, whose '_' would match any character.
Where whereOf(const AttemptFilter& f, FilterUse use)
{
    Where w;
    // Without ANALYZE statistics SQLite may walk the decision or scope index (half the table)
    // when a wallet is named; the unary + keeps those columns out of index selection so the
    // far narrower wallet index is used.
    const bool byWallet = !f.wallet.isEmpty();
    const bool base = use != FilterUse::Rows;
    if (!f.scope.isEmpty())
        w.add(byWallet ? QStringLiteral("+scope = ?") : QStringLiteral("scope = ?"), f.scope);
    if (!f.wallet.isEmpty())
        w.add(base ? QStringLiteral("wallet = ") + kNameId : QStringLiteral("wallet = ?"), f.wallet.toLower());
    if (!f.asset.isEmpty())
        w.add(base ? QStringLiteral("asset = ") + kNameId : QStringLiteral("asset = ?"), f.asset);
    if (!f.condition.isEmpty())
        w.add2(base ? QStringLiteral("asset IN (SELECT id FROM names WHERE name = ? OR name IN "
                                     "(SELECT asset_id FROM assets WHERE condition_id = ?))")
                    : QStringLiteral(
                          "(asset = ? OR asset IN (SELECT asset_id FROM assets WHERE condition_id = ?))"),
               f.condition, f.condition);
    if (use != FilterUse::Reasons) {
        const QString decisionIs = byWallet ? QStringLiteral("+decision = ?") : QStringLiteral("decision = ?");
        if (!f.decision.isEmpty())
            w.add(decisionIs, f.decision);
        if (!f.reason.isEmpty()) {
            // Only a SKIP carries reasons; saying so lets SQLite use the decision index.
            if (f.decision.isEmpty())
                w.add(decisionIs, QStringLiteral("SKIP"));
            w.add(QStringLiteral("instr(',' || reasons || ',', ?) > 0"),
                  QString(u',' + f.reason + u','));
        }
    } else {
        w.add(QStringLiteral("reasons <> ?"), QStringLiteral(""));
    }
    if (f.fromMs)
        w.add(QStringLiteral("decision_ms >= ?"), qint64(*f.fromMs));
    if (f.toMs)
        w.add(QStringLiteral("decision_ms < ?"), qint64(*f.toMs));
    if (use == FilterUse::Rows && f.beforeId)
        w.add2(QStringLiteral(
                   "(decision_ms, id) < ((SELECT decision_ms FROM copy_attempts WHERE id = ?), ?)"),
               qint64(*f.beforeId), qint64(*f.beforeId));
    return w;
}

struct SnapshotFigures
{
    std::int64_t tMs = 0;
    std::int64_t cash = 0;
    std::int64_t equity = 0;
    std::int64_t exposure = 0;
    std::int64_t realized = 0;
    std::int64_t unrealized = 0;
};

const QString kSnapshotColumns =
    QStringLiteral("t_ms, cash, equity, exposure, realized, unrealized");

SnapshotFigures snapshotFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

// One snapshot picked by a constant query over (scope, wallet) plus optional bounds.
Result<std::optional<SnapshotFigures>> oneSnapshot(QSqlDatabase& db, const QString& tail,
                                                   QVariantList binds)
{
    QSqlQuery q(db);
    const Status qOk =
        runQuery(q,
            QStringLiteral("SELECT ") + kSnapshotColumns +
                QStringLiteral(" FROM portfolio_snapshots WHERE scope = ? AND wallet = ?") + tail,
            binds);
    if (!qOk)
        return Error{qOk.error()};
    if (!q.next())
        return std::optional<SnapshotFigures>();
    return std::optional<SnapshotFigures>(snapshotFrom(q));
}

// The starting equity of a scope: SHADOW starts at 0, the executable scopes at their bankroll.
Result<std::int64_t> bankrollOf(store::Database& db, const QString& scope, const QString& wallet)
{
    if (scope == u"SHADOW")
        return std::int64_t(0);
    auto cfg = ConfigStore::load(db);
    if (!cfg)
        return Error{cfg.error()};
    if (scope == u"EXEC_GLOBAL")
        return cfg->globalBankrollUsdc.raw();
    const int i = cfg->walletIndex(wallet);
    return i >= 0 ? cfg->wallets[std::size_t(i)].params.walletBankrollUsdc.raw()
                  : cfg->global.walletBankrollUsdc.raw();
}

QString attemptsSql(const Where& w)
{
    return QStringLiteral("SELECT ") + kAttemptColumns + QStringLiteral(" FROM copy_attempts") +
           w.sql + QStringLiteral(" ORDER BY decision_ms DESC, id DESC LIMIT ?");
}

} // namespace

ReadModels::ReadModels(store::Database& reader) : db_(reader) {}

Result<std::vector<AttemptRow>> ReadModels::attempts(const AttemptFilter& filter)
{
    if (filter.limit <= 0)
        return std::vector<AttemptRow>();
    Where w = whereOf(filter, FilterUse::Rows);
    w.binds << filter.limit;
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q, attemptsSql(w), w.binds);
    if (!qOk)
        return Error{qOk.error()};
    std::vector<AttemptRow> rows;
    rows.reserve(std::size_t(std::min(filter.limit, 10'000)));
    while (q.next())
        rows.push_back(attemptFrom(q));
    return rows;
}

Result<QString> ReadModels::attemptsPlan(const AttemptFilter& filter)
{
    Where w = whereOf(filter, FilterUse::Rows);
    w.binds << filter.limit;
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q, QStringLiteral("EXPLAIN QUERY PLAN ") + attemptsSql(w), w.binds);
    if (!qOk)
        return Error{qOk.error()};
    QStringList details;
    while (q.next())
        details << q.value(3).toString();
    return details.join(u'\n');
}

Result<std::int64_t> ReadModels::countAttempts(const AttemptFilter& filter)
{
    const Where w = whereOf(filter, FilterUse::Count);
    QSqlQuery q(db_.sql());
    const Status qOk =
        runQuery(q, QStringLiteral("SELECT COUNT(*) FROM attempt_rows") + w.sql, w.binds);
    if (!qOk)
        return Error{qOk.error()};
    return q.next() ? std::int64_t(q.value(0).toLongLong()) : std::int64_t(0);
}

Result<std::vector<AttemptRow>> ReadModels::attemptsAfter(std::int64_t afterId, int limit)
{
    QSqlQuery q(db_.sql());
    const Status qOk =
        runQuery(q,
            QStringLiteral("SELECT ") + kAttemptColumns +
                QStringLiteral(" FROM copy_attempts WHERE id > ? ORDER BY id LIMIT ?"),
            {qint64(afterId), limit});
    if (!qOk)
        return Error{qOk.error()};
    std::vector<AttemptRow> rows;
    while (q.next())
        rows.push_back(attemptFrom(q));
    return rows;
}

Result<QString> ReadModels::attemptTrace(std::int64_t attemptId)
{
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q, QStringLiteral("SELECT trace_json FROM copy_attempts WHERE id = ?"),
                           {qint64(attemptId)});
    if (!qOk)
        return Error{qOk.error()};
    if (!q.next())
        return Error{QStringLiteral("no attempt with id %1").arg(attemptId)};
    const QString trace = q.value(0).toString();
    return trace.isEmpty() ? QStringLiteral("{}") : trace;
}

Result<std::vector<std::pair<QString, std::int64_t>>>
ReadModels::reasonCounts(const AttemptFilter& filter)
{
    const Where w = whereOf(filter, FilterUse::Reasons);
    // Grouping by the stored list first leaves only a few distinct lists to split here.
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q,
                           QStringLiteral("SELECT reasons, COUNT(*) FROM attempt_rows") + w.sql +
                               QStringLiteral(" GROUP BY reasons"),
                           w.binds);
    if (!qOk)
        return Error{qOk.error()};
    QHash<QString, std::int64_t> counts;
    while (q.next()) {
        const std::int64_t n = q.value(1).toLongLong();
        for (const QString& code : q.value(0).toString().split(u',', Qt::SkipEmptyParts))
            counts[code] += n;
    }
    std::vector<std::pair<QString, std::int64_t>> out;
    out.reserve(std::size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.emplace_back(it.key(), it.value());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

Result<std::vector<PositionRow>> ReadModels::positions(const QString& scope, const QString& wallet)
{
    if (!isScope(scope))
        return Error{
            QStringLiteral("unknown scope '%1' (SHADOW, EXEC_USER or EXEC_GLOBAL)").arg(scope)};
    const QString lowerWallet = wallet.toLower();
    const bool global = scope == u"EXEC_GLOBAL";
    // The owner column: EXEC_GLOBAL keeps every lot under wallet '' with lot_wallet naming its
    // owner; the per-wallet scopes use wallet itself. Summed over ledger_rows by name number
    // (schema v5), the names looked up once a position; the condition is the greatest name
    // among the asset's entries.
    QString inner =
        QStringLiteral("SELECT %1 AS owner_id, l.asset AS asset_id, MAX(c.name) AS condition_id, "
                       "SUM(l.shares_delta) AS shares, SUM(l.cost_basis_delta) AS cost_basis, "
                       "SUM(l.realized_delta) AS realized FROM ledger_rows l "
                       "LEFT JOIN names c ON c.id = l.condition_id WHERE l.scope = ?")
            .arg(global ? (lowerWallet.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("l.lot_wallet"))
                        : QStringLiteral("l.wallet"));
    QVariantList binds{scope};
    if (!lowerWallet.isEmpty()) {
        inner += (global ? QStringLiteral(" AND l.lot_wallet = ") : QStringLiteral(" AND l.wallet = ")) + kNameId;
        binds << lowerWallet;
    }
    inner += QStringLiteral(" AND l.asset IS NOT (SELECT id FROM names WHERE name = '') "
                            "GROUP BY owner_id, asset_id HAVING SUM(l.shares_delta) <> 0");
    const QString sql =
        QStringLiteral(
            "SELECT p.owner, p.asset, p.condition_id, p.shares, p.cost_basis, p.realized, "
            "COALESCE(m.question, ''), COALESCE(a.outcome, ''), "
            "(SELECT mid FROM price_snapshots s WHERE s.asset = p.asset AND s.mid IS NOT NULL "
            "ORDER BY s.t_ms DESC LIMIT 1), "
            "(SELECT t_ms FROM price_snapshots s WHERE s.asset = p.asset AND s.mid IS NOT NULL "
            "ORDER BY s.t_ms DESC LIMIT 1) "
            "FROM (SELECT COALESCE(o.name, '') AS owner, n.name AS asset, g.condition_id, g.shares, g.cost_basis, "
            "g.realized FROM (") +
        inner +
        QStringLiteral(") g JOIN names n ON n.id = g.asset_id LEFT JOIN names o ON o.id = g.owner_id) p "
                       "LEFT JOIN assets a ON a.asset_id = p.asset "
                       "LEFT JOIN markets m ON m.condition_id = COALESCE(NULLIF(a.condition_id, "
                       "''), p.condition_id) "
                       "ORDER BY p.asset, p.owner");
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q, sql, binds);
    if (!qOk)
        return Error{qOk.error()};
    std::vector<PositionRow> rows;
    while (q.next()) {
        PositionRow r;
        r.scope = scope;
        r.wallet = q.value(0).toString();
        r.asset = q.value(1).toString();
        r.conditionId = q.value(2).toString();
        r.shares = q.value(3).toLongLong();
        r.costBasis = q.value(4).toLongLong();
        r.realized = q.value(5).toLongLong();
        r.title = q.value(6).toString();
        r.outcome = q.value(7).toString();
        r.mark = optionalInt(q.value(8));
        r.markMs = optionalInt(q.value(9));
        rows.push_back(std::move(r));
    }
    return rows;
}

namespace {

std::int64_t valueOf(const PositionRow& p, int& unmarked)
{
    if (!p.mark) {
        ++unmarked;
        return p.costBasis;
    }
    return notional(Micros(*p.mark), Micros(p.shares)).raw();
}

void sortExposure(std::vector<ExposureRow>& rows)
{
    std::sort(rows.begin(), rows.end(), [](const ExposureRow& a, const ExposureRow& b) {
        return a.value != b.value ? a.value > b.value : a.key < b.key;
    });
}

} // namespace

Result<WinRate> ReadModels::winRate(const QString& scope, const QString& wallet)
{
    if (!isScope(scope))
        return Error{
            QStringLiteral("unknown scope '%1' (SHADOW, EXEC_USER or EXEC_GLOBAL)").arg(scope)};
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q,
                           QStringLiteral("SELECT COUNT(*), COALESCE(SUM(realized_delta > 0), 0) FROM ledger_rows "
                                          "WHERE scope = ? AND wallet = ") + kNameId +
                               QStringLiteral(" AND realized_delta <> 0"),
                           {scope, ownerOf(scope, wallet)});
    if (!qOk)
        return Error{qOk.error()};
    WinRate w;
    if (q.next()) {
        w.closes = q.value(0).toLongLong();
        w.wins = q.value(1).toLongLong();
    }
    return w;
}

Result<std::vector<ExposureRow>> ReadModels::exposureByMarket(const QString& scope, const QString& wallet)
{
    auto open = positions(scope, wallet);
    if (!open)
        return Error{open.error()};
    std::vector<ExposureRow> rows;
    QHash<QString, std::size_t> at;
    for (const PositionRow& p : *open) {
        const QString key = p.conditionId.isEmpty() ? p.asset : p.conditionId;
        auto it = at.constFind(key);
        if (it == at.cend()) {
            it = at.insert(key, rows.size());
            ExposureRow r;
            r.key = key;
            r.label = p.title;
            rows.push_back(r);
        }
        ExposureRow& r = rows[*it];
        r.value += valueOf(p, r.unmarked);
        ++r.positions;
    }
    sortExposure(rows);
    return rows;
}

Result<std::vector<ExposureRow>> ReadModels::exposureByWallet()
{
    std::vector<ExposureRow> rows;
    for (const store::WalletRow& w : store::WalletRepository::list(db_.sql())) {
        auto open = positions(QStringLiteral("EXEC_GLOBAL"), w.address);
        if (!open)
            return Error{open.error()};
        if (open->empty())
            continue;
        ExposureRow r;
        r.key = w.address;
        r.label = w.label;
        for (const PositionRow& p : *open) {
            r.value += valueOf(p, r.unmarked);
            ++r.positions;
        }
        rows.push_back(r);
    }
    sortExposure(rows);
    return rows;
}

Result<std::vector<EquityPoint>> ReadModels::equity(const QString& scope, const QString& wallet,
                                                    std::int64_t fromMs, std::int64_t toMs,
                                                    int maxPoints)
{
    if (!isScope(scope))
        return Error{
            QStringLiteral("unknown scope '%1' (SHADOW, EXEC_USER or EXEC_GLOBAL)").arg(scope)};
    const QString owner = ownerOf(scope, wallet);
    const QString range =
        QStringLiteral(" FROM portfolio_snapshots WHERE scope = ? AND wallet = ? AND t_ms >= ? AND t_ms < ?");
    const QVariantList rangeBinds{scope, owner, qint64(fromMs), qint64(toMs)};
    QSqlQuery q(db_.sql());
    Status qOk;
    if (maxPoints <= 0) {
        qOk = runQuery(q, QStringLiteral("SELECT ") + kSnapshotColumns + range + QStringLiteral(" ORDER BY t_ms"),
                  rangeBinds);
    } else if (maxPoints == 1) {
        qOk = runQuery(q, QStringLiteral("SELECT ") + kSnapshotColumns + range +
                         QStringLiteral(" ORDER BY t_ms DESC LIMIT 1"),
                  rangeBinds);
    } else {
        // Thinned before the rows cross into Qt (100k one-minute snapshots would otherwise be read
        // and converted whole to keep 2,000). Of n rows, row k of m kept is at index
        // floor(k * (n - 1) / (m - 1)): the first and the last are always kept.
        QSqlQuery count(db_.sql());
        const Status countOk = runQuery(count, QStringLiteral("SELECT COUNT(*)") + range, rangeBinds);
        if (!countOk)
            return Error{countOk.error()};
        const qint64 n = count.next() ? count.value(0).toLongLong() : 0;
        if (n <= maxPoints) {
            qOk = runQuery(q, QStringLiteral("SELECT ") + kSnapshotColumns + range + QStringLiteral(" ORDER BY t_ms"),
                      rangeBinds);
        } else {
            // Only the times cross into Qt for the n rows (one integer each, from the primary
            // key); the kept rows are then read whole. A window function (ROW_NUMBER) measured
            // slower than reading every row, because of its sorter.
            QSqlQuery times(db_.sql());
            const Status timesOk =
                runQuery(times, QStringLiteral("SELECT t_ms") + range + QStringLiteral(" ORDER BY t_ms"), rangeBinds);
            if (!timesOk)
                return Error{timesOk.error()};
            const qint64 m = maxPoints;
            QVariantList kept;
            kept.reserve(maxPoints);
            qint64 next = 0; // index of the next row to keep: floor(k * (n - 1) / (m - 1))
            qint64 k = 0;
            for (qint64 rn = 0; times.next() && k < m; ++rn) {
                if (rn != next)
                    continue;
                kept << times.value(0);
                ++k;
                next = k * (n - 1) / (m - 1);
            }
            QString in = QStringLiteral("?");
            in.reserve(int(kept.size()) * 2);
            for (qsizetype i = 1; i < kept.size(); ++i)
                in += QStringLiteral(",?");
            QVariantList binds{scope, owner};
            binds += kept;
            qOk = runQuery(q,
                      QStringLiteral("SELECT ") + kSnapshotColumns +
                          QStringLiteral(" FROM portfolio_snapshots WHERE scope = ? AND wallet = ? AND t_ms IN (") + in +
                          QStringLiteral(") ORDER BY t_ms"),
                      binds);
        }
    }
    if (!qOk)
        return Error{qOk.error()};
    std::vector<EquityPoint> points;
    while (q.next()) {
        const SnapshotFigures s = snapshotFrom(q);
        points.push_back({s.tMs, s.cash, s.equity, s.exposure, s.realized, s.unrealized});
    }
    return points;
}

Result<PnlSummary> ReadModels::pnl(const QString& scope, const QString& wallet, std::int64_t nowMs)
{
    if (!isScope(scope))
        return Error{
            QStringLiteral("unknown scope '%1' (SHADOW, EXEC_USER or EXEC_GLOBAL)").arg(scope)};
    const QString owner = ownerOf(scope, wallet);
    PnlSummary s;
    s.scope = scope;
    s.wallet = owner;
    auto bankroll = bankrollOf(db_, scope, owner);
    if (!bankroll)
        return Error{bankroll.error()};
    s.startEquity = *bankroll;

    auto latest =
        oneSnapshot(db_.sql(), QStringLiteral(" ORDER BY t_ms DESC LIMIT 1"), {scope, owner});
    if (!latest)
        return Error{latest.error()};
    if (!latest->has_value()) {
        // Nothing traded yet: the scope is at its starting equity.
        s.equity = s.startEquity;
        s.cash = s.startEquity;
        s.peakEquity = s.startEquity;
        return s;
    }
    const SnapshotFigures& last = **latest;
    s.equity = last.equity;
    s.cash = last.cash;
    s.realized = last.realized;
    s.unrealized = last.unrealized;
    s.asOfMs = last.tMs;

    auto first = oneSnapshot(db_.sql(), QStringLiteral(" ORDER BY t_ms LIMIT 1"), {scope, owner});
    if (!first)
        return Error{first.error()};
    const std::int64_t firstEquity = (*first)->equity;
    // A reference point: the last snapshot before `bound`, or the first snapshot when the
    // history does not reach back that far.
    auto equityBefore = [&](std::int64_t bound) -> Result<std::int64_t> {
        auto ref =
            oneSnapshot(db_.sql(), QStringLiteral(" AND t_ms < ? ORDER BY t_ms DESC LIMIT 1"),
                        {scope, owner, qint64(bound)});
        if (!ref)
            return Error{ref.error()};
        return ref->has_value() ? (*ref)->equity : firstEquity;
    };
    const std::int64_t dayStart = nowMs - ((nowMs % kDayMs) + kDayMs) % kDayMs;
    auto dayRef = equityBefore(dayStart);
    if (!dayRef)
        return Error{dayRef.error()};
    // "7 days earlier" includes a snapshot taken exactly then.
    auto weekRef = equityBefore(nowMs - 7 * kDayMs + 1);
    if (!weekRef)
        return Error{weekRef.error()};
    s.todayPnl = s.equity - *dayRef;
    s.weekPnl = s.equity - *weekRef;

    QSqlQuery peak(db_.sql());
    const Status peakOk =
        runQuery(peak,
            QStringLiteral(
                "SELECT MAX(equity) FROM portfolio_snapshots WHERE scope = ? AND wallet = ?"),
            {scope, owner});
    if (!peakOk)
        return Error{peakOk.error()};
    s.peakEquity = peak.next() ? std::int64_t(peak.value(0).toLongLong()) : s.equity;
    s.drawdownBps = s.peakEquity > 0 ? mulDiv(s.peakEquity - s.equity, 10'000, s.peakEquity) : 0;
    return s;
}

Result<std::vector<WalletMetrics>> ReadModels::walletMetrics()
{
    auto cfg = ConfigStore::load(db_);
    if (!cfg)
        return Error{cfg.error()};
    std::vector<WalletMetrics> out;
    for (const store::WalletRow& w : store::WalletRepository::list(db_.sql())) {
        WalletMetrics m;
        m.wallet = w.address;
        QSqlQuery counts(db_.sql());
        const Status countsOk =
            runQuery(counts,
                QStringLiteral(
                    "SELECT COUNT(*), COALESCE(SUM(decision = 'EXECUTE'), 0), "
                    "COALESCE(SUM(decision = 'EXECUTE' AND filled_shares < target_shares), 0) "
                    "FROM attempt_rows INDEXED BY attempts_user_metrics "
                    "WHERE wallet = (SELECT id FROM names WHERE name = ?) AND scope = 'EXEC_USER'"),
                {w.address});
        if (!countsOk)
            return Error{countsOk.error()};
        if (counts.next()) {
            m.attempts = counts.value(0).toLongLong();
            m.executes = counts.value(1).toLongLong();
            m.partialFills = counts.value(2).toLongLong();
        }
        QSqlQuery last(db_.sql());
        const Status lastOk = runQuery(last,
                                  QStringLiteral("SELECT detect_ms FROM events WHERE wallet = ? "
                                                 "ORDER BY time_ms DESC, id DESC LIMIT 1"),
                                  {w.address});
        if (!lastOk)
            return Error{lastOk.error()};
        if (last.next())
            m.lastTradeMs = last.value(0).toLongLong();
        auto shadow = oneSnapshot(db_.sql(), QStringLiteral(" ORDER BY t_ms DESC LIMIT 1"),
                                  {QStringLiteral("SHADOW"), w.address});
        if (!shadow)
            return Error{shadow.error()};
        if (shadow->has_value())
            m.shadowPnl = (*shadow)->equity;
        auto exec = oneSnapshot(db_.sql(), QStringLiteral(" ORDER BY t_ms DESC LIMIT 1"),
                                {QStringLiteral("EXEC_USER"), w.address});
        if (!exec)
            return Error{exec.error()};
        if (exec->has_value()) {
            const int i = cfg->walletIndex(w.address);
            const std::int64_t bankroll =
                i >= 0 ? cfg->wallets[std::size_t(i)].params.walletBankrollUsdc.raw()
                       : cfg->global.walletBankrollUsdc.raw();
            m.executablePnl = (*exec)->equity - bankroll;
        }
        out.push_back(std::move(m));
    }
    return out;
}

Result<ControlState> ReadModels::controls()
{
    return Controls::read(db_);
}

Result<HealthSnapshot> ReadModels::health()
{
    QSqlQuery q(db_.sql());
    const Status qOk = runQuery(q, QStringLiteral("SELECT value FROM checkpoints WHERE name = ?"),
                           {QStringLiteral("runtime.health")});
    if (!qOk)
        return Error{qOk.error()};
    if (!q.next())
        return HealthSnapshot{};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("the stored runtime health is not a JSON object")};
    return HealthSnapshot::fromJson(doc.object());
}

} // namespace slip::api
