#pragma once
// CliCommand: one `slipstream-cli <name>` subcommand. Each command lives in its own file and
// registers itself with SLIPSTREAM_CLI_COMMAND, so commands are added without touching main.

#include <QStringList>

#include <vector>

namespace slip::cli {

struct CliCommand
{
    const char* name;
    const char* summary;
    /// Runs with the arguments after the command name; returns the process exit code.
    /// A QCoreApplication exists; commands that need an event loop run one themselves.
    int (*run)(const QStringList& args);
};

/// Adds a command to the registry (called from static initialisers).
bool registerCommand(const CliCommand& command);
/// All registered commands, sorted by name.
std::vector<CliCommand> commands();

} // namespace slip::cli

#define SLIPSTREAM_CLI_COMMAND(ident, name, summary, fn)                                           \
    namespace {                                                                                    \
    [[maybe_unused]] const bool ident##Registered =                                                \
        ::slip::cli::registerCommand({name, summary, fn});                                         \
    }
