#include "models/ConfigKeyText.h"

namespace slip::ui {

ConfigKeyText::Group ConfigKeyText::group(const QString& key)
{
    static const QStringList latency = {QStringLiteral("aggregation_window_ms"), QStringLiteral("decision_latency_ms"),
                                        QStringLiteral("jitter_ms"), QStringLiteral("max_event_age_ms"),
                                        QStringLiteral("seed")};
    static const QStringList sizing = {QStringLiteral("sizing_mode"),     QStringLiteral("copy_bps"),
                                       QStringLiteral("ratio_ppm"),       QStringLiteral("fixed_usdc"),
                                       QStringLiteral("bankroll_bps"),    QStringLiteral("sell_mode"),
                                       QStringLiteral("min_trade_usdc"),  QStringLiteral("max_trade_usdc"),
                                       QStringLiteral("wallet_bankroll_usdc"), QStringLiteral("global_bankroll_usdc")};
    static const QStringList caps = {QStringLiteral("max_trade_equity_bps"), QStringLiteral("max_total_exposure_bps"),
                                     QStringLiteral("max_market_exposure_bps"), QStringLiteral("max_wallet_exposure_bps")};
    static const QStringList breakers = {QStringLiteral("daily_loss_bps"), QStringLiteral("weekly_loss_bps"),
                                         QStringLiteral("max_drawdown_bps")};
    if (latency.contains(key))
        return Latency;
    if (sizing.contains(key))
        return Sizing;
    if (caps.contains(key))
        return RiskCaps;
    if (breakers.contains(key))
        return Breakers;
    return Guardrails;
}

QString ConfigKeyText::groupTitle(Group g)
{
    switch (g) {
    case Latency: return tr("Latency and timing");
    case Sizing: return tr("Sizing");
    case RiskCaps: return tr("Risk caps");
    case Guardrails: return tr("Guardrails (book, price, market)");
    case Breakers: return tr("Circuit breakers");
    case GroupCount: break;
    }
    return {};
}

QString ConfigKeyText::label(const QString& key)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"aggregation_window_ms", QT_TR_NOOP("Aggregation window")},
        {"decision_latency_ms", QT_TR_NOOP("Decision latency")},
        {"jitter_ms", QT_TR_NOOP("Latency jitter")},
        {"max_event_age_ms", QT_TR_NOOP("Max event age")},
        {"seed", QT_TR_NOOP("Jitter seed")},
        {"sizing_mode", QT_TR_NOOP("Sizing mode")},
        {"copy_bps", QT_TR_NOOP("Copy share of notional")},
        {"ratio_ppm", QT_TR_NOOP("Share ratio")},
        {"fixed_usdc", QT_TR_NOOP("Fixed amount")},
        {"bankroll_bps", QT_TR_NOOP("Share of bankroll")},
        {"max_trade_equity_bps", QT_TR_NOOP("Max trade vs equity")},
        {"sell_mode", QT_TR_NOOP("Sell mode")},
        {"min_trade_usdc", QT_TR_NOOP("Min trade")},
        {"max_trade_usdc", QT_TR_NOOP("Max trade")},
        {"max_total_exposure_bps", QT_TR_NOOP("Max total exposure")},
        {"max_market_exposure_bps", QT_TR_NOOP("Max exposure per market")},
        {"max_wallet_exposure_bps", QT_TR_NOOP("Max exposure per wallet")},
        {"max_book_age_ms", QT_TR_NOOP("Max book age")},
        {"max_spread", QT_TR_NOOP("Max spread")},
        {"max_worse_than_fill", QT_TR_NOOP("Max worse than their fill")},
        {"max_chase_vs_mid", QT_TR_NOOP("Max chase vs mid")},
        {"min_depth_bps", QT_TR_NOOP("Min depth in band")},
        {"near_close_ms", QT_TR_NOOP("Near-close cutoff")},
        {"fee_rate_bps", QT_TR_NOOP("Fee rate")},
        {"daily_loss_bps", QT_TR_NOOP("Daily loss limit")},
        {"weekly_loss_bps", QT_TR_NOOP("Weekly loss limit")},
        {"max_drawdown_bps", QT_TR_NOOP("Max drawdown")},
        {"wallet_bankroll_usdc", QT_TR_NOOP("Wallet bankroll")},
        {"global_bankroll_usdc", QT_TR_NOOP("Global bankroll")},
        {"blacklist", QT_TR_NOOP("Blacklisted markets")},
        {"categories", QT_TR_NOOP("Allowed categories")},
    };
    for (const auto& [k, text] : labels)
        if (key == QLatin1String(k))
            return tr(text);
    return key;
}

