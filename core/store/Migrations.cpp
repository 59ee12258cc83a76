#include "store/Migrations.h"

#include "log/Log.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace slip::store {
namespace {

// Version 1: everything spec/copy-engine.md needs. Money columns are INTEGER micros; times are
// INTEGER ms since the epoch; every event and ledger row has a unique natural key so that
// `ON CONFLICT(key) DO NOTHING` makes each write idempotent.
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE wallets (
            address TEXT PRIMARY KEY CHECK (address GLOB '0x[0-9a-f]*' AND length(address) = 42),
            label TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
            mode TEXT NOT NULL DEFAULT 'paper' CHECK (mode IN ('paper', 'live')),
            overrides_json TEXT NOT NULL DEFAULT '{}',
            added_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE wallet_proxies (
            wallet TEXT NOT NULL REFERENCES wallets(address) ON DELETE CASCADE,
            proxy_address TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'proxy',
            PRIMARY KEY (wallet, proxy_address)))"),
        QStringLiteral(R"(CREATE TABLE markets (
            condition_id TEXT PRIMARY KEY,
            question TEXT NOT NULL DEFAULT '',
            slug TEXT NOT NULL DEFAULT '',
            end_ms INTEGER,
            category TEXT NOT NULL DEFAULT '',
            tags_json TEXT NOT NULL DEFAULT '[]',
            tick_size INTEGER,
            min_order_size INTEGER,
            neg_risk INTEGER NOT NULL DEFAULT 0,
            fee_rate_bps INTEGER,
            order_version INTEGER,
            closed INTEGER NOT NULL DEFAULT 0,
            resolved_asset TEXT,
            updated_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE assets (
            asset_id TEXT PRIMARY KEY,
            condition_id TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            outcome_index INTEGER,
            updated_ms INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX assets_by_condition ON assets(condition_id)"),
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            event_key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('TRADE', 'SPLIT', 'MERGE', 'REDEEM')),
            wallet TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            condition_id TEXT NOT NULL,
            asset TEXT NOT NULL,
            side TEXT,
            price INTEGER,
            shares INTEGER NOT NULL,
            usdc_size INTEGER NOT NULL DEFAULT 0,
            time_ms INTEGER NOT NULL,
            detect_ms INTEGER NOT NULL,
            source TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX events_by_wallet_time ON events(wallet, time_ms)"),
        QStringLiteral(R"(CREATE TABLE copy_attempts (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL CHECK (scope IN ('EXEC_USER', 'EXEC_GLOBAL')),
            wallet TEXT NOT NULL,
            asset TEXT NOT NULL,
            side TEXT NOT NULL,
            group_key TEXT NOT NULL,
            t0_ms INTEGER NOT NULL,
            flush_ms INTEGER NOT NULL,
            decision_ms INTEGER NOT NULL,
            their_shares INTEGER NOT NULL,
            their_notional INTEGER NOT NULL,
            their_vwap INTEGER NOT NULL,
            target_notional INTEGER,
            target_shares INTEGER,
            decision TEXT NOT NULL CHECK (decision IN ('EXECUTE', 'SKIP')),
            reasons TEXT NOT NULL DEFAULT '',
            mid INTEGER,
            filled_shares INTEGER,
            filled_notional INTEGER,
            vwap INTEGER,
            fee INTEGER,
            mode TEXT NOT NULL DEFAULT 'paper',
            trace_json TEXT NOT NULL DEFAULT '{}',
            UNIQUE (scope, wallet, group_key)))"),
        QStringLiteral(R"(CREATE TABLE executable_fills (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            wallet TEXT NOT NULL,
            group_key TEXT NOT NULL,
            level_index INTEGER NOT NULL,
            price INTEGER NOT NULL,
            shares INTEGER NOT NULL,
            t_ms INTEGER NOT NULL,
            UNIQUE (scope, wallet, group_key, level_index)))"),
        QStringLiteral(R"(CREATE TABLE ledger_entries (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL CHECK (scope IN ('SHADOW', 'EXEC_USER', 'EXEC_GLOBAL')),
            wallet TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL,
            entry_type TEXT NOT NULL,
            lot_wallet TEXT NOT NULL DEFAULT '',
            asset TEXT NOT NULL DEFAULT '',
            condition_id TEXT NOT NULL DEFAULT '',
            shares_delta INTEGER NOT NULL DEFAULT 0,
            cash_delta INTEGER NOT NULL DEFAULT 0,
            cost_basis_delta INTEGER NOT NULL DEFAULT 0,
            realized_delta INTEGER NOT NULL DEFAULT 0,
            fee INTEGER NOT NULL DEFAULT 0,
            t_ms INTEGER NOT NULL,
            UNIQUE (scope, wallet, reference, entry_type)))"),
        QStringLiteral(R"(CREATE TABLE portfolio_snapshots (
            scope TEXT NOT NULL,
            wallet TEXT NOT NULL DEFAULT '',
            t_ms INTEGER NOT NULL,
            cash INTEGER NOT NULL,
            equity INTEGER NOT NULL,
            exposure INTEGER NOT NULL,
            realized INTEGER NOT NULL,
            unrealized INTEGER NOT NULL,
            PRIMARY KEY (scope, wallet, t_ms)))"),
        QStringLiteral(R"(CREATE TABLE price_snapshots (
            asset TEXT NOT NULL,
            t_ms INTEGER NOT NULL,
            best_bid INTEGER,
            best_ask INTEGER,
            mid INTEGER,
            last_trade INTEGER,
            PRIMARY KEY (asset, t_ms)))"),
        QStringLiteral(R"(CREATE TABLE checkpoints (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            client_order_id TEXT NOT NULL UNIQUE,
            venue_order_id TEXT,
            scope TEXT NOT NULL,
            wallet TEXT NOT NULL,
            group_key TEXT NOT NULL DEFAULT '',
            asset TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('BUY', 'SELL')),
            price INTEGER NOT NULL,
            size INTEGER NOT NULL,
            order_type TEXT NOT NULL,
            status TEXT NOT NULL,
            filled_size INTEGER NOT NULL DEFAULT 0,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL,
            error TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE global_config (
            key TEXT PRIMARY KEY,
            value_json TEXT NOT NULL,
            updated_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE breaker_events (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            wallet TEXT NOT NULL DEFAULT '',
            breaker TEXT NOT NULL CHECK (breaker IN ('daily', 'weekly', 'drawdown')),
            action TEXT NOT NULL CHECK (action IN ('trip', 'reset')),
            t_ms INTEGER NOT NULL,
            equity INTEGER NOT NULL,
            reference INTEGER NOT NULL,
            UNIQUE (scope, wallet, breaker, action, t_ms)))"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            t_ms INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            details_json TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TABLE system_events (
            id INTEGER PRIMARY KEY,
            t_ms INTEGER NOT NULL,
            level TEXT NOT NULL,
            category TEXT NOT NULL,
            message TEXT NOT NULL))"),
    };
}

