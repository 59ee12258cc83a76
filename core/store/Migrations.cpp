#include "store/Migrations.h"

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

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, "initial schema", schemaV1()},
        {2, "read-model indexes and capture file registry", schemaV2()},
        {3, "ledger canonical fields and per-scope attempt index", schemaV3()},
        {4, "per-wallet attempt counts index", schemaV4()},
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
