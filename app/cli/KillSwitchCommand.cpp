// `slipstream-cli kill-switch on|off`: engages or releases the kill switch of a profile from
// another process (a shell, a watchdog); the running terminal sees the stored switch and stops
// copying. Audited with actor "cli".

#include "CliCommand.h"
#include "OperatorCli.h"

#include "api/Controls.h"

namespace {

using namespace slip::cli::op;

const char* kUsage =
    "usage: slipstream-cli kill-switch on|off [--data-dir DIR] [--json]\n"
    "\n"
    "Engages (on) or releases (off) the kill switch of the profile: no new copies of any kind\n"
    "while it is on. The change is stored in the profile's database with an audit entry and\n"
    "waits for the running terminal's writer if it is busy.\n";

int runKillSwitch(const QStringList& args)
{
    Options o;
    if (auto exit = parse(args, "kill-switch", kUsage, {}, 1, o))
        return *exit;
    if (o.positional.size() != 1 || (o.positional[0] != u"on" && o.positional[0] != u"off")) {
        printErr("kill-switch", QStringLiteral("say on or off"));
        std::fputs(kUsage, stderr);
        return kBadInput;
    }
    const bool engaged = o.positional[0] == u"on";
    auto path = databasePath(o);
    if (!path) {
        printErr("kill-switch", path.error());
        return kFailed;
    }
    const slip::Status s = slip::api::Controls::apply(
        *path, QString::fromLatin1(slip::api::Controls::kKillSwitch), engaged,
        QStringLiteral("cli"), QDateTime::currentMSecsSinceEpoch());
    if (!s) {
        printErr("kill-switch", s.error());
        return kFailed;
    }
    if (o.json)
        printJsonLine(QJsonObject{{QStringLiteral("kill_switch"), engaged}});
    else
        std::puts(engaged ? "kill switch ENGAGED: no new copies" : "kill switch released");
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(killSwitch, "kill-switch", "engage (on) or release (off) the kill switch",
                       runKillSwitch)
