// `slipstream-cli wallets`: the followed wallets of a profile with their settings and figures
// (attempts, executes, partial fills, shadow and executable PnL, last trade).

#include "CliCommand.h"
#include "OperatorCli.h"

#include "store/WalletRepository.h"

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli wallets [--data-dir DIR] [--json]\n"
    "\n"
    "Lists the followed wallets in the order they were added: label, mode, enabled, EXEC_USER\n"
    "attempts / executes / partial fills, shadow PnL, executable PnL (equity - bankroll) and the\n"
    "time of the newest trade seen. --json prints one object per wallet.\n";

int runWallets(const QStringList& args)
{
    constexpr const char* cmd = "wallets";
    Options o;
    if (auto exit = parse(args, cmd, kUsage, {}, 0, o))
        return *exit;
    auto reader = openReadModels(o, cmd);
    if (!reader)
        return kFailed;
    slip::api::ReadModels& reads = *reader->reads;
    auto metrics = reads.walletMetrics();
    if (!metrics) {
        printErr(cmd, metrics.error());
        return kFailed;
    }
    const auto rows = slip::store::WalletRepository::list(reader->db->sql());
    std::vector<QStringList> table;
    for (const auto& m : *metrics) {
        slip::store::WalletRow w;
        for (const auto& r : rows)
            if (r.address == m.wallet)
                w = r;
        if (o.json) {
            printJsonLine(QJsonObject{
                {QStringLiteral("address"), m.wallet},
                {QStringLiteral("label"), w.label},
                {QStringLiteral("enabled"), w.enabled},
                {QStringLiteral("mode"), w.mode},
                {QStringLiteral("attempts"), num(m.attempts)},
                {QStringLiteral("executes"), num(m.executes)},
                {QStringLiteral("partial_fills"), num(m.partialFills)},
                {QStringLiteral("last_trade_ms"), num(m.lastTradeMs)},
                {QStringLiteral("shadow_pnl"), optNum(m.shadowPnl)},
                {QStringLiteral("executable_pnl"), optNum(m.executablePnl)},
            });
            continue;
        }
        table.push_back(
            {m.wallet, w.label.isEmpty() ? QStringLiteral("-") : w.label, w.mode,
             w.enabled ? QStringLiteral("yes") : QStringLiteral("no"), QString::number(m.attempts),
             QString::number(m.executes), QString::number(m.partialFills),
             m.shadowPnl ? usdc(*m.shadowPnl) : QStringLiteral("-"),
             m.executablePnl ? usdc(*m.executablePnl) : QStringLiteral("-"), utc(m.lastTradeMs)});
    }
    if (!o.json) {
        if (table.empty()) {
            std::puts("no followed wallets");
            return 0;
        }
        printTable({QStringLiteral("ADDRESS"), QStringLiteral("LABEL"), QStringLiteral("MODE"),
                    QStringLiteral("ENABLED"), QStringLiteral("ATTEMPTS"),
                    QStringLiteral("EXECUTES"), QStringLiteral("PARTIAL"),
                    QStringLiteral("SHADOW PNL"), QStringLiteral("EXEC PNL"),
                    QStringLiteral("LAST TRADE (UTC)")},
                   table, {4, 5, 6, 7, 8});
    }
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(wallets, "wallets", "followed wallets with their figures", runWallets)