QString ConfigKeyText::unit(const QString& key)
{
    if (key.endsWith(QLatin1String("_ms")))
        return tr("ms");
    if (key.endsWith(QLatin1String("_bps")))
        return tr("bps");
    if (key.endsWith(QLatin1String("_ppm")))
        return tr("ppm");
    if (key.endsWith(QLatin1String("_usdc")))
        return tr("USDC");
    if (key == u"max_spread" || key == u"max_worse_than_fill" || key == u"max_chase_vs_mid")
        return tr("price");
    return {};
}

QString ConfigKeyText::explain(const QString& key)
{
    static const std::pair<const char*, const char*> texts[] = {
        {"aggregation_window_ms",
         QT_TR_NOOP("Trades of one wallet in one asset and side within this window are copied as one group.")},
        {"decision_latency_ms",
         QT_TR_NOOP("Simulated time from the group closing to our order: the book at that moment is walked.")},
        {"jitter_ms", QT_TR_NOOP("Random extra latency (0 to this value, from the seed) added to each decision.")},
        {"max_event_age_ms",
         QT_TR_NOOP("Trades older than this when detected are skipped as stale. 0 disables the check.")},
        {"seed", QT_TR_NOOP("Seed of the latency jitter; the same seed gives the same decisions on a replay.")},
        {"sizing_mode",
         QT_TR_NOOP("How our size follows theirs: a share of their notional, a share of their shares, a fixed "
                    "USDC amount, or a share of our bankroll.")},
        {"copy_bps", QT_TR_NOOP("notional_pct: our notional as basis points of theirs (100 bps = 1%).")},
        {"ratio_ppm", QT_TR_NOOP("share_ratio: our shares as parts per million of theirs (10000 ppm = 1%).")},
        {"fixed_usdc", QT_TR_NOOP("fixed_usdc: the notional of every copy, in USDC.")},
        {"bankroll_bps", QT_TR_NOOP("bankroll_bps: each copy's notional as basis points of the bankroll.")},
        {"max_trade_equity_bps",
         QT_TR_NOOP("A copy is capped at this share of the scope's equity. Portfolio-wide: the global value "
                    "applies in the global scope.")},
        {"sell_mode",
         QT_TR_NOOP("sizing: sells are sized like buys; proportional: we sell the same fraction of our position "
                    "as they sold of theirs.")},
        {"min_trade_usdc", QT_TR_NOOP("Copies smaller than this notional are skipped.")},
        {"max_trade_usdc", QT_TR_NOOP("Copies are capped at this notional.")},
        {"max_total_exposure_bps",
         QT_TR_NOOP("Buys stop when open exposure would pass this share of equity. Portfolio-wide.")},
        {"max_market_exposure_bps",
         QT_TR_NOOP("Buys stop when exposure in one market would pass this share of equity. Portfolio-wide.")},
        {"max_wallet_exposure_bps",
         QT_TR_NOOP("Buys copied from one wallet stop when its lots would pass this share of equity.")},
        {"max_book_age_ms", QT_TR_NOOP("A book older than this at decision time is not used; the copy is skipped.")},
        {"max_spread", QT_TR_NOOP("Copies are skipped when the spread is wider than this (price units, 0 to 1).")},
        {"max_worse_than_fill",
         QT_TR_NOOP("The walk stops at prices worse than their fill price by more than this.")},
        {"max_chase_vs_mid", QT_TR_NOOP("The walk stops at prices worse than the mid by more than this.")},
        {"min_depth_bps",
         QT_TR_NOOP("Depth inside the band must be at least this share of our target (12500 = 125%). 0 disables.")},
        {"near_close_ms", QT_TR_NOOP("No buys in markets closing within this time.")},
        {"fee_rate_bps",
         QT_TR_NOOP("Fee rate used for our fills. Empty: each market's own rate from the venue.")},
        {"daily_loss_bps",
         QT_TR_NOOP("Breaker: buys stop for the day after losing this share of the day's starting equity. "
                    "0 disables. Portfolio-wide.")},
        {"weekly_loss_bps",
         QT_TR_NOOP("Breaker: buys stop for the week after losing this share of the week's starting equity. "
                    "0 disables. Portfolio-wide.")},
        {"max_drawdown_bps",
         QT_TR_NOOP("Breaker: buys stop after equity falls this far below its peak. 0 disables. Portfolio-wide.")},
        {"wallet_bankroll_usdc", QT_TR_NOOP("Starting cash of each wallet's own executable scope.")},
        {"global_bankroll_usdc", QT_TR_NOOP("Starting cash of the global executable scope (all wallets together).")},
        {"blacklist", QT_TR_NOOP("Condition ids never copied, separated by commas (compared lowercase).")},
        {"categories",
         QT_TR_NOOP("Only markets in these categories are copied, separated by commas. Empty: all categories.")},
    };
    for (const auto& [k, text] : texts)
        if (key == QLatin1String(k))
            return tr(text);
    return {};
}

} // namespace slip::ui
