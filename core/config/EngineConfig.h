#pragma once
// EngineConfig: the configuration file of spec/copy-engine.md §9 (seed, global values,
// followed wallets with overrides), strictly validated, resolvable per wallet and exportable.

#include "config/WalletParams.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace slip {

struct FollowedWallet
{
    QString address;        ///< lowercase 0x + 40 hex
    QString label;
    bool enabled = true;
    QString mode = QStringLiteral("paper"); ///< "paper" | "live"
    QJsonObject overrides;  ///< as given, validated
    WalletParams params;    ///< global values with the overrides applied
};

struct EngineConfig
{
    std::int64_t seed = 0;
    WalletParams global;
    QJsonObject globalJson;             ///< the `global` object as given, validated
    Micros globalBankrollUsdc{10'000'000'000};
    bool paused = false;
    bool killSwitch = false;
    std::vector<FollowedWallet> wallets;

    /// Parses and validates the JSON text; errors name the key and the allowed range.
    static Result<EngineConfig> fromJson(const QByteArray& text);
    /// Validates a parsed object (number literals are taken as they are in the object).
    static Result<EngineConfig> fromObject(const QJsonObject& root);
    /// The same JSON shape, with the global keys and overrides as given.
    QJsonObject toJson() const;

    /// Index of a followed wallet (lowercase address), or -1.
    int walletIndex(const QString& lowerAddress) const;
    /// The values EXEC_GLOBAL applies to a group of wallet i.
    WalletParams globalScopeParams(int walletIndex) const
    {
        return wallets[std::size_t(walletIndex)].params.withPortfolioKeysOf(global);
    }
};

} // namespace slip
