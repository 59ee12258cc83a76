// slipstream-cli: operator commands over the same cores and data directory as the GUI.

#include "CliCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace slip::cli {
namespace {
std::vector<CliCommand>& registry()
{
    static std::vector<CliCommand> all;
    return all;
}
} // namespace

bool registerCommand(const CliCommand& command)
{
    registry().push_back(command);
    return true;
}

std::vector<CliCommand> commands()
{
    auto all = registry();
    std::sort(all.begin(), all.end(),
              [](const CliCommand& a, const CliCommand& b) { return qstrcmp(a.name, b.name) < 0; });
    return all;
}

} // namespace slip::cli

namespace {
void printUsage(FILE* to)
{
    QTextStream out(to);
    out << "Usage: slipstream-cli <command> [options]\n\nCommands:\n";
    for (const auto& c : slip::cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(18) << c.summary << '\n';
    out << "\nRun 'slipstream-cli <command> --help' for a command's options.\n";
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Slipstream"));
    QCoreApplication::setOrganizationName(QStringLiteral("Slipstream"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPSTREAM_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" ||
        args.first() == u"help") {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        QTextStream(stdout) << "slipstream-cli " << SLIPSTREAM_VERSION << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    for (const auto& c : slip::cli::commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    QTextStream(stderr) << "slipstream-cli: unknown command '" << name << "'\n\n";
    printUsage(stderr);
    return 2;
}
