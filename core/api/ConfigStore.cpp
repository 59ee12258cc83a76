#include "api/ConfigStore.h"

#include "api/Controls.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/WalletRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace slip::api {
namespace {

constexpr const char* kEngineConfigKey = "engine_config";

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parseObject(const QString& text, const QString& what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("stored %1 is not a JSON object").arg(what)};
    return doc.object();
}

} // namespace

Result<EngineConfig> ConfigStore::load(store::Database& db)
{
    QJsonObject root;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT value_json FROM global_config WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(kEngineConfigKey));
        if (!q.exec())
            return Error{QStringLiteral("cannot read the stored configuration: %1")
                             .arg(q.lastError().text())};
        if (q.next()) {
            auto stored = parseObject(q.value(0).toString(), QStringLiteral("configuration"));
            if (!stored)
                return Error{stored.error()};
            // Only seed and global live here; the wallets table is the truth about wallets.
            for (const char* key : {"seed", "global"})
                if (stored->contains(QLatin1String(key)))
                    root.insert(QLatin1String(key), stored->value(QLatin1String(key)));
        }
    }
    QJsonArray wallets;
    for (const store::WalletRow& w : store::WalletRepository::list(db.sql())) {
        auto overrides =
            parseObject(w.overridesJson, QStringLiteral("overrides of wallet %1").arg(w.address));
        if (!overrides)
            return Error{overrides.error()};
        wallets.append(QJsonObject{{QStringLiteral("address"), w.address},
                                   {QStringLiteral("label"), w.label},
                                   {QStringLiteral("enabled"), w.enabled},
                                   {QStringLiteral("mode"), w.mode},
                                   {QStringLiteral("overrides"), *overrides}});
    }
    root.insert(QStringLiteral("wallets"), wallets);
    auto cfg = EngineConfig::fromObject(root);
    if (!cfg)
        return Error{QStringLiteral("stored configuration: %1").arg(cfg.error())};
    // The switches have their own rows (Controls), changed without rewriting the config.
    auto controls = Controls::read(db);
    if (!controls)
        return Error{controls.error()};
    EngineConfig config = std::move(cfg).value();
    config.killSwitch = controls->killSwitch;
    config.paused = controls->paused;
    return config;
}

store::WriteBatch ConfigStore::saveOps(const EngineConfig& config, const QString& actor,
                                       std::int64_t nowMs)
{
    store::WriteBatch batch;
    // kill_switch and paused are operator switches with their own rows and audit trail; a
    // config that names them sets them through Controls, so there is one place they live.
    QJsonObject global = config.globalJson;
    const bool setsKill = global.contains(QLatin1String("kill_switch"));
    const bool setsPause = global.contains(QLatin1String("paused"));
    global.remove(QStringLiteral("kill_switch"));
    global.remove(QStringLiteral("paused"));
    const QJsonObject stored{{QStringLiteral("seed"), qint64(config.seed)},
                             {QStringLiteral("global"), global}};
    batch.push_back(
        {QStringLiteral("INSERT INTO global_config(key, value_json, updated_ms) VALUES (?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, "
                        "updated_ms = excluded.updated_ms"),
         {QString::fromLatin1(kEngineConfigKey), compact(stored), qint64(nowMs)}});
    for (std::size_t i = 0; i < config.wallets.size(); ++i) {
        const FollowedWallet& w = config.wallets[i];
        // added_ms orders the wallets; new wallets of one save get consecutive values so they
        // keep the config's order.
        batch.push_back(
            {QStringLiteral(
                 "INSERT INTO wallets(address, label, enabled, mode, overrides_json, added_ms, "
                 "updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(address) DO UPDATE SET "
                 "label = excluded.label, enabled = excluded.enabled, mode = excluded.mode, "
                 "overrides_json = excluded.overrides_json, updated_ms = excluded.updated_ms"),
             {w.address, w.label, w.enabled ? 1 : 0, w.mode, compact(w.overrides),
              qint64(nowMs) + qint64(i), qint64(nowMs)}});
    }
    if (setsKill)
        for (auto& op : Controls::setOps(QString::fromLatin1(Controls::kKillSwitch),
                                         config.killSwitch, actor, nowMs))
            batch.push_back(std::move(op));
    if (setsPause)
        for (auto& op :
             Controls::setOps(QString::fromLatin1(Controls::kPause), config.paused, actor, nowMs))
            batch.push_back(std::move(op));
    batch.push_back(store::AuditRepository::appendOp(
        qint64(nowMs), actor, QStringLiteral("config.save"),
        compact(QJsonObject{{QStringLiteral("config"), config.toJson()}})));
    return batch;
}

} // namespace slip::api