// Version 2: indexes for the read models (attempt filters, ledger by scope, snapshots by time)
// and the capture file registry used by "Test config" replays.
QStringList schemaV2()
{
    return {
        QStringLiteral("CREATE INDEX attempts_by_decision_time ON copy_attempts(decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_by_wallet ON copy_attempts(wallet, decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_by_decision ON copy_attempts(decision, decision_ms)"),
        QStringLiteral("CREATE INDEX ledger_by_scope ON ledger_entries(scope, wallet, id)"),
        QStringLiteral("CREATE INDEX snapshots_by_time ON portfolio_snapshots(t_ms)"),
        QStringLiteral(R"(CREATE TABLE capture_files (
            path TEXT PRIMARY KEY,
            first_t_ms INTEGER,
            last_t_ms INTEGER,
            bytes INTEGER NOT NULL DEFAULT 0,
            records INTEGER NOT NULL DEFAULT 0))"),
    };
}

// Version 3: what the live engine needs to prove its ledger equals a replay of its capture (the
// entry's own reference, lot index and traded notional, so the ledger hash can be recomputed
// from the store) and an index for per-scope attempt queries.
QStringList schemaV3()
{
    return {
        QStringLiteral("ALTER TABLE ledger_entries ADD COLUMN entry_ref TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE ledger_entries ADD COLUMN lot INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE ledger_entries ADD COLUMN notional INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX attempts_by_scope ON copy_attempts(scope, decision_ms)"),
    };
}

