// `slipstream-cli pause` and `resume`: pause or resume the copy engine of a profile from another
// process; the running terminal sees the stored switch. Audited with actor "cli".

#include "CliCommand.h"
#include "OperatorCli.h"

#include "api/Controls.h"

namespace {

using namespace slip::cli::op;

const char* kPauseUsage =
    "usage: slipstream-cli pause [--data-dir DIR] [--json]\n"
    "\n"
    "Pauses the copy engine of the profile (followed wallets are still watched; no new copies).\n"
    "Stored in the profile's database with an audit entry. Undo with `slipstream-cli resume`.\n";

const char* kResumeUsage = "usage: slipstream-cli resume [--data-dir DIR] [--json]\n"
                           "\n"
                           "Resumes the copy engine of the profile after `slipstream-cli pause`.\n";

int setPause(const QStringList& args, bool paused)
{
    const char* command = paused ? "pause" : "resume";
    Options o;
    if (auto exit = parse(args, command, paused ? kPauseUsage : kResumeUsage, {}, 0, o))
        return *exit;
    auto path = databasePath(o);
    if (!path) {
        printErr(command, path.error());
        return kFailed;
    }
    const slip::Status s =
        slip::api::Controls::apply(*path, QString::fromLatin1(slip::api::Controls::kPause), paused,
                                   QStringLiteral("cli"), QDateTime::currentMSecsSinceEpoch());
    if (!s) {
        printErr(command, s.error());
        return kFailed;
    }
    if (o.json)
        printJsonLine(QJsonObject{{QStringLiteral("paused"), paused}});
    else
        std::puts(paused ? "engine paused" : "engine resumed");
    return 0;
}

int runPause(const QStringList& args)
{
    return setPause(args, true);
}
int runResume(const QStringList& args)
{
    return setPause(args, false);
}

} // namespace

SLIPSTREAM_CLI_COMMAND(pause, "pause", "pause the copy engine (no new copies)", runPause)
SLIPSTREAM_CLI_COMMAND(resume, "resume", "resume the copy engine after pause", runResume)
