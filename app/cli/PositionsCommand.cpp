// `slipstream-cli positions`: the open positions of a profile per scope (SHADOW, EXEC_USER,
// EXEC_GLOBAL), with average cost, latest mark and PnL, as the ledger stored them.

#include "CliCommand.h"
#include "OperatorCli.h"

#include <QJsonArray>

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli positions [--scope SHADOW|EXEC_USER|EXEC_GLOBAL] [--wallet W]\n"
    "                                [--data-dir DIR] [--json]\n"
    "\n"
    "Lists open positions (non-zero shares) of every scope, or of --scope. --wallet narrows to "
    "one\n"
    "followed wallet (in EXEC_GLOBAL: that wallet's lots). Amounts in USDC, marks are the latest\n"
    "stored midpoints. --json prints one object per position.\n";

int runPositions(const QStringList& args)
{
    constexpr const char* cmd = "positions";
    Options o;
    if (auto exit =
            parse(args, cmd, kUsage, {QStringLiteral("--scope"), QStringLiteral("--wallet")}, 0, o))
        return *exit;
    QStringList scopes{QStringLiteral("SHADOW"), QStringLiteral("EXEC_USER"),
                       QStringLiteral("EXEC_GLOBAL")};
    if (o.values.contains(QStringLiteral("--scope"))) {
        const QString scope = o.values.value(QStringLiteral("--scope")).toUpper();
        if (!isScope(scope)) {
            printErr(cmd, QStringLiteral("unknown scope '%1' (SHADOW, EXEC_USER or EXEC_GLOBAL)")
                              .arg(o.values.value(QStringLiteral("--scope"))));
            return kBadInput;
        }
        scopes = {scope};
    }
    QString wallet;
    if (o.values.contains(QStringLiteral("--wallet"))) {
        wallet = walletArg(o.values.value(QStringLiteral("--wallet")));
        if (wallet.isEmpty()) {
            printErr(cmd,
                     QStringLiteral("--wallet must be an address: 0x followed by 40 hex digits"));
            return kBadInput;
        }
    }
    auto reader = openReadModels(o, cmd);
    if (!reader)
        return kFailed;
    slip::api::ReadModels& reads = *reader->reads;
    std::vector<QStringList> table;
    for (const QString& scope : scopes) {
        auto rows = reads.positions(scope, wallet);
        if (!rows) {
            printErr(cmd, rows.error());
            return kFailed;
        }
        for (const auto& p : *rows) {
            // Average cost and unrealized PnL are exact integer figures (spec §1 notional).
            const std::int64_t avg =
                p.shares > 0 ? slip::mulDiv(p.costBasis, 1'000'000, p.shares) : 0;
            const bool marked = p.mark.has_value();
            const std::int64_t unrealized =
                marked ? slip::mulDiv(p.mark.value_or(0), p.shares, 1'000'000) - p.costBasis : 0;
            if (o.json) {
                printJsonLine(QJsonObject{
                    {QStringLiteral("scope"), p.scope},
                    {QStringLiteral("wallet"),
                     p.wallet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.wallet)},
                    {QStringLiteral("asset"), p.asset},
                    {QStringLiteral("condition_id"), p.conditionId},
                    {QStringLiteral("title"), p.title},
                    {QStringLiteral("outcome"), p.outcome},
                    {QStringLiteral("shares"), num(p.shares)},
                    {QStringLiteral("cost_basis"), num(p.costBasis)},
                    {QStringLiteral("realized"), num(p.realized)},
                    {QStringLiteral("mark"), optNum(p.mark)},
                    {QStringLiteral("mark_ms"), optNum(p.markMs)},
                    {QStringLiteral("unrealized"),
                     marked ? num(unrealized) : QJsonValue(QJsonValue::Null)},
                });
                continue;
            }
            table.push_back({p.scope, p.wallet.isEmpty() ? QStringLiteral("(all)") : p.wallet,
                             p.outcome.isEmpty() ? QStringLiteral("-") : p.outcome,
                             shares(p.shares), p.shares > 0 ? price(avg) : QStringLiteral("-"),
                             usdc(p.costBasis), p.mark ? price(*p.mark) : QStringLiteral("-"),
                             marked ? usdc(unrealized) : QStringLiteral("-"), usdc(p.realized),
                             p.asset, p.title.isEmpty() ? QStringLiteral("-") : p.title.left(60)});
        }
    }
    if (!o.json) {
        if (table.empty()) {
            std::puts("no open positions");
            return 0;
        }
        printTable({QStringLiteral("SCOPE"), QStringLiteral("WALLET"), QStringLiteral("OUTCOME"),
                    QStringLiteral("SHARES"), QStringLiteral("AVG COST"),
                    QStringLiteral("COST USDC"), QStringLiteral("MARK"),
                    QStringLiteral("UNREALIZED"), QStringLiteral("REALIZED"),
                    QStringLiteral("ASSET"), QStringLiteral("MARKET")},
                   table, {3, 4, 5, 6, 7, 8});
    }
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(positions, "positions", "open positions per scope (--scope, --wallet)",
                       runPositions)
