// `slipstream-cli attempts`: the copy attempts stored in a profile, newest first, filtered by
// wallet, decision, reason and scope; --json prints one spec/copy-engine.md §8 attempt object per
// line, byte for byte as `slipstream-cli replay` writes it.

#include "CliCommand.h"
#include "OperatorCli.h"

#include "replay/ReplayResultWriter.h"
#include "signal/ReasonCodes.h"

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli attempts [--wallet W] [--decision EXECUTE|SKIP] [--reason CODE]\n"
    "                               [--scope EXEC_USER|EXEC_GLOBAL] [--limit N] [--data-dir DIR] "
    "[--json]\n"
    "\n"
    "Lists the stored copy attempts, newest first (at most --limit, default 50, up to 1000000).\n"
    "--reason matches one whole reason code (e.g. SPREAD_TOO_WIDE). With --json each line is one\n"
    "attempt object with exactly the fields of the replay output (spec/copy-engine.md §8).\n";

const QStringList& reasonCodes()
{
    using namespace slip::reason;
    static const QStringList codes{kStaleEvent,        kKillSwitch,
                                   kEnginePaused,      kWalletDisabled,
                                   kUnknownMarket,     kMarketClosed,
                                   kMarketBlacklisted, kCategoryFiltered,
                                   kNearClose,         kCircuitBreaker,
                                   kNoPosition,        kBelowMinNotional,
                                   kBelowVenueMinimum, kRiskCapTotal,
                                   kRiskCapMarket,     kRiskCapWallet,
                                   kInsufficientCash,  kBookUnavailable,
                                   kOneSidedBook,      kSpreadTooWide,
                                   kInsufficientDepth, kNoLiquidityWithinBounds};
    return codes;
}

int runAttempts(const QStringList& args)
{
    constexpr const char* cmd = "attempts";
    Options o;
    if (auto exit = parse(args, cmd, kUsage,
                          {QStringLiteral("--wallet"), QStringLiteral("--decision"),
                           QStringLiteral("--reason"), QStringLiteral("--scope"),
                           QStringLiteral("--limit")},
                          0, o))
        return *exit;
    slip::api::AttemptFilter filter;
    filter.limit = 50;
    if (o.values.contains(QStringLiteral("--wallet"))) {
        filter.wallet = walletArg(o.values.value(QStringLiteral("--wallet")));
        if (filter.wallet.isEmpty()) {
            printErr(cmd,
                     QStringLiteral("--wallet must be an address: 0x followed by 40 hex digits"));
            return kBadInput;
        }
    }
    if (o.values.contains(QStringLiteral("--decision"))) {
        filter.decision = o.values.value(QStringLiteral("--decision")).toUpper();
        if (filter.decision != u"EXECUTE" && filter.decision != u"SKIP") {
            printErr(cmd, QStringLiteral("--decision must be EXECUTE or SKIP"));
            return kBadInput;
        }
    }
    if (o.values.contains(QStringLiteral("--reason"))) {
        filter.reason = o.values.value(QStringLiteral("--reason")).toUpper();
        if (!reasonCodes().contains(filter.reason)) {
            printErr(cmd, QStringLiteral("unknown reason code '%1'; one of: %2")
                              .arg(o.values.value(QStringLiteral("--reason")),
                                   reasonCodes().join(u", ")));
            return kBadInput;
        }
    }
    if (o.values.contains(QStringLiteral("--scope"))) {
        filter.scope = o.values.value(QStringLiteral("--scope")).toUpper();
        if (filter.scope != u"EXEC_USER" && filter.scope != u"EXEC_GLOBAL") {
            printErr(cmd,
                     QStringLiteral(
                         "--scope must be EXEC_USER or EXEC_GLOBAL (attempts exist only in the "
                         "executable scopes)"));
            return kBadInput;
        }
    }
    if (o.values.contains(QStringLiteral("--limit"))) {
        bool ok = false;
        filter.limit = o.values.value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 1'000'000) {
            printErr(cmd, QStringLiteral("--limit must be a whole number from 1 to 1000000"));
            return kBadInput;
        }
    }
    auto reader = openReadModels(o, cmd);
    if (!reader)
        return kFailed;
    slip::api::ReadModels& reads = *reader->reads;
    auto rows = reads.attempts(filter);
    if (!rows) {
        printErr(cmd, rows.error());
        return kFailed;
    }
    if (o.json) {
        for (const auto& r : *rows) {
            const QByteArray line = slip::ReplayResultWriter::attemptJson(r.attempt) + '\n';
            std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
        }
        return 0;
    }
    std::vector<QStringList> table;
    for (const auto& r : *rows) {
        const slip::CopyAttempt& a = r.attempt;
        table.push_back({utc(a.decisionMs), a.scope, a.wallet, a.side,
                         a.execute ? QStringLiteral("EXECUTE") : QStringLiteral("SKIP"),
                         usdc(a.theirNotional),
                         a.targetNotional ? usdc(*a.targetNotional) : QStringLiteral("-"),
                         a.filledNotional ? usdc(*a.filledNotional) : QStringLiteral("-"),
                         a.vwap ? price(*a.vwap) : QStringLiteral("-"), a.asset,
                         a.reasons.isEmpty() ? QStringLiteral("-") : a.reasons.join(u',')});
    }
    printTable({QStringLiteral("DECIDED (UTC)"), QStringLiteral("SCOPE"), QStringLiteral("WALLET"),
                QStringLiteral("SIDE"), QStringLiteral("DECISION"), QStringLiteral("THEIR USDC"),
                QStringLiteral("TARGET USDC"), QStringLiteral("FILLED USDC"),
                QStringLiteral("VWAP"), QStringLiteral("ASSET"), QStringLiteral("REASONS")},
               table, {5, 6, 7, 8});
    auto total = reads.countAttempts(filter);
    if (total)
        std::fprintf(stdout, "%zu of %lld matching attempts\n", rows->size(),
                     static_cast<long long>(*total));
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(attempts, "attempts", "list stored copy attempts (filters, --json lines)",
                       runAttempts)
