#include "api/BreakerModels.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <tuple>

namespace slip::api {
namespace {

const char* const kBreakers[] = {"daily", "weekly", "drawdown"};

std::int64_t thresholdOf(const WalletParams& p, const QString& breaker)
{
    if (breaker == u"daily")
        return p.dailyLossBps;
    if (breaker == u"weekly")
        return p.weeklyLossBps;
    return p.maxDrawdownBps;
}

using Key = std::tuple<QString, QString, QString>; // scope, wallet, breaker

} // namespace

Result<std::vector<BreakerState>> BreakerModels::read(store::Database& db,
                                                      const EngineConfig& config)
{
    std::vector<BreakerState> states;
    auto add = [&](const QString& scope, const QString& wallet, const QString& label,
                   const WalletParams& p) {
        for (const char* b : kBreakers) {
            BreakerState s;
            s.scope = scope;
            s.wallet = wallet;
            s.label = label;
            s.breaker = QString::fromLatin1(b);
            s.thresholdBps = thresholdOf(p, s.breaker);
            states.push_back(std::move(s));
        }
    };
    add(QStringLiteral("EXEC_GLOBAL"), QString(), QString(), config.global);
    for (const FollowedWallet& w : config.wallets)
        add(QStringLiteral("EXEC_USER"), w.address, w.label, w.params);
    std::map<Key, std::size_t> index;
    for (std::size_t i = 0; i < states.size(); ++i)
        index[{states[i].scope, states[i].wallet, states[i].breaker}] = i;

    // Events in occurrence order: the latest one says whether the breaker stands tripped.
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT scope, wallet, breaker, action, t_ms, equity, reference FROM breaker_events "
            "ORDER BY t_ms, id")))
        return Error{
            QCoreApplication::translate("BreakerModels", "Cannot read the breaker events: %1")
                .arg(q.lastError().text())};
    while (q.next()) {
        auto it = index.find({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        if (it == index.end())
            continue; // a wallet no longer followed
        BreakerState& s = states[it->second];
        s.tripped = q.value(3).toString() == u"trip";
        s.sinceMs = q.value(4).toLongLong();
        s.equity = q.value(5).toLongLong();
        s.reference = q.value(6).toLongLong();
        if (s.tripped) {
            ++s.trips;
            s.resetRequestedMs.reset();
        }
    }
    // Reset requests recorded after the trip and not applied yet (the engine applies a reset
    // before the scope's next decision, spec §4).
    if (!q.exec(QStringLiteral(
                    "SELECT t_ms, details_json FROM audit_log WHERE action = '%1' ORDER BY id")
                    .arg(QLatin1String(kResetAudit))))
        return Error{QCoreApplication::translate("BreakerModels", "Cannot read the audit log: %1")
                         .arg(q.lastError().text())};
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        auto it = index.find({o.value(QLatin1String("scope")).toString(),
                              o.value(QLatin1String("wallet")).toString(),
                              o.value(QLatin1String("breaker")).toString()});
        if (it == index.end())
            continue;
        BreakerState& s = states[it->second];
        const std::int64_t t = o.value(QLatin1String("t_ms")).toInteger(q.value(0).toLongLong());
        if (s.tripped && t >= s.sinceMs)
            s.resetRequestedMs = t;
    }
    return states;
}

Result<BreakerState> BreakerModels::find(store::Database& db, const EngineConfig& config,
                                         const QString& scope, const QString& wallet,
                                         const QString& breaker)
{
    if (scope != u"EXEC_USER" && scope != u"EXEC_GLOBAL")
        return Error{QCoreApplication::translate(
                         "BreakerModels", "Unknown scope %1: breakers belong to EXEC_USER or "
                                          "EXEC_GLOBAL.")
                         .arg(scope)};
    if (scope == u"EXEC_USER" && config.walletIndex(wallet) < 0)
        return Error{
            QCoreApplication::translate("BreakerModels", "Wallet %1 is not followed.").arg(wallet)};
    if (scope == u"EXEC_GLOBAL" && !wallet.isEmpty())
        return Error{QCoreApplication::translate("BreakerModels",
                                                 "EXEC_GLOBAL breakers belong to no wallet.")};
    if (breaker != u"daily" && breaker != u"weekly" && breaker != u"drawdown")
        return Error{QCoreApplication::translate("BreakerModels",
                                                 "Unknown breaker %1 (daily, weekly or drawdown).")
                         .arg(breaker)};
    auto all = read(db, config);
    if (!all)
        return Error{all.error()};
    for (const BreakerState& s : *all)
        if (s.scope == scope && s.wallet == wallet && s.breaker == breaker)
            return s;
    return Error{QCoreApplication::translate("BreakerModels", "No such breaker.")};
}

} // namespace slip::api
