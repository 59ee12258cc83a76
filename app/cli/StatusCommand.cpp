// `slipstream-cli status`: one look at a profile — whether its engine runs, the stream time,
// the kill switch and pause, attempt counts and each feed's health as the runtime last stored it.

#include "CliCommand.h"
#include "OperatorCli.h"

#include "store/WalletRepository.h"

#include <QJsonArray>

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli status [--data-dir DIR] [--json]\n"
    "\n"
    "Shows the profile's database, whether the terminal's engine reported itself running (and\n"
    "when), its stream time, the kill switch and pause, followed wallets, stored attempts and the\n"
    "health of each feed. Safe to run while the terminal runs.\n";

int runStatus(const QStringList& args)
{
    constexpr const char* cmd = "status";
    Options o;
    if (auto exit = parse(args, cmd, kUsage, {}, 0, o))
        return *exit;
    auto reader = openReadModels(o, cmd);
    if (!reader)
        return kFailed;
    slip::api::ReadModels& reads = *reader->reads;
    auto health = reads.health();
    auto controls = reads.controls();
    slip::api::AttemptFilter all;
    auto attempts = reads.countAttempts(all);
    slip::api::AttemptFilter executes;
    executes.decision = QStringLiteral("EXECUTE");
    auto executed = reads.countAttempts(executes);
    for (const QString* e :
         {&health.error(), &controls.error(), &attempts.error(), &executed.error()}) {
        if (!e->isEmpty()) {
            printErr(cmd, *e);
            return kFailed;
        }
    }
    const auto wallets = slip::store::WalletRepository::list(reader->db->sql());
    qint64 enabled = 0;
    for (const auto& w : wallets)
        enabled += w.enabled ? 1 : 0;
    const slip::api::HealthSnapshot& h = *health;
    const slip::api::ControlState& c = *controls;

    if (o.json) {
        QJsonArray feeds;
        for (const auto& f : h.feeds)
            feeds.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("connected"), f.connected},
                                     {QStringLiteral("last_message_ms"), num(f.lastMessageMs)},
                                     {QStringLiteral("reconnects"), f.reconnects},
                                     {QStringLiteral("errors"), f.errors},
                                     {QStringLiteral("rate_limited"), f.rateLimited},
                                     {QStringLiteral("last_error"), f.lastError}});
        printJsonLine(QJsonObject{
            {QStringLiteral("database"), reader->db->path()},
            {QStringLiteral("schema_version"), reader->db->schemaVersion()},
            {QStringLiteral("running"), h.running},
            {QStringLiteral("profile"), h.profile},
            {QStringLiteral("health_ms"), num(h.tMs)},
            {QStringLiteral("stream_ms"), num(h.streamMs)},
            {QStringLiteral("last_event_ms"), num(h.lastEventMs)},
            {QStringLiteral("backfill_ms"), num(h.backfillMs)},
            {QStringLiteral("pending_groups"), h.pendingGroups},
            {QStringLiteral("write_queue_depth"), h.writeQueueDepth},
            {QStringLiteral("capture_bytes"), num(h.captureBytes)},
            {QStringLiteral("kill_switch"), c.killSwitch},
            {QStringLiteral("paused"), c.paused},
            {QStringLiteral("controls_updated_ms"), num(c.updatedMs)},
            {QStringLiteral("controls_updated_by"), c.updatedBy},
            {QStringLiteral("wallets"), qint64(wallets.size())},
            {QStringLiteral("wallets_enabled"), enabled},
            {QStringLiteral("attempts"), num(*attempts)},
            {QStringLiteral("executes"), num(*executed)},
            {QStringLiteral("feeds"), feeds},
        });
        return 0;
    }
    const QString engine =
        h.tMs == 0 ? QStringLiteral("no report stored (the terminal has not run an engine)")
                   : QStringLiteral("%1 (%2 profile), reported at %3")
                         .arg(h.running ? QStringLiteral("running") : QStringLiteral("stopped"),
                              h.profile.isEmpty() ? QStringLiteral("?") : h.profile, utc(h.tMs));
    std::vector<QStringList> facts{
        {QStringLiteral("database"), reader->db->path()},
        {QStringLiteral("engine"), engine},
        {QStringLiteral("stream time"), utc(h.streamMs)},
        {QStringLiteral("last event"), utc(h.lastEventMs)},
        {QStringLiteral("kill switch"),
         c.killSwitch ? QStringLiteral("ENGAGED") : QStringLiteral("off")},
        {QStringLiteral("paused"), c.paused ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("controls changed"),
         c.updatedMs ? QStringLiteral("%1 by %2").arg(utc(c.updatedMs), c.updatedBy)
                     : QStringLiteral("never")},
        {QStringLiteral("wallets"),
         QStringLiteral("%1 followed, %2 enabled").arg(wallets.size()).arg(enabled)},
        {QStringLiteral("attempts"), QStringLiteral("%1 stored, %2 executed, %3 skipped")
                                         .arg(*attempts)
                                         .arg(*executed)
                                         .arg(*attempts - *executed)},
        {QStringLiteral("queues"), QStringLiteral("%1 groups pending, %2 writes queued")
                                       .arg(h.pendingGroups)
                                       .arg(h.writeQueueDepth)},
    };
    for (const auto& f : facts)
        std::fputs(qPrintable(f[0].leftJustified(18) + f[1] + u'\n'), stdout);
    if (!h.feeds.empty()) {
        std::fputs("\n", stdout);
        std::vector<QStringList> table;
        for (const auto& f : h.feeds)
            table.push_back({f.name, f.connected ? QStringLiteral("yes") : QStringLiteral("no"),
                             utc(f.lastMessageMs), QString::number(f.reconnects),
                             QString::number(f.errors), QString::number(f.rateLimited),
                             f.lastError.isEmpty() ? QStringLiteral("-") : f.lastError});
        printTable({QStringLiteral("FEED"), QStringLiteral("CONNECTED"),
                    QStringLiteral("LAST MESSAGE (UTC)"), QStringLiteral("RECONNECTS"),
                    QStringLiteral("ERRORS"), QStringLiteral("429S"), QStringLiteral("LAST ERROR")},
                   table, {3, 4, 5});
    }
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(status, "status", "engine, kill switch, pause, attempts and feed health",
                       runStatus)
