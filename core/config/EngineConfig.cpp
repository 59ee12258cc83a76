#include "config/EngineConfig.h"

#include "venue/polymarket/ParserFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVariant>

#include <cctype>
#include <functional>
#include <optional>
#include <limits>

namespace slip {
namespace {

using Apply = std::function<Status(const QJsonValue&, WalletParams&, const QString& where)>;
using Get = std::function<QJsonValue(const WalletParams&)>;

struct KeySpec
{
    const char* key;
    Apply apply;
    ConfigKeyInfo::Kind kind = ConfigKeyInfo::Kind::Integer;
    std::int64_t min = 0;
    std::int64_t max = 0;
    QStringList choices;
    Get get;
};

Error err(const QString& where, const QString& why) { return Error{where + QStringLiteral(": ") + why}; }

Result<std::int64_t> jsonInteger(const QJsonValue& v, const QString& where, std::int64_t lo, std::int64_t hi)
{
    const QString range = QStringLiteral("an integer in [%1, %2]").arg(lo).arg(hi);
    if (!v.isDouble() || v.toVariant().typeId() != QMetaType::LongLong)
        return err(where, QStringLiteral("must be ") + range);
    const std::int64_t x = v.toVariant().toLongLong();
    if (x < lo || x > hi)
        return err(where, QStringLiteral("%1 is out of range; must be ").arg(x) + range);
    return x;
}

Result<Micros> jsonDecimal(const QJsonValue& v, const QString& where, std::int64_t maxMicros, const char* what)
{
    const QString range = QStringLiteral("a decimal string (%1) in [0, %2]")
                              .arg(QLatin1String(what), Micros(maxMicros).toString());
    if (!v.isString())
        return err(where, QStringLiteral("must be ") + range);
    auto m = Micros::parseDecimal(v.toString());
    if (!m)
        return err(where, m.error() + QStringLiteral("; must be ") + range);
    if (m->raw() > maxMicros)
        return err(where, QStringLiteral("%1 is out of range; must be ").arg(v.toString()) + range);
    return *m;
}

constexpr std::int64_t kUsdcMax = 1'000'000'000LL * 1'000'000LL;
constexpr std::int64_t kPriceMax = 1'000'000;

KeySpec intKey(const char* key, std::int64_t WalletParams::*field, std::int64_t lo, std::int64_t hi)
{
    Apply apply = [=](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
        auto x = jsonInteger(v, where, lo, hi);
        if (!x)
            return Error{x.error()};
        p.*field = *x;
        return {};
    };
    return {key, apply, ConfigKeyInfo::Kind::Integer, lo, hi, {},
            [=](const WalletParams& p) { return QJsonValue(qint64(p.*field)); }};
}

KeySpec decimalKey(const char* key, Micros WalletParams::*field, std::int64_t maxMicros, const char* what)
{
    Apply apply = [=](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
        auto x = jsonDecimal(v, where, maxMicros, what);
        if (!x)
            return Error{x.error()};
        p.*field = *x;
        return {};
    };
    const auto kind = maxMicros == kPriceMax ? ConfigKeyInfo::Kind::Price : ConfigKeyInfo::Kind::Usdc;
    return {key, apply, kind, 0, maxMicros, {}, [=](const WalletParams& p) { return QJsonValue((p.*field).toString()); }};
}

KeySpec listKey(const char* key, QStringList WalletParams::*field, bool lower)
{
    Apply apply = [=](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
        if (!v.isArray())
            return err(where, QStringLiteral("must be a list of strings"));
        QStringList out;
        for (const QJsonValue& s : v.toArray()) {
            if (!s.isString())
                return err(where, QStringLiteral("must be a list of strings"));
            out.push_back(lower ? s.toString().toLower() : s.toString());
        }
        p.*field = out;
        return {};
    };
    return {key, apply, ConfigKeyInfo::Kind::StringList, 0, 0, {},
            [=](const WalletParams& p) { return QJsonValue(QJsonArray::fromStringList(p.*field)); }};
}

const std::vector<KeySpec>& keySpecs()
{
    static const std::vector<KeySpec> specs = {
        intKey("aggregation_window_ms", &WalletParams::aggregationWindowMs, 0, 3'600'000),
        intKey("decision_latency_ms", &WalletParams::decisionLatencyMs, 0, 3'600'000),
        intKey("jitter_ms", &WalletParams::jitterMs, 0, 3'600'000),
        intKey("max_event_age_ms", &WalletParams::maxEventAgeMs, 0, 86'400'000),
        {"sizing_mode",
         [](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
             for (const SizingMode m : {SizingMode::NotionalPct, SizingMode::ShareRatio, SizingMode::FixedUsdc,
                                        SizingMode::BankrollBps}) {
                 if (v.isString() && v.toString() == QLatin1String(sizingModeName(m))) {
                     p.sizingMode = m;
                     return {};
                 }
             }
             return err(where, QStringLiteral("must be one of notional_pct, share_ratio, fixed_usdc, bankroll_bps"));
         },
         ConfigKeyInfo::Kind::Choice, 0, 0,
         {QStringLiteral("notional_pct"), QStringLiteral("share_ratio"), QStringLiteral("fixed_usdc"),
          QStringLiteral("bankroll_bps")},
         [](const WalletParams& p) { return QJsonValue(QLatin1String(sizingModeName(p.sizingMode))); }},
        intKey("copy_bps", &WalletParams::copyBps, 0, 1'000'000),
        intKey("ratio_ppm", &WalletParams::ratioPpm, 0, 1'000'000'000),
        decimalKey("fixed_usdc", &WalletParams::fixedUsdc, kUsdcMax, "USDC"),
        intKey("bankroll_bps", &WalletParams::bankrollBps, 0, 10'000),
        intKey("max_trade_equity_bps", &WalletParams::maxTradeEquityBps, 0, 10'000),
        {"sell_mode",
         [](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
             const QString s = v.toString();
             if (v.isString() && s == u"sizing") p.sellMode = SellMode::Sizing;
             else if (v.isString() && s == u"proportional") p.sellMode = SellMode::Proportional;
             else
                 return err(where, QStringLiteral("must be one of sizing, proportional"));
             return {};
         },
         ConfigKeyInfo::Kind::Choice, 0, 0, {QStringLiteral("sizing"), QStringLiteral("proportional")},
         [](const WalletParams& p) {
             return QJsonValue(p.sellMode == SellMode::Proportional ? QStringLiteral("proportional")
                                                                     : QStringLiteral("sizing"));
         }},
        decimalKey("min_trade_usdc", &WalletParams::minTradeUsdc, kUsdcMax, "USDC"),
        decimalKey("max_trade_usdc", &WalletParams::maxTradeUsdc, kUsdcMax, "USDC"),
        intKey("max_total_exposure_bps", &WalletParams::maxTotalExposureBps, 0, 1'000'000),
        intKey("max_market_exposure_bps", &WalletParams::maxMarketExposureBps, 0, 1'000'000),
        intKey("max_wallet_exposure_bps", &WalletParams::maxWalletExposureBps, 0, 1'000'000),
        intKey("max_book_age_ms", &WalletParams::maxBookAgeMs, 0, 86'400'000),
        decimalKey("max_spread", &WalletParams::maxSpread, kPriceMax, "price"),
        decimalKey("max_worse_than_fill", &WalletParams::maxWorseThanFill, kPriceMax, "price"),
        decimalKey("max_chase_vs_mid", &WalletParams::maxChaseVsMid, kPriceMax, "price"),
        intKey("min_depth_bps", &WalletParams::minDepthBps, 0, 1'000'000),
        intKey("near_close_ms", &WalletParams::nearCloseMs, 0, 31'536'000'000LL),
        {"fee_rate_bps",
         [](const QJsonValue& v, WalletParams& p, const QString& where) -> Status {
             auto x = jsonInteger(v, where, 0, 10'000);
             if (!x)
                 return Error{x.error()};
             p.feeRateBps = *x;
             return {};
         },
         ConfigKeyInfo::Kind::OptionalInteger, 0, 10'000, {},
         [](const WalletParams& p) { return p.feeRateBps ? QJsonValue(qint64(*p.feeRateBps)) : QJsonValue(); }},
        intKey("daily_loss_bps", &WalletParams::dailyLossBps, 0, 10'000),
        intKey("weekly_loss_bps", &WalletParams::weeklyLossBps, 0, 10'000),
        intKey("max_drawdown_bps", &WalletParams::maxDrawdownBps, 0, 10'000),
        decimalKey("wallet_bankroll_usdc", &WalletParams::walletBankrollUsdc, kUsdcMax, "USDC"),
        listKey("blacklist", &WalletParams::blacklist, true),
        listKey("categories", &WalletParams::categories, false),
    };
    return specs;
}

const KeySpec* findSpec(const QString& key)
{
    for (const KeySpec& s : keySpecs())
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

bool isGlobalOnly(const QString& key)
{
    return key == u"global_bankroll_usdc" || key == u"paused" || key == u"kill_switch";
}

// Applies the per-wallet keys of `object` onto `params`, in key order so errors are stable.
Status applyKeys(const QJsonObject& object, WalletParams& params, const QString& prefix, bool allowGlobalOnly)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = prefix + it.key();
        if (isGlobalOnly(it.key())) {
            if (!allowGlobalOnly)
                return err(where, QStringLiteral("is a global-only key and cannot be overridden per wallet"));
            continue;
        }
        const KeySpec* spec = findSpec(it.key());
        if (!spec)
            return err(where, QStringLiteral("unknown key"));
        Status s = spec->apply(it.value(), params, where);
        if (!s)
            return s;
    }
    return {};
}

// The JSON object model cannot tell 2000 from 2000.0, so the text is scanned for number
// literals with a fraction or exponent; config numbers are all integers (§9).
std::optional<QString> nonIntegerLiteralKey(const QByteArray& text, const std::function<bool(const QString&)>& skip)
{
    QString lastKey;
    QByteArray str;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            str.clear();
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
                else
                    str += text[i];
            }
            qsizetype j = i + 1;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
                ++j;
            if (j < text.size() && text[j] == ':')
                lastKey = QString::fromUtf8(str);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            bool fractional = false;
            while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' ||
                                       text[i] == 'e' || text[i] == 'E' || text[i] == '+' || text[i] == '-')) {
                if (text[i] == '.' || text[i] == 'e' || text[i] == 'E')
                    fractional = true;
                ++i;
            }
            --i;
            if (fractional && !skip(lastKey))
                return lastKey;
        }
    }
    return std::nullopt;
}

} // namespace

Result<EngineConfig> EngineConfig::fromJson(const QByteArray& text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{QStringLiteral("config: invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("config: the top level must be an object")};
    // A number under a USDC or price key is a type error that fromObject names with its range.
    const auto decimalKey = [](const QString& key) {
        const KeySpec* spec = findSpec(key);
        return key == u"global_bankroll_usdc" ||
               (spec && (spec->kind == ConfigKeyInfo::Kind::Usdc || spec->kind == ConfigKeyInfo::Kind::Price));
    };
    if (auto key = nonIntegerLiteralKey(text, decimalKey))
        return Error{QStringLiteral("%1: must be a JSON integer (no fraction or exponent)").arg(*key)};
    return fromObject(doc.object());
}

Result<EngineConfig> EngineConfig::fromObject(const QJsonObject& root)
{
    EngineConfig cfg;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"seed" && it.key() != u"global" && it.key() != u"wallets")
            return err(it.key(), QStringLiteral("unknown key (allowed: seed, global, wallets)"));
    if (root.contains(QLatin1String("seed"))) {
        auto seed = jsonInteger(root.value(QLatin1String("seed")), QStringLiteral("seed"), 0,
                                std::numeric_limits<std::int64_t>::max());
        if (!seed)
            return Error{seed.error()};
        cfg.seed = *seed;
    }
    const QJsonValue global = root.value(QLatin1String("global"));
    if (!global.isUndefined()) {
        if (!global.isObject())
            return err(QStringLiteral("global"), QStringLiteral("must be an object"));
        cfg.globalJson = global.toObject();
        Status s = applyKeys(cfg.globalJson, cfg.global, QStringLiteral("global."), true);
        if (!s)
            return Error{s.error()};
        if (cfg.globalJson.contains(QLatin1String("global_bankroll_usdc"))) {
            auto b = jsonDecimal(cfg.globalJson.value(QLatin1String("global_bankroll_usdc")),
                                 QStringLiteral("global.global_bankroll_usdc"), kUsdcMax, "USDC");
            if (!b)
                return Error{b.error()};
            cfg.globalBankrollUsdc = *b;
        }
        for (const char* flag : {"paused", "kill_switch"}) {
            const QJsonValue v = cfg.globalJson.value(QLatin1String(flag));
            if (v.isUndefined())
                continue;
            if (!v.isBool())
                return err(QStringLiteral("global.") + QLatin1String(flag), QStringLiteral("must be a boolean"));
            (QByteArray(flag) == "paused" ? cfg.paused : cfg.killSwitch) = v.toBool();
        }
    }
    const QJsonValue wallets = root.value(QLatin1String("wallets"));
    if (!wallets.isUndefined() && !wallets.isArray())
        return err(QStringLiteral("wallets"), QStringLiteral("must be an array"));
    QSet<QString> seen;
    const QJsonArray list = wallets.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("wallets[%1]").arg(i);
        if (!list.at(i).isObject())
            return err(prefix, QStringLiteral("must be an object"));
        const QJsonObject w = list.at(i).toObject();
        FollowedWallet fw;
        for (auto it = w.begin(); it != w.end(); ++it) {
            const QString k = it.key();
            if (k != u"address" && k != u"label" && k != u"enabled" && k != u"mode" && k != u"overrides")
                return err(prefix + u'.' + k, QStringLiteral("unknown key (allowed: address, label, enabled, mode, overrides)"));
        }
        const QJsonValue addr = w.value(QLatin1String("address"));
        if (!addr.isString() || !polymarket::isHexAddress(addr.toString()))
            return err(prefix + QStringLiteral(".address"), QStringLiteral("required: 0x followed by 40 hex digits"));
        fw.address = addr.toString().toLower();
        if (seen.contains(fw.address))
            return err(prefix + QStringLiteral(".address"), QStringLiteral("duplicate wallet ") + fw.address);
        seen.insert(fw.address);
        if (w.contains(QLatin1String("label"))) {
            if (!w.value(QLatin1String("label")).isString())
                return err(prefix + QStringLiteral(".label"), QStringLiteral("must be a string"));
            fw.label = w.value(QLatin1String("label")).toString();
        }
        if (w.contains(QLatin1String("enabled"))) {
            if (!w.value(QLatin1String("enabled")).isBool())
                return err(prefix + QStringLiteral(".enabled"), QStringLiteral("must be a boolean"));
            fw.enabled = w.value(QLatin1String("enabled")).toBool();
        }
        if (w.contains(QLatin1String("mode"))) {
            const QJsonValue m = w.value(QLatin1String("mode"));
            if (!m.isString() || (m.toString() != u"paper" && m.toString() != u"live"))
                return err(prefix + QStringLiteral(".mode"), QStringLiteral("must be one of paper, live"));
            fw.mode = m.toString();
        }
        fw.params = cfg.global;
        const QJsonValue ov = w.value(QLatin1String("overrides"));
        if (!ov.isUndefined()) {
            if (!ov.isObject())
                return err(prefix + QStringLiteral(".overrides"), QStringLiteral("must be an object"));
            fw.overrides = ov.toObject();
            Status s = applyKeys(fw.overrides, fw.params, prefix + QStringLiteral(".overrides."), false);
            if (!s)
                return Error{s.error()};
        }
        cfg.wallets.push_back(std::move(fw));
    }
    return cfg;
}

QJsonObject EngineConfig::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("seed"), QJsonValue(qint64(seed)));
    root.insert(QStringLiteral("global"), globalJson);
    QJsonArray list;
    for (const FollowedWallet& w : wallets) {
        QJsonObject o;
        o.insert(QStringLiteral("address"), w.address);
        o.insert(QStringLiteral("label"), w.label);
        o.insert(QStringLiteral("enabled"), w.enabled);
        o.insert(QStringLiteral("mode"), w.mode);
        o.insert(QStringLiteral("overrides"), w.overrides);
        list.push_back(o);
    }
    root.insert(QStringLiteral("wallets"), list);
    return root;
}

int EngineConfig::walletIndex(const QString& lowerAddress) const
{
    for (std::size_t i = 0; i < wallets.size(); ++i)
        if (wallets[i].address == lowerAddress)
            return int(i);
    return -1;
}

const std::vector<ConfigKeyInfo>& EngineConfig::keys()
{
    static const std::vector<ConfigKeyInfo> infos = [] {
        std::vector<ConfigKeyInfo> out;
        for (const KeySpec& s : keySpecs()) {
            ConfigKeyInfo i;
            i.key = QLatin1String(s.key);
            i.kind = s.kind;
            i.min = s.min;
            i.max = s.max;
            i.choices = s.choices;
            i.valueOf = s.get;
            out.push_back(std::move(i));
        }
        ConfigKeyInfo bankroll;
        bankroll.key = QStringLiteral("global_bankroll_usdc");
        bankroll.kind = ConfigKeyInfo::Kind::Usdc;
        bankroll.max = kUsdcMax;
        bankroll.level = ConfigKeyInfo::Level::GlobalOnly;
        out.push_back(std::move(bankroll));
        for (const char* flag : {"paused", "kill_switch"}) {
            ConfigKeyInfo b;
            b.key = QLatin1String(flag);
            b.kind = ConfigKeyInfo::Kind::Boolean;
            b.max = 1;
            b.level = ConfigKeyInfo::Level::GlobalOnly;
            out.push_back(std::move(b));
        }
        ConfigKeyInfo seed;
        seed.key = QStringLiteral("seed");
        seed.kind = ConfigKeyInfo::Kind::Integer;
        seed.max = std::numeric_limits<std::int64_t>::max();
        seed.level = ConfigKeyInfo::Level::TopLevel;
        out.push_back(std::move(seed));
        return out;
    }();
    return infos;
}

const ConfigKeyInfo* EngineConfig::keyInfo(const QString& key)
{
    for (const ConfigKeyInfo& i : keys())
        if (i.key == key)
            return &i;
    return nullptr;
}

QString ConfigKeyInfo::rangeText() const
{
    switch (kind) {
    case Kind::Integer:
    case Kind::OptionalInteger:
        return QStringLiteral("an integer in [%1, %2]").arg(min).arg(max);
    case Kind::Usdc:
        return QStringLiteral("a decimal string (USDC) in [0, %1]").arg(Micros(max).toString());
    case Kind::Price:
        return QStringLiteral("a decimal string (price) in [0, %1]").arg(Micros(max).toString());
    case Kind::Choice:
        return QStringLiteral("one of ") + choices.join(QStringLiteral(", "));
    case Kind::StringList:
        return QStringLiteral("a list of strings");
    case Kind::Boolean:
        return QStringLiteral("a boolean");
    }
    return {};
}

Status EngineConfig::validateValue(const QString& key, const QJsonValue& value)
{
    // The same checks fromObject runs, at the same place, so the messages are the same.
    if (key == u"seed") {
        QJsonObject root{{key, value}};
        auto cfg = fromObject(root);
        return cfg ? Status{} : Status{Error{cfg.error()}};
    }
    auto cfg = fromObject(QJsonObject{{QStringLiteral("global"), QJsonObject{{key, value}}}});
    if (!cfg)
        return Error{cfg.error().mid(cfg.error().startsWith(QLatin1String("global.")) ? 7 : 0)};
    return {};
}

} // namespace slip