// Version 4: the Wallets panel's per-wallet counts (attempts, executions, partial fills of each
// wallet's own book) from an index alone, so they stay cheap with millions of attempts.
QStringList schemaV4()
{
    return {
        QStringLiteral("CREATE INDEX attempts_user_metrics ON copy_attempts(wallet, scope, decision, filled_shares, "
                       "target_shares) WHERE scope = 'EXEC_USER'"),
    };
}

// Version 5: the two tables that grow by one row or more per trade (attempts and ledger
// entries) hold wallet addresses, token ids and condition ids as numbers in a `names` table
// instead of repeating their 42 and 78 characters in every row and every unique key, and the
// group key and ledger reference are no longer stored twice (they are made of the row's own
// columns). A replay wrote about 4 kB per trade event before; the write volume and index work
// were what bounded a rebuild from the capture.
//
// `copy_attempts` and `ledger_entries` become views with exactly the v4 columns and values, so
// every reader is unchanged; writers insert into attempt_rows and ledger_rows (NameRef binds).
// A group key or reference that is not the canonical composition (a manual close's key, a
// "#n" group, a reference written by something else) is kept whole in group_tag / ref_tag, and
// each table has one unique index per kind of key, so uniqueness is the v4 one exactly.
QStringList schemaV5()
{
    return {
        // The v4 tables step aside; their rows come back below, through the views.
        QStringLiteral("ALTER TABLE copy_attempts RENAME TO copy_attempts_v4"),
        QStringLiteral("ALTER TABLE ledger_entries RENAME TO ledger_entries_v4"),
        QStringLiteral("CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(R"(CREATE TABLE attempt_rows (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL CHECK (scope IN ('EXEC_USER', 'EXEC_GLOBAL')),
            wallet INTEGER NOT NULL,
            asset INTEGER NOT NULL,
            side TEXT NOT NULL,
            group_tag TEXT NOT NULL DEFAULT '',
            t0_ms INTEGER NOT NULL,
            flush_ms INTEGER NOT NULL,
            decision_ms INTEGER NOT NULL,
            their_shares INTEGER NOT NULL,
            their_notional INTEGER NOT NULL,
            their_vwap INTEGER NOT NULL,
            target_notional INTEGER,
            target_shares INTEGER,
            decision TEXT NOT NULL CHECK (decision IN ('EXECUTE', 'SKIP')),
            reasons TEXT NOT NULL DEFAULT '',
            mid INTEGER,
            filled_shares INTEGER,
            filled_notional INTEGER,
            vwap INTEGER,
            fee INTEGER,
            mode TEXT NOT NULL DEFAULT 'paper',
            trace_json TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE UNIQUE INDEX attempts_key ON attempt_rows(wallet, scope, asset, side, t0_ms) "
                       "WHERE group_tag = ''"),
        QStringLiteral("CREATE UNIQUE INDEX attempts_key_tagged ON attempt_rows(wallet, scope, group_tag) "
                       "WHERE group_tag <> ''"),
        QStringLiteral(R"(CREATE VIEW copy_attempts AS SELECT c.id, c.scope, w.name AS wallet, a.name AS asset, c.side,
            CASE c.group_tag WHEN '' THEN w.name || ':' || a.name || ':' || c.side || ':' || c.t0_ms
                 ELSE c.group_tag END AS group_key,
            c.t0_ms, c.flush_ms, c.decision_ms, c.their_shares, c.their_notional, c.their_vwap,
            c.target_notional,
            c.target_shares, c.decision, c.reasons, c.mid, c.filled_shares, c.filled_notional, c.vwap, c.fee,
            c.mode,
            c.trace_json
            FROM attempt_rows c LEFT JOIN names w ON w.id = c.wallet LEFT JOIN names a ON a.id = c.asset)"),
        // Rows inserted into the view by plain SQL (tools, tests) land in attempt_rows the same
        // way the writer's own inserts do; omitted columns take the v4 defaults.
        QStringLiteral(R"(CREATE TRIGGER copy_attempts_insert INSTEAD OF INSERT ON copy_attempts BEGIN
            INSERT INTO names(name) VALUES (NEW.wallet), (NEW.asset) ON CONFLICT(name) DO NOTHING;
            INSERT INTO attempt_rows(id, scope, wallet, asset, side, group_tag, t0_ms, flush_ms, decision_ms,
                their_shares, their_notional, their_vwap, target_notional, target_shares, decision, reasons, mid,
                filled_shares, filled_notional, vwap, fee, mode, trace_json)
            VALUES (NEW.id, NEW.scope, (SELECT id FROM names WHERE name = NEW.wallet),
                (SELECT id FROM names WHERE name = NEW.asset), NEW.side,
                CASE WHEN NEW.group_key = NEW.wallet || ':' || NEW.asset || ':' || NEW.side || ':' || NEW.t0_ms
                          AND instr(NEW.wallet, ':') = 0 AND instr(NEW.asset, ':') = 0 AND instr(NEW.side, ':') = 0
                     THEN '' ELSE NEW.group_key END,
                NEW.t0_ms, NEW.flush_ms, NEW.decision_ms, NEW.their_shares, NEW.their_notional, NEW.their_vwap,
                NEW.target_notional, NEW.target_shares, NEW.decision, COALESCE(NEW.reasons, ''), NEW.mid,
                NEW.filled_shares, NEW.filled_notional, NEW.vwap, NEW.fee, COALESCE(NEW.mode, 'paper'),
                COALESCE(NEW.trace_json, '{}'))
            ON CONFLICT DO NOTHING;
        END)"),
        QStringLiteral(R"(CREATE TABLE ledger_rows (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL CHECK (scope IN ('SHADOW', 'EXEC_USER', 'EXEC_GLOBAL')),
            wallet INTEGER NOT NULL,
            ref_tag TEXT NOT NULL DEFAULT '',
            entry_type TEXT NOT NULL,
            lot_wallet INTEGER NOT NULL,
            asset INTEGER NOT NULL,
            condition_id INTEGER NOT NULL,
            shares_delta INTEGER NOT NULL DEFAULT 0,
            cash_delta INTEGER NOT NULL DEFAULT 0,
            cost_basis_delta INTEGER NOT NULL DEFAULT 0,
            realized_delta INTEGER NOT NULL DEFAULT 0,
            fee INTEGER NOT NULL DEFAULT 0,
            t_ms INTEGER NOT NULL,
            entry_ref TEXT NOT NULL DEFAULT '',
            lot INTEGER NOT NULL DEFAULT 0,
            notional INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE UNIQUE INDEX ledger_key ON ledger_rows(wallet, scope, entry_ref, asset, lot_wallet, "
                       "entry_type) WHERE ref_tag = ''"),
        QStringLiteral("CREATE UNIQUE INDEX ledger_key_tagged ON ledger_rows(wallet, scope, ref_tag, entry_type) "
                       "WHERE ref_tag <> ''"),
        QStringLiteral(R"(CREATE VIEW ledger_entries AS SELECT l.id, l.scope, w.name AS wallet,
            CASE l.ref_tag WHEN '' THEN l.entry_ref || '|' || a.name
                                     || CASE lw.name WHEN '' THEN '' ELSE '|' || lw.name END
                 ELSE l.ref_tag END AS reference,
            l.entry_type, lw.name AS lot_wallet, a.name AS asset, c.name AS condition_id, l.shares_delta,
            l.cash_delta,
            l.cost_basis_delta, l.realized_delta, l.fee, l.t_ms, l.entry_ref, l.lot, l.notional
            FROM ledger_rows l LEFT JOIN names w ON w.id = l.wallet LEFT JOIN names lw ON lw.id = l.lot_wallet
            LEFT JOIN names a ON a.id = l.asset LEFT JOIN names c ON c.id = l.condition_id)"),
        QStringLiteral(R"(CREATE TRIGGER ledger_entries_insert INSTEAD OF INSERT ON ledger_entries BEGIN
            INSERT INTO names(name) VALUES (COALESCE(NEW.wallet, '')), (COALESCE(NEW.lot_wallet, '')),
                (COALESCE(NEW.asset, '')), (COALESCE(NEW.condition_id, '')) ON CONFLICT(name) DO NOTHING;
            INSERT INTO ledger_rows(id, scope, wallet, ref_tag, entry_type, lot_wallet, asset, condition_id,
                shares_delta, cash_delta, cost_basis_delta, realized_delta, fee, t_ms, entry_ref, lot, notional)
            VALUES (NEW.id, NEW.scope, (SELECT id FROM names WHERE name = COALESCE(NEW.wallet, '')),
                CASE WHEN NEW.reference = COALESCE(NEW.entry_ref, '') || '|' || COALESCE(NEW.asset, '')
                                          || CASE COALESCE(NEW.lot_wallet, '') WHEN '' THEN ''
                                                 ELSE '|' || NEW.lot_wallet END
                          AND instr(COALESCE(NEW.entry_ref, ''), '|') = 0 AND instr(COALESCE(NEW.asset, ''), '|') = 0
                     THEN '' ELSE NEW.reference END,
                NEW.entry_type, (SELECT id FROM names WHERE name = COALESCE(NEW.lot_wallet, '')),
                (SELECT id FROM names WHERE name = COALESCE(NEW.asset, '')),
                (SELECT id FROM names WHERE name = COALESCE(NEW.condition_id, '')),
                COALESCE(NEW.shares_delta, 0), COALESCE(NEW.cash_delta, 0), COALESCE(NEW.cost_basis_delta, 0),
                COALESCE(NEW.realized_delta, 0), COALESCE(NEW.fee, 0), NEW.t_ms, COALESCE(NEW.entry_ref, ''),
                COALESCE(NEW.lot, 0), COALESCE(NEW.notional, 0))
            ON CONFLICT DO NOTHING;
        END)"),
        // The v4 rows go in through the views' triggers, the same way as any later insert into
        // the views: one statement says when a key is stored as its parts. The reading indexes
        // are built once, after.
        QStringLiteral("INSERT INTO copy_attempts SELECT * FROM copy_attempts_v4 ORDER BY id"),
        QStringLiteral("INSERT INTO ledger_entries SELECT * FROM ledger_entries_v4 ORDER BY id"),
        QStringLiteral("DROP TABLE copy_attempts_v4"),
        QStringLiteral("DROP TABLE ledger_entries_v4"),
        QStringLiteral("CREATE INDEX attempts_by_decision_time ON attempt_rows(decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_by_wallet ON attempt_rows(wallet, decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_by_decision ON attempt_rows(decision, decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_by_scope ON attempt_rows(scope, decision_ms)"),
        QStringLiteral("CREATE INDEX attempts_user_metrics ON attempt_rows(wallet, scope, decision, filled_shares, "
                       "target_shares) WHERE scope = 'EXEC_USER'"),
        QStringLiteral("CREATE INDEX ledger_by_scope ON ledger_rows(scope, wallet, id)"),
    };
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema", schemaV1()},
        {2, "read-model indexes and capture file registry", schemaV2()},
        {3, "ledger canonical fields and per-scope attempt index", schemaV3()},
        {4, "per-wallet attempt counts index", schemaV4()},
        {5, "attempts and ledger keyed by name numbers", schemaV5()},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'")) ||
        !q.next())
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Migrations::apply(QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latestVersion();
    if (auto s = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                         "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                         "applied_ms INTEGER NOT NULL)"));
        !s)
        return s;
    const int current = currentVersion(db);
    if (current > latestVersion())
        return Error{QStringLiteral("the database has schema version %1, newer than this build of "
                                    "Slipstream supports (%2); use a newer Slipstream")
                         .arg(current)
                         .arg(latestVersion())};
    for (const auto& m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction())
            return Error{QStringLiteral("cannot begin migration %1: %2").arg(m.version).arg(db.lastError().text())};
        // A migration that rewrites tables (v5) takes a while on a large store: say what is going on.
        if (current > 0)
            log::get("db")->info("migrating the database from schema {} to {}: {}", m.version - 1, m.version,
                                 m.description);
        for (const auto& statement : m.statements) {
            if (auto s = exec(db, statement); !s) {
                db.rollback();
                return Error{QStringLiteral("migration %1 failed: %2").arg(m.version).arg(s.error())};
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version(version, description, applied_ms) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(m.description));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            db.rollback();
            return Error{QStringLiteral("cannot record migration %1: %2").arg(m.version).arg(q.lastError().text())};
        }
    }
    return {};
}

} // namespace slip::store
