#pragma once
// EngineConfig: the configuration file of spec/copy-engine.md §9 (seed, global values,
// followed wallets with overrides), strictly validated, resolvable per wallet and exportable.

#include "config/WalletParams.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <QJsonValue>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace slip {

/// One key of the §9 file as data — its JSON type and allowed range — for editors and
/// messages; the validation in EngineConfig::fromObject uses the same figures.
struct ConfigKeyInfo
{
    enum class Kind { Integer, OptionalInteger, Usdc, Price, Choice, StringList, Boolean };
    enum class Level { Wallet, GlobalOnly, TopLevel }; ///< global and overrides / global only / top level
    QString key;
    Kind kind = Kind::Integer;
    Level level = Level::Wallet;
    std::int64_t min = 0;   ///< integers: the bounds; USDC and prices: in micros
    std::int64_t max = 0;
    QStringList choices;    ///< Choice: the allowed strings
    /// The key's value in resolved settings (Wallet level only; undefined when absent).
    std::function<QJsonValue(const WalletParams&)> valueOf;

    /// The allowed values in the words of the validation messages, e.g. "an integer in [0, 10000]".
    QString rangeText() const;
};

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

    /// Every key: the wallet-level keys in §9 order, then global_bankroll_usdc, paused,
    /// kill_switch and the top-level seed.
    static const std::vector<ConfigKeyInfo>& keys();
    /// The key's description, or null for an unknown key.
    static const ConfigKeyInfo* keyInfo(const QString& key);
    /// Validates one value as it would stand in `global` (or at the top level for `seed`), with
    /// the message fromObject gives (naming the key and the range).
    static Status validateValue(const QString& key, const QJsonValue& value);

    /// Index of a followed wallet (lowercase address), or -1.
    int walletIndex(const QString& lowerAddress) const;
    /// The values EXEC_GLOBAL applies to a group of wallet i.
    WalletParams globalScopeParams(int walletIndex) const
    {
        return wallets[std::size_t(walletIndex)].params.withPortfolioKeysOf(global);
    }
};

} // namespace slip
