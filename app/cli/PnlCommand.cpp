// `slipstream-cli pnl`: the headline PnL of every scope of a profile — equity against the
// bankroll, today, the last 7 days, peak and drawdown — from the stored portfolio snapshots.

#include "CliCommand.h"
#include "OperatorCli.h"

#include "store/WalletRepository.h"

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli pnl [--data-dir DIR] [--json]\n"
    "\n"
    "Prints EXEC_GLOBAL, then EXEC_USER and SHADOW of each followed wallet: start equity\n"
    "(bankroll; 0 for SHADOW), equity, cash, realized, unrealized, today's and 7-day PnL, peak "
    "and\n"
    "drawdown, as of the latest stored snapshot. 'Today' is the UTC day of the engine's clock\n"
    "(the stream time the terminal last reported; the wall clock when it never ran).\n";

int runPnl(const QStringList& args)
{
    constexpr const char* cmd = "pnl";
    Options o;
    if (auto exit = parse(args, cmd, kUsage, {}, 0, o))
        return *exit;
    auto reader = openReadModels(o, cmd);
    if (!reader)
        return kFailed;
    slip::api::ReadModels& reads = *reader->reads;
    // The engine runs on its own (possibly virtual) clock; its snapshots are in that time.
    auto health = reads.health();
    const std::int64_t nowMs =
        health && health->streamMs > 0 ? health->streamMs : QDateTime::currentMSecsSinceEpoch();

    std::vector<std::pair<QString, QString>> scopes{{QStringLiteral("EXEC_GLOBAL"), QString()}};
    const auto wallets = slip::store::WalletRepository::list(reader->db->sql());
    for (const auto& w : wallets)
        scopes.emplace_back(QStringLiteral("EXEC_USER"), w.address);
    for (const auto& w : wallets)
        scopes.emplace_back(QStringLiteral("SHADOW"), w.address);

    std::vector<QStringList> table;
    for (const auto& [scope, wallet] : scopes) {
        auto s = reads.pnl(scope, wallet, nowMs);
        if (!s) {
            printErr(cmd, s.error());
            return kFailed;
        }
        if (o.json) {
            printJsonLine(QJsonObject{
                {QStringLiteral("scope"), s->scope},
                {QStringLiteral("wallet"),
                 s->wallet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s->wallet)},
                {QStringLiteral("start_equity"), num(s->startEquity)},
                {QStringLiteral("equity"), num(s->equity)},
                {QStringLiteral("cash"), num(s->cash)},
                {QStringLiteral("realized"), num(s->realized)},
                {QStringLiteral("unrealized"), num(s->unrealized)},
                {QStringLiteral("today_pnl"), num(s->todayPnl)},
                {QStringLiteral("week_pnl"), num(s->weekPnl)},
                {QStringLiteral("peak_equity"), num(s->peakEquity)},
                {QStringLiteral("drawdown_bps"), num(s->drawdownBps)},
                {QStringLiteral("as_of_ms"), num(s->asOfMs)},
            });
            continue;
        }
        table.push_back({s->scope, s->wallet.isEmpty() ? QStringLiteral("(all)") : s->wallet,
                         usdc(s->startEquity), usdc(s->equity), usdc(s->equity - s->startEquity),
                         usdc(s->cash), usdc(s->realized), usdc(s->unrealized), usdc(s->todayPnl),
                         usdc(s->weekPnl), usdc(s->peakEquity), QString::number(s->drawdownBps),
                         utc(s->asOfMs)});
    }
    if (!o.json)
        printTable({QStringLiteral("SCOPE"), QStringLiteral("WALLET"), QStringLiteral("START"),
                    QStringLiteral("EQUITY"), QStringLiteral("PNL"), QStringLiteral("CASH"),
                    QStringLiteral("REALIZED"), QStringLiteral("UNREALIZED"),
                    QStringLiteral("TODAY"), QStringLiteral("7 DAYS"), QStringLiteral("PEAK"),
                    QStringLiteral("DD BPS"), QStringLiteral("AS OF (UTC)")},
                   table, {2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(pnl, "pnl", "equity, today / 7-day PnL and drawdown per scope", runPnl)
